// Two people saving the same record at the same time (issue 13): both read version N, both PUT a
// change with version N at once. Exactly one is answered 200 and the other 409 stale_version; the
// stored record is the winner's change, whole (no lost update, no record mixed from both), with
// one version more. Run on every store, with one app, and with two apps on two store handles of
// the same database, as two server processes would be (sessions live in the database, so a login
// made on one app works on the other).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { addUser } from '../services/account-service.js';
import { parsedCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import type { CaseStore } from '../store/types.js';
import { createApp } from './app.js';
import { silentLogger } from './deps.js';
import { sessionHeaders } from '../test-support/sessions.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const PASSWORD = 'correct horse battery staple';
const WS = 'agency';
const FIRM = `/api/workspaces/${WS}/firms/acme`;

type App = ReturnType<typeof createApp>;
interface Versioned {
  version: number;
  record: Record<string, unknown>;
}
type Change = (record: Record<string, unknown>) => Record<string, unknown>;
interface User {
  app: App;
  headers: Record<string, string>;
}

const appOn = (store: CaseStore): App => createApp({ store, now: () => NOW, logger: silentLogger, auth: 'required' });

/** Logs in on `loginApp` and acts on `app`: the cookie and the CSRF token a browser would send. */
async function userOn(app: App, email: string, loginApp: App = app): Promise<User> {
  return { app, headers: await sessionHeaders(loginApp, email, PASSWORD) };
}

async function read(user: User, path: string): Promise<Versioned> {
  const res = await user.app.request(path, { headers: user.headers });
  expect(res.status, path).toBe(200);
  return (await res.json()) as Versioned;
}

async function put(user: User, path: string, body: Versioned): Promise<{ status: number; body: unknown }> {
  const res = await user.app.request(path, { method: 'PUT', headers: { ...user.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/**
 * Both users read the record, change it each in their own way, and PUT at the same moment. Checks
 * one 200 and one 409 stale_version, and that a later read (by either user, on either app) is the
 * winner's record at version N + 1. Answers the winner's index and the version read.
 */
async function race(users: [User, User], path: string, change: [Change, Change]) {
  const [first, second] = await Promise.all(users.map((u) => read(u, path)));
  expect(second).toEqual(first);
  const sent = [change[0](first!.record), change[1](second!.record)];
  expect(sent[0]).not.toEqual(sent[1]);
  const answers = await Promise.all(users.map((u, i) => put(u, path, { version: first!.version, record: sent[i]! })));
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  const winner = answers.findIndex((a) => a.status === 200);
  const loser = 1 - winner;
  expect(answers[winner]!.body).toEqual({ version: first!.version + 1, record: sent[winner] });
  expect((answers[loser]!.body as { error: { code: string } }).error.code).toBe('stale_version');
  for (const user of users) expect(await read(user, path)).toEqual({ version: first!.version + 1, record: sent[winner] });
  return { winner, version: first!.version, sent };
}

const tiePath = `${FIRM}/ties/tie-linkedin`;
const tieChanges: [Change, Change] = [(r) => ({ ...r, strength: 5, status: 'active' }), (r) => ({ ...r, strength: 1, networkType: 'business' })];
const firmChanges: [Change, Change] = [
  (r) => ({ ...r, name: 'Acme Oy (renamed by the owner)', foundedYear: 2014 }),
  (r) => ({ ...r, name: 'Acme Oy (renamed by the analyst)', employees: { value: 12, qualifier: 'exact' } }),
];

describe.each(storeTargets())('concurrent edits on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await addUser(store, { email: 'owner@agency.example', password: PASSWORD, workspace: WS, role: 'owner' }, NOW);
    await addUser(store, { email: 'analyst@agency.example', password: PASSWORD, workspace: WS, role: 'analyst' }, NOW);
    await store.putCase(WS, parsedCase(sampleCaseInput('acme')), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  it('two users PUT the same tie from the same version at once: one 200, one 409, the winner’s tie stored whole', async () => {
    const app = appOn(store);
    const users: [User, User] = [await userOn(app, 'owner@agency.example'), await userOn(app, 'analyst@agency.example')];
    const { winner, version, sent } = await race(users, tiePath, tieChanges);
    expect((await store.getRecord(WS, 'acme', 'ties', 'tie-linkedin'))?.record).toEqual(sent[winner]);

    // The loser has lost nothing for good: it reads the winner's tie and saves its change on top.
    const loser = users[1 - winner]!;
    const fresh = await read(loser, tiePath);
    const retried = await put(loser, tiePath, { version: fresh.version, record: tieChanges[1 - winner]!(fresh.record) });
    expect(retried.status).toBe(200);
    expect((retried.body as Versioned).version).toBe(version + 2);
  });

  it('the same with two apps on two handles of the same database, as two server processes', async () => {
    const other = await target.reopen(store);
    const [appA, appB] = [appOn(store), appOn(other)];
    // Each logs in on one app and saves on the other: a session made by one process holds in the other.
    const users: [User, User] = [await userOn(appA, 'owner@agency.example', appB), await userOn(appB, 'analyst@agency.example', appA)];
    const { winner, sent } = await race(users, tiePath, tieChanges);
    for (const handle of [store, other]) expect((await handle.getRecord(WS, 'acme', 'ties', 'tie-linkedin'))?.record).toEqual(sent[winner]);
  });

  it('two users PUT the firm record from the same version at once, on one app and on two', async () => {
    const app = appOn(store);
    const onOne = await race([await userOn(app, 'owner@agency.example'), await userOn(app, 'analyst@agency.example')], FIRM, firmChanges);
    expect((await store.getFirm(WS, 'acme'))?.record).toEqual(onOne.sent[onOne.winner]);

    const other = await target.reopen(store);
    const onTwo = await race([await userOn(app, 'owner@agency.example'), await userOn(appOn(other), 'analyst@agency.example')], FIRM, [
      (r) => ({ ...r, name: 'Acme Oy, second round (owner)' }),
      (r) => ({ ...r, name: 'Acme Oy, second round (analyst)', foundedYear: 2016 }),
    ]);
    expect(onTwo.version).toBe(onOne.version + 1);
    expect((await other.getFirm(WS, 'acme'))?.record).toEqual(onTwo.sent[onTwo.winner]);
  });
});
