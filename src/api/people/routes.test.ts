// A person's export and erasure over HTTP, in-process over SQLite with login required: the export
// answers what `foothold person export` prints to every role that may export; the erasure is the
// owner's alone, answers the plan and writes nothing unless the body says "confirm": true, and then
// erases in one change of the audit log under the owner's name. Outsiders get the 404 of a workspace
// that does not exist, callers without a session 401, a read-only token 403; none of them changes anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/access/policy.js';
import { CYRILLIC, NAME, PERSON, alaTooCase } from '../../core/privacy/test-case.js';
import { addUser } from '../../services/account-service.js';
import { exportPerson } from '../../services/privacy-service.js';
import { kyselyOf } from '../../store/case-store.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { parsedCase } from '../../test-support/cases.js';
import { everyRoleSignedIn, sessionHeaders } from '../../test-support/sessions.js';
import { dumpTables } from '../../test-support/stores.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { MAX_ALSO_NAMED, erasureResultSchema, personExportSchema } from './schema.js';

const NOW = new Date('2026-03-04T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const WS = 'kg';
const PERSON_PATH = `/api/workspaces/${WS}/people/${PERSON}`;
const ERASURE = `${PERSON_PATH}/erasure`;
const FIRMS = ['ala-too', 'ala-too-bishkek'];
const ROLES: readonly Role[] = ['owner', 'analyst', 'advisor', 'viewer'];
const emailOf = (role: Role) => `${role}@kg.example`;

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const headersOf = new Map<string, Record<string, string>>();

const as = (who: string) => headersOf.get(who) ?? {};
const get = (who: string, path: string) => app.request(path, { headers: as(who) });
const post = (who: string, path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { ...as(who), 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Every row the store holds, the audit log included: what a request that writes nothing leaves as it was. */
async function everything(): Promise<unknown> {
  const db = kyselyOf(store);
  return {
    tables: await dumpTables(store),
    changes: await db.selectFrom('audit_changes').selectAll().orderBy('id').execute(),
    items: await db.selectFrom('audit_items').selectAll().orderBy('change_id').orderBy('seq').execute(),
  };
}

/** The error code and message of a refusal. */
async function refusal(res: Response): Promise<{ status: number; code: string; message: string }> {
  const { error } = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: error.code, message: error.message };
}

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });
  for (const [who, headers] of await everyRoleSignedIn(app, store, { workspace: WS, password: PASSWORD, now: NOW, emailOf })) headersOf.set(who, headers);
  await addUser(store, { email: 'owner@elsewhere.example', password: PASSWORD, workspace: 'elsewhere', role: 'owner' }, NOW);
  headersOf.set('outsider', await sessionHeaders(app, 'owner@elsewhere.example', PASSWORD));
  for (const firm of FIRMS) await store.putCase(WS, parsedCase(alaTooCase(firm)), { replace: false });
});
afterAll(() => store.close());

