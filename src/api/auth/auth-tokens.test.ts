// Personal API tokens over HTTP (issue 13): shown once, never listed, read or write scope, revoked
// for good, made only from a login; and the server's log, which must carry none of the secrets a
// login or a token involves (password, cookie, token, CSRF token) nor anyone's e-mail address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../../core/case-file/test-case.js';
import { addUser } from '../../services/account-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { dumpTables } from '../../test-support/stores.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import type { Logger } from '../deps.js';

const NOW = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const WRONG_PASSWORD = 'tr0ub4dor&3 is wrong';
const A = '/api/workspaces/ws-a';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
/** Everything the app's logger received, each call as JSON. */
const logged: string[] = [];
const logger: Logger = {
  info: (...args: unknown[]) => void logged.push(JSON.stringify(args)),
  error: (...args: unknown[]) => void logged.push(JSON.stringify(args)),
};

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await addUser(store, { email: 'owner@a.example', password: PASSWORD, workspace: 'ws-a', role: 'owner' }, NOW);
  await addUser(store, { email: 'analyst@a.example', password: PASSWORD, workspace: 'ws-a', role: 'analyst' }, NOW);
  await store.putCase('ws-a', parsedCase(sampleCaseInput('acme')), { replace: false });
  app = createApp({ store, now: () => NOW, logger, auth: 'required', trustProxy: true });
});
afterAll(() => store.close());

const post = (body: unknown, headers: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

async function login(email = 'owner@a.example'): Promise<Session> {
  const res = await app.request('/api/session', post({ email, password: PASSWORD }, {}));
  expect(res.status).toBe(200);
  const cookie = /foothold_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken, headers: { cookie: `foothold_session=${cookie}`, 'x-csrf-token': csrfToken } };
}

interface NewToken {
  id: string;
  name: string;
  scope: string;
  token: string;
}

async function makeToken(session: Session, scope: 'read' | 'write', name = `${scope} token`): Promise<NewToken> {
  const res = await app.request('/api/tokens', post({ name, scope }, session.headers));
  expect(res.status).toBe(201);
  return (await res.json()) as NewToken;
}

const bearer = (token: NewToken) => ({ authorization: `Bearer ${token.token}` });
const actor = (id: string) => ({ id, name: 'New actor', kind: 'person' });

