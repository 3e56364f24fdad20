// The access policy against a table written out by hand (issue 13): every role × every action, what
// a token's scope leaves of that, and the reason decide() gives for each refusal. Nothing expected
// here is derived from policy.ts: a changed rule must change this table too.
import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, TOKEN_SCOPES, actionsOf, decide, isAction, isRole, roleAllows, scopeAllows, type Action, type Role } from './policy.js';

const Y = true;
const N = false;

/** The roles and actions as the decision record names them, in this order. */
const ROLE_LIST = ['owner', 'analyst', 'advisor', 'viewer'] as const;
const ACTION_LIST = ['read', 'write', 'delete', 'export', 'manage_members', 'erase_person', 'backup'] as const;

/** Who may do what in a workspace. */
const MAY: Record<(typeof ROLE_LIST)[number], Record<(typeof ACTION_LIST)[number], boolean>> = {
  owner: { read: Y, write: Y, delete: Y, export: Y, manage_members: Y, erase_person: Y, backup: Y },
  analyst: { read: Y, write: Y, delete: Y, export: Y, manage_members: N, erase_person: N, backup: N },
  advisor: { read: Y, write: Y, delete: N, export: Y, manage_members: N, erase_person: N, backup: N },
  viewer: { read: Y, write: N, delete: N, export: N, manage_members: N, erase_person: N, backup: N },
};

/** What a token of each scope leaves of a role's actions: a read token reads and exports, nothing else. */
const SCOPE_MAY: Record<'read' | 'write', Record<(typeof ACTION_LIST)[number], boolean>> = {
  read: { read: Y, write: N, delete: N, export: Y, manage_members: N, erase_person: N, backup: N },
  write: { read: Y, write: Y, delete: Y, export: Y, manage_members: Y, erase_person: Y, backup: Y },
};

const EVERY_PAIR = ROLE_LIST.flatMap((role) => ACTION_LIST.map((action) => [role, action] as const));

describe('the lists', () => {
  it('names exactly the roles, actions and scopes of the table, in its order', () => {
    expect(ROLES).toEqual(ROLE_LIST);
    expect(ACTIONS).toEqual(ACTION_LIST);
    expect(TOKEN_SCOPES).toEqual(['read', 'write']);
  });

  it('tells a role and an action from anything else', () => {
    for (const role of ROLE_LIST) expect(isRole(role), role).toBe(true);
    for (const action of ACTION_LIST) expect(isAction(action), action).toBe(true);
    for (const other of ['', 'Owner', 'admin', 'owner ', 'toString', 'constructor', '__proto__', 'read']) expect(isRole(other), other).toBe(false);
    for (const other of ['', 'Read', 'manage-members', 'erase', 'toString', 'owner']) expect(isAction(other), other).toBe(false);
  });
});

describe('roles', () => {
  it.each(EVERY_PAIR)('%s may %s: as in the table', (role, action) => {
    expect(roleAllows(role, action)).toBe(MAY[role][action]);
  });

  it('lists each role’s actions in the order of the actions', () => {
    expect(actionsOf('owner')).toEqual(['read', 'write', 'delete', 'export', 'manage_members', 'erase_person', 'backup']);
    expect(actionsOf('analyst')).toEqual(['read', 'write', 'delete', 'export']);
    expect(actionsOf('advisor')).toEqual(['read', 'write', 'export']);
    expect(actionsOf('viewer')).toEqual(['read']);
  });
});

describe('token scopes', () => {
  it.each(ACTION_LIST)('a read token may %s only as the table says; a write token may', (action) => {
    expect(scopeAllows('read', action)).toBe(SCOPE_MAY.read[action]);
    expect(scopeAllows('write', action)).toBe(true);
  });
});

describe('decide', () => {
  it.each(EVERY_PAIR)('%s, %s, as a browser session: allowed or refused for the role', (role, action) => {
    expect(decide(role, action)).toEqual(MAY[role][action] ? { allowed: true } : { allowed: false, reason: 'role', role });
  });

  it.each(EVERY_PAIR)('%s, %s, with a read token: the role is asked first, then the scope', (role, action) => {
    const expected = !MAY[role][action]
      ? { allowed: false, reason: 'role', role }
      : !SCOPE_MAY.read[action]
        ? { allowed: false, reason: 'scope', scope: 'read' }
        : { allowed: true };
    expect(decide(role, action, 'read')).toEqual(expected);
  });

  it.each(EVERY_PAIR)('%s, %s, with a write token: exactly what the role may', (role, action) => {
    expect(decide(role, action, 'write')).toEqual(MAY[role][action] ? { allowed: true } : { allowed: false, reason: 'role', role });
  });

  it('refuses someone who is no member of the workspace, whatever the action or the token', () => {
    for (const action of ACTION_LIST) {
      for (const scope of [undefined, 'read', 'write'] as const) {
        expect(decide(undefined, action, scope), `${action} ${scope ?? 'session'}`).toEqual({ allowed: false, reason: 'not_member' });
      }
    }
  });

  it('allows nothing to a viewer beyond reading, and everything to an owner with a write token', () => {
    const allowed = (role: Role, scope?: 'read' | 'write') => ACTION_LIST.filter((action: Action) => decide(role, action, scope).allowed);
    expect(allowed('viewer')).toEqual(['read']);
    expect(allowed('viewer', 'write')).toEqual(['read']);
    expect(allowed('owner', 'write')).toEqual(ACTION_LIST);
    expect(allowed('owner', 'read')).toEqual(['read', 'export']);
    expect(allowed('advisor', 'read')).toEqual(['read', 'export']);
  });
});