describe('GET /api/workspaces/{workspace}/people/{actorId}', () => {
  it('answers every role that may export (owner, analyst, advisor) with what `foothold person export` prints; a viewer gets 403', async () => {
    // The CLI prints the service's answer as JSON: the route must send the same.
    const printed: unknown = JSON.parse(JSON.stringify(await exportPerson(store, WS, PERSON)));
    const statuses: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await get(role, PERSON_PATH);
      statuses[role] = res.status;
      if (res.status !== 200) continue;
      expect(res.headers.get('cache-control'), role).toBe('no-store');
      const body: unknown = await res.json();
      expect(body, role).toEqual(printed);
      expect(personExportSchema.parse(body).firms.map((f) => [f.firmId, f.foundBy, f.actor?.name])).toEqual(FIRMS.map((firm) => [firm, 'id', NAME]));
    }
    expect(statuses).toEqual({ owner: 200, analyst: 200, advisor: 200, viewer: 403 });
    expect((await refusal(await get('viewer', PERSON_PATH))).message).toMatch(/role in workspace "kg" is viewer, which may not export/);
  });

  it('takes other spellings as repeated alsoNamed, and an API token that may only read (exporting is reading)', async () => {
    const plain = personExportSchema.parse(await (await get('owner', PERSON_PATH)).json());
    expect(plain.names).not.toContain(CYRILLIC);
    const res = await get('owner read token', `${PERSON_PATH}?alsoNamed=${encodeURIComponent(CYRILLIC)}&alsoNamed=${encodeURIComponent('A. Asanov')}`);
    expect(res.status).toBe(200);
    const body = personExportSchema.parse(await res.json());
    expect(body.names).toEqual(expect.arrayContaining([NAME, CYRILLIC, 'A. Asanov']));
    expect(body).toEqual(JSON.parse(JSON.stringify(await exportPerson(store, WS, PERSON, { aliases: [CYRILLIC, 'A. Asanov'] }))));
  });

  it('refuses blank, overlong and too many spellings with 422 naming the query parameter', async () => {
    const blank = await get('owner', `${PERSON_PATH}?alsoNamed=${encodeURIComponent('  ')}`);
    expect(blank.status).toBe(422);
    expect(JSON.stringify(await blank.json())).toContain('/query/alsoNamed/0');
    expect((await get('owner', `${PERSON_PATH}?alsoNamed=${'x'.repeat(201)}`)).status).toBe(422);
    const many = Array.from({ length: MAX_ALSO_NAMED + 1 }, (_, i) => `alsoNamed=Name${i}`).join('&');
    const tooMany = await refusal(await get('owner', `${PERSON_PATH}?${many}`));
    expect(tooMany).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(tooMany.message).toContain(`at most ${MAX_ALSO_NAMED}`);
  });

  it('answers 404 for an actor no firm has, and 422 for an id that cannot be one', async () => {
    expect(await refusal(await get('owner', `/api/workspaces/${WS}/people/act-nobody`))).toMatchObject({ status: 404, code: 'not_found' });
    expect((await get('owner', `/api/workspaces/${WS}/people/Not%20an%20id`)).status).toBe(422);
  });
});

