// Logging in and out over HTTP (issue 13): the session cookie and its flags, the CSRF token a cookie
// write needs, logout and expiry on an injected clock, one answer for a wrong password and an
// unknown e-mail, the server without login, the last owner of a workspace, and the security headers
// on answers and refusals alike. Rate limiting is in auth-limits.test.ts, API tokens in auth-tokens.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../../core/case-file/test-case.js';
import { addUser, SESSION_HOURS } from '../../services/account-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { dumpTables } from '../../test-support/stores.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger, type ApiDeps } from '../deps.js';

const T0 = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const A = '/api/workspaces/ws-a';

let store: CaseStore;
let clock: Date;
let app: ReturnType<typeof createApp>;
let ownerId: string;

const makeApp = (extra: Partial<ApiDeps> = {}) => createApp({ store, now: () => clock, logger: silentLogger, auth: 'required', ...extra });

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  ownerId = (await addUser(store, { email: 'owner@a.example', name: 'Olga Owner', password: PASSWORD, workspace: 'ws-a', role: 'owner' }, T0)).user.id;
  await addUser(store, { email: 'viewer@a.example', password: PASSWORD, workspace: 'ws-a', role: 'viewer' }, T0);
  await addUser(store, { email: 'other@b.example', password: PASSWORD, workspace: 'ws-b', role: 'owner' }, T0);
  await store.putCase('ws-a', parsedCase(sampleCaseInput('acme')), { replace: false });
});
afterAll(() => store.close());
beforeEach(() => {
  clock = T0;
  app = makeApp();
});

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const withHeaders = (init: RequestInit, headers: Record<string, string>): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), ...headers },
});

async function login(email: string, password = PASSWORD, headers: Record<string, string> = {}, url = '/api/session', on = app): Promise<Response> {
  return on.request(url, withHeaders(json({ email, password }), headers));
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function sessionOf(res: Response): Promise<Session> {
  expect(res.status).toBe(200);
  const value = /foothold_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { cookie: `foothold_session=${value}`, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const newActor = (id: string) => json({ id, name: 'New actor', kind: 'person' });

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, for the whole site and as long as a session lasts, and not Secure over plain HTTP', async () => {
    const flags = (await login('owner@a.example')).headers.get('set-cookie') ?? '';
    expect(flags).toMatch(/^foothold_session=[\w-]{40,}; /);
    expect(flags.split('; ').slice(1).sort()).toEqual(['HttpOnly', `Max-Age=${SESSION_HOURS * 3600}`, 'Path=/', 'SameSite=Lax']);
  });

  it('is Secure when the request came over HTTPS, or a trusted proxy says it did', async () => {
    const secure = (res: Response) => (res.headers.get('set-cookie') ?? '').split('; ').includes('Secure');
    expect(secure(await login('owner@a.example', PASSWORD, {}, 'https://localhost/api/session'))).toBe(true);
    expect(secure(await login('owner@a.example', PASSWORD, { 'x-forwarded-proto': 'https' }))).toBe(false);
    const proxied = makeApp({ trustProxy: true });
    expect(secure(await login('owner@a.example', PASSWORD, { 'x-forwarded-proto': 'https' }, '/api/session', proxied))).toBe(true);
    expect(secure(await login('owner@a.example', PASSWORD, { 'x-forwarded-proto': 'http' }, '/api/session', proxied))).toBe(false);
  });
});

