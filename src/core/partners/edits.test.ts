import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.js';
import { partnerSearchSchema, type PartnerSearch } from '../model/index.js';
import { addCandidate, addCriteria, addNote, findCriterion, idFromName, moveCandidate, scoreCandidate, setSearchStatus } from './edits.js';

const search = (): PartnerSearch =>
  partnerSearchSchema.parse({
    id: 'cmo',
    title: 'API contract manufacturer',
    opened: '2025-03-01',
    criteria: [
      { id: 'gmp', name: 'GMP certified', weight: 5 },
      { id: 'fit', name: 'Cultural fit', weight: 3 },
    ],
    candidates: [{ id: 'de-cmo', actor: 'actor-de-cmo', name: 'Contract API manufacturer (Germany)' }],
  });

function problemOf(fn: () => unknown): { pointer: string; message: string } | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.problems[0];
    throw err;
  }
  return undefined;
}

describe('idFromName', () => {
  it('makes an id of the name, numbered on while taken, and falls back when nothing of the name is left', () => {
    expect(idFromName('GMP certified (EU)', () => false, 'x')).toBe('gmp-certified-eu');
    expect(idFromName('Ålands Läkemedel', () => false, 'x')).toBe('alands-lakemedel');
    const taken = new Set(['gmp', 'gmp-2']);
    expect(idFromName('GMP', (id) => taken.has(id), 'x')).toBe('gmp-3');
    expect(idFromName('Алматы Фарм', () => false, 'candidate')).toBe('candidate');
    expect(idFromName('  ', (id) => id === 'candidate', 'candidate')).toBe('candidate-2');
    expect(idFromName('a'.repeat(100), () => false, 'x')).toHaveLength(60);
  });
});

describe('addCandidate', () => {
  it('adds an actor under its own id and name at the long list, and a name-only candidate under an id made from it', () => {
    const one = addCandidate(search(), { actor: { id: 'actor-nl-cmo', name: 'Product manufacturing (Netherlands)' }, referredBy: 'actor-nl-consulting' });
    expect(one.candidate).toEqual({
      id: 'actor-nl-cmo',
      actor: 'actor-nl-cmo',
      name: 'Product manufacturing (Netherlands)',
      stage: 'long_list',
      scores: {},
      notes: [],
      referredBy: 'actor-nl-consulting',
    });
    const two = addCandidate(one.search, { name: '  Polpharma CMO ' });
    expect(two.candidate).toEqual({ id: 'polpharma-cmo', name: 'Polpharma CMO', stage: 'long_list', scores: {}, notes: [] });
    expect(two.search.candidates.map((c) => c.id)).toEqual(['de-cmo', 'actor-nl-cmo', 'polpharma-cmo']);
    expect(partnerSearchSchema.safeParse(two.search).success).toBe(true);
  });

  it('gives an actor an id made from its name when a name-only candidate holds the actor’s id already', () => {
    const s = { ...search(), candidates: [{ id: 'acme', name: 'Acme (by name)', stage: 'long_list' as const, scores: {}, notes: [] }] };
    expect(addCandidate(s, { actor: { id: 'acme', name: 'Acme GmbH' } }).candidate.id).toBe('acme-gmbh');
  });

  it('refuses an actor on the list already, a name used already (any case), and a candidate without a name', () => {
    expect(() => addCandidate(search(), { actor: { id: 'actor-de-cmo', name: 'Other name' } })).toThrow(
      new ConflictError('actor "actor-de-cmo" is a candidate of partner search "cmo" already (candidate "de-cmo", stage long_list)', '/actor'),
    );
    expect(() => addCandidate(search(), { name: 'contract API manufacturer (GERMANY)' })).toThrow(
      /has a candidate named "Contract API manufacturer \(Germany\)" already \(candidate "de-cmo"\)/,
    );
    expect(problemOf(() => addCandidate(search(), { name: ' ' }))).toEqual({
      pointer: '/name',
      message: 'name the candidate: give an actor of the case, or a name',
    });
  });

  it('refuses changes to a closed search', () => {
    const closed = setSearchStatus(search(), 'closed');
    expect(() => addCandidate(closed, { name: 'Late' })).toThrow(ConflictError);
    expect(() => addCandidate(closed, { name: 'Late' })).toThrow('partner search "cmo" is closed; reopen it before changing its candidates or criteria');
    expect(() => moveCandidate(closed, 'de-cmo', 'audit', '2025-04-01')).toThrow(ConflictError);
    expect(() => scoreCandidate(closed, 'de-cmo', { gmp: 3 })).toThrow(ConflictError);
    expect(() => addCriteria(closed, [{ name: 'Price', weight: 2 }])).toThrow(ConflictError);
    // A note is still allowed: what happened after the contract.
    expect(addNote(closed, 'de-cmo', '2025-09-01', 'First batch released').candidates[0]?.notes).toEqual([{ on: '2025-09-01', text: 'First batch released' }]);
  });
});

