import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { boardSchema, changedSearchSchema, suggestionsSchema } from './schema.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const firm = '/api/workspaces/default/firms/company-a';
const search = `${firm}/partner-searches/ps-cmo`;

const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

interface ErrorBody {
  error: { code: string; message: string; path?: string; problems?: { pointer: string; message: string }[] };
}

// Every test starts from a store of its own, holding company-a, and makes the search it needs: a
// test that relied on the ones before it would fail when run alone, as a mutation run runs it.
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T10:00:00Z'), logger: silentLogger });
  const res = await app.request('/api/workspaces/default/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: sampleCaseText('company-a'),
  });
  expect(res.status).toBe(201);
});
afterEach(async () => store.close());

/** Opens the contract-manufacturer search: version 1, one criterion, no candidates. */
async function openCmoSearch(): Promise<Response> {
  const res = await send('POST', `${firm}/partner-searches`, {
    id: 'ps-cmo',
    title: 'API contract manufacturer',
    market: 'DE',
    organizationType: 'company',
    opened: '2025-05-20',
    criteria: [{ id: 'gmp', name: 'GMP certified', weight: 5 }],
  });
  expect(res.status).toBe(201);
  return res;
}

/** The search with two candidates (an actor referred by the consultancy, and one by name) and a second criterion: version 4. */
async function withCandidates(): Promise<{ added: Response; byName: Response; criteria: Response }> {
  await openCmoSearch();
  const added = await send('POST', `${search}/candidates`, { version: 1, actor: 'actor-de-api-cmo', referredBy: 'actor-nl-consulting' });
  const byName = await send('POST', `${search}/candidates`, { version: 2, name: 'Polish CMO' });
  const criteria = await send('POST', `${search}/criteria`, { version: 3, criteria: [{ name: 'Cultural fit', weight: 3 }] });
  return { added, byName, criteria };
}

/** The German manufacturer scored, noted and moved to audit: version 7. */
async function worked(): Promise<{ scored: Response; noted: Response; moved: Response }> {
  await withCandidates();
  const scored = await send('POST', `${search}/candidates/actor-de-api-cmo/scores`, { version: 4, scores: { gmp: 5, 'Cultural fit': 4 } });
  const noted = await send('POST', `${search}/candidates/actor-de-api-cmo/notes`, { version: 5, text: 'Site check by the consultancy' });
  const moved = await send('POST', `${search}/candidates/actor-de-api-cmo/moves`, { version: 6, to: 'audit', reason: 'Recommended by the consultancy' });
  return { scored, noted, moved };
}

