// The audit log routes in-process over SQLite, with login required: changes made through the API
// carry the account's e-mail and id; every member reads the log, only roles that may delete undo;
// outsiders get the 404 of a workspace that does not exist. Without login the actor is "local".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../core/access/policy.js';
import { addUser } from '../../services/account-service.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { auditChangeDetailSchema, auditChangeSchema, undoResultSchema } from './schema.js';
import { sessionHeaders } from '../../test-support/sessions.js';

const NOW = new Date('2026-02-02T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const BASE = '/api/workspaces/agency';
const ROLES: readonly Role[] = ['owner', 'analyst', 'advisor', 'viewer'];
const emailOf = (role: Role) => `${role}@agency.example`;

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const headersOf = new Map<string, Record<string, string>>();
const userIdOf = new Map<string, string>();

const loginHeaders = (email: string): Promise<Record<string, string>> => sessionHeaders(app, email, PASSWORD);

const as = (who: string) => headersOf.get(who) ?? {};
const get = (who: string, path: string) => app.request(path, { headers: as(who) });
const post = (who: string, path: string, body = '{}') =>
  app.request(path, { method: 'POST', headers: { ...as(who), 'content-type': 'application/json' }, body });
async function changes(who: string, query = ''): Promise<z.infer<typeof auditChangeSchema>[]> {
  const res = await get(who, `${BASE}/audit${query}`);
  expect(res.status).toBe(200);
  return z.array(auditChangeSchema.strict()).parse(await res.json());
}
/** The newest change to the firm. */
const latestOf = async (firm: string) => (await changes('owner', `?firm=${firm}&limit=1`))[0]!;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });
  for (const role of ROLES) {
    userIdOf.set(role, (await addUser(store, { email: emailOf(role), password: PASSWORD, workspace: 'agency', role }, NOW)).user.id);
    headersOf.set(role, await loginHeaders(emailOf(role)));
  }
  await addUser(store, { email: 'owner@elsewhere.example', password: PASSWORD, workspace: 'elsewhere', role: 'owner' }, NOW);
  headersOf.set('outsider', await loginHeaders('owner@elsewhere.example'));
  expect((await post('owner', `${BASE}/cases`, sampleCaseText('company-a'))).status).toBe(201);
  expect((await post('owner', `${BASE}/cases`, sampleCaseText('company-b'))).status).toBe(201);
});
afterAll(() => store.close());

describe('GET /api/workspaces/{workspace}/audit', () => {
  it("lists an owner's import with the owner's e-mail and account id, newest first", async () => {
    const listed = await changes('owner');
    expect(listed.map((c) => c.items[0]?.firmId)).toEqual(['company-b', 'company-a']);
    expect(listed[1]).toMatchObject({
      workspaceId: 'agency',
      actor: emailOf('owner'),
      userId: userIdOf.get('owner'),
      undoOf: null,
      undoneBy: null,
      itemCount: 1,
      items: [{ firmId: 'company-a', collection: 'case', recordId: 'company-a', kind: 'insert' }],
    });
  });

  it('filters by firm and by account, and refuses a firm id that cannot be one', async () => {
    expect((await changes('viewer', '?firm=company-a')).map((c) => c.items[0]?.firmId)).toEqual(['company-a']);
    expect(await changes('viewer', '?firm=nobody')).toEqual([]);
    expect(await changes('viewer', `?user=${userIdOf.get('viewer') ?? ''}`)).toEqual([]);
    expect((await changes('viewer', `?user=${userIdOf.get('owner') ?? ''}`)).length).toBeGreaterThanOrEqual(2);
    const bad = await get('viewer', `${BASE}/audit?firm=Not%20an%20id`);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('/query/firm');
    expect((await get('viewer', `${BASE}/audit?limit=0`)).status).toBe(422);
  });

  it('pages with before and limit', async () => {
    const all = await changes('viewer');
    const [first] = await changes('viewer', '?limit=1');
    expect(first?.id).toBe(all[0]?.id);
    expect((await changes('viewer', `?before=${first!.id}`)).map((c) => c.id)).toEqual(all.slice(1).map((c) => c.id));
  });
});

