// The audit log routes in-process over SQLite, with login required: changes made through the API
// carry the account's e-mail and id; every member reads the log, only roles that may delete undo;
// outsiders get the 404 of a workspace that does not exist. Memberships are listed too (no firm,
// with the e-mail and role), left out by the firm filter, and not undone (409). Without login the
// actor is "local". A restore is listed with its backup's file, time and rows, and not undone (409).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../core/access/policy.js';
import { addUser } from '../../services/account-service.js';
import { restoreBackup, writeBackup } from '../../services/backup-service.js';
import { runAs } from '../../shared/acting-user.js';
import { VERSION } from '../../shared/version.js';
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
const del = (who: string, path: string) => app.request(path, { method: 'DELETE', headers: as(who) });
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
  it("lists an owner's import with the owner's e-mail and account id, newest first, after the members added before", async () => {
    const listed = await changes('owner');
    expect(listed.map((c) => c.items[0]?.firmId)).toEqual(['company-b', 'company-a', '', '', '', '']);
    // The accounts were made before the server ran: by nobody logged in.
    expect(listed.slice(2).map((c) => [c.actor, c.userId, c.items])).toEqual(
      [...ROLES]
        .reverse()
        .map((role) => [
          'local',
          null,
          [{ firmId: '', collection: 'members', recordId: userIdOf.get(role), kind: 'insert', member: { email: emailOf(role), role } }],
        ]),
    );
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

describe('memberships in the log', () => {
  const MEMBERS = `${BASE}/members`;
  const setRole = (role: Role) => post('owner', MEMBERS, JSON.stringify({ email: emailOf('viewer'), role }));

  it('lists a role given through the API as the owner’s change, with the e-mail and role; the same role again is no change', async () => {
    expect((await setRole('advisor')).status).toBe(200);
    const [changed] = await changes('viewer');
    expect(changed).toMatchObject({
      actor: emailOf('owner'),
      userId: userIdOf.get('owner'),
      itemCount: 1,
      items: [{ firmId: '', collection: 'members', recordId: userIdOf.get('viewer'), kind: 'update', member: { email: emailOf('viewer'), role: 'advisor' } }],
    });
    const detail = auditChangeDetailSchema.parse(await (await get('viewer', `${BASE}/audit/${changed!.id}`)).json());
    expect(detail.items).toEqual([
      {
        firmId: '',
        collection: 'members',
        recordId: userIdOf.get('viewer'),
        kind: 'update',
        member: { email: emailOf('viewer'), role: 'advisor' },
        before: { email: emailOf('viewer'), role: 'viewer' },
        after: { email: emailOf('viewer'), role: 'advisor' },
        versionAfter: null,
      },
    ]);
    expect((await setRole('advisor')).status).toBe(200);
    expect((await changes('viewer'))[0]?.id).toBe(changed!.id);
    expect((await setRole('viewer')).status).toBe(200);
    expect((await changes('viewer'))[0]?.items[0]?.member).toEqual({ email: emailOf('viewer'), role: 'viewer' });
  });

  it('lists a removal with the role the member had, and leaves memberships out of a firm’s changes', async () => {
    expect((await del('owner', `${MEMBERS}/${userIdOf.get('advisor') ?? ''}`)).status).toBe(204);
    const [removed] = await changes('owner');
    expect(removed).toMatchObject({
      actor: emailOf('owner'),
      items: [{ firmId: '', collection: 'members', recordId: userIdOf.get('advisor'), kind: 'delete', member: { email: emailOf('advisor'), role: 'advisor' } }],
    });
    for (const firm of ['company-a', 'company-b']) {
      const ofFirm = await changes('owner', `?firm=${firm}`);
      expect(ofFirm.length).toBeGreaterThan(0);
      for (const change of ofFirm) for (const item of change.items) expect(item).toMatchObject({ firmId: firm });
    }
    expect((await post('owner', MEMBERS, JSON.stringify({ email: emailOf('advisor'), role: 'advisor' }))).status).toBe(200);
  });

  it('answers 409 to an undo of a membership change, saying how to change it back, and changes nothing', async () => {
    const listed = await changes('owner');
    const membership = listed.find((c) => c.items[0]?.collection === 'members' && c.items[0]?.kind === 'insert' && c.actor === emailOf('owner'));
    expect(membership?.items[0]?.member).toEqual({ email: emailOf('advisor'), role: 'advisor' });
    const res = await post('analyst', `${BASE}/audit/${membership!.id}/undo`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      `change ${membership!.id} changed the membership of ${emailOf('advisor')}, and a membership change is not undone: set the role again on the Members page ` +
        `(or with foothold user add ${emailOf('advisor')} --workspace agency --role <role>), or remove the member there`,
    );
    expect(await changes('owner')).toEqual(listed);
    expect((await store.accounts.membersOf('agency')).find((m) => m.user.email === emailOf('advisor'))?.role).toBe('advisor');
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

describe('a restore in the log', () => {
  it('lists the restore first with the file, when it was taken and the rows; reads it; and answers 409 to its undo, changing nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'foothold-audit-restore-')), 'weekly.backup.gz');
    const taken = new Date('2026-01-30T18:45:00.000Z');
    const [from, into] = [await openStore({ kind: 'sqlite', file: ':memory:' }), await openStore({ kind: 'sqlite', file: ':memory:' })];
    try {
      await createApp({ store: from, now: () => NOW, logger: silentLogger }).request(`${BASE}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: sampleCaseText('company-b'),
      });
      await writeBackup(from, file, { now: taken });
      const { tables } = await runAs({ userId: null, label: 'cli:ops' }, () => restoreBackup(into, file, { replace: false }));
      const restore = { file: 'weekly.backup.gz', takenAt: taken.toISOString(), foothold: VERSION, rows: tables.reduce((sum, t) => sum + t.rows, 0) };
      const open = createApp({ store: into, now: () => NOW, logger: silentLogger });
      const listed = z.array(auditChangeSchema.strict()).parse(await (await open.request(`${BASE}/audit`)).json());
      expect(listed.map((c) => c.items[0]?.collection)).toEqual(['restores', 'case']);
      expect(listed[0]).toMatchObject({
        actor: 'cli:ops',
        userId: null,
        itemCount: 1,
        items: [{ firmId: '', recordId: taken.toISOString(), kind: 'insert', restore }],
      });
      const detail = auditChangeDetailSchema.parse(await (await open.request(`${BASE}/audit/${listed[0]!.id}`)).json());
      expect(detail.items).toEqual([
        { firmId: '', collection: 'restores', recordId: taken.toISOString(), kind: 'insert', restore, before: null, after: restore, versionAfter: null },
      ]);
      const firm = z.array(auditChangeSchema).parse(await (await open.request(`${BASE}/audit?firm=company-b`)).json());
      expect(firm.map((c) => c.id)).toEqual([listed[1]!.id]);
      const res = await open.request(`${BASE}/audit/${listed[0]!.id}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        `change ${listed[0]!.id} restored weekly.backup.gz (taken ${taken.toISOString()}), and a restore is not undone: ` +
          'restore an earlier backup in its place (foothold restore OLDER-BACKUP --replace)',
      );
      expect(z.array(auditChangeSchema).parse(await (await open.request(`${BASE}/audit`)).json())).toEqual(listed);
      expect(await into.firmExists('agency', 'company-b')).toBe(true);
    } finally {
      await from.close();
      await into.close();
    }
  });
});
