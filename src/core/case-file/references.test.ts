import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFile } from './schema.js';
import { checkReferences } from './references.js';
import { hasLinkRule, linkProblem, mustCheckReferrer } from './links.js';
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

describe('checkReferences, field by field', () => {
  it.each<[string, (c: CaseFile) => void, { pointer: string; message: string }]>([
    [
      'a tie from a record that is not the firm, a key person or an actor',
      (c) => (c.ties[0]!.from = 'mkt-mn'),
      { pointer: '/ties/0/from', message: '"mkt-mn" is a market (/markets/0); expected the id of the firm or a key person or an actor' },
    ],
    [
      'a tie to the firm',
      (c) => (c.ties[0]!.to = 'acme'),
      { pointer: '/ties/0/to', message: '"acme" is the firm (/firm); expected the id of an actor or a key person' },
    ],
    [
      'a tie that helped with an unknown challenge',
      (c) => (c.ties[0]!.helpedWith = { challenges: ['financial_resource', 'weather'], benefits: [] }),
      {
        pointer: '/ties/0/helpedWith/challenges/1',
        message:
          'unknown challenge category "weather"; expected one of regulatory_institutional|financial_resource|knowledge_experience|market_specific|cultural_communication|technological_digital|country_of_origin or the id of an entry in /challengeCategories',
      },
    ],
    [
      'an activity naming a tie as an actor',
      (c) => (c.activities[0]!.actors = ['act-agency', 'tie-agency']),
      { pointer: '/activities/0/actors/1', message: '"tie-agency" is a tie (/ties/0); expected the id of an actor' },
    ],
    [
      'an activity naming a missing tie',
      (c) => (c.activities[0]!.ties = ['tie-gone']),
      { pointer: '/activities/0/ties/0', message: '"tie-gone" does not exist in this file; expected the id of a tie' },
    ],
    [
      'a benefit of a missing tie',
      (c) => (c.benefits[0]!.tie = 'tie-gone'),
      { pointer: '/benefits/0/tie', message: '"tie-gone" does not exist in this file; expected the id of a tie' },
    ],
    [
      'digital presence of a key person instead of an actor',
      (c) => (c.digitalPresence[0]!.actor = 'kp-ceo'),
      { pointer: '/digitalPresence/0/actor', message: '"kp-ceo" is a key person (/keyPeople/0); expected the id of an actor' },
    ],
    [
      'a competence assessment answered by an actor',
      (c) => (c.competenceAssessments = [{ id: 'ca-1', respondent: 'act-friend', answers: {} }]),
      { pointer: '/competenceAssessments/0/respondent', message: '"act-friend" is an actor (/actors/1); expected the id of a key person' },
    ],
    [
      'a tie referred by itself',
      (c) => (c.ties[1]!.origin = { kind: 'referral', referredByTie: 'tie-friend' }),
      { pointer: '/ties/1/origin/referredByTie', message: 'a tie cannot be referred by itself' },
    ],
    [
      'the firm citing a source as evidence',
      (c) => (c.firm.pathway = { value: 'born_global', evidence: ['src-int'] }),
      { pointer: '/firm/pathway/evidence/0', message: '"src-int" is a source (/sources/0); expected the id of an evidence segment' },
    ],
  ])('reports %s, and only that', (_, edit, problem) => {
    expect(checkReferences(build(edit))).toEqual([problem]);
  });
});

