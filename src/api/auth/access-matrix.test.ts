// Every role × every action that has a route, over HTTP with login required (issue 13): as a browser
// session, with a read token and with a write token, each request is answered as the table below
// says, a refusal is 403 with the reason (the role, or the token's scope), and a refused request
// changes nothing in the store. erase_person and backup are checked role by role and scope by scope
// next to their routes (api/people/routes.test.ts, api/backup/routes.test.ts); core/access/policy.test.ts
// covers them in its table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../../core/case-file/test-case.js';
import { addUser, createApiToken } from '../../services/account-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { dumpTables } from '../../test-support/stores.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { sessionHeaders } from '../../test-support/sessions.js';

const Y = true;
const N = false;
type Role = 'owner' | 'analyst' | 'advisor' | 'viewer';
type RoutedAction = 'read' | 'write' | 'delete' | 'export' | 'manage_members';

/** Who may do what, written out by hand (the same table as core/access/policy.test.ts, less the two actions without a route). */
const MAY: Record<Role, Record<RoutedAction, boolean>> = {
  owner: { read: Y, write: Y, delete: Y, export: Y, manage_members: Y },
  analyst: { read: Y, write: Y, delete: Y, export: Y, manage_members: N },
  advisor: { read: Y, write: Y, delete: N, export: Y, manage_members: N },
  viewer: { read: Y, write: N, delete: N, export: N, manage_members: N },
};
/** What a read token leaves of a role's actions. */
const READ_TOKEN_MAY: Record<RoutedAction, boolean> = { read: Y, write: N, delete: N, export: Y, manage_members: N };

const ROLES: Role[] = ['owner', 'analyst', 'advisor', 'viewer'];
const CREDENTIALS = ['session', 'read-token', 'write-token'] as const;
type Credential = (typeof CREDENTIALS)[number];

const NOW = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const WS = 'ws-a';
const A = `/api/workspaces/${WS}`;
const GUEST = 'guest@c.example';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
/** The headers each role sends with each credential. */
const callers = new Map<string, Record<string, string>>();
const callerOf = (role: Role, credential: Credential) => callers.get(`${role} ${credential}`) ?? {};

async function send(headers: Record<string, string>, method: string, path: string, body?: unknown): Promise<Response> {
  return app.request(path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const loginHeaders = (email: string): Promise<Record<string, string>> => sessionHeaders(app, email, PASSWORD);

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });
  await addUser(store, { email: GUEST, password: PASSWORD, workspace: 'ws-c', role: 'owner' }, NOW);
  for (const role of ROLES) {
    const { user } = await addUser(store, { email: `${role}@a.example`, password: PASSWORD, workspace: WS, role }, NOW);
    callers.set(`${role} session`, await loginHeaders(`${role}@a.example`));
    for (const scope of ['read', 'write'] as const) {
      const { token } = await createApiToken(store, user.id, { name: `${role} ${scope}`, scope }, NOW);
      const headers = { authorization: `Bearer ${token}` };
      callers.set(`${role} ${scope}-token`, headers);
      // A token's first use stamps its "last used": done here, so a refused request later changes no row.
      expect((await send(headers, 'GET', '/api/session')).status).toBe(200);
    }
    for (const credential of CREDENTIALS) await store.putCase(WS, parsedCase(sampleCaseInput(firmOf(role, credential))), { replace: false });
  }
});
afterAll(() => store.close());

function firmOf(role: Role, credential: Credential): string {
  return `f-${role}-${credential}`;
}

interface Check {
  name: string;
  action: RoutedAction;
  method: string;
  path: string;
  body?: unknown;
  /** The status when allowed. */
  ok: number;
}

/** One request per action and method, on the caller's own firm; the firm is deleted last. */
function checks(firm: string): Check[] {
  const F = `${A}/firms/${firm}`;
  return [
    { name: 'GET firm', action: 'read', method: 'GET', path: F, ok: 200 },
    { name: 'GET case', action: 'export', method: 'GET', path: `${F}/case`, ok: 200 },
    { name: 'POST actor', action: 'write', method: 'POST', path: `${F}/actors`, body: { id: 'act-new', name: 'New actor', kind: 'person' }, ok: 201 },
    {
      name: 'PUT fact',
      action: 'write',
      method: 'PUT',
      path: `${F}/facts/fact-size`,
      body: { version: 1, record: { id: 'fact-size', topic: 'company_size', text: 'Nine people' } },
      ok: 200,
    },
    { name: 'DELETE benefit', action: 'delete', method: 'DELETE', path: `${F}/benefits/ben-1`, ok: 204 },
    { name: 'GET members', action: 'manage_members', method: 'GET', path: `${A}/members`, ok: 200 },
    { name: 'POST member', action: 'manage_members', method: 'POST', path: `${A}/members`, body: { email: GUEST, role: 'viewer' }, ok: 200 },
    { name: 'DELETE firm', action: 'delete', method: 'DELETE', path: F, ok: 204 },
  ];
}

/** The expected answer: the status when allowed, else 403 and why (the role first, then the token's scope). */
function expected(role: Role, credential: Credential, check: Check): string {
  if (!MAY[role][check.action]) return '403 role';
  if (credential === 'read-token' && !READ_TOKEN_MAY[check.action]) return '403 scope';
  return String(check.ok);
}

async function answered(res: Response): Promise<string> {
  if (res.status !== 403) return String(res.status);
  const { error } = (await res.json()) as { error: { code: string; message: string } };
  const why = /^your role in workspace "ws-a" is \w+, which may not /.test(error.message)
    ? 'role'
    : /API token is read-only/.test(error.message)
      ? 'scope'
      : '?';
  return `403 ${why}${error.code === 'forbidden' ? '' : ` (${error.code})`}`;
}

describe.each(CREDENTIALS)('as %s', (credential) => {
  it.each(ROLES)('%s gets each route answered as the table says; a refusal changes nothing', async (role) => {
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const check of checks(firmOf(role, credential))) {
      want[check.name] = expected(role, credential, check);
      const before = await dumpTables(store);
      const res = await send(callerOf(role, credential), check.method, check.path, check.body);
      got[check.name] = await answered(res);
      if (res.status === 403) expect(await dumpTables(store), `${check.name} was refused but changed the store`).toEqual(before);
    }
    expect(got).toEqual(want);
  });
});

describe('the session', () => {
  it('lists the workspaces of the session with the actions of its role, as the table says', async () => {
    for (const role of ROLES) {
      const body = (await (await send(callerOf(role, 'session'), 'GET', '/api/session')).json()) as { workspaces: { id: string; actions: string[] }[] };
      const actions = (Object.keys(MAY[role]) as RoutedAction[]).filter((action) => MAY[role][action]);
      expect(body.workspaces.map((w) => w.id)).toEqual([WS]);
      // erase_person and backup come after the routed actions in the policy's order: only the owner has them.
      expect(body.workspaces[0]?.actions).toEqual(role === 'owner' ? [...actions, 'erase_person', 'backup'] : actions);
    }
  });
});