describe('GET /api/session', () => {
  it('answers the user, the CSRF token of this session and the workspaces with the actions of the role', async () => {
    const session = await sessionOf(await login('owner@a.example'));
    const res = await app.request('/api/session', { headers: { cookie: session.cookie } });
    expect(await res.json()).toEqual({
      auth: 'required',
      user: { id: ownerId, email: 'owner@a.example', name: 'Olga Owner' },
      csrfToken: session.csrfToken,
      workspaces: [
        {
          id: 'ws-a',
          name: 'ws-a',
          kind: 'portfolio',
          role: 'owner',
          actions: ['read', 'write', 'delete', 'export', 'manage_members', 'erase_person', 'backup'],
        },
      ],
    });
    const viewer = await sessionOf(await login('viewer@a.example'));
    expect(viewer.csrfToken).not.toBe(session.csrfToken);
    const body = (await (await app.request('/api/session', { headers: { cookie: viewer.cookie } })).json()) as { workspaces: unknown[] };
    expect(body.workspaces).toEqual([{ id: 'ws-a', name: 'ws-a', kind: 'portfolio', role: 'viewer', actions: ['read'] }]);
  });
});

describe('CSRF', () => {
  it('refuses a write made with the cookie but without X-CSRF-Token, or with a wrong one, and changes nothing', async () => {
    const session = await sessionOf(await login('owner@a.example'));
    const before = await dumpTables(store);
    const wrong = ['', 'x', session.csrfToken.slice(1), `${session.csrfToken}x`, session.csrfToken.toUpperCase()];
    for (const headers of [{}, ...wrong.map((token) => ({ 'x-csrf-token': token }))]) {
      const res = await app.request(`${A}/firms/acme/actors`, withHeaders(newActor('act-csrf'), { cookie: session.cookie, ...headers }));
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('X-CSRF-Token');
    }
    const del = await app.request(`${A}/firms/acme`, { method: 'DELETE', headers: { cookie: session.cookie } });
    expect(del.status).toBe(403);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('lets the write through with the session’s own token, and asks nothing of a read', async () => {
    const session = await sessionOf(await login('owner@a.example'));
    const other = await sessionOf(await login('owner@a.example'));
    const crossed = await app.request(`${A}/firms/acme/actors`, withHeaders(newActor('act-ok'), { cookie: session.cookie, 'x-csrf-token': other.csrfToken }));
    expect(crossed.status).toBe(403);
    const res = await app.request(`${A}/firms/acme/actors`, withHeaders(newActor('act-ok'), { cookie: session.cookie, 'x-csrf-token': session.csrfToken }));
    expect(res.status).toBe(201);
    expect((await app.request(`${A}/firms/acme/actors/act-ok`, { headers: { cookie: session.cookie } })).status).toBe(200);
  });
});

describe('the end of a session', () => {
  it('ends at logout: the cookie is cleared and the old value gets 401', async () => {
    const session = await sessionOf(await login('owner@a.example'));
    // Without the CSRF token another site could log the user out: refused, and the session goes on.
    const forged = await app.request('/api/session', { method: 'DELETE', headers: { cookie: session.cookie } });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
    expect((await app.request(`${A}/firms`, { headers: { cookie: session.cookie } })).status).toBe(200);
    const out = await app.request('/api/session', { method: 'DELETE', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^foothold_session=; Max-Age=0; Path=\//);
    expect((await app.request('/api/session', { headers: { cookie: session.cookie } })).status).toBe(401);
    expect((await app.request(`${A}/firms`, { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it(`ends ${SESSION_HOURS} hours after the login`, async () => {
    const session = await sessionOf(await login('owner@a.example'));
    clock = new Date(T0.getTime() + SESSION_HOURS * 3600_000 - 1000);
    expect((await app.request(`${A}/firms`, { headers: { cookie: session.cookie } })).status).toBe(200);
    clock = new Date(T0.getTime() + SESSION_HOURS * 3600_000);
    expect((await app.request(`${A}/firms`, { headers: { cookie: session.cookie } })).status).toBe(401);
    expect((await app.request('/api/session', { headers: { cookie: session.cookie } })).status).toBe(401);
  });
});

describe('a failed login', () => {
  it('says the same for a wrong password and an unknown e-mail address', async () => {
    const wrong = await login('owner@a.example', 'not the password at all');
    const unknown = await login('nobody@a.example', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const body = await wrong.text();
    expect(await unknown.text()).toBe(body);
    expect(body).not.toContain('owner@a.example');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });
});

describe('without login (the single-user mode)', () => {
  it('refuses to log in and says GET /api/session is auth "off", with every workspace as owner', async () => {
    const open = createApp({ store, now: () => clock, logger: silentLogger });
    const res = await login('owner@a.example', PASSWORD, {}, '/api/session', open);
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await (await open.request('/api/session')).json()) as {
      auth: string;
      user: unknown;
      csrfToken: unknown;
      workspaces: { id: string; role: string }[];
    };
    expect(body).toMatchObject({ auth: 'off', user: null, csrfToken: null });
    expect(body.workspaces.map((w) => `${w.id} ${w.role}`).sort()).toEqual(['ws-a owner', 'ws-b owner']);
  });
});

describe('members', () => {
  it('keeps the last owner: not demoted, not removed (409)', async () => {
    const owner = await sessionOf(await login('owner@a.example'));
    const headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken };
    const demote = await app.request(`${A}/members`, withHeaders(json({ email: 'owner@a.example', role: 'analyst' }), headers));
    expect(demote.status).toBe(409);
    const remove = await app.request(`${A}/members/${ownerId}`, { method: 'DELETE', headers });
    expect(remove.status).toBe(409);
    const members = (await (await app.request(`${A}/members`, { headers })).json()) as { user: { email: string }; role: string }[];
    expect(members.map((m) => `${m.user.email} ${m.role}`)).toEqual(['owner@a.example owner', 'viewer@a.example viewer']);
  });

  it('lets an owner add an existing account with a role, which the account then has', async () => {
    const owner = await sessionOf(await login('owner@a.example'));
    const headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken };
    const added = await app.request(`${A}/members`, withHeaders(json({ email: 'Other@B.example', role: 'advisor' }), headers));
    expect(added.status).toBe(200);
    const member = (await added.json()) as { user: { id: string; email: string }; role: string };
    expect(member).toMatchObject({ user: { email: 'other@b.example' }, role: 'advisor' });
    expect((await app.request(`${A}/members`, withHeaders(json({ email: 'ghost@b.example', role: 'viewer' }), headers))).status).toBe(404);
    const other = await sessionOf(await login('other@b.example'));
    const body = (await (await app.request('/api/session', { headers: { cookie: other.cookie } })).json()) as { workspaces: { id: string; role: string }[] };
    expect(body.workspaces.map((w) => `${w.id} ${w.role}`).sort()).toEqual(['ws-a advisor', 'ws-b owner']);
    expect((await app.request(`${A}/firms/acme`, { headers: { cookie: other.cookie } })).status).toBe(200);
    // Put back as it was, so the test leaves A's members as it found them.
    expect((await app.request(`${A}/members/${member.user.id}`, { method: 'DELETE', headers })).status).toBe(204);
  });
});

describe('security headers', () => {
  it('come with a 200, a 401, a 404 and a 403 alike', async () => {
    const viewer = await sessionOf(await login('viewer@a.example'));
    const answers = {
      200: await app.request(`${A}/firms`, { headers: { cookie: viewer.cookie } }),
      401: await app.request(`${A}/firms`),
      404: await app.request('/api/workspaces/ws-b/firms', { headers: { cookie: viewer.cookie } }),
      403: await app.request(`${A}/firms/acme/actors`, withHeaders(newActor('act-no'), { cookie: viewer.cookie, 'x-csrf-token': viewer.csrfToken })),
    };
    for (const [status, res] of Object.entries(answers)) {
      expect(res.status).toBe(Number(status));
      expect(res.headers.get('content-security-policy'), status).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), status).toContain("default-src 'none'");
      expect(res.headers.get('x-content-type-options'), status).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), status).toBe('same-origin');
      expect(res.headers.get('x-frame-options'), status).toBe('DENY');
      expect(res.headers.get('strict-transport-security'), status).toBeNull();
    }
    const overHttps = await app.request(`https://localhost${A}/firms`);
    expect(overHttps.status).toBe(401);
    expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