describe('checkReferences, messages', () => {
  it('names the rating that holds a cell already, with its market when it has one', () => {
    const problems = checkReferences(
      build((c) => {
        c.challengeRatings.push({ ...c.challengeRatings[0]!, id: 'cr-again' });
        c.challengeRatings.push({ ...c.challengeRatings[1]!, id: 'cr-again-mn' });
      }),
    );
    expect(problems).toEqual([
      { pointer: '/challengeRatings/2', message: '"regulatory_institutional" is rated already at /challengeRatings/0' },
      { pointer: '/challengeRatings/3', message: '"sanctions" in market "mkt-mn" is rated already at /challengeRatings/1' },
    ]);
  });

  it('tells the same category in two markets apart, and a firm-wide rating from a market one', () => {
    expect(
      checkReferences(
        build((c) => {
          c.markets.push({ id: 'mkt-kz', country: 'KZ', status: 'target' });
          c.challengeRatings.push({ id: 'cr-kz', category: 'sanctions', level: 'Low', market: 'mkt-kz' });
          c.challengeRatings.push({ id: 'cr-all', category: 'sanctions', level: 'Low' });
        }),
      ),
    ).toEqual([]);
  });

  it('points at an unknown category of a rating, and at missing evidence of the firm', () => {
    expect(checkReferences(build((c) => (c.challengeRatings[0]!.category = 'weather')))).toEqual([
      { pointer: '/challengeRatings/0/category', message: expect.stringMatching(/^unknown challenge category "weather"/) },
    ]);
    expect(checkReferences(build((c) => (c.firm.evidence = ['seg-1', 'seg-gone'])))).toEqual([
      { pointer: '/firm/evidence/1', message: '"seg-gone" does not exist in this file; expected the id of an evidence segment' },
    ]);
  });
});

describe('link rules: which referrers a written record makes worth checking', () => {
  const actor = (more: Record<string, unknown>) => ({ id: 'a', name: 'A', kind: 'organization', roles: [], ...more }) as never;
  it('loads the ties leading to an actor only once it is a group company, and the records naming it as a group company only when it is not', () => {
    expect(mustCheckReferrer('ties', '/to', 'actors', actor({}))).toBe(false);
    expect(mustCheckReferrer('ties', '/to', 'actors', actor({ groupRelation: 'subsidiary' }))).toBe(true);
    expect(mustCheckReferrer('markets', '/servedBy', 'actors', actor({ groupRelation: 'subsidiary' }))).toBe(false);
    expect(mustCheckReferrer('markets', '/servedBy', 'actors', actor({}))).toBe(true);
    expect(mustCheckReferrer('actors', '/memberOf/3', 'actors', actor({}))).toBe(false);
    expect(mustCheckReferrer('keyPeople', '/memberOf/0', 'actors', actor({ kind: 'person' }))).toBe(true);
    expect(mustCheckReferrer('keyPeople', '/memberOf/0', 'actors', actor({}))).toBe(false);
    expect(mustCheckReferrer('actors', '/memberOf/0', 'actors', actor({ kind: 'platform' }))).toBe(true);
    expect(mustCheckReferrer('segments', '/reportedFrom', 'sources', { id: 's', kind: 'interview', title: 'I' } as never)).toBe(false);
    expect(mustCheckReferrer('segments', '/reportedFrom', 'sources', { id: 's', kind: 'report', title: 'R' } as never)).toBe(true);
    // A rule with no condition on its target: always.
    expect(mustCheckReferrer('benefits', '/tie', 'ties', { id: 't' } as never)).toBe(true);
    // No rule for the field, the kinds, or the direction.
    expect(mustCheckReferrer('ties', '/from', 'actors', actor({ groupRelation: 'subsidiary' }))).toBe(false);
    expect(mustCheckReferrer('activities', '/actors/0', 'actors', actor({ groupRelation: 'subsidiary' }))).toBe(false);
    expect(mustCheckReferrer('ties', '/to', 'keyPeople', actor({ groupRelation: 'subsidiary' }))).toBe(false);
  });

  it('knows which fields have a rule at all', () => {
    expect(hasLinkRule('benefits', '/tie', 'ties')).toBe(true);
    expect(hasLinkRule('benefits', '/tie', 'actors')).toBe(false);
    expect(hasLinkRule('benefits', '/evidence/0', 'ties')).toBe(false);
    expect(hasLinkRule('ties', '/tie', 'ties')).toBe(false);
    expect(hasLinkRule('actors', '/memberOf/12', 'actors')).toBe(true);
    expect(hasLinkRule('actors', '/memberOf', 'actors')).toBe(false);
  });

  it('reports nothing when a rule does not apply to the pair given', () => {
    expect(linkProblem('ties', { id: 't' } as never, '/from', 'actors', actor({ groupRelation: 'subsidiary' }))).toBeUndefined();
    expect(linkProblem('ties', { id: 't' } as never, '/to', 'actors', actor({ groupRelation: 'subsidiary' }))?.pointer).toBe('/to');
  });
});
