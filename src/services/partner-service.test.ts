// Partner searches through the service: each change is load → core edit → save in one transaction,
// checked by the record service's rules (references into the case, versions), and nothing is
// written when a change is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { sampleCase } from '../test-support/samples.js';
import { importCases } from './case-service.js';
import {
  addCandidate,
  addCriteria,
  getSearch,
  listSearches,
  moveCandidate,
  noteCandidate,
  openSearch,
  scoreCandidate,
  searchBoard,
  searchSuggestions,
  setStatus,
} from './partner-service.js';
import { deleteRecord } from './record-service.js';

const WS = 'default';
const FIRM = 'company-a';
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);
const S = 'api-contract-manufacturer';
let store: CaseStore;

// Each test starts from its own store holding company-a and builds its own search, as a mutation run runs a test alone.
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await importCases(store, WS, [{ origin: 'company-a.json', caseFile: sampleCase(FIRM) }], { replace: false });
});
afterEach(() => store.close());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

/** Opens the contract-manufacturer search (German companies, two criteria, no candidates): version 1. */
async function openCmoSearch() {
  return openSearch(
    store,
    WS,
    FIRM,
    {
      title: 'API contract manufacturer',
      purpose: 'contract manufacturer in the EU',
      market: 'DE',
      organizationType: 'company',
      criteria: [
        { name: 'GMP certified', weight: 5 },
        { name: 'Cultural fit', weight: 3 },
      ],
    },
    day('2025-03-01'),
  );
}

/** The contract-manufacturer search, then one with the same title and one whose title gives the id of an actor. */
async function openThreeSearches() {
  const cmo = await openCmoSearch();
  const sameTitle = await openSearch(store, WS, FIRM, { title: 'API contract manufacturer' }, day('2025-03-02'));
  const actorTitle = await openSearch(store, WS, FIRM, { title: 'Actor NL consulting' }, day('2025-03-02'));
  return { cmo, sameTitle, actorTitle };
}

/** The search with the German manufacturer (referred by the Dutch consultancy) and a candidate known only by name: version 3. */
async function withCandidates() {
  await openCmoSearch();
  const added = await addCandidate(store, WS, FIRM, S, { actor: 'actor-de-api-cmo', referredBy: 'actor-nl-consulting' });
  const byName = await addCandidate(store, WS, FIRM, S, { name: 'Polish CMO (from a trade fair)' }, 2);
  return { added, byName };
}

/** The German manufacturer scored, noted and moved to referred, the Polish one dropped: version 7. */
async function worked() {
  await withCandidates();
  await scoreCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', { 'gmp-certified': 5, 'Cultural fit': 4 });
  await noteCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', 'The Dutch consultancy did the site check', day('2025-03-10'));
  await moveCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', 'referred', 'Recommended by the consultancy', day('2025-03-11'));
  const dropped = await moveCandidate(store, WS, FIRM, S, 'polish-cmo-from-a-trade-fair', 'dropped', 'No personal engagement', day('2025-03-12'));
  return { dropped };
}

/** The worked search with a third criterion, audit readiness, that nobody is scored on yet: version 8. */
async function withLaterCriterion() {
  await worked();
  const more = await addCriteria(store, WS, FIRM, S, [{ name: 'Audit readiness', weight: 4 }]);
  return { more };
}