describe('making and listing tokens', () => {
  it('answers the token once; the list shows its name and scope, never its value', async () => {
    const session = await login();
    const made = await makeToken(session, 'read', 'nightly export');
    expect(made).toMatchObject({ id: expect.stringMatching(/^tok-[0-9a-f]{12}$/), name: 'nightly export', scope: 'read', createdAt: NOW.toISOString() });
    expect(made.token).toMatch(/^fh_[\w-]{40,}$/);
    const list = await app.request('/api/tokens', { headers: session.headers });
    const text = await list.text();
    expect(text).not.toContain(made.token);
    expect(text).not.toContain(made.token.slice(3));
    expect((JSON.parse(text) as { id: string }[]).find((t) => t.id === made.id)).toEqual({
      id: made.id,
      name: 'nightly export',
      scope: 'read',
      createdAt: NOW.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('needs the CSRF token to make one with the cookie, and refuses a token making or revoking tokens (403)', async () => {
    const session = await login();
    expect((await app.request('/api/tokens', post({ name: 'x', scope: 'write' }, { cookie: session.headers['cookie'] ?? '' }))).status).toBe(403);
    const writer = await makeToken(session, 'write');
    const minted = await app.request('/api/tokens', post({ name: 'another', scope: 'write' }, bearer(writer)));
    expect(minted.status).toBe(403);
    expect(((await minted.json()) as { error: { message: string } }).error.message).toContain('while logged in');
    expect((await app.request(`/api/tokens/${writer.id}`, { method: 'DELETE', headers: bearer(writer) })).status).toBe(403);
    expect((await app.request(A + '/firms', { headers: bearer(writer) })).status).toBe(200);
  });
});

describe('using a token', () => {
  it('with the read scope, reads and exports (200) but may not write or delete (403), changing nothing', async () => {
    const reader = await makeToken(await login(), 'read');
    expect((await app.request(`${A}/firms/acme`, { headers: bearer(reader) })).status).toBe(200);
    expect((await app.request(`${A}/firms/acme/case`, { headers: bearer(reader) })).status).toBe(200);
    const before = await dumpTables(store);
    const write = await app.request(`${A}/firms/acme/actors`, post(actor('act-by-reader'), bearer(reader)));
    expect(write.status).toBe(403);
    expect(((await write.json()) as { error: { message: string } }).error.message).toContain('read-only');
    expect((await app.request(`${A}/firms/acme`, { method: 'DELETE', headers: bearer(reader) })).status).toBe(403);
    expect(await dumpTables(store)).toEqual(before);
  });

  it('with the write scope, writes without any CSRF header, and the list shows when it was last used', async () => {
    const session = await login();
    const writer = await makeToken(session, 'write');
    const res = await app.request(`${A}/firms/acme/actors`, post(actor('act-by-writer'), bearer(writer)));
    expect(res.status).toBe(201);
    expect((await app.request(`${A}/firms/acme/actors/act-by-writer`, { headers: session.headers })).status).toBe(200);
    const list = (await (await app.request('/api/tokens', { headers: session.headers })).json()) as { id: string; lastUsedAt: string | null }[];
    expect(list.find((t) => t.id === writer.id)?.lastUsedAt).toBe(NOW.toISOString());
  });

  it('once revoked, gets 401 for good; revoking it again is 404', async () => {
    const session = await login();
    const writer = await makeToken(session, 'write');
    expect((await app.request(`${A}/firms`, { headers: bearer(writer) })).status).toBe(200);
    expect((await app.request(`/api/tokens/${writer.id}`, { method: 'DELETE', headers: session.headers })).status).toBe(204);
    const res = await app.request(`${A}/firms`, { headers: bearer(writer) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await app.request(`/api/tokens/${writer.id}`, { method: 'DELETE', headers: session.headers })).status).toBe(404);
    const list = (await (await app.request('/api/tokens', { headers: session.headers })).json()) as { id: string; revokedAt: string | null }[];
    expect(list.find((t) => t.id === writer.id)?.revokedAt).toBe(NOW.toISOString());
  });

  it('belongs to its maker: another user neither lists nor revokes it', async () => {
    const owner = await login();
    const writer = await makeToken(owner, 'write');
    const analyst = await login('analyst@a.example');
    const listed = (await (await app.request('/api/tokens', { headers: analyst.headers })).json()) as { id: string }[];
    expect(listed.map((t) => t.id)).not.toContain(writer.id);
    expect((await app.request(`/api/tokens/${writer.id}`, { method: 'DELETE', headers: analyst.headers })).status).toBe(404);
    expect((await app.request(`${A}/firms`, { headers: bearer(writer) })).status).toBe(200);
  });

  it('that is wrong gets 401, even with a good login cookie beside it', async () => {
    const session = await login();
    const writer = await makeToken(session, 'write');
    for (const authorization of [`Bearer ${writer.token}x`, `Bearer ${writer.token.slice(3)}`, 'Bearer fh_nothing', 'Basic b3duZXI6cGFzcw==', 'Bearer']) {
      expect((await app.request(`${A}/firms`, { headers: { ...session.headers, authorization } })).status, authorization).toBe(401);
    }
  });
});

describe('the log', () => {
  it('carries no password, cookie, token, CSRF token or e-mail address through logins, token use and failed logins', async () => {
    logged.length = 0;
    const session = await login();
    const reader = await makeToken(session, 'read');
    const writer = await makeToken(session, 'write');
    await app.request(`${A}/firms/acme`, { headers: bearer(reader) });
    await app.request(`${A}/firms/acme/actors`, post(actor('act-logged'), bearer(reader)));
    await app.request(`${A}/firms/acme/actors`, post(actor('act-logged'), bearer(writer)));
    await app.request(`${A}/firms/acme/actors`, post(actor('act-csrf'), { cookie: session.headers['cookie'] ?? '', 'x-csrf-token': 'wrong' }));
    await app.request(`/api/tokens/${reader.id}`, { method: 'DELETE', headers: session.headers });
    await app.request(`${A}/firms`, { headers: bearer(reader) });
    await app.request('/api/session', post({ email: 'owner@a.example', password: WRONG_PASSWORD }, { 'x-forwarded-for': '192.0.2.66' }));
    // Up to the rate limit (429), from an address and for an account no other test uses.
    for (let i = 0; i < 11; i++)
      await app.request('/api/session', post({ email: 'nobody@a.example', password: WRONG_PASSWORD }, { 'x-forwarded-for': '192.0.2.67' }));
    await app.request('/api/session', { method: 'DELETE', headers: session.headers });

    const log = logged.join('\n');
    // The log saw these requests (a collector that missed them would prove nothing) …
    for (const status of [200, 201, 204, 401, 403, 429]) expect(log).toContain(`"status":${status}`);
    // … and none of their secrets.
    const secrets = [
      PASSWORD,
      WRONG_PASSWORD,
      session.cookie,
      session.csrfToken,
      reader.token,
      writer.token,
      'owner@a.example',
      'nobody@a.example',
      '@a.example',
    ];
    expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
  });
});