describe('scoreCandidate', () => {
  it('sets scores by criterion id or name, and takes one back with null', () => {
    const scored = scoreCandidate(search(), 'de-cmo', { gmp: 4, 'cultural FIT': 2 });
    expect(scored.candidates[0]?.scores).toEqual({ gmp: 4, fit: 2 });
    expect(scoreCandidate(scored, 'de-cmo', { fit: null, gmp: 0 }).candidates[0]?.scores).toEqual({ gmp: 0 });
  });

  it('names the criteria when one is unknown, and the range when a score is out of it', () => {
    expect(problemOf(() => scoreCandidate(search(), 'de-cmo', { price: 3 }))).toEqual({
      pointer: '/scores/price',
      message: 'unknown criterion "price" in partner search "cmo"; expected one of gmp (GMP certified), fit (Cultural fit)',
    });
    expect(problemOf(() => scoreCandidate(search(), 'de-cmo', { gmp: 6 }))).toEqual({
      pointer: '/scores/gmp',
      message: 'expected a score from 0 (not met) to 5 (fully met) for "GMP certified", got 6',
    });
    expect(problemOf(() => scoreCandidate(search(), 'de-cmo', { gmp: 2.5 }))?.pointer).toBe('/scores/gmp');
    expect(problemOf(() => scoreCandidate(search(), 'de-cmo', { gmp: -1 }))?.pointer).toBe('/scores/gmp');
    expect(problemOf(() => scoreCandidate(search(), 'de-cmo', {}))?.pointer).toBe('/scores');
    const bare = { ...search(), criteria: [] };
    expect(problemOf(() => findCriterion(bare, 'gmp', '/x'))?.message).toBe(
      'unknown criterion "gmp" in partner search "cmo"; it has no criteria yet: add some first',
    );
  });

  it('names the candidates when one is unknown, with a 404', () => {
    expect(() => scoreCandidate(search(), 'nobody', { gmp: 1 })).toThrow(NotFoundError);
    expect(() => scoreCandidate(search(), 'nobody', { gmp: 1 })).toThrow('candidate "nobody" was not found in partner search "cmo"; expected one of de-cmo');
    expect(() => addNote({ ...search(), candidates: [] }, 'x', '2025', 'y')).toThrow('in partner search "cmo"; it has no candidates yet');
  });
});

describe('moveCandidate', () => {
  it('moves the candidate and logs the decision with its day, stages and reason', () => {
    const audited = moveCandidate(search(), 'de-cmo', 'audit', '2025-04-02', '  Recommended by the Dutch consultancy ');
    expect(audited.candidates[0]?.stage).toBe('audit');
    expect(audited.decisions).toEqual([
      { on: '2025-04-02', candidate: 'de-cmo', from: 'long_list', to: 'audit', reason: 'Recommended by the Dutch consultancy' },
    ]);
    const contracted = moveCandidate(audited, 'de-cmo', 'contract', '2025-06-30');
    expect(contracted.decisions[1]).toEqual({ on: '2025-06-30', candidate: 'de-cmo', from: 'audit', to: 'contract' });
    expect(partnerSearchSchema.safeParse(contracted).success).toBe(true);
  });

  it('needs a reason to drop a candidate, and refuses a move to where it is', () => {
    expect(problemOf(() => moveCandidate(search(), 'de-cmo', 'dropped', '2025-04-02'))).toEqual({
      pointer: '/reason',
      message: 'dropping candidate "de-cmo" needs a reason, e.g. "no personal engagement"',
    });
    expect(problemOf(() => moveCandidate(search(), 'de-cmo', 'dropped', '2025-04-02', '   '))?.pointer).toBe('/reason');
    expect(moveCandidate(search(), 'de-cmo', 'dropped', '2025-04-02', 'No personal engagement').decisions[0]?.reason).toBe('No personal engagement');
    expect(problemOf(() => moveCandidate(search(), 'de-cmo', 'long_list', '2025-04-02'))).toEqual({
      pointer: '/to',
      message: 'candidate "de-cmo" is at stage "long_list" already',
    });
  });
});