describe('opening and listing searches', () => {
  it('opens a search dated today with criteria, under an id made from its title, and lists it', async () => {
    const { cmo, sameTitle, actorTitle } = await openThreeSearches();
    expect(cmo).toEqual({
      version: 1,
      record: {
        id: 'api-contract-manufacturer',
        title: 'API contract manufacturer',
        purpose: 'contract manufacturer in the EU',
        market: 'DE',
        organizationType: 'company',
        opened: '2025-03-01',
        status: 'open',
        criteria: [
          { id: 'gmp-certified', name: 'GMP certified', weight: 5 },
          { id: 'cultural-fit', name: 'Cultural fit', weight: 3 },
        ],
        candidates: [],
        decisions: [],
      },
    });
    // The same title again gets the next free id; an id used by another record of the case is skipped too.
    expect(sameTitle.record.id).toBe('api-contract-manufacturer-2');
    expect(actorTitle.record.id).toBe('actor-nl-consulting-2');
    expect((await listSearches(store, WS, FIRM)).map((s) => s.record.id)).toEqual([
      'api-contract-manufacturer',
      'api-contract-manufacturer-2',
      'actor-nl-consulting-2',
    ]);
  });

  it('refuses a bad market or organization type with the field named, writing nothing', async () => {
    await openCmoSearch();
    const before = await listSearches(store, WS, FIRM);
    const err = await rejection(openSearch(store, WS, FIRM, { title: 'X', market: 'XX', organizationType: 'factory' }, day('2025-03-01')));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems.map((p) => p.pointer)).toEqual(['/market', '/organizationType']);
    expect(before).toHaveLength(1);
    expect(await listSearches(store, WS, FIRM)).toEqual(before);
  });

  it('names the firm’s searches when one is not found, and the firm when it is not there', async () => {
    await openThreeSearches();
    const err = await rejection(getSearch(store, WS, FIRM, 'nope'));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toBe(
      'partner search "nope" was not found for firm "company-a"; expected one of api-contract-manufacturer, api-contract-manufacturer-2, actor-nl-consulting-2',
    );
    expect(await rejection(getSearch(store, WS, 'ghost', 'x'))).toEqual(new NotFoundError('firm', 'ghost'));
    expect(((await rejection(moveCandidate(store, WS, FIRM, 'nope', 'c', 'audit', undefined, day('2025-01-01')))) as Error).message).toMatch(
      /^partner search "nope" was not found for firm "company-a"; expected one of /,
    );
  });

  it('says the firm has no partner searches yet when a search is asked for before any is opened', async () => {
    const err = await rejection(getSearch(store, WS, FIRM, 'nope'));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toBe('partner search "nope" was not found for firm "company-a"; it has no partner searches yet');
  });

  it('returns a search as it is stored: the role sought when given, no empty fields for what was not', async () => {
    const cro = await openSearch(store, WS, FIRM, { title: 'CRO in Poland', market: 'PL', role: 'cro' }, day('2025-03-01'));
    const bare = await openSearch(store, WS, FIRM, { title: 'Distributor' }, day('2025-03-02'));
    expect(cro.record).toMatchObject({ id: 'cro-in-poland', market: 'PL', role: 'cro' });
    expect(cro).toStrictEqual(await getSearch(store, WS, FIRM, 'cro-in-poland'));
    expect(bare).toStrictEqual(await getSearch(store, WS, FIRM, 'distributor'));
    expect(Object.keys(bare.record).sort()).toEqual(['candidates', 'criteria', 'decisions', 'id', 'opened', 'status', 'title']);
  });

  it('calls a search whose title has no letter or digit "partner-search"', async () => {
    const opened = await openSearch(store, WS, FIRM, { title: '???' }, day('2025-03-01'));
    expect(opened.record.id).toBe('partner-search');
  });

  it('refuses to make up an id when the title’s id and its 50 numbered ones are all taken, naming them and the way out', async () => {
    const ids = ['full', ...Array.from({ length: 50 }, (_, n) => `full-${n + 2}`)];
    for (const id of ids) await openSearch(store, WS, FIRM, { id, title: 'Full' }, day('2025-03-01'));
    const err = await rejection(openSearch(store, WS, FIRM, { title: 'Full' }, day('2025-03-02')));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).message).toBe('the ids "full" to "full-51" are all taken in the case of firm "company-a"; give the search an id of its own');
    expect((err as ConflictError).path).toBe('/id');
    expect(await listSearches(store, WS, FIRM)).toHaveLength(51);
  });
});