describe('partner searches through the record routes', () => {
  it('creates a search from its id, title and opening day, filling the rest, then lists and reads it', async () => {
    const res = await openCmoSearch();
    expect(await res.json()).toEqual({
      version: 1,
      record: {
        id: 'ps-cmo',
        title: 'API contract manufacturer',
        market: 'DE',
        organizationType: 'company',
        opened: '2025-05-20',
        status: 'open',
        criteria: [{ id: 'gmp', name: 'GMP certified', weight: 5 }],
        candidates: [],
        decisions: [],
      },
    });
    const list = (await (await app.request(`${firm}/partner-searches`)).json()) as { record: { id: string } }[];
    expect(list.map((s) => s.record.id)).toEqual(['ps-cmo']);
    expect((await app.request(search)).status).toBe(200);
  });

  it('refuses a search whose candidate names an actor the case does not have', async () => {
    const res = await send('POST', `${firm}/partner-searches`, {
      id: 'ps-bad',
      title: 'X',
      opened: '2025',
      candidates: [{ id: 'c', actor: 'actor-ghost', name: 'Ghost' }],
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.problems).toEqual([
      { pointer: '/candidates/0/actor', message: '"actor-ghost" does not exist in the case of firm "company-a"; expected the id of an actor' },
    ]);
  });
});

describe('working a search over HTTP', () => {
  it('adds candidates (201, with the new id) and criteria, each write moving the version on', async () => {
    const { added, byName, criteria } = await withCandidates();
    expect([added.status, byName.status, criteria.status]).toEqual([201, 201, 200]);
    const body = changedSearchSchema.parse(await added.json());
    expect([body.version, body.candidateId, body.record.candidates[0]?.name]).toEqual([2, 'actor-de-api-cmo', 'Contract API manufacturer (Germany)']);
    const named = changedSearchSchema.parse(await byName.json());
    expect([named.version, named.candidateId]).toEqual([3, 'polish-cmo']);
    expect(changedSearchSchema.parse(await criteria.json()).record.criteria.map((c) => c.id)).toEqual(['gmp', 'cultural-fit']);
  });

  it('answers 409 stale_version for a version read before the last change, and changes nothing', async () => {
    await withCandidates();
    const res = await send('POST', `${search}/candidates/polish-cmo/scores`, { version: 2, scores: { gmp: 1 } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'stale_version', path: '/version' });
    expect(((await (await app.request(search)).json()) as { version: number }).version).toBe(4);
  });

  it('scores by criterion id or name, notes, and moves with a reason logged under the server’s day', async () => {
    const { scored, noted, moved } = await worked();
    expect([scored.status, noted.status, moved.status]).toEqual([200, 200, 200]);
    const record = changedSearchSchema.parse(await moved.json()).record;
    expect(record.decisions).toEqual([
      { on: '2025-06-01', candidate: 'actor-de-api-cmo', from: 'long_list', to: 'audit', reason: 'Recommended by the consultancy' },
    ]);
    expect(record.candidates[0]).toMatchObject({
      stage: 'audit',
      scores: { gmp: 5, 'cultural-fit': 4 },
      notes: [{ on: '2025-06-01', text: 'Site check by the consultancy' }],
    });
  });

  it('says what is wrong with a move, a score or a candidate, naming what would be right', async () => {
    await worked();
    const drop = await send('POST', `${search}/candidates/polish-cmo/moves`, { version: 7, to: 'dropped' });
    expect(drop.status).toBe(422);
    expect(((await drop.json()) as ErrorBody).error.problems).toEqual([
      { pointer: '/reason', message: 'dropping candidate "polish-cmo" needs a reason, e.g. "no personal engagement"' },
    ]);
    const stage = await send('POST', `${search}/candidates/polish-cmo/moves`, { version: 7, to: 'shortlist' });
    expect(((await stage.json()) as ErrorBody).error.problems?.[0]).toEqual({
      pointer: '/to',
      message: 'expected one of long_list|contacted|referred|audit|negotiation|contract|dropped, got "shortlist"',
    });
    const criterion = await send('POST', `${search}/candidates/polish-cmo/scores`, { version: 7, scores: { price: 2 } });
    expect(((await criterion.json()) as ErrorBody).error.problems?.[0]?.message).toBe(
      'unknown criterion "price" in partner search "ps-cmo"; expected one of gmp (GMP certified), cultural-fit (Cultural fit)',
    );
    const range = await send('POST', `${search}/candidates/polish-cmo/scores`, { version: 7, scores: { gmp: 9 } });
    expect(((await range.json()) as ErrorBody).error.problems?.[0]).toMatchObject({
      pointer: '/scores/gmp',
      message: 'expected a number of at most 5, got number 9',
    });
    const nobody = await send('POST', `${search}/candidates/nobody/notes`, { version: 7, text: 'x' });
    expect(nobody.status).toBe(404);
    expect(((await nobody.json()) as ErrorBody).error.message).toBe(
      'candidate "nobody" was not found in partner search "ps-cmo"; expected one of actor-de-api-cmo, polish-cmo',
    );
    const noSearch = await send('POST', `${firm}/partner-searches/ps-none/candidates`, { version: 1, name: 'x' });
    expect(noSearch.status).toBe(404);
    expect(((await noSearch.json()) as ErrorBody).error.message).toBe('partner search "ps-none" was not found for firm "company-a"; expected one of ps-cmo');
    const noVersion = await send('POST', `${search}/candidates/polish-cmo/notes`, { text: 'x' });
    expect(((await noVersion.json()) as ErrorBody).error.problems?.[0]?.pointer).toBe('/version');
    const notJson = await app.request(`${search}/candidates/polish-cmo/notes`, { method: 'POST', body: '{"version":7,"text":"x"}' });
    expect(notJson.status).toBe(415);
    expect(((await (await app.request(search)).json()) as { version: number }).version).toBe(7);
  });

  it('closes the search against moves but not against notes, and reopens it', async () => {
    await worked();
    expect((await send('POST', `${search}/status`, { version: 7, status: 'closed' })).status).toBe(200);
    const move = await send('POST', `${search}/candidates/polish-cmo/moves`, { version: 8, to: 'contacted' });
    expect(move.status).toBe(409);
    expect((await send('POST', `${search}/candidates/polish-cmo/notes`, { version: 8, text: 'Wrote back late' })).status).toBe(200);
    expect((await send('POST', `${search}/status`, { version: 9, status: 'open' })).status).toBe(200);
  });
});

describe('reading a search', () => {
  it('shows the board: columns by stage, ranked by weighted score, with the referrer’s name and the version read', async () => {
    await worked();
    const res = await app.request(`${search}/board`);
    expect(res.status).toBe(200);
    const board = boardSchema.parse(await res.json());
    expect(board.version).toBe(7);
    expect(board.columns.map((c) => [c.stage, c.candidates.map((x) => x.id)])).toEqual([
      ['long_list', ['polish-cmo']],
      ['contacted', []],
      ['referred', []],
      ['audit', ['actor-de-api-cmo']],
      ['negotiation', []],
      ['contract', []],
      ['dropped', []],
    ]);
    const audited = board.columns[3]?.candidates[0];
    // (5 × 5 + 3 × 4) / (8 × 5)
    expect(audited?.score).toEqual({ value: 37 / 40, coverage: 1, missing: [] });
    expect(audited?.referredBy).toEqual({ id: 'actor-nl-consulting', name: 'Consulting firm (Netherlands)' });
    expect(board.columns[0]?.candidates[0]?.score).toEqual({ value: null, coverage: 0, missing: board.search.criteria });
  });

  it('lists the actors within two hops that fit, leaving out the candidates, with who introduces them', async () => {
    await withCandidates();
    const res = await app.request(`${search}/suggestions`);
    expect(res.status).toBe(200);
    const { filters, suggestions } = suggestionsSchema.parse(await res.json());
    expect(filters).toEqual({ organizationType: 'company', market: 'DE' });
    expect(suggestions.map((s) => [s.actorId, s.hops, s.heldBy.id, s.links.map((l) => l.tieId)])).toEqual([
      ['actor-clinical-trial-partners', 1, 'company-a', ['tie-firm-clinical-trial-partners']],
    ]);
    expect((await app.request(`${firm}/partner-searches/ps-none/suggestions`)).status).toBe(404);
    expect((await app.request(`/api/workspaces/default/firms/ghost/partner-searches/ps-cmo/board`)).status).toBe(404);
  });

  it('describes every route in the OpenAPI document under one tag', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { summary: string; tags: string[] }>> };
    const base = '/api/workspaces/{workspace}/firms/{firmId}/partner-searches';
    const ours = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith(base))
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path.slice(base.length)}`, op.tags[0]]));
    expect(ours).toEqual(
      expect.arrayContaining([
        ['POST /{searchId}/candidates', 'partner-searches'],
        ['POST /{searchId}/candidates/{candidateId}/moves', 'partner-searches'],
        ['GET /{searchId}/board', 'partner-searches'],
        ['GET /{searchId}/suggestions', 'partner-searches'],
        ['GET ', 'partner-searches'],
        ['PUT /{id}', 'partner-searches'],
      ]),
    );
    expect(ours).toHaveLength(13);
  });
});
