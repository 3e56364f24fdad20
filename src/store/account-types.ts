/** The account rows of the multi-user server (migration 0007) and what the store offers on them (store/account-store.ts). */
import type { Role, TokenScope } from '../core/access/policy.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: string;
}

export interface WorkspaceMembership {
  workspaceId: string;
  workspaceName: string;
  workspaceKind: string;
  role: Role;
}

export interface MembershipRow {
  user: UserRow;
  role: Role;
  since: string;
}

export interface NewSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRow {
  user: UserRow;
  csrfToken: string;
  expiresAt: string;
  /** The user's workspaces and roles, read in the same statement (every request asks for both). */
  memberships: WorkspaceMembership[];
}

/** An unrevoked API token with its user and the user's workspaces and roles. */
export interface TokenRow {
  user: UserRow;
  tokenId: string;
  scope: TokenScope;
  lastUsedAt: string | null;
  memberships: WorkspaceMembership[];
}

export interface NewApiToken {
  id: string;
  userId: string;
  name: string;
  scope: TokenScope;
  tokenHash: string;
}

export interface ApiTokenRow {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Accounts of the multi-user server (store/account-store.ts). Times are ISO 8601 text given by the caller. */
export interface AccountStore {
  /** ConflictError when the e-mail has an account. */
  createUser(user: { id: string; email: string; name: string; passwordHash: string }, now: string): Promise<void>;
  userByEmail(email: string): Promise<UserRow | undefined>;
  userById(id: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  /** NotFoundError when there is no such user. */
  setPassword(userId: string, passwordHash: string, now: string): Promise<void>;
  /** Adds the membership or changes its role; either is an item of the workspace's audit log (none when the role is unchanged). */
  setMembership(workspaceId: string, userId: string, role: Role, now: string): Promise<void>;
  /** False when there was no such membership; a removal is an item of the workspace's audit log. */
  removeMembership(workspaceId: string, userId: string): Promise<boolean>;
  membershipsOf(userId: string): Promise<WorkspaceMembership[]>;
  membersOf(workspaceId: string): Promise<MembershipRow[]>;
  createSession(session: NewSession): Promise<void>;
  /** The live session with that hash (expiry after now), with its user and the user's memberships, in one statement. */
  sessionByHash(idHash: string, now: string): Promise<SessionRow | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<void>;
  createToken(token: NewApiToken, now: string): Promise<void>;
  /** The unrevoked token with that hash, with its user and the user's memberships, in one statement. */
  tokenByHash(tokenHash: string): Promise<TokenRow | undefined>;
  tokensOf(userId: string): Promise<ApiTokenRow[]>;
  touchToken(tokenId: string, now: string): Promise<void>;
  /** NotFoundError when the user has no such unrevoked token. */
  revokeToken(userId: string, tokenId: string, now: string): Promise<void>;
  addLoginFailures(keys: readonly string[], at: string): Promise<void>;
  /** Times of failures under key after since, oldest first. */
  loginFailuresSince(key: string, since: string): Promise<string[]>;
  clearLoginFailures(key: string): Promise<void>;
  pruneLoginFailures(before: string): Promise<void>;
}