describe('addCriteria, addNote and setSearchStatus', () => {
  it('adds criteria with ids made from their names, and re-weights one whose name is there already', () => {
    const s = addCriteria(search(), [
      { name: 'Price per batch', weight: 2 },
      { name: 'gmp CERTIFIED', weight: 4 },
    ]);
    expect(s.criteria).toEqual([
      { id: 'gmp', name: 'GMP certified', weight: 4 },
      { id: 'fit', name: 'Cultural fit', weight: 3 },
      { id: 'price-per-batch', name: 'Price per batch', weight: 2 },
    ]);
    expect(problemOf(() => addCriteria(search(), [{ name: 'Speed', weight: 0 }]))).toEqual({
      pointer: '/criteria/0/weight',
      message: 'expected a weight from 1 (counts a little) to 5 (decisive), got 0',
    });
    expect(
      problemOf(() =>
        addCriteria(search(), [
          { name: 'ok', weight: 1 },
          { name: 'x', weight: 6 },
        ]),
      )?.pointer,
    ).toBe('/criteria/1/weight');
    expect(problemOf(() => addCriteria(search(), [{ name: ' ', weight: 3 }]))?.pointer).toBe('/criteria/0/name');
  });

  it('appends dated notes, refusing an empty one', () => {
    const s = addNote(addNote(search(), 'de-cmo', '2025-03-02', 'Site visit by the consultant'), 'de-cmo', '2025-03-09', ' Audit report in ');
    expect(s.candidates[0]?.notes).toEqual([
      { on: '2025-03-02', text: 'Site visit by the consultant' },
      { on: '2025-03-09', text: 'Audit report in' },
    ]);
    expect(problemOf(() => addNote(search(), 'de-cmo', '2025', ' '))?.pointer).toBe('/text');
  });

  it('closes and reopens, refusing the state it is in', () => {
    const closed = setSearchStatus(search(), 'closed');
    expect(closed.status).toBe('closed');
    expect(setSearchStatus(closed, 'open').status).toBe('open');
    expect(problemOf(() => setSearchStatus(search(), 'open'))?.message).toBe('partner search "cmo" is open already');
  });
});

describe('partnerSearchSchema', () => {
  const problems = (value: unknown) => {
    const r = partnerSearchSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
  };
  const base = { id: 'ps', title: 'T', opened: '2025' };

  it('fills status, criteria, candidates and decisions, and a candidate’s stage, scores and notes', () => {
    expect(partnerSearchSchema.parse({ ...base, candidates: [{ id: 'c', name: 'C' }] })).toEqual({
      ...base,
      status: 'open',
      criteria: [],
      candidates: [{ id: 'c', name: 'C', stage: 'long_list', scores: {}, notes: [] }],
      decisions: [],
    });
  });

  it('refuses duplicate criterion and candidate ids, an actor listed twice, scores of unknown criteria and decisions about strangers', () => {
    expect(
      problems({
        ...base,
        criteria: [
          { id: 'a', name: 'A', weight: 1 },
          { id: 'a', name: 'A2', weight: 2 },
        ],
        candidates: [
          { id: 'c', name: 'C', actor: 'x', scores: { a: 1, b: 2 } },
          { id: 'c', name: 'D', actor: 'x' },
        ],
        decisions: [{ on: '2025', candidate: 'ghost', from: 'long_list', to: 'audit' }],
      }),
    ).toEqual([
      'criteria/1/id: duplicate criterion id "a": already used at /criteria/0',
      'candidates/0/scores/b: unknown criterion "b"; expected one of a',
      'candidates/1/id: duplicate candidate id "c": already used at /candidates/0',
      'candidates/1/actor: actor "x" is a candidate already, at /candidates/0',
      'decisions/0/candidate: "ghost" is not a candidate of this search',
    ]);
    expect(problems({ ...base, candidates: [{ id: 'c', name: 'C', scores: { a: 1 } }] })).toEqual([
      'candidates/0/scores/a: unknown criterion "a"; the search has no criteria yet',
    ]);
  });

  it('refuses a decision that stays put, a drop without a reason, weights and scores out of range, and an unknown stage', () => {
    const c = { id: 'c', name: 'C' };
    expect(problems({ ...base, candidates: [c], decisions: [{ on: '2025', candidate: 'c', from: 'audit', to: 'audit' }] })).toEqual([
      'decisions/0/to: a decision moves a candidate to another stage; "audit" is where it was',
    ]);
    expect(problems({ ...base, candidates: [c], decisions: [{ on: '2025', candidate: 'c', from: 'audit', to: 'dropped' }] })).toEqual([
      'decisions/0/reason: dropping a candidate needs a reason, e.g. "no personal engagement"',
    ]);
    expect(problems({ ...base, criteria: [{ id: 'a', name: 'A', weight: 6 }] })).toHaveLength(1);
    expect(problems({ ...base, criteria: [{ id: 'a', name: 'A', weight: 1 }], candidates: [{ ...c, scores: { a: 6 } }] })).toHaveLength(1);
    expect(problems({ ...base, criteria: [{ id: 'a', name: 'A', weight: 1 }], candidates: [{ ...c, scores: { a: -1 } }] })).toHaveLength(1);
    expect(problems({ ...base, candidates: [{ ...c, stage: 'shortlist' }] })).toHaveLength(1);
    expect(problems({ ...base, market: 'XX' })).toHaveLength(1);
  });
});