describe('POST /api/workspaces/{workspace}/people/{actorId}/erasure', () => {
  it('is the owner’s alone: analyst, advisor and viewer get 403 even with "confirm": true, and nothing changes', async () => {
    const before = await everything();
    for (const role of ['analyst', 'advisor', 'viewer'] as const) {
      const answer = await refusal(await post(role, ERASURE, { confirm: true }));
      expect(answer, role).toMatchObject({ status: 403, code: 'forbidden' });
      expect(answer.message, role).toMatch(new RegExp(`is ${role}, which may not erase a person`));
    }
    expect(await everything()).toEqual(before);
  });

  it('refuses an owner’s read-only API token with 403, and writes nothing', async () => {
    const before = await everything();
    const answer = await refusal(await post('owner read token', ERASURE, { confirm: true }));
    expect(answer).toMatchObject({ status: 403, code: 'forbidden' });
    expect(answer.message).toMatch(/API token is read-only/);
    expect(await everything()).toEqual(before);
  });

  it('answers the plan without "confirm": true — for an empty body and for "confirm": false — and writes nothing', async () => {
    const before = await everything();
    const plans = [];
    for (const body of [{}, { confirm: false }, { alsoNamed: [CYRILLIC] }]) {
      const res = await post('owner', ERASURE, body);
      expect(res.status, JSON.stringify(body)).toBe(200);
      plans.push(erasureResultSchema.parse(await res.json()));
    }
    expect(await everything()).toEqual(before);
    const [plan, same, withCyrillic] = plans;
    expect(plan).toMatchObject({ dryRun: true, workspace: WS, actorId: PERSON });
    expect(same).toEqual(plan);
    expect(plan?.firms.map((f) => f.firmId)).toEqual(FIRMS);
    for (const firm of plan?.firms ?? []) {
      expect(firm.name).toBe(NAME);
      expect(firm.removed).toContainEqual({ collection: 'actors', id: PERSON });
      expect(firm.removed.filter((r) => r.collection === 'ties').length).toBeGreaterThan(0);
    }
    // The Cyrillic spelling is masked too when given: more occurrences.
    expect(withCyrillic?.firms[0]?.masked).toBeGreaterThan(plan?.firms[0]?.masked ?? Infinity);
  });

  it('refuses a body it does not understand with 422 and a pointer, writing nothing: "dryRun" is not a field', async () => {
    const before = await everything();
    const dryRun = await post('owner', ERASURE, { dryRun: false });
    expect(dryRun.status).toBe(422);
    expect(((await dryRun.json()) as { error: { path: string } }).error.path).toBe('/dryRun');
    for (const body of [{ confirm: 'yes' }, { alsoNamed: 'Aibek' }, { alsoNamed: [''] }, []]) {
      expect((await post('owner', ERASURE, body)).status, JSON.stringify(body)).toBe(422);
    }
    expect(await everything()).toEqual(before);
  });

  it('answers 404 for an actor no firm has and 422 for one that is no person, writing nothing', async () => {
    const before = await everything();
    expect(await refusal(await post('owner', `/api/workspaces/${WS}/people/act-nobody/erasure`, { confirm: true }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    const organization = await refusal(await post('owner', `/api/workspaces/${WS}/people/act-chamber/erasure`, { confirm: true }));
    expect(organization).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(organization.message).toContain('only people are erased');
    expect(await everything()).toEqual(before);
  });
});

describe('outside the workspace, and without a login', () => {
  it('a member of another workspace gets the 404 of a workspace that does not exist, on both routes, and changes nothing', async () => {
    const before = await everything();
    const nowhere = await (await get('outsider', `/api/workspaces/nowhere/people/${PERSON}`)).text();
    const expected = nowhere.replaceAll('nowhere', WS);
    for (const res of [await get('outsider', PERSON_PATH), await post('outsider', ERASURE, { confirm: true })]) {
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).toBe(expected);
      expect(text).not.toContain(NAME);
    }
    expect(await everything()).toEqual(before);
  });

  it('answers 401 without a session or token, and changes nothing', async () => {
    const before = await everything();
    expect((await app.request(PERSON_PATH)).status).toBe(401);
    const erase = await app.request(ERASURE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"confirm":true}' });
    expect(erase.status).toBe(401);
    expect(await everything()).toEqual(before);
  });
});

describe('the erasure with "confirm": true', () => {
  it('erases the person from every firm as the plan said, in one change of the audit log under the owner’s name', async () => {
    const plan = erasureResultSchema.parse(await (await post('owner', ERASURE, {})).json());
    const changesBefore = await store.audit.list(WS, { limit: 500 });
    const res = await post('owner', ERASURE, { confirm: true });
    expect(res.status).toBe(200);
    const done = erasureResultSchema.parse(await res.json());
    expect(done.dryRun).toBe(false);
    expect(done.firms.map(({ auditItems: _, ...firm }) => firm)).toEqual(plan.firms.map(({ auditItems: _, ...firm }) => firm));

    for (const firm of FIRMS) {
      const caseFile = (await (await get('owner', `/api/workspaces/${WS}/firms/${firm}/case`)).json()) as { actors: { id: string }[] };
      expect(caseFile.actors.map((a) => a.id)).not.toContain(PERSON);
      expect(JSON.stringify(caseFile)).not.toContain(NAME);
    }
    expect((await get('owner', PERSON_PATH)).status).toBe(404);

    const changesAfter = await store.audit.list(WS, { limit: 500 });
    const added = changesAfter.filter((c) => !changesBefore.some((b) => b.id === c.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ actor: emailOf('owner'), workspaceId: WS });
    const logged = await (await get('owner', `/api/workspaces/${WS}/audit/${added[0]?.id ?? ''}`)).json();
    const items = (logged as { items: { firmId: string; collection: string; recordId: string; kind: string }[] }).items;
    for (const firm of FIRMS) expect(items).toContainEqual(expect.objectContaining({ firmId: firm, collection: 'actors', recordId: PERSON, kind: 'delete' }));
    // The log keeps who erased when, not whom: the erased records are { id, erased: true }.
    expect(JSON.stringify(logged)).not.toContain(NAME);
  });
});
