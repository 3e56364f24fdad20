// With login required, a workspace is closed to everyone outside it (issue 13): for every route of
// the OpenAPI document, a member of workspace A asking about workspace B — with B's real firm and
// record ids — gets the same 404 as for a workspace that does not exist, never any of B's data, and
// changes nothing; and without a session or token every /api route answers 401 but the login itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../core/case-file/index.js';
import { addUser, createApiToken } from '../../services/account-service.js';
import { richCase } from '../../test-support/cases.js';
import { dumpTables } from '../../test-support/stores.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { FILE_BODY_ROUTES } from '../guards.js';
import { sessionHeaders } from '../../test-support/sessions.js';

const NOW = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const FIRM_B = 'steppe-secret';
const FIRM_B_NAME = 'Hidden Steppe Works';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
let caseB: CaseFile;
let ownerBId: string;
/** Every operation of the OpenAPI document, as [method, path template]. */
let operations: [string, string][];
const headersOf = new Map<string, Record<string, string>>();

const loginHeaders = (email: string): Promise<Record<string, string>> => sessionHeaders(app, email, PASSWORD);

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });
  const doc = (await (await createApp({ store, now: () => NOW, logger: silentLogger }).request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => [method.toUpperCase(), path] as [string, string]));

  const { user: ownerA } = await addUser(store, { email: 'owner@a.example', password: PASSWORD, workspace: 'ws-a', role: 'owner' }, NOW);
  ownerBId = (await addUser(store, { email: 'owner@b.example', password: PASSWORD, workspace: 'ws-b', role: 'owner' }, NOW)).user.id;
  await addUser(store, { email: 'viewer@b.example', password: PASSWORD, workspace: 'ws-b', role: 'viewer' }, NOW);
  caseB = richCase(FIRM_B);
  caseB = { ...caseB, firm: { ...caseB.firm, name: FIRM_B_NAME } };
  await store.putCase('ws-b', caseB, { replace: false });
  headersOf.set('A session', await loginHeaders('owner@a.example'));
  headersOf.set('B session', await loginHeaders('owner@b.example'));
  const { token } = await createApiToken(store, ownerA.id, { name: 'everything', scope: 'write' }, NOW);
  headersOf.set('A write token', { authorization: `Bearer ${token}` });
  // The token's first use stamps its "last used"; done now, so the requests below may change no row at all.
  expect((await app.request('/api/workspaces', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
});
afterAll(() => store.close());

/** "key-people" → "keyPeople": the case collection a record route serves. */
const collectionOf = (segment: string) => segment.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The path with workspace B and B's real ids in place of its parameters. A parameter this test does
 * not know yet (a route newer than it) gets a made-up id: the outsider must still get the same 404,
 * but the check that B's owner gets past the route is left out for it (`real` is false).
 */
function inB(template: string): { path: string; real: boolean } {
  const records = caseB as unknown as Record<string, { id: string }[] | undefined>;
  const search = caseB.partnerSearches[0];
  const ids: Record<string, string | undefined> = {
    workspace: 'ws-b',
    firmId: FIRM_B,
    id: records[collectionOf(/\/([\w-]+)\/\{id\}/.exec(template)?.[1] ?? '')]?.[0]?.id,
    searchId: search?.id,
    candidateId: search?.candidates[0]?.id,
    sourceId: caseB.sources[0]?.id,
    userId: ownerBId,
    n: '7',
  };
  let real = true;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (id !== undefined) return id;
    real = false;
    return `made-up-${name.toLowerCase()}`;
  });
  return { path, real };
}

/** A request as a browser or script would send it, with a body of the type the route takes. */
async function request(method: string, path: string, template: string, headers: Record<string, string>): Promise<Response> {
  if (method === 'GET' || method === 'DELETE') return app.request(`${path}?firms=${FIRM_B}`, { method, headers });
  const fileTypes = FILE_BODY_ROUTES.get(template.replace(/\{(\w+)\}/g, ':$1'));
  const type = fileTypes === undefined ? 'application/json' : 'application/octet-stream';
  return app.request(path, { method, headers: { ...headers, 'content-type': type }, body: '{}' });
}

/** Strings of workspace B that no answer to an outsider may carry. */
function secretsOfB(): string[] {
  return [
    FIRM_B,
    FIRM_B_NAME,
    caseB.firm.description ?? '',
    caseB.transcripts[0]?.text ?? '',
    caseB.partnerSearches[0]?.title ?? '',
    'owner@b.example',
    ownerBId,
  ];
}

