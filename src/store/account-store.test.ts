// The account store (migration 0007) on SQLite and PGlite (and PostgreSQL when TEST_DATABASE_URL is
// set): users with a unique e-mail, memberships as an upsert, sessions that end at their expiry,
// tokens that stay listed once revoked, login failures by key and time, and account writes that
// join store.transaction and roll back with it.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import { storeTargets } from '../test-support/stores.js';
import type { CaseStore } from './types.js';

const T = (minute: number): string => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();
const ADA = { id: 'u-ada', email: 'ada@example.org', name: 'Ada', passwordHash: '$argon2id$ada' };
const BO = { id: 'u-bo', email: 'bo@example.org', name: 'Bo', passwordHash: '$argon2id$bo' };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe.each(storeTargets())('account store on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: 'w-one', name: 'Workspace One', kind: 'portfolio' });
    await store.ensureWorkspace({ id: 'w-two', name: 'Workspace Two', kind: 'research' });
    await store.accounts.createUser(BO, T(1));
    await store.accounts.createUser(ADA, T(2));
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  describe('users', () => {
    it('refuses a second account for the same e-mail with a ConflictError at /email, and keeps the first', async () => {
      const err = await rejection(store.accounts.createUser({ ...BO, id: 'u-other', name: 'Other' }, T(3)));
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).path).toBe('/email');
      expect((err as ConflictError).message).toContain(BO.email);
      expect((await store.accounts.userByEmail(BO.email))?.id).toBe(BO.id);
      expect(await store.accounts.userById('u-other')).toBeUndefined();
    });

    it('finds a user by e-mail and by id, and lists users by e-mail', async () => {
      expect(await store.accounts.userByEmail(ADA.email)).toEqual({ ...ADA, createdAt: T(2) });
      expect(await store.accounts.userById(BO.id)).toEqual({ ...BO, createdAt: T(1) });
      expect(await store.accounts.userByEmail('nobody@example.org')).toBeUndefined();
      expect(await store.accounts.userById('u-nobody')).toBeUndefined();
      expect((await store.accounts.listUsers()).map((u) => u.email)).toEqual([ADA.email, BO.email]);
    });

    it('sets a password, and refuses one for an unknown user', async () => {
      await store.accounts.setPassword(ADA.id, '$argon2id$new', T(5));
      expect((await store.accounts.userById(ADA.id))?.passwordHash).toBe('$argon2id$new');
      expect((await store.accounts.userById(BO.id))?.passwordHash).toBe(BO.passwordHash);
      await expect(store.accounts.setPassword('u-nobody', '$argon2id$x', T(5))).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it('lists users, members and memberships in code-unit order on every dialect, whatever the collation', async () => {
    const ids = ['ab', 'a_b', 'a.d', 'a-c', 'B1', 'a0'];
    for (const id of ids) {
      await store.ensureWorkspace({ id: `w${id}`, name: id, kind: 'research' });
      await store.accounts.createUser({ id: `u-${id}`, email: `${id}@x.org`, name: id, passwordHash: 'h' }, T(3));
      await store.accounts.setMembership(`w${id}`, ADA.id, 'viewer', T(3));
      await store.accounts.setMembership('w-one', `u-${id}`, 'viewer', T(3));
    }
    const inOrder = ['B1', 'a-c', 'a.d', 'a0', 'a_b', 'ab'];
    expect((await store.accounts.listUsers()).map((u) => u.name)).toEqual([...inOrder, 'Ada', 'Bo']);
    expect((await store.accounts.membersOf('w-one')).map((m) => m.user.name)).toEqual(inOrder);
    expect((await store.accounts.membershipsOf(ADA.id)).map((m) => m.workspaceName)).toEqual(inOrder);
  });

  describe('memberships', () => {
    it('adds a membership, then changes its role in place', async () => {
      await store.accounts.setMembership('w-one', ADA.id, 'viewer', T(3));
      await store.accounts.setMembership('w-one', ADA.id, 'owner', T(4));
      expect(await store.accounts.membershipsOf(ADA.id)).toEqual([
        { workspaceId: 'w-one', workspaceName: 'Workspace One', workspaceKind: 'portfolio', role: 'owner' },
      ]);
      const members = await store.accounts.membersOf('w-one');
      expect(members.map((m) => [m.user.id, m.role, m.since])).toEqual([[ADA.id, 'owner', T(3)]]);
    });

    it('lists the workspaces of a user with their name and kind, and the members of a workspace by e-mail', async () => {
      await store.accounts.setMembership('w-two', ADA.id, 'analyst', T(3));
      await store.accounts.setMembership('w-one', ADA.id, 'advisor', T(4));
      await store.accounts.setMembership('w-one', BO.id, 'owner', T(5));
      expect(await store.accounts.membershipsOf(ADA.id)).toEqual([
        { workspaceId: 'w-one', workspaceName: 'Workspace One', workspaceKind: 'portfolio', role: 'advisor' },
        { workspaceId: 'w-two', workspaceName: 'Workspace Two', workspaceKind: 'research', role: 'analyst' },
      ]);
      expect(await store.accounts.membershipsOf(BO.id)).toEqual([
        { workspaceId: 'w-one', workspaceName: 'Workspace One', workspaceKind: 'portfolio', role: 'owner' },
      ]);
      expect(await store.accounts.membersOf('w-one')).toEqual([
        { user: { ...ADA, createdAt: T(2) }, role: 'advisor', since: T(4) },
        { user: { ...BO, createdAt: T(1) }, role: 'owner', since: T(5) },
      ]);
      expect((await store.accounts.membersOf('w-two')).map((m) => m.user.id)).toEqual([ADA.id]);
    });

    it('removes one membership and says whether there was one', async () => {
      await store.accounts.setMembership('w-one', ADA.id, 'viewer', T(3));
      await store.accounts.setMembership('w-two', ADA.id, 'viewer', T(3));
      await store.accounts.setMembership('w-one', BO.id, 'owner', T(3));
      expect(await store.accounts.removeMembership('w-one', ADA.id)).toBe(true);
      expect(await store.accounts.removeMembership('w-one', ADA.id)).toBe(false);
      expect((await store.accounts.membershipsOf(ADA.id)).map((m) => m.workspaceId)).toEqual(['w-two']);
      expect((await store.accounts.membersOf('w-one')).map((m) => m.user.id)).toEqual([BO.id]);
    });
  });

  describe('sessions', () => {
    const session = (idHash: string, userId: string, expiresAt: string) => ({ idHash, userId, csrfToken: `csrf-${idHash}`, createdAt: T(0), expiresAt });

    it('finds a session with its user before its expiry, and not at or after it', async () => {
      await store.accounts.createSession(session('h-ada', ADA.id, T(30)));
      expect(await store.accounts.sessionByHash('h-ada', T(29))).toEqual({
        user: { ...ADA, createdAt: T(2) },
        csrfToken: 'csrf-h-ada',
        expiresAt: T(30),
        memberships: [],
      });
      expect(await store.accounts.sessionByHash('h-ada', T(30))).toBeUndefined();
      expect(await store.accounts.sessionByHash('h-ada', T(31))).toBeUndefined();
      expect(await store.accounts.sessionByHash('h-other', T(0))).toBeUndefined();
    });

    it("reads the session with every membership of its user, by workspace id, in the same answer (and one row's worth of user)", async () => {
      await store.accounts.setMembership('w-two', ADA.id, 'viewer', T(3));
      await store.accounts.setMembership('w-one', ADA.id, 'analyst', T(4));
      await store.accounts.setMembership('w-one', BO.id, 'owner', T(4));
      await store.accounts.createSession(session('h-ada', ADA.id, T(30)));
      const found = await store.accounts.sessionByHash('h-ada', T(5));
      expect(found?.user).toEqual({ ...ADA, createdAt: T(2) });
      expect(found?.memberships).toEqual([
        { workspaceId: 'w-one', workspaceName: 'Workspace One', workspaceKind: 'portfolio', role: 'analyst' },
        { workspaceId: 'w-two', workspaceName: 'Workspace Two', workspaceKind: 'research', role: 'viewer' },
      ]);
      expect(found?.memberships).toEqual(await store.accounts.membershipsOf(ADA.id));
      await store.accounts.removeMembership('w-one', ADA.id);
      expect((await store.accounts.sessionByHash('h-ada', T(5)))?.memberships.map((m) => m.workspaceId)).toEqual(['w-two']);
    });

    it('deletes one session, all sessions of a user, or the expired ones', async () => {
      await store.accounts.createSession(session('h-ada-1', ADA.id, T(30)));
      await store.accounts.createSession(session('h-ada-2', ADA.id, T(50)));
      await store.accounts.createSession(session('h-bo-1', BO.id, T(20)));
      await store.accounts.createSession(session('h-bo-2', BO.id, T(40)));
      await store.accounts.deleteSession('h-ada-1');
      expect(await store.accounts.sessionByHash('h-ada-1', T(0))).toBeUndefined();
      expect(await store.accounts.sessionByHash('h-ada-2', T(0))).toBeDefined();

      await store.accounts.deleteExpiredSessions(T(20));
      // Deleted rows stay deleted when asked about an earlier time, unlike rows merely filtered out.
      expect(await store.accounts.sessionByHash('h-bo-1', T(0))).toBeUndefined();
      expect(await store.accounts.sessionByHash('h-bo-2', T(0))).toBeDefined();

      await store.accounts.deleteSessionsOf(BO.id);
      expect(await store.accounts.sessionByHash('h-bo-2', T(0))).toBeUndefined();
      expect(await store.accounts.sessionByHash('h-ada-2', T(0))).toBeDefined();
    });
  });

  describe('API tokens', () => {
    const token = (id: string, userId: string, scope: 'read' | 'write' = 'read') => ({ id, userId, name: `name ${id}`, scope, tokenHash: `hash-${id}` });

    it('finds an unrevoked token by its hash, with its user and scope', async () => {
      await store.accounts.createToken(token('tok-a', ADA.id, 'write'), T(3));
      expect(await store.accounts.tokenByHash('hash-tok-a')).toEqual({
        user: { ...ADA, createdAt: T(2) },
        tokenId: 'tok-a',
        scope: 'write',
        lastUsedAt: null,
        memberships: [],
      });
      await store.accounts.setMembership('w-two', ADA.id, 'advisor', T(4));
      await store.accounts.setMembership('w-one', ADA.id, 'owner', T(4));
      expect((await store.accounts.tokenByHash('hash-tok-a'))?.memberships.map((m) => `${m.workspaceId}:${m.role}`)).toEqual(['w-one:owner', 'w-two:advisor']);
      expect(await store.accounts.tokenByHash('hash-nothing')).toBeUndefined();
    });

    it('revokes a token once: then it is not found by hash, and a second revocation is a NotFoundError', async () => {
      await store.accounts.createToken(token('tok-a', ADA.id), T(3));
      await store.accounts.createToken(token('tok-b', ADA.id), T(4));
      await store.accounts.revokeToken(ADA.id, 'tok-a', T(5));
      expect(await store.accounts.tokenByHash('hash-tok-a')).toBeUndefined();
      expect((await store.accounts.tokenByHash('hash-tok-b'))?.tokenId).toBe('tok-b');
      await expect(store.accounts.revokeToken(ADA.id, 'tok-a', T(6))).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.accounts.revokeToken(ADA.id, 'tok-nothing', T(6))).rejects.toBeInstanceOf(NotFoundError);
    });

    it("refuses to revoke another user's token and leaves it live", async () => {
      await store.accounts.createToken(token('tok-bo', BO.id), T(3));
      await expect(store.accounts.revokeToken(ADA.id, 'tok-bo', T(5))).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.accounts.tokenByHash('hash-tok-bo'))?.user.id).toBe(BO.id);
      expect((await store.accounts.tokensOf(BO.id))[0]?.revokedAt).toBeNull();
    });

    it("lists a user's tokens by creation (then id), revoked ones with their revocation time, and records their last use", async () => {
      await store.accounts.createToken(token('tok-b', ADA.id, 'write'), T(4));
      await store.accounts.createToken(token('tok-a', ADA.id), T(3));
      await store.accounts.createToken(token('tok-0', ADA.id), T(4));
      await store.accounts.createToken(token('tok-bo', BO.id), T(3));
      await store.accounts.revokeToken(ADA.id, 'tok-a', T(7));
      await store.accounts.touchToken('tok-b', T(8));
      expect(await store.accounts.tokensOf(ADA.id)).toEqual([
        { id: 'tok-a', name: 'name tok-a', scope: 'read', createdAt: T(3), lastUsedAt: null, revokedAt: T(7) },
        { id: 'tok-0', name: 'name tok-0', scope: 'read', createdAt: T(4), lastUsedAt: null, revokedAt: null },
        { id: 'tok-b', name: 'name tok-b', scope: 'write', createdAt: T(4), lastUsedAt: T(8), revokedAt: null },
      ]);
      expect((await store.accounts.tokenByHash('hash-tok-b'))?.lastUsedAt).toBe(T(8));
      expect((await store.accounts.tokensOf(BO.id)).map((t) => [t.id, t.lastUsedAt, t.revokedAt])).toEqual([['tok-bo', null, null]]);
    });
  });

  describe('login failures', () => {
    it('counts failures by key strictly after a time, oldest first', async () => {
      await store.accounts.addLoginFailures(['account:ada', 'address:10.0.0.1'], T(12));
      await store.accounts.addLoginFailures(['account:ada', 'address:10.0.0.1'], T(10));
      await store.accounts.addLoginFailures(['address:10.0.0.1'], T(11));
      await store.accounts.addLoginFailures([], T(13));
      expect(await store.accounts.loginFailuresSince('account:ada', T(0))).toEqual([T(10), T(12)]);
      expect(await store.accounts.loginFailuresSince('address:10.0.0.1', T(0))).toEqual([T(10), T(11), T(12)]);
      expect(await store.accounts.loginFailuresSince('address:10.0.0.1', T(10))).toEqual([T(11), T(12)]);
      expect(await store.accounts.loginFailuresSince('account:bo', T(0))).toEqual([]);
    });

    it('clears the failures of one key only, and prunes those at or before a time', async () => {
      for (const minute of [10, 11, 12]) await store.accounts.addLoginFailures(['account:ada', 'address:10.0.0.1'], T(minute));
      await store.accounts.clearLoginFailures('account:ada');
      expect(await store.accounts.loginFailuresSince('account:ada', T(0))).toEqual([]);
      expect(await store.accounts.loginFailuresSince('address:10.0.0.1', T(0))).toEqual([T(10), T(11), T(12)]);
      await store.accounts.pruneLoginFailures(T(11));
      // Asked from before the pruned times: only the later failure is left.
      expect(await store.accounts.loginFailuresSince('address:10.0.0.1', T(0))).toEqual([T(12)]);
    });
  });

  describe('transactions', () => {
    it('rolls back account writes made through the transaction and through the store itself', async () => {
      const err = await rejection(
        store.transaction(async (tx) => {
          await tx.accounts.createUser({ id: 'u-cy', email: 'cy@example.org', name: 'Cy', passwordHash: '$argon2id$cy' }, T(3));
          await tx.accounts.setMembership('w-one', 'u-cy', 'owner', T(3));
          await store.accounts.createSession({ idHash: 'h-cy', userId: 'u-cy', csrfToken: 'c', createdAt: T(3), expiresAt: T(30) });
          await store.accounts.setPassword(ADA.id, '$argon2id$changed', T(3));
          expect((await store.accounts.userByEmail('cy@example.org'))?.id).toBe('u-cy');
          throw new Error('refused after the writes');
        }),
      );
      expect((err as Error).message).toBe('refused after the writes');
      expect(await store.accounts.userByEmail('cy@example.org')).toBeUndefined();
      expect(await store.accounts.membersOf('w-one')).toEqual([]);
      expect(await store.accounts.sessionByHash('h-cy', T(0))).toBeUndefined();
      expect((await store.accounts.userById(ADA.id))?.passwordHash).toBe(ADA.passwordHash);
    });

    it('keeps account writes of a transaction that ends well', async () => {
      await store.transaction(async (tx) => {
        await tx.accounts.setMembership('w-two', BO.id, 'viewer', T(3));
        await tx.accounts.addLoginFailures(['account:bo'], T(3));
      });
      expect((await store.accounts.membershipsOf(BO.id)).map((m) => m.role)).toEqual(['viewer']);
      expect(await store.accounts.loginFailuresSince('account:bo', T(0))).toEqual([T(3)]);
    });
  });
});
