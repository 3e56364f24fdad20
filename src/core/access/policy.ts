/**
 * Who may do what in a workspace: the one place that decides (docs/decisions/0018-accounts-and-roles.md).
 * Every API route declares the action it performs; the HTTP edge asks `decide` with the caller's role
 * in the route's workspace and, for an API token, the token's scope. The web app asks the same
 * table (through GET /api/session) to leave out buttons a role cannot use.
 */

export const ROLES = ['owner', 'analyst', 'advisor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'write', 'delete', 'export', 'manage_members', 'erase_person', 'backup'] as const;
export type Action = (typeof ACTIONS)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * - owner: runs the workspace — everything, including members, erasing a person and backups;
 * - analyst: a researcher or senior advisor — reads, edits, deletes and exports the workspace's cases;
 * - advisor: works with client firms — reads, edits and exports, but removes nothing;
 * - viewer: reads.
 */
const ALLOWED: Readonly<Record<Role, ReadonlySet<Action>>> = {
  owner: new Set(ACTIONS),
  analyst: new Set(['read', 'write', 'delete', 'export']),
  advisor: new Set(['read', 'write', 'export']),
  viewer: new Set(['read']),
};

/** What a read-scoped token may do: nothing that changes data. */
const READ_SCOPE: ReadonlySet<Action> = new Set(['read', 'export']);

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  owner: 'everything, including members and roles, erasing a person and backups',
  analyst: 'read, change, delete and export cases',
  advisor: 'read, change and export cases; deletes nothing',
  viewer: 'read only',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function roleAllows(role: Role, action: Action): boolean {
  return ALLOWED[role].has(action);
}

export function scopeAllows(scope: TokenScope, action: Action): boolean {
  return scope === 'write' || READ_SCOPE.has(action);
}

/** The actions a role may take, in ACTIONS order (for GET /api/session and `foothold user list`). */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => roleAllows(role, action));
}

export type Decision =
  | { allowed: true }
  /** The caller is no member: the workspace is answered as if it did not exist (404, never its data). */
  | { allowed: false; reason: 'not_member' }
  | { allowed: false; reason: 'role'; role: Role }
  | { allowed: false; reason: 'scope'; scope: TokenScope };

/**
 * The decision for one request: role is the caller's role in the workspace (undefined when not a
 * member), scope the API token's scope (undefined for a browser session, which may do all its role may).
 */
export function decide(role: Role | undefined, action: Action, scope?: TokenScope): Decision {
  if (role === undefined) return { allowed: false, reason: 'not_member' };
  if (!roleAllows(role, action)) return { allowed: false, reason: 'role', role };
  if (scope !== undefined && !scopeAllows(scope, action)) return { allowed: false, reason: 'scope', scope };
  return { allowed: true };
}

/** Words for an action in a refusal: "you may not delete in workspace …". */
export const ACTION_WORDS: Readonly<Record<Action, string>> = {
  read: 'read',
  write: 'change data',
  delete: 'delete',
  export: 'export',
  manage_members: 'manage members and roles',
  erase_person: 'erase a person',
  backup: 'back up or restore',
};