describe('a member of workspace A asking about workspace B', () => {
  const workspaceRoutes = () => operations.filter(([, path]) => path.includes('{workspace}'));

  it.each(['A session', 'A write token'])('gets 404 on every route of B, the same answer each time, none of B’s data, and no change (%s)', async (who) => {
    expect(workspaceRoutes().length).toBeGreaterThan(60);
    const before = await dumpTables(store);
    const nowhere = await app.request('/api/workspaces/ws-nowhere/firms', { headers: headersOf.get(who) ?? {} });
    expect(nowhere.status).toBe(404);
    const expectedBody = (await nowhere.text()).replaceAll('ws-nowhere', 'ws-b');
    const leaks: string[] = [];
    for (const [method, template] of workspaceRoutes()) {
      const res = await request(method, inB(template).path, template, headersOf.get(who) ?? {});
      const text = await res.text();
      if (res.status !== 404 || text !== expectedBody) leaks.push(`${method} ${template}: ${res.status} ${text.slice(0, 200)}`);
      for (const secret of secretsOfB()) if (text.includes(secret)) leaks.push(`${method} ${template} shows "${secret}"`);
    }
    expect(leaks).toEqual([]);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('while the owner of B, asking the same read routes, gets past the check: the ids are real', async () => {
    const refused: string[] = [];
    const reads = workspaceRoutes().filter(([method, template]) => method === 'GET' && inB(template).real);
    expect(reads.length).toBeGreaterThan(40);
    for (const [method, template] of reads) {
      const res = await request(method, inB(template).path, template, headersOf.get('B session') ?? {});
      if ([401, 403, 404].includes(res.status)) refused.push(`${method} ${template}: ${res.status}`);
    }
    expect(refused).toEqual([]);
  });

  it('sees only A in GET /api/workspaces; the owner of B only B; with login off, both are there', async () => {
    const ids = async (res: Response) => ((await res.json()) as { id: string }[]).map((w) => w.id);
    expect(await ids(await app.request('/api/workspaces', { headers: headersOf.get('A session') ?? {} }))).toEqual(['ws-a']);
    expect(await ids(await app.request('/api/workspaces', { headers: headersOf.get('A write token') ?? {} }))).toEqual(['ws-a']);
    expect(await ids(await app.request('/api/workspaces', { headers: headersOf.get('B session') ?? {} }))).toEqual(['ws-b']);
    const open = createApp({ store, now: () => NOW, logger: silentLogger });
    expect((await ids(await open.request('/api/workspaces'))).sort()).toEqual(['ws-a', 'ws-b']);
  });
});

describe('without a session or a token', () => {
  it('gets 401 from every /api route of the OpenAPI document but /api/session, and changes nothing', async () => {
    const before = await dumpTables(store);
    const answered: string[] = [];
    const expected: string[] = [];
    for (const [method, template] of operations) {
      if (template === '/api/session') continue;
      const res = await request(method, inB(template).path, template, {});
      const { error } = (await res.json()) as { error?: { code: string; message: string } };
      answered.push(`${method} ${template}: ${res.status} ${error?.code ?? ''} ${res.headers.get('www-authenticate') ?? ''}`);
      expected.push(`${method} ${template}: 401 unauthorized Bearer realm="foothold"`);
    }
    expect(answered).toEqual(expected);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('reads /api/health; GET /api/session says "not logged in", POST logs in, DELETE has nothing to end', async () => {
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, store: 'sqlite' });
    const session = await app.request('/api/session');
    expect(session.status).toBe(401);
    expect(((await session.json()) as { error: { message: string } }).error.message).toBe('not logged in');
    expect((await app.request('/api/session', { method: 'DELETE' })).status).toBe(204);
    const login = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'viewer@b.example', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { user: { email: string } }).user.email).toBe('viewer@b.example');
  });

  it('gets 401 with a cookie that is no session, even when it looks like one', async () => {
    for (const cookie of ['foothold_session=', 'foothold_session=x', `foothold_session=${'a'.repeat(43)}`, `foothold_session=${'a'.repeat(500)}`]) {
      expect((await app.request('/api/workspaces', { headers: { cookie } })).status, cookie.slice(0, 40)).toBe(401);
    }
  });
});
