import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from './schema.js';
import { checkReferences } from './references.js';
import { sampleCaseInput } from './test-case.js';

const build = (edit: (c: CaseFile) => void = () => {}): CaseFile => {
  const c = caseFileSchema.parse(sampleCaseInput());
  edit(c);
  return c;
};

describe('checkReferences', () => {
  it('finds nothing wrong in a consistent case', () => {
    expect(checkReferences(build())).toEqual([]);
  });

  it('reports duplicate ids across collections, naming the first use', () => {
    const problems = checkReferences(build((c) => (c.markets[0]!.id = 'tie-agency')));
    expect(problems).toContainEqual({ pointer: '/markets/0/id', message: 'duplicate id "tie-agency": already used at /ties/0' });
  });

  it('reports a reference to a missing record and to a record of the wrong kind', () => {
    const problems = checkReferences(
      build((c) => {
        c.ties[0]!.to = 'nobody';
        c.ties[1]!.origin = { kind: 'referral', referredByTie: 'act-agency' };
      }),
    );
    expect(problems).toContainEqual({ pointer: '/ties/0/to', message: '"nobody" does not exist in this file; expected the id of an actor or a key person' });
    expect(problems).toContainEqual({ pointer: '/ties/1/origin/referredByTie', message: '"act-agency" is an actor (/actors/0); expected the id of a tie' });
  });

  it('checks evidence, market, source and participant references', () => {
    const problems = checkReferences(
      build((c) => {
        c.challengeRatings[0]!.evidence = ['seg-1', 'seg-missing'];
        c.challengeRatings[1]!.market = 'mkt-nowhere';
        c.segments[0]!.source = 'kp-ceo';
        c.sources[0]!.participant = 'act-friend';
      }),
    ).map((p) => p.pointer);
    expect(problems).toEqual(
      expect.arrayContaining(['/challengeRatings/0/evidence/1', '/challengeRatings/1/market', '/segments/0/source', '/sources/0/participant']),
    );
  });

  it('accepts user-defined challenge categories and rejects unknown ones', () => {
    expect(checkReferences(build((c) => (c.challengeRatings[1]!.category = 'sanctions')))).toEqual([]);
    const problems = checkReferences(build((c) => (c.utilization[0]!.challenge = 'weather')));
    expect(problems[0]?.pointer).toBe('/utilization/0/challenge');
    expect(problems[0]?.message).toMatch(/unknown challenge category "weather"/);
  });

  it('rejects two records for the same table cell', () => {
    const problems = checkReferences(
      build((c) => {
        c.utilization.push({ ...c.utilization[0]!, id: 'ut-dup' });
        c.challengeRatings.push({ ...c.challengeRatings[0]!, id: 'cr-dup' });
      }),
    );
    expect(problems.map((p) => p.pointer)).toEqual(['/challengeRatings/2', '/utilization/1']);
  });
});
