// Accounts through the service, on SQLite (the store suite covers the other databases): adding users
// (argon2id hash, normalized e-mail, workspace and role), password resets that end sessions, login
// with rate limiting on injected dates, API tokens, and workspaces that always keep an owner.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../core/access/policy.js';
import { ConflictError, InputError, NotFoundError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../shared/errors.js';
import { kyselyOf } from '../store/case-store.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import {
  addUser,
  createApiToken,
  listMembers,
  listUsers,
  login,
  logout,
  removeMember,
  resetPassword,
  sessionPrincipal,
  setMemberRole,
  tokenPrincipal,
} from './account-service.js';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const at = (seconds: number): Date => new Date(T0 + seconds * 1000);
const PW = 'correct horse battery';
const ADA = 'ada@example.org';
const BO = 'bo@example.org';
const ADDR = '192.0.2.1';
const hex256 = (value: string): string => createHash('sha256').update(value).digest('hex');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('account service', () => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
  });
  afterEach(() => store.close());

  /** Adds a user with PW, or with no password when given null. */
  const add = (email: string, workspace: string, role: Role, password: string | null = PW) =>
    addUser(store, password === null ? { email, workspace, role } : { email, password, workspace, role }, at(0));
  const attempt = (email: string, password: string, seconds: number, address = ADDR) => login(store, { email, password, address }, at(seconds));
  const pointers = async (promise: Promise<unknown>) => {
    const err = await rejection(promise);
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).problems.map((p) => p.pointer);
  };

  describe('addUser', () => {
    it('creates an account with an argon2id hash, the e-mail trimmed and lower-cased, a new portfolio workspace and the role', async () => {
      const result = await add('  Ada.Lovelace@Example.ORG ', 'w-new', 'analyst');
      expect(result).toEqual({ user: { id: expect.stringMatching(/^u-/), email: 'ada.lovelace@example.org', name: 'ada.lovelace' }, created: true });
      const row = await store.accounts.userById(result.user.id);
      expect(row?.email).toBe('ada.lovelace@example.org');
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row?.passwordHash).not.toContain(PW);
      expect(await store.listWorkspaces()).toEqual([{ id: 'w-new', name: 'w-new', kind: 'portfolio' }]);
      expect(await store.accounts.membershipsOf(result.user.id)).toEqual([
        { workspaceId: 'w-new', workspaceName: 'w-new', workspaceKind: 'portfolio', role: 'analyst' },
      ]);
      expect((await attempt('ada.lovelace@example.org', PW, 1)).principal.user.id).toBe(result.user.id);
    });

    it('adds an existing account without a password to a second workspace, which keeps its own name and kind', async () => {
      const first = await add(ADA, 'w-one', 'owner');
      await store.ensureWorkspace({ id: 'w-firm', name: 'Firm A', kind: 'firm' });
      const second = await add(' ADA@example.org', 'w-firm', 'viewer', null);
      expect(second).toEqual({ user: first.user, created: false });
      expect(await store.accounts.membershipsOf(first.user.id)).toEqual([
        { workspaceId: 'w-firm', workspaceName: 'Firm A', workspaceKind: 'firm', role: 'viewer' },
        { workspaceId: 'w-one', workspaceName: 'w-one', workspaceKind: 'portfolio', role: 'owner' },
      ]);
      expect((await store.accounts.listUsers()).length).toBe(1);
      expect((await attempt(ADA, PW, 1)).principal.user.id).toBe(first.user.id);
    });

    it('refuses a password for an existing account (ConflictError) and an account without one (InputError), writing nothing', async () => {
      await add(ADA, 'w-one', 'owner');
      expect(await rejection(add(ADA, 'w-two', 'viewer', 'another password'))).toBeInstanceOf(ConflictError);
      expect(await rejection(add(BO, 'w-three', 'viewer', null))).toBeInstanceOf(InputError);
      expect((await store.accounts.listUsers()).map((u) => u.email)).toEqual([ADA]);
      expect((await store.listWorkspaces()).map((w) => w.id)).toEqual(['w-one']);
      expect((await attempt(ADA, PW, 1)).principal.memberships.map((m) => m.workspaceId)).toEqual(['w-one']);
    });

    it('refuses a bad e-mail at /email, a short password at /password (counted in characters) and an unknown role at /role', async () => {
      expect(await pointers(add('ada.example.org', 'w', 'owner'))).toEqual(['/email']);
      expect(await pointers(add('ada @example.org', 'w', 'owner'))).toEqual(['/email']);
      expect(await pointers(add(ADA, 'w', 'owner', 'ninechars'))).toEqual(['/password']);
      expect(await pointers(add(ADA, 'w', 'owner', '🔑'.repeat(9)))).toEqual(['/password']);
      expect(await pointers(add(ADA, 'w', 'admin' as Role))).toEqual(['/role']);
      expect(await store.accounts.listUsers()).toEqual([]);
      expect((await add(ADA, 'w', 'owner', 'tenchars!!')).created).toBe(true);
    });
  });

  it('resetPassword changes the password and ends every session of that account only', async () => {
    await add(ADA, 'w', 'owner');
    await add(BO, 'w', 'viewer');
    const first = await attempt(ADA, PW, 1);
    const second = await attempt(ADA, PW, 2);
    const other = await attempt(BO, PW, 3);
    expect(await resetPassword(store, ' Ada@Example.org', 'a brand new password', at(4))).toMatchObject({ email: ADA });
    expect(await sessionPrincipal(store, first.sessionToken, at(5))).toBeUndefined();
    expect(await sessionPrincipal(store, second.sessionToken, at(5))).toBeUndefined();
    expect((await sessionPrincipal(store, other.sessionToken, at(5)))?.user.email).toBe(BO);
    expect(await rejection(attempt(ADA, PW, 6))).toBeInstanceOf(UnauthorizedError);
    expect((await attempt(ADA, 'a brand new password', 7)).principal.user.email).toBe(ADA);
    expect(await rejection(resetPassword(store, 'cy@example.org', 'a brand new password', at(8)))).toBeInstanceOf(NotFoundError);
  });

  describe('login', () => {
    it('opens a session kept only as the SHA-256 of its token, with a CSRF token, until it expires or ends', async () => {
      const { user } = await add(ADA, 'w', 'advisor');
      const result = await attempt(' Ada@Example.ORG ', PW, 10);
      expect(result.principal).toEqual({
        user,
        memberships: [{ workspaceId: 'w', workspaceName: 'w', workspaceKind: 'portfolio', role: 'advisor' }],
        via: 'session',
        csrfToken: expect.any(String),
      });
      expect(result.sessionToken).not.toBe(result.principal.csrfToken);
      expect(result.expiresAt).toBe(at(10 + 12 * 3600).toISOString());
      const rows = await kyselyOf(store).selectFrom('sessions').selectAll().execute();
      expect(rows).toEqual([
        {
          id_hash: hex256(result.sessionToken),
          user_id: user.id,
          csrf_token: result.principal.csrfToken,
          created_at: at(10).toISOString(),
          expires_at: result.expiresAt,
        },
      ]);
      expect(JSON.stringify(rows)).not.toContain(result.sessionToken);
      expect(await sessionPrincipal(store, result.sessionToken, at(11))).toEqual(result.principal);
      expect(await sessionPrincipal(store, result.sessionToken, at(10 + 12 * 3600))).toBeUndefined();
      await logout(store, result.sessionToken);
      expect(await sessionPrincipal(store, result.sessionToken, at(12))).toBeUndefined();
    });

    it('answers a wrong password and an unknown e-mail with the same UnauthorizedError', async () => {
      await add(ADA, 'w', 'owner');
      const wrong = await rejection(attempt(ADA, 'not the password', 1));
      const unknown = await rejection(attempt('cy@example.org', PW, 2));
      expect(wrong).toBeInstanceOf(UnauthorizedError);
      expect(unknown).toBeInstanceOf(UnauthorizedError);
      expect((unknown as Error).message).toBe((wrong as Error).message);
      expect(await kyselyOf(store).selectFrom('sessions').selectAll().execute()).toEqual([]);
    });
  });

  describe('login rate limiting', () => {
    const tooMany = async (promise: Promise<unknown>) => {
      const err = await rejection(promise);
      expect(err).toBeInstanceOf(TooManyRequestsError);
      return err as TooManyRequestsError;
    };

    it('after 10 failures of an account within 15 minutes refuses even the right password until the oldest is 15 minutes old', async () => {
      await add(ADA, 'w', 'owner');
      // One a minute, from ten addresses, in varying case: all count for the one account.
      for (let i = 0; i < 10; i++) {
        await expect(attempt(i % 2 === 0 ? ADA : 'ADA@example.org', 'wrong password', i * 60, `198.51.100.${i}`)).rejects.toBeInstanceOf(UnauthorizedError);
      }
      const refused = await tooMany(attempt(ADA, PW, 630.6, '203.0.113.9'));
      expect(refused.retryAfterSeconds).toBe(270); // 900 s after the first failure, 630.6 s later: 269.4 s, rounded up
      expect(refused.message).toContain('for this account');
      expect((await tooMany(attempt(ADA, PW, 899.5, '203.0.113.9'))).retryAfterSeconds).toBe(1);
      expect((await attempt(ADA, PW, 900, '203.0.113.9')).principal.user.email).toBe(ADA);
    });

    it('waits for the oldest of the last ten failures when more were recorded (several processes at once)', async () => {
      await add(ADA, 'w', 'owner');
      for (let i = 0; i < 12; i++) await store.accounts.addLoginFailures([`account:${ADA}`], at(i * 60).toISOString());
      expect((await tooMany(attempt(ADA, PW, 720))).retryAfterSeconds).toBe(300); // the third failure (120 s) + 900 s - 720 s
    });

    it('does not count failures older than the window', async () => {
      await add(ADA, 'w', 'owner');
      for (const minute of [0, 1, 2, 3, 4, 5, 16, 17, 18, 19]) {
        await expect(attempt(ADA, 'wrong password', minute * 60)).rejects.toBeInstanceOf(UnauthorizedError);
      }
      expect((await attempt(ADA, PW, 20.5 * 60)).principal.user.email).toBe(ADA);
    });

    it('refuses an address after 10 failures for any accounts, while other addresses still log in', async () => {
      await add(ADA, 'w', 'owner');
      for (let i = 0; i < 10; i++) await expect(attempt(`user${i}@example.org`, PW, i * 10)).rejects.toBeInstanceOf(UnauthorizedError);
      const refused = await tooMany(attempt(ADA, PW, 100));
      expect(refused.message).toContain('from this address');
      expect(refused.retryAfterSeconds).toBe(800);
      expect((await attempt(ADA, PW, 100, '203.0.113.9')).principal.user.email).toBe(ADA);
    });

    it("a successful login clears the account's failures but not the address's", async () => {
      await add(ADA, 'w', 'owner');
      for (let i = 0; i < 9; i++) await expect(attempt(ADA, 'wrong password', i * 60)).rejects.toBeInstanceOf(UnauthorizedError);
      await attempt(ADA, PW, 9 * 60);
      await expect(attempt(ADA, 'wrong password', 10 * 60)).rejects.toBeInstanceOf(UnauthorizedError);
      // The address has 10 failures now; the account only the one since its login.
      expect((await tooMany(attempt(ADA, PW, 11 * 60))).message).toContain('from this address');
      expect((await attempt(ADA, PW, 11 * 60, '203.0.113.9')).principal.user.email).toBe(ADA);
    });
  });

  describe('API tokens', () => {
    it('gives the live token its user, memberships and scope; unknown, revoked and unprefixed tokens give nothing', async () => {
      const { user } = await add(ADA, 'w', 'analyst');
      const made = await createApiToken(store, user.id, { name: ' CI ', scope: 'write' }, at(0));
      expect(made).toMatchObject({ name: 'CI', scope: 'write', createdAt: at(0).toISOString() });
      expect(made.token).toMatch(/^fh_/);
      expect((await kyselyOf(store).selectFrom('api_tokens').select('token_hash').execute()).map((r) => r.token_hash)).toEqual([hex256(made.token)]);
      expect(await tokenPrincipal(store, made.token, at(1))).toEqual({
        user,
        memberships: [{ workspaceId: 'w', workspaceName: 'w', workspaceKind: 'portfolio', role: 'analyst' }],
        via: 'token',
        scope: 'write',
      });
      expect(await tokenPrincipal(store, `fh_${'A'.repeat(43)}`, at(1))).toBeUndefined();
      // Stored tokens without the prefix, or too long: refused before they are looked up.
      for (const [id, token] of [
        ['tok-plain', 'plain-secret-value'],
        ['tok-long', `fh_${'a'.repeat(300)}`],
      ] as const) {
        await store.accounts.createToken({ id, userId: user.id, name: id, scope: 'read', tokenHash: hex256(token) }, at(0).toISOString());
        expect(await tokenPrincipal(store, token, at(1))).toBeUndefined();
      }
      await store.accounts.revokeToken(user.id, made.id, at(2).toISOString());
      expect(await tokenPrincipal(store, made.token, at(3))).toBeUndefined();
    });

    it('writes the last use on first use, not again within 5 minutes, and again after', async () => {
      const { user } = await add(ADA, 'w', 'viewer');
      const made = await createApiToken(store, user.id, { name: 'script', scope: 'read' }, at(0));
      const lastUsed = async () => (await store.accounts.tokensOf(user.id))[0]?.lastUsedAt;
      expect(await lastUsed()).toBeNull();
      await tokenPrincipal(store, made.token, at(60));
      expect(await lastUsed()).toBe(at(60).toISOString());
      await tokenPrincipal(store, made.token, at(60 + 299));
      expect(await lastUsed()).toBe(at(60).toISOString());
      await tokenPrincipal(store, made.token, at(60 + 301));
      expect(await lastUsed()).toBe(at(361).toISOString());
    });
  });

  describe('members', () => {
    const roles = async (workspace: string) => (await listMembers(store, workspace)).map((m) => `${m.user.email}:${m.role}`);

    it('keeps the last owner of a workspace, and lets an owner go once there is another', async () => {
      const ada = (await add(ADA, 'w', 'owner')).user;
      const bo = (await add(BO, 'w', 'viewer')).user;
      expect(await rejection(setMemberRole(store, 'w', ADA, 'analyst', at(1)))).toBeInstanceOf(ConflictError);
      expect(await rejection(removeMember(store, 'w', ada.id))).toBeInstanceOf(ConflictError);
      expect(await roles('w')).toEqual([`${ADA}:owner`, `${BO}:viewer`]);
      expect(await setMemberRole(store, 'w', ADA, 'owner', at(1))).toEqual({ user: ada, role: 'owner' });
      await setMemberRole(store, 'w', ' BO@example.org', 'owner', at(2));
      await setMemberRole(store, 'w', ADA, 'analyst', at(3));
      expect(await rejection(removeMember(store, 'w', bo.id))).toBeInstanceOf(ConflictError);
      await setMemberRole(store, 'w', ADA, 'owner', at(4));
      await removeMember(store, 'w', bo.id);
      expect(await roles('w')).toEqual([`${ADA}:owner`]);
    });

    it('adds an existing account as a member, and refuses unknown accounts, workspaces and non-members', async () => {
      const ada = (await add(ADA, 'w', 'owner')).user;
      await add(BO, 'other', 'owner');
      await setMemberRole(store, 'w', BO, 'advisor', at(1));
      expect(await roles('w')).toEqual([`${ADA}:owner`, `${BO}:advisor`]);
      expect(await rejection(setMemberRole(store, 'w', 'cy@example.org', 'viewer', at(2)))).toEqual(new NotFoundError('account', 'cy@example.org'));
      expect(await rejection(setMemberRole(store, 'nowhere', BO, 'owner', at(2)))).toEqual(new NotFoundError('workspace', 'nowhere'));
      expect(await rejection(listMembers(store, 'nowhere'))).toEqual(new NotFoundError('workspace', 'nowhere'));
      expect(await rejection(removeMember(store, 'other', ada.id))).toBeInstanceOf(NotFoundError);
      expect(await roles('other')).toEqual([`${BO}:owner`]);
      await store.ensureWorkspace({ id: 'empty', name: 'Empty', kind: 'research' });
      expect(await listMembers(store, 'empty')).toEqual([]);
    });
  });

  it('listUsers lists every account by e-mail with its memberships', async () => {
    await add(BO, 'w-one', 'viewer');
    await add(ADA, 'w-two', 'owner');
    await add(ADA, 'w-one', 'analyst', null);
    const users = await listUsers(store);
    expect(users.map((u) => [u.email, u.name, u.memberships.map((m) => `${m.workspaceId}:${m.role}`)])).toEqual([
      [ADA, 'ada', ['w-one:analyst', 'w-two:owner']],
      [BO, 'bo', ['w-one:viewer']],
    ]);
    expect(users.every((u) => !('passwordHash' in u))).toBe(true);
  });
});
