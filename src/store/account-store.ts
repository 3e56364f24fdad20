/**
 * Accounts, memberships, sessions, API tokens and login failures (migration 0007) on the same
 * database as the cases. Hashing, token making and the rules live in services/account-service.ts;
 * this file only reads and writes rows. Every call runs on the executor the CaseStore hands it, so
 * inside `store.transaction` it joins that transaction. A membership added, changed or removed is
 * also an item of the workspace's audit log, written here in the same transaction (as the case
 * writers do theirs), so no caller can change a membership without a trace.
 */
import type { Kysely } from 'kysely';
import type { Role, TokenScope } from '../core/access/policy.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import { MEMBERS, NO_FIRM, type AuditItemInput, type MemberState } from './audit-log.js';
import { compareText } from './code-unit-order.js';
import { isUniqueViolation } from './db-errors.js';
import type { Database } from './db-schema.js';
import type { AuditLog } from './firm-writes.js';
import type { AccountStore, ApiTokenRow, MembershipRow, NewApiToken, NewSession, SessionRow, TokenRow, UserRow, WorkspaceMembership } from './types.js';

type UserColumns = Database['users'];

function userOf(row: UserColumns): UserRow {
  return { id: row.id, email: row.email, name: row.name, passwordHash: row.password_hash, createdAt: row.created_at };
}

/** The membership columns of a row joined with (left) memberships and workspaces; null where the user has none. */
interface MembershipColumns {
  m_workspace: string | null;
  m_workspace_name: string | null;
  m_workspace_kind: string | null;
  m_role: string | null;
}

/** The memberships of one user's joined rows (one row per membership, or one row with nulls), by workspace id. */
function membershipsIn(rows: readonly MembershipColumns[]): WorkspaceMembership[] {
  const memberships: WorkspaceMembership[] = [];
  for (const r of rows) {
    if (r.m_workspace === null || r.m_workspace_name === null || r.m_workspace_kind === null || r.m_role === null) continue;
    // Trust boundary: role was written from a validated Role.
    memberships.push({ workspaceId: r.m_workspace, workspaceName: r.m_workspace_name, workspaceKind: r.m_workspace_kind, role: r.m_role as Role });
  }
  return memberships.sort((a, b) => compareText(a.workspaceId, b.workspaceId));
}

const MEMBERSHIP_COLUMNS = [
  'memberships.workspace_id as m_workspace',
  'workspaces.name as m_workspace_name',
  'workspaces.kind as m_workspace_kind',
  'memberships.role as m_role',
] as const;

/** Runs fn atomically, joining the caller's transaction, with a function that adds items to that transaction's audit change. */
export type Audited = <T>(fn: (db: Kysely<Database>, log: AuditLog) => Promise<T>) => Promise<T>;

