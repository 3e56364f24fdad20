// The API in-process: every test starts from its own fresh store holding the test case, and reads
// back what it wrote, so no test depends on another's order or leftovers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFileSchema } from '../core/case-file/index.js';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { dumpTables } from '../test-support/stores.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { createApp } from './app.js';
import { silentLogger } from './deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const ws = '/api/workspaces/default';

const send = (method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
type Body = Record<string, unknown> & { error?: { code: string; message: string; problems?: { pointer: string; message: string }[] } };
const json = async (res: Response) => (await res.json()) as Body;
const read = async (path: string) => json(await send('GET', path));

beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  expect((await send('POST', `${ws}/cases`, sampleCaseInput())).status).toBe(201);
});
afterEach(() => store.close());

describe('case import and export', () => {
  it('imports a case, refuses it a second time, replaces it on request', async () => {
    const first = await send('POST', `${ws}/cases`, sampleCaseInput('second'));
    expect(first.status).toBe(201);
    expect(await json(first)).toEqual({ workspaceId: 'default', imported: [{ firmId: 'second', origin: 'request body', replaced: false }] });

    const again = await send('POST', `${ws}/cases`, sampleCaseInput('second'));
    expect(again.status).toBe(409);
    expect((await json(again)).error?.message).toMatch(/firm "second" already exists in workspace "default"/);

    const changed = { ...sampleCaseInput('second'), firm: { ...sampleCaseInput('second').firm, name: 'Second Oy' } };
    const replaced = await send('POST', `${ws}/cases?replace=true`, changed);
    expect(replaced.status).toBe(201);
    expect(await json(replaced)).toMatchObject({ imported: [{ firmId: 'second', replaced: true }] });
    expect((await read(`${ws}/firms/second`))['record']).toMatchObject({ name: 'Second Oy' });
  });

  it('exports a case equal to what was imported', async () => {
    const res = await send('GET', `${ws}/firms/acme/case`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(caseFileSchema.parse(sampleCaseInput()));
    const download = await send('GET', `${ws}/firms/acme/case?download=true`);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="acme.json"');
  });

  it('answers bad JSON with 400 and a line and column, bad content with 422 and pointers, and writes nothing', async () => {
    const before = await dumpTables(store);
    const notJson = await send('POST', `${ws}/cases`, '{"format": "foothold.case/1",,}');
    expect(notJson.status).toBe(400);
    expect((await json(notJson)).error).toMatchObject({ code: 'bad_input', message: expect.stringMatching(/line 1, column \d+/) });

    const input = sampleCaseInput('other');
    (input.ties as { networkType: string }[])[0]!.networkType = 'formal';
    const bad = await send('POST', `${ws}/cases`, input);
    expect(bad.status).toBe(422);
    expect((await json(bad)).error?.problems).toContainEqual({
      pointer: '/ties/0/networkType',
      message: 'expected one of social|business|institutional|digital, got "formal"',
    });

    const dangling = sampleCaseInput('other');
    (dangling.ties as { to: string }[])[0]!.to = 'nobody';
    const res = await send('POST', `${ws}/cases`, dangling);
    expect(res.status).toBe(422);
    expect((await json(res)).error?.problems?.[0]?.pointer).toBe('/ties/0/to');

    expect(await dumpTables(store)).toEqual(before);
  });

  it('says 404 for a firm that does not exist', async () => {
    const res = await send('GET', `${ws}/firms/nope/case`);
    expect(res.status).toBe(404);
    expect((await json(res)).error).toEqual({ code: 'not_found', message: 'firm "nope" was not found' });
  });
});

describe('records', () => {
  it('refuses a tie to a record that does not exist, naming the field, and stores nothing', async () => {
    const before = await dumpTables(store);
    const missing = await send('POST', `${ws}/firms/acme/ties`, { id: 'tie-new', from: 'acme', to: 'nobody', networkType: 'business' });
    expect(missing.status).toBe(422);
    expect((await json(missing)).error?.problems).toEqual([
      { pointer: '/to', message: '"nobody" does not exist in the case of firm "acme"; expected the id of an actor or a key person' },
    ]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('creates a tie at version 1 with defaults filled in, and reads it back', async () => {
    const created = await send('POST', `${ws}/firms/acme/ties`, { id: 'tie-new', from: 'acme', to: 'act-agency', networkType: 'business' });
    expect(created.status).toBe(201);
    const expected = { version: 1, record: { id: 'tie-new', from: 'acme', to: 'act-agency', networkType: 'business', status: 'active' } };
    expect(await json(created)).toEqual(expected);
    expect(await read(`${ws}/firms/acme/ties/tie-new`)).toEqual(expected);
    expect(((await read(`${ws}/firms/acme/case`))['ties'] as { id: string }[]).at(-1)?.id).toBe('tie-new');
  });

  it('refuses an id the case uses already, in any collection', async () => {
    const duplicate = await send('POST', `${ws}/firms/acme/actors`, { id: 'tie-agency', name: 'X', kind: 'person' });
    expect(duplicate.status).toBe(409);
    expect((await json(duplicate)).error?.message).toContain('id "tie-agency" is already used in ties of firm "acme"');
    expect((await send('GET', `${ws}/firms/acme/actors/tie-agency`)).status).toBe(404);
  });

  it('updates with versions: the current version wins once, a stale one gets 409 and changes nothing', async () => {
    const tie = { id: 'tie-linkedin', from: 'acme', to: 'act-linkedin', networkType: 'digital' };
    const updated = await send('PUT', `${ws}/firms/acme/ties/tie-linkedin`, { version: 1, record: { ...tie, strength: 5 } });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({ version: 2, record: { strength: 5 } });

    const stale = await send('PUT', `${ws}/firms/acme/ties/tie-linkedin`, { version: 1, record: { ...tie, networkType: 'social' } });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error?.code).toBe('stale_version');
    expect(await read(`${ws}/firms/acme/ties/tie-linkedin`)).toMatchObject({ version: 2, record: { networkType: 'digital', strength: 5 } });
  });

  it('refuses malformed update bodies with 422 and changes nothing', async () => {
    const before = await dumpTables(store);
    const tie = { id: 'tie-linkedin', from: 'acme', to: 'act-linkedin', networkType: 'digital' };
    for (const body of [tie, { version: 1 }, { version: 0, record: tie }, { version: '1', record: tie }, { version: 1, record: tie, extra: true }, [1]]) {
      const res = await send('PUT', `${ws}/firms/acme/ties/tie-linkedin`, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await json(res)).error?.message).toContain('expected { "version": <the version you read>, "record": { … } }');
    }
    const renamed = await send('PUT', `${ws}/firms/acme/ties/tie-linkedin`, { version: 1, record: { ...tie, id: 'tie-other' } });
    expect(renamed.status).toBe(422);
    expect((await json(renamed)).error?.problems).toEqual([
      { pointer: '/id', message: 'expected "tie-linkedin" (the id in the address); ids cannot be changed' },
    ]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('deletes a record, only at the version given when one is given', async () => {
    const stale = await send('DELETE', `${ws}/firms/acme/ties/tie-linkedin?version=2`);
    expect(stale.status).toBe(409);
    expect((await json(stale)).error?.code).toBe('stale_version');
    expect((await send('GET', `${ws}/firms/acme/ties/tie-linkedin`)).status).toBe(200);

    expect((await send('DELETE', `${ws}/firms/acme/ties/tie-linkedin?version=1`)).status).toBe(204);
    expect((await send('GET', `${ws}/firms/acme/ties/tie-linkedin`)).status).toBe(404);
    expect((await send('DELETE', `${ws}/firms/acme/ties/tie-linkedin`)).status).toBe(404);
  });

  it('refuses to delete an actor that ties still refer to, naming them', async () => {
    const res = await send('DELETE', `${ws}/firms/acme/actors/act-agency`);
    expect(res.status).toBe(409);
    expect((await json(res)).error?.message).toBe(
      'actor "act-agency" is still referred to by activity "act-rd" at /actors/0, tie "tie-agency" at /to; change or delete those first',
    );
    expect((await send('GET', `${ws}/firms/acme/actors/act-agency`)).status).toBe(200);
  });

  it('updates the firm with optimistic concurrency', async () => {
    const current = (await read(`${ws}/firms/acme`)) as { version: number; record: Record<string, unknown> };
    expect(current.version).toBe(1);
    const ok = await send('PUT', `${ws}/firms/acme`, { version: 1, record: { ...current.record, sector: 'pharmaceuticals' } });
    expect(ok.status).toBe(200);
    expect(await read(`${ws}/firms/acme`)).toMatchObject({ version: 2, record: { sector: 'pharmaceuticals' } });
    const stale = await send('PUT', `${ws}/firms/acme`, { version: 1, record: current.record });
    expect(stale.status).toBe(409);
    const renamed = await send('PUT', `${ws}/firms/acme`, { version: 2, record: { ...current.record, id: 'acme2' } });
    expect(renamed.status).toBe(422);
    const badEvidence = await send('PUT', `${ws}/firms/acme`, { version: 2, record: { ...current.record, evidence: ['nowhere'] } });
    expect(badEvidence.status).toBe(422);
    expect((await json(badEvidence)).error?.problems?.[0]?.pointer).toBe('/evidence/0');
    expect(await read(`${ws}/firms/acme`)).toMatchObject({ version: 2, record: { sector: 'pharmaceuticals' } });
  });

  it('creates a firm with an empty case, refuses a second one, and deletes it', async () => {
    const created = await send('POST', '/api/workspaces/portfolio/firms', { id: 'newco', name: 'NewCo', countryOfOrigin: 'LK' });
    expect(created.status).toBe(201);
    expect(await json(created)).toEqual({ version: 1, record: { id: 'newco', name: 'NewCo', countryOfOrigin: 'LK', isPseudonym: false } });
    expect((await send('POST', '/api/workspaces/portfolio/firms', { id: 'newco', name: 'Again', countryOfOrigin: 'LK' })).status).toBe(409);
    const bad = await send('POST', '/api/workspaces/portfolio/firms', { id: 'x', name: 'X', countryOfOrigin: 'Sri Lanka' });
    expect(bad.status).toBe(422);
    expect((await json(bad)).error?.problems?.[0]?.pointer).toBe('/countryOfOrigin');
    const exported = await read('/api/workspaces/portfolio/firms/newco/case');
    expect(exported['ties']).toEqual([]);
    expect((await read('/api/workspaces/portfolio/firms/newco'))['record']).toMatchObject({ name: 'NewCo' });
    expect((await send('DELETE', '/api/workspaces/portfolio/firms/newco')).status).toBe(204);
    expect((await send('DELETE', '/api/workspaces/portfolio/firms/newco')).status).toBe(404);
    expect((await send('GET', '/api/workspaces/portfolio/firms/newco')).status).toBe(404);
  });

  it('lists markets with their versions, in stored order', async () => {
    const res = await send('GET', `${ws}/firms/acme/markets`);
    const list = (await res.json()) as { version: number; record: { id: string } }[];
    expect(list.map((m) => [m.record.id, m.version])).toEqual([
      ['mkt-mn', 1],
      ['mkt-eu', 1],
    ]);
  });
});

describe('documents', () => {
  it('serves an OpenAPI 3.1 document covering every collection', async () => {
    const doc = (await (await send('GET', '/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    for (const slug of ['actors', 'ties', 'markets', 'challenge-ratings', 'utilization', 'benefits', 'sources', 'segments']) {
      expect(Object.keys(doc.paths)).toContain(`/api/workspaces/{workspace}/firms/{firmId}/${slug}/{id}`);
    }
    expect(Object.keys(doc.paths)).toContain('/api/workspaces/{workspace}/cases');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await send('GET', '/api/nothing');
    expect(res.status).toBe(404);
    expect((await json(res)).error?.code).toBe('not_found');
  });
});
