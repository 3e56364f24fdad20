/**
 * Accounts of the multi-user server (issue 13; docs/decisions/0018-accounts-and-roles.md): users
 * with argon2id passwords, browser sessions with a CSRF token, personal API tokens, login rate
 * limiting, and workspace members. Secrets (session values, tokens) are handed out once and kept
 * only as SHA-256 hashes; none of them, nor a password, is ever logged or put in an error.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { isRole, type Role, type TokenScope } from '../core/access/policy.js';
import { ConflictError, InputError, NotFoundError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../shared/errors.js';
import type { CaseStore, UserRow, WorkspaceMembership } from '../store/types.js';

/** OWASP's first argon2id setting: 19 MiB, two passes, one lane. */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const SESSION_HOURS = 12;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_ATTEMPTS = 10;
/** A token's "last used" is written at most this often, not on every request. */
const TOKEN_TOUCH_MS = 5 * 60 * 1000;
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1024;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What a request runs as: a person with their workspaces, through a session or a token. */
export interface Principal {
  user: PublicUser;
  memberships: WorkspaceMembership[];
  via: 'session' | 'token';
  /** Set for a token: what it may do beyond reading. */
  scope?: TokenScope;
  /** Set for a session: the value X-CSRF-Token must carry on writes. */
  csrfToken?: string;
}

export interface PublicUser {
  id: string;
  email: string;
  name: string;
}

export function publicUser(user: UserRow): PublicUser {
  return { id: user.id, email: user.email, name: user.name };
}

export function roleIn(principal: Principal, workspaceId: string): Role | undefined {
  return principal.memberships.find((m) => m.workspaceId === workspaceId)?.role;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function secret(): string {
  return randomBytes(32).toString('base64url');
}

/** Lower-cased and trimmed; ValidationError at /email when it is not an address. */
export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL.test(normalized) || normalized.length > 254) {
    throw new ValidationError([{ pointer: '/email', message: `expected an e-mail address like name@example.org, got ${JSON.stringify(email.slice(0, 80))}` }]);
  }
  return normalized;
}

export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError([
      { pointer: '/password', message: `a password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; this one has ${length}` },
    ]);
  }
}

export function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password, ARGON2_OPTIONS);
}

/** A hash of nothing anyone knows: an unknown e-mail costs the same time as a wrong password. */
let decoyHash: Promise<string> | undefined;

async function passwordMatches(user: UserRow | undefined, password: string): Promise<boolean> {
  decoyHash ??= hash(secret(), ARGON2_OPTIONS);
  if (password.length > MAX_PASSWORD_LENGTH * 4) password = password.slice(0, MAX_PASSWORD_LENGTH * 4);
  try {
    return await verify(user?.passwordHash ?? (await decoyHash), password);
  } catch {
    return false;
  }
}

export interface AddUserInput {
  email: string;
  name?: string;
  /** Required for a new account; refused for an existing one (use resetPassword). */
  password?: string;
  workspace: string;
  role: Role;
}

/**
 * Creates the account when it is new and gives it the role in the workspace (created when new); an
 * existing account only gets the membership. Answers whether the account was created.
 */
export async function addUser(store: CaseStore, input: AddUserInput, now: Date): Promise<{ user: PublicUser; created: boolean }> {
  const email = normalizeEmail(input.email);
  if (!isRole(input.role))
    throw new ValidationError([{ pointer: '/role', message: `expected owner, analyst, advisor or viewer, got ${JSON.stringify(input.role)}` }]);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  const at = now.toISOString();
  return store.transaction(async (tx) => {
    let user = await tx.accounts.userByEmail(email);
    let created = false;
    if (user === undefined) {
      if (passwordHash === undefined) throw new InputError(`there is no account for ${email} yet; a new account needs a password`);
      const row = { id: `u-${randomUUID()}`, email, name: input.name?.trim() || email.split('@')[0] || email, passwordHash };
      await tx.accounts.createUser(row, at);
      user = { ...row, createdAt: at };
      created = true;
    } else if (passwordHash !== undefined) {
      throw new ConflictError(`an account for ${email} exists already; its password is changed with a reset, not here`);
    }
    await tx.ensureWorkspace({ id: input.workspace, name: input.workspace, kind: 'portfolio' });
    if (!created && input.role !== 'owner') await keepAnOwner(tx, input.workspace, user.id);
    await tx.accounts.setMembership(input.workspace, user.id, input.role, at);
    return { user: publicUser(user), created };
  });
}

/** Sets a new password and ends every session of the account. */
export async function resetPassword(store: CaseStore, email: string, password: string, now: Date): Promise<PublicUser> {
  const normalized = normalizeEmail(email);
  const passwordHash = await hashPassword(password);
  return store.transaction(async (tx) => {
    const user = await tx.accounts.userByEmail(normalized);
    if (user === undefined) throw new NotFoundError('account', normalized);
    await tx.accounts.setPassword(user.id, passwordHash, now.toISOString());
    await tx.accounts.deleteSessionsOf(user.id);
    return publicUser(user);
  });
}

export async function listUsers(store: CaseStore): Promise<(PublicUser & { memberships: WorkspaceMembership[] })[]> {
  const users = await store.accounts.listUsers();
  return Promise.all(users.map(async (u) => ({ ...publicUser(u), memberships: await store.accounts.membershipsOf(u.id) })));
}

export interface Login {
  /** The cookie's value: shown once, stored only as its hash. */
  sessionToken: string;
  expiresAt: string;
  principal: Principal;
}