/** The account's e-mail and its role in the workspace (null when it is no member); undefined when there is no such account. */
async function membershipOf(db: Kysely<Database>, workspaceId: string, userId: string): Promise<{ email: string; role: string | null } | undefined> {
  return db
    .selectFrom('users')
    .leftJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'users.id').on('memberships.workspace_id', '=', workspaceId))
    .select(['users.email as email', 'memberships.role as role'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The audit item of a membership: the account's e-mail and role before and after (null when it was added, or removed). */
function membershipItem(workspaceId: string, userId: string, before: MemberState | null, after: MemberState | null): AuditItemInput {
  const json = (state: MemberState | null) => (state === null ? null : JSON.stringify({ email: state.email, role: state.role }));
  return { workspaceId, firmId: NO_FIRM, collection: MEMBERS, recordId: userId, before: json(before), after: json(after), versionAfter: null };
}

export function createAccountStore(db: () => Kysely<Database>, audited: Audited): AccountStore {
  return {
    async createUser(user, now) {
      try {
        await db()
          .insertInto('users')
          .values({ id: user.id, email: user.email, name: user.name, password_hash: user.passwordHash, created_at: now, updated_at: now })
          .execute();
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`an account for ${user.email} exists already`, '/email');
        throw err;
      }
    },

    async userByEmail(email) {
      const row = await db().selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row === undefined ? undefined : userOf(row);
    },

    async userById(id) {
      const row = await db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : userOf(row);
    },

    async listUsers() {
      return (await db().selectFrom('users').selectAll().execute()).map(userOf).sort((a, b) => compareText(a.email, b.email));
    },

    async setPassword(userId, passwordHash, now) {
      const result = await db().updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', userId).executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new NotFoundError('user', userId);
    },

    setMembership(workspaceId, userId, role, now) {
      return audited(async (trx, log) => {
        const current = await membershipOf(trx, workspaceId, userId);
        // The same role again changes nothing, and leaves nothing in the log.
        if (current?.role === role) return;
        await trx
          .insertInto('memberships')
          .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now })
          .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
          .execute();
        // Without an account the insert has failed on its foreign key already.
        if (current === undefined) return;
        const before = current.role === null ? null : { email: current.email, role: current.role };
        await log([membershipItem(workspaceId, userId, before, { email: current.email, role })]);
      });
    },

    removeMembership(workspaceId, userId) {
      return audited(async (trx, log) => {
        const current = await membershipOf(trx, workspaceId, userId);
        const result = await trx.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
        if (result.numDeletedRows === 0n) return false;
        // A membership's row names its account (foreign key): what was deleted was read above.
        if (current !== undefined && current.role !== null)
          await log([membershipItem(workspaceId, userId, { email: current.email, role: current.role }, null)]);
        return true;
      });
    },

    async membershipsOf(userId) {
      const rows = await db()
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .select(MEMBERSHIP_COLUMNS)
        .where('memberships.user_id', '=', userId)
        .execute();
      return membershipsIn(rows);
    },

    async membersOf(workspaceId) {
      const rows = await db()
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .selectAll('users')
        .select(['memberships.role as role', 'memberships.created_at as since'])
        .where('memberships.workspace_id', '=', workspaceId)
        .execute();
      return rows
        .map((r): MembershipRow => ({ user: userOf(r), role: r.role as Role, since: r.since }))
        .sort((a, b) => compareText(a.user.email, b.user.email));
    },

    async createSession(session: NewSession) {
      await db()
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    async sessionByHash(idHash, now) {
      // One statement per request: the session, its user, and the user's memberships (one row each).
      const rows = await db()
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .leftJoin('memberships', 'memberships.user_id', 'users.id')
        .leftJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .selectAll('users')
        .select(['sessions.csrf_token as csrf_token', 'sessions.expires_at as expires_at', ...MEMBERSHIP_COLUMNS])
        .where('sessions.id_hash', '=', idHash)
        .where('sessions.expires_at', '>', now)
        .execute();
      const row = rows[0];
      if (row === undefined) return undefined;
      return { user: userOf(row), csrfToken: row.csrf_token, expiresAt: row.expires_at, memberships: membershipsIn(rows) } satisfies SessionRow;
    },

    async deleteSession(idHash) {
      await db().deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteSessionsOf(userId) {
      await db().deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    async deleteExpiredSessions(now) {
      await db().deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },

    async createToken(token: NewApiToken, now) {
      await db()
        .insertInto('api_tokens')
        .values({ id: token.id, user_id: token.userId, name: token.name, scope: token.scope, token_hash: token.tokenHash, created_at: now })
        .execute();
    },

    async tokenByHash(tokenHash) {
      const rows = await db()
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .leftJoin('memberships', 'memberships.user_id', 'users.id')
        .leftJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .selectAll('users')
        .select(['api_tokens.id as token_id', 'api_tokens.scope as scope', 'api_tokens.last_used_at as last_used_at', ...MEMBERSHIP_COLUMNS])
        .where('api_tokens.token_hash', '=', tokenHash)
        .where('api_tokens.revoked_at', 'is', null)
        .execute();
      const row = rows[0];
      if (row === undefined) return undefined;
      return {
        user: userOf(row),
        tokenId: row.token_id,
        scope: row.scope as TokenScope,
        lastUsedAt: row.last_used_at,
        memberships: membershipsIn(rows),
      } satisfies TokenRow;
    },

    async tokensOf(userId) {
      const rows = await db().selectFrom('api_tokens').selectAll().where('user_id', '=', userId).execute();
      rows.sort((a, b) => compareText(a.created_at, b.created_at) || compareText(a.id, b.id));
      return rows.map((r): ApiTokenRow => ({
        id: r.id,
        name: r.name,
        scope: r.scope as TokenScope,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        revokedAt: r.revoked_at,
      }));
    },

    async touchToken(tokenId, now) {
      await db().updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute();
    },

    async revokeToken(userId, tokenId, now) {
      const result = await db()
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', tokenId)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new NotFoundError('token', tokenId);
    },

    async addLoginFailures(keys, at) {
      if (keys.length === 0) return;
      await db()
        .insertInto('login_failures')
        .values(keys.map((key) => ({ key, at })))
        .execute();
    },

    async loginFailuresSince(key, since) {
      const rows = await db().selectFrom('login_failures').select('at').where('key', '=', key).where('at', '>', since).orderBy('at').execute();
      return rows.map((r) => r.at);
    },

    async clearLoginFailures(key) {
      await db().deleteFrom('login_failures').where('key', '=', key).execute();
    },

    async pruneLoginFailures(before) {
      await db().deleteFrom('login_failures').where('at', '<=', before).execute();
    },
  };
}