describe('GET /api/workspaces/{workspace}/audit/{changeId}', () => {
  it('gives a viewer the change with every record before and after', async () => {
    const latest = await latestOf('company-a');
    const res = await get('viewer', `${BASE}/audit/${latest.id}`);
    expect(res.status).toBe(200);
    const detail = auditChangeDetailSchema.parse(await res.json());
    expect(detail.items).toHaveLength(1);
    expect(detail.items[0]).toMatchObject({ kind: 'insert', before: null, versionAfter: null });
    expect((detail.items[0]?.after as { firm: { id: string } }).firm.id).toBe('company-a');
  });

  it('answers 422 for what cannot be a change id and 404 for one that does not exist', async () => {
    const bad = await get('viewer', `${BASE}/audit/not-a-change`);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('/path/changeId');
    expect((await post('owner', `${BASE}/audit/chg-1/undo`)).status).toBe(422);
    expect((await get('viewer', `${BASE}/audit/chg-20000101000000000-0000000000`)).status).toBe(404);
  });
});

describe('POST /api/workspaces/{workspace}/audit/{changeId}/undo', () => {
  it('is refused with 403 to a viewer and an advisor (undo needs delete), changing nothing', async () => {
    const latest = await latestOf('company-b');
    for (const role of ['viewer', 'advisor']) {
      const res = await post(role, `${BASE}/audit/${latest.id}/undo`);
      expect(res.status, role).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('may not delete');
    }
    expect((await latestOf('company-b')).id).toBe(latest.id);
    expect(await store.firmExists('agency', 'company-b')).toBe(true);
  });

  it('lets an analyst undo an import: the firm is gone, the undo is listed as theirs, and a second undo is 409', async () => {
    const imported = await latestOf('company-b');
    const res = await post('analyst', `${BASE}/audit/${imported.id}/undo`);
    expect(res.status).toBe(200);
    const result = undoResultSchema.parse(await res.json());
    expect(result.undoneChange).toBe(imported.id);
    expect(await store.firmExists('agency', 'company-b')).toBe(false);
    const [undo] = await changes('viewer', `?user=${userIdOf.get('analyst') ?? ''}`);
    expect(undo).toMatchObject({ id: result.undoChange, actor: emailOf('analyst'), undoOf: imported.id, items: [{ firmId: 'company-b', kind: 'delete' }] });
    expect((await latestOf('company-a')).undoneBy).toBeNull();
    expect((await changes('viewer')).find((c) => c.id === imported.id)?.undoneBy).toBe(result.undoChange);
    const again = await post('analyst', `${BASE}/audit/${imported.id}/undo`);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('was undone already');
  });

  it('answers a member of another workspace 404 on every audit route, as for a workspace that does not exist', async () => {
    const latest = await latestOf('company-a');
    for (const res of [
      await get('outsider', `${BASE}/audit`),
      await get('outsider', `${BASE}/audit/${latest.id}`),
      await post('outsider', `${BASE}/audit/${latest.id}/undo`),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain('company-a');
    }
    expect(await store.firmExists('agency', 'company-a')).toBe(true);
    expect((await get('outsider', '/api/workspaces/elsewhere/audit')).status).toBe(200);
  });
});

describe('without login', () => {
  it('records changes as "local", with no account', async () => {
    const local = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      const open = createApp({ store: local, now: () => NOW, logger: silentLogger });
      const imported = await open.request(`${BASE}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: sampleCaseText('sl-it-sme'),
      });
      expect(imported.status).toBe(201);
      const listed = z.array(auditChangeSchema).parse(await (await open.request(`${BASE}/audit`)).json());
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ actor: 'local', userId: null, items: [{ firmId: 'sl-it-sme', kind: 'insert' }] });
    } finally {
      await local.close();
    }
  });
});