function retryAfter(failures: readonly string[], now: Date): number | undefined {
  if (failures.length < LOGIN_ATTEMPTS) return undefined;
  const oldestCounted = Date.parse(failures[failures.length - LOGIN_ATTEMPTS] ?? '');
  return Math.max(1, Math.ceil((oldestCounted + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Checks the password and opens a session. After LOGIN_ATTEMPTS failures in LOGIN_WINDOW_MS for
 * the account or for the address, refuses with 429 before checking (even a right password).
 */
export async function login(store: CaseStore, input: { email: string; password: string; address: string }, now: Date): Promise<Login> {
  const email = input.email.trim().toLowerCase();
  const keys = [`account:${email}`, `address:${input.address}`];
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  for (const key of keys) {
    const wait = retryAfter(await store.accounts.loginFailuresSince(key, since), now);
    if (wait !== undefined) {
      throw new TooManyRequestsError(
        `too many failed logins ${key.startsWith('account:') ? 'for this account' : 'from this address'}; try again in ${wait} s`,
        wait,
      );
    }
  }
  const user = await store.accounts.userByEmail(email);
  if (!(await passwordMatches(user, input.password)) || user === undefined) {
    await store.accounts.addLoginFailures(keys, now.toISOString());
    throw new UnauthorizedError('the e-mail address or the password is wrong');
  }
  const sessionToken = secret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  const csrfToken = secret();
  await store.transaction(async (tx) => {
    await tx.accounts.clearLoginFailures(keys[0] ?? '');
    await tx.accounts.pruneLoginFailures(since);
    await tx.accounts.deleteExpiredSessions(now.toISOString());
    await tx.accounts.createSession({ idHash: sha256(sessionToken), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt });
  });
  return {
    sessionToken,
    expiresAt,
    principal: { user: publicUser(user), memberships: await store.accounts.membershipsOf(user.id), via: 'session', csrfToken },
  };
}

export async function sessionPrincipal(store: CaseStore, sessionToken: string, now: Date): Promise<Principal | undefined> {
  const session = await store.accounts.sessionByHash(sha256(sessionToken), now.toISOString());
  if (session === undefined) return undefined;
  return { user: publicUser(session.user), memberships: session.memberships, via: 'session', csrfToken: session.csrfToken };
}

export async function logout(store: CaseStore, sessionToken: string): Promise<void> {
  await store.accounts.deleteSession(sha256(sessionToken));
}

export const TOKEN_PREFIX = 'fh_';

export async function tokenPrincipal(store: CaseStore, token: string, now: Date): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const found = await store.accounts.tokenByHash(sha256(token));
  if (found === undefined) return undefined;
  if (found.lastUsedAt === null || now.getTime() - Date.parse(found.lastUsedAt) > TOKEN_TOUCH_MS) {
    await store.accounts.touchToken(found.tokenId, now.toISOString());
  }
  return { user: publicUser(found.user), memberships: found.memberships, via: 'token', scope: found.scope };
}

const TOKEN_NAME_MAX = 100;

export async function createApiToken(
  store: CaseStore,
  userId: string,
  input: { name: string; scope: TokenScope },
  now: Date,
): Promise<{ id: string; name: string; scope: TokenScope; token: string; createdAt: string }> {
  const name = input.name.trim();
  if (name === '' || name.length > TOKEN_NAME_MAX)
    throw new ValidationError([{ pointer: '/name', message: `a token needs a name of 1 to ${TOKEN_NAME_MAX} characters` }]);
  const token = `${TOKEN_PREFIX}${secret()}`;
  const id = `tok-${randomBytes(6).toString('hex')}`;
  const createdAt = now.toISOString();
  await store.accounts.createToken({ id, userId, name, scope: input.scope, tokenHash: sha256(token) }, createdAt);
  return { id, name, scope: input.scope, token, createdAt };
}

/** The workspace's members (none in a workspace nobody has joined); NotFoundError when there is no such workspace. */
export async function listMembers(store: CaseStore, workspaceId: string): Promise<{ user: PublicUser; role: Role; since: string }[]> {
  await requireWorkspace(store, workspaceId);
  return (await store.accounts.membersOf(workspaceId)).map((m) => ({ user: publicUser(m.user), role: m.role, since: m.since }));
}

/** Gives an existing account a role in the workspace, or changes it; the last owner stays an owner. */
export async function setMemberRole(store: CaseStore, workspaceId: string, email: string, role: Role, now: Date): Promise<{ user: PublicUser; role: Role }> {
  const normalized = normalizeEmail(email);
  return store.transaction(async (tx) => {
    const user = await tx.accounts.userByEmail(normalized);
    if (user === undefined) throw new NotFoundError('account', normalized);
    await requireWorkspace(tx, workspaceId);
    if (role !== 'owner') await keepAnOwner(tx, workspaceId, user.id);
    await tx.accounts.setMembership(workspaceId, user.id, role, now.toISOString());
    return { user: publicUser(user), role };
  });
}

export async function removeMember(store: CaseStore, workspaceId: string, userId: string): Promise<void> {
  await store.transaction(async (tx) => {
    await keepAnOwner(tx, workspaceId, userId);
    if (!(await tx.accounts.removeMembership(workspaceId, userId))) throw new NotFoundError('member', userId);
  });
}

/** NotFoundError unless the workspace exists (a membership of an unknown one would break its foreign key). */
async function requireWorkspace(store: CaseStore, workspaceId: string): Promise<void> {
  if (!(await store.listWorkspaces()).some((w) => w.id === workspaceId)) throw new NotFoundError('workspace', workspaceId);
}

/** Refuses a change that would leave the workspace without an owner (when userId is its only one). */
async function keepAnOwner(tx: CaseStore, workspaceId: string, userId: string): Promise<void> {
  const owners = (await tx.accounts.membersOf(workspaceId)).filter((m) => m.role === 'owner');
  if (owners.length === 1 && owners[0]?.user.id === userId) {
    throw new ConflictError(`this is the only owner of workspace "${workspaceId}"; make someone else an owner first`);
  }
}
