import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFileSchema } from '../core/case-file/index.js';
import { sampleCaseInput } from '../core/case-file/test-case.js';
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
const json = async (res: Response) =>
  (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; problems?: { pointer: string; message: string }[] } };

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
});
afterAll(async () => store.close());

describe('case import and export', () => {
  it('imports a case, refuses it a second time, replaces it on request', async () => {
    const first = await send('POST', `${ws}/cases`, sampleCaseInput());
    expect(first.status).toBe(201);
    expect(await json(first)).toEqual({ workspaceId: 'default', imported: [{ firmId: 'acme', origin: 'request body', replaced: false }] });

    const again = await send('POST', `${ws}/cases`, sampleCaseInput());
    expect(again.status).toBe(409);
    expect((await json(again)).error?.message).toMatch(/firm "acme" already exists in workspace "default"/);

    const replaced = await send('POST', `${ws}/cases?replace=true`, sampleCaseInput());
    expect(replaced.status).toBe(201);
  });

  it('exports a case equal to what was imported', async () => {
    const res = await send('GET', `${ws}/firms/acme/case`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(caseFileSchema.parse(sampleCaseInput()));
  });

  it('answers bad JSON with 400 and a line and column, bad content with 422 and pointers, and writes nothing', async () => {
    const before = await (await send('GET', `${ws}/firms`)).json();
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

    expect(await (await send('GET', `${ws}/firms`)).json()).toEqual(before);
  });

  it('says 404 for a firm that does not exist', async () => {
    const res = await send('GET', `${ws}/firms/nope/case`);
    expect(res.status).toBe(404);
    expect((await json(res)).error).toEqual({ code: 'not_found', message: 'firm "nope" was not found' });
  });
});

describe('records', () => {
  it('creates, reads, updates with versions, and deletes a tie', async () => {
    const missing = await send('POST', `${ws}/firms/acme/ties`, { id: 'tie-new', from: 'acme', to: 'nobody', networkType: 'business' });
    expect(missing.status).toBe(422);
    expect((await json(missing)).error?.problems).toEqual([
      { pointer: '/to', message: '"nobody" does not exist in this file; expected the id of an actor or a key person' },
    ]);

    const created = await send('POST', `${ws}/firms/acme/ties`, { id: 'tie-new', from: 'acme', to: 'act-agency', networkType: 'business' });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ version: 1, record: { id: 'tie-new', status: 'active' } });

    const duplicate = await send('POST', `${ws}/firms/acme/actors`, { id: 'tie-new', name: 'X', kind: 'person' });
    expect(duplicate.status).toBe(409);

    const updated = await send('PUT', `${ws}/firms/acme/ties/tie-new`, {
      version: 1,
      record: { id: 'tie-new', from: 'acme', to: 'act-agency', networkType: 'business', strength: 5 },
    });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({ version: 2, record: { strength: 5 } });

    const stale = await send('PUT', `${ws}/firms/acme/ties/tie-new`, {
      version: 1,
      record: { id: 'tie-new', from: 'acme', to: 'act-agency', networkType: 'social' },
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error?.code).toBe('stale_version');

    const read = await send('GET', `${ws}/firms/acme/ties/tie-new`);
    expect(await json(read)).toMatchObject({ version: 2, record: { networkType: 'business' } });

    expect((await send('DELETE', `${ws}/firms/acme/ties/tie-new`)).status).toBe(204);
    expect((await send('GET', `${ws}/firms/acme/ties/tie-new`)).status).toBe(404);
  });

  it('refuses to delete an actor that ties still refer to', async () => {
    const res = await send('DELETE', `${ws}/firms/acme/actors/act-agency`);
    expect(res.status).toBe(409);
    expect((await json(res)).error?.message).toMatch(/actor "act-agency" is still referred to by .*\/ties\/0\/to/);
  });

  it('updates the firm with optimistic concurrency', async () => {
    const current = (await json(await send('GET', `${ws}/firms/acme`))) as { version: number; record: Record<string, unknown> };
    const ok = await send('PUT', `${ws}/firms/acme`, { version: current.version, record: { ...current.record, sector: 'pharmaceuticals' } });
    expect(ok.status).toBe(200);
    const stale = await send('PUT', `${ws}/firms/acme`, { version: current.version, record: current.record });
    expect(stale.status).toBe(409);
    const renamed = await send('PUT', `${ws}/firms/acme`, { version: current.version + 1, record: { ...current.record, id: 'acme2' } });
    expect(renamed.status).toBe(422);
  });

  it('creates a firm with an empty case, refuses a second one, and deletes it', async () => {
    const created = await send('POST', '/api/workspaces/portfolio/firms', { id: 'newco', name: 'NewCo', countryOfOrigin: 'LK' });
    expect(created.status).toBe(201);
    expect(await json(created)).toEqual({ version: 1, record: { id: 'newco', name: 'NewCo', countryOfOrigin: 'LK', isPseudonym: false } });
    expect((await send('POST', '/api/workspaces/portfolio/firms', { id: 'newco', name: 'Again', countryOfOrigin: 'LK' })).status).toBe(409);
    const bad = await send('POST', '/api/workspaces/portfolio/firms', { id: 'x', name: 'X', countryOfOrigin: 'Sri Lanka' });
    expect(bad.status).toBe(422);
    expect((await json(bad)).error?.problems?.[0]?.pointer).toBe('/countryOfOrigin');
    const exported = await json(await send('GET', '/api/workspaces/portfolio/firms/newco/case'));
    expect(exported['ties']).toEqual([]);
    expect((await send('DELETE', '/api/workspaces/portfolio/firms/newco')).status).toBe(204);
    expect((await send('DELETE', '/api/workspaces/portfolio/firms/newco')).status).toBe(404);
  });

  it('lists markets with their versions', async () => {
    const res = await send('GET', `${ws}/firms/acme/markets`);
    const list = (await res.json()) as { version: number; record: { id: string } }[];
    expect(list.map((m) => m.record.id)).toEqual(['mkt-mn', 'mkt-eu']);
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

  it('lists the firms on the plain home page', async () => {
    const res = await send('GET', '/');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain('Acme Oy');
    expect(page).toContain('data-firm="acme"');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await send('GET', '/api/nothing');
    expect(res.status).toBe(404);
    expect((await json(res)).error?.code).toBe('not_found');
  });
});