describe('working a search', () => {
  it('adds an actor of the case under its name, with who referred it, and a candidate known only by name', async () => {
    const { added, byName } = await withCandidates();
    expect(added.candidateId).toBe('actor-de-api-cmo');
    expect(added.version).toBe(2);
    expect(added.record.candidates).toEqual([
      {
        id: 'actor-de-api-cmo',
        actor: 'actor-de-api-cmo',
        name: 'Contract API manufacturer (Germany)',
        stage: 'long_list',
        scores: {},
        notes: [],
        referredBy: 'actor-nl-consulting',
      },
    ]);
    expect([byName.candidateId, byName.version]).toEqual(['polish-cmo-from-a-trade-fair', 3]);
  });

  it('refuses an actor that is not in the case, an id of another kind, a referrer that does not exist, and both or neither of actor and name', async () => {
    await withCandidates();
    expect(await rejection(addCandidate(store, WS, FIRM, S, { actor: 'actor-nobody' }))).toEqual(new NotFoundError('actor', 'actor-nobody'));
    expect(((await rejection(addCandidate(store, WS, FIRM, S, { actor: 'kp-cdo' }))) as ValidationError).problems).toEqual([
      { pointer: '/actor', message: '"kp-cdo" is a key person; expected the id of an actor' },
    ]);
    expect(
      ((await rejection(addCandidate(store, WS, FIRM, S, { name: 'Someone', referredBy: 'tie-firm-nl-consulting' }))) as ValidationError).problems,
    ).toEqual([{ pointer: '/candidates/2/referredBy', message: '"tie-firm-nl-consulting" is a tie; expected the id of an actor or a key person' }]);
    const eitherOr = [
      { pointer: '/actor', message: 'give either "actor" (the id of an actor of the case) or "name" (a candidate not in the network yet), not both' },
    ];
    expect(((await rejection(addCandidate(store, WS, FIRM, S, { actor: 'actor-uk-consulting', name: 'x' }))) as ValidationError).problems).toEqual(eitherOr);
    expect(((await rejection(addCandidate(store, WS, FIRM, S, {}))) as ValidationError).problems).toEqual(eitherOr);
    expect((await getSearch(store, WS, FIRM, S)).version).toBe(3);
  });

  it('scores, notes and moves a candidate, logging each move with its day and reason', async () => {
    const { dropped } = await worked();
    expect(dropped.version).toBe(7);
    expect(dropped.record.decisions).toEqual([
      { on: '2025-03-11', candidate: 'actor-de-api-cmo', from: 'long_list', to: 'referred', reason: 'Recommended by the consultancy' },
      { on: '2025-03-12', candidate: 'polish-cmo-from-a-trade-fair', from: 'long_list', to: 'dropped', reason: 'No personal engagement' },
    ]);
    expect(dropped.record.candidates[0]).toMatchObject({
      stage: 'referred',
      scores: { 'gmp-certified': 5, 'cultural-fit': 4 },
      notes: [{ on: '2025-03-10', text: 'The Dutch consultancy did the site check' }],
    });
  });

  it('refuses a stale version before changing anything, and a move without a needed reason', async () => {
    await worked();
    const stale = await rejection(scoreCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', { 'gmp-certified': 1 }, 3));
    expect(stale).toEqual(new StaleVersionError('partner search', S, 3, 7));
    const noReason = await rejection(moveCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', 'dropped', undefined, day('2025-03-13')));
    expect((noReason as ValidationError).problems[0]?.pointer).toBe('/reason');
    const unknown = await rejection(scoreCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', { price: 3 }));
    expect((unknown as ValidationError).problems[0]?.message).toBe(
      'unknown criterion "price" in partner search "api-contract-manufacturer"; expected one of gmp-certified (GMP certified), cultural-fit (Cultural fit)',
    );
    expect((await getSearch(store, WS, FIRM, S)).version).toBe(7);
  });

  it('adds criteria, and closes and reopens the search, refusing changes while closed', async () => {
    const { more } = await withLaterCriterion();
    expect(more.record.criteria.map((c) => c.id)).toEqual(['gmp-certified', 'cultural-fit', 'audit-readiness']);
    await setStatus(store, WS, FIRM, S, 'closed');
    expect(await rejection(moveCandidate(store, WS, FIRM, S, 'actor-de-api-cmo', 'audit', undefined, day('2025-04-01')))).toBeInstanceOf(ConflictError);
    const reopened = await setStatus(store, WS, FIRM, S, 'open');
    expect(reopened.record.status).toBe('open');
    // What a change returns is the search as stored, and nothing more.
    expect(reopened).toStrictEqual(await getSearch(store, WS, FIRM, S));
    expect(((await rejection(addCriteria(store, WS, FIRM, S, []))) as ValidationError).problems).toEqual([
      { pointer: '/criteria', message: 'give at least one criterion, e.g. { "name": "GMP certified", "weight": 5 }' },
    ]);
  });

  it('keeps an actor that a search names from being deleted', async () => {
    await withCandidates();
    const err = await rejection(deleteRecord(store, WS, FIRM, 'actors', 'actor-de-api-cmo'));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toContain('partner search "api-contract-manufacturer" at /candidates/0/actor');
  });
});

describe('board and suggestions', () => {
  it('shows the board with the version read and the referrer’s name', async () => {
    const { more } = await withLaterCriterion();
    const board = await searchBoard(store, WS, FIRM, S);
    expect(board.version).toBe((await getSearch(store, WS, FIRM, S)).version);
    expect(board.version).toBe(more.version);
    const referred = board.columns.find((c) => c.stage === 'referred')?.candidates ?? [];
    // (5 × 5 + 3 × 4) / (8 × 5); audit readiness, added later, is missing rather than 0.
    expect(referred.map((c) => [c.id, c.referredBy?.name, c.score.value])).toEqual([['actor-de-api-cmo', 'Consulting firm (Netherlands)', 37 / 40]]);
    expect(referred[0]?.score.missing.map((m) => m.id)).toEqual(['audit-readiness']);
    expect(board.columns.find((c) => c.stage === 'dropped')?.candidates.map((c) => c.id)).toEqual(['polish-cmo-from-a-trade-fair']);
  });

  it('shows a key person who referred a candidate by the role, as the key people of the study have no names', async () => {
    await openCmoSearch();
    await addCandidate(store, WS, FIRM, S, { name: 'Swiss CMO', referredBy: 'kp-cdo' });
    const board = await searchBoard(store, WS, FIRM, S);
    const longList = board.columns.find((c) => c.stage === 'long_list')?.candidates ?? [];
    expect(longList.map((c) => [c.id, c.referredBy])).toEqual([['swiss-cmo', { id: 'kp-cdo', name: 'Chief development officer' }]]);
  });

  it('suggests the German companies Company A reaches within two hops that are not candidates yet', async () => {
    await withCandidates();
    const { filters, suggestions } = await searchSuggestions(store, WS, FIRM, S, day('2025-06-01'));
    expect(filters).toEqual({ organizationType: 'company', market: 'DE' });
    // The German API manufacturer is a candidate already; the clinical trial providers work in DE, among others.
    expect(suggestions.map((s) => [s.actorId, s.hops, s.heldBy.id])).toEqual([['actor-clinical-trial-partners', 1, 'company-a']]);
    expect(suggestions[0]?.matched).toEqual({ organizationType: true, market: 'country' });
  });
});
