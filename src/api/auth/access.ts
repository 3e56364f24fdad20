/**
 * The HTTP side of the policy: who the request runs as (set by authenticate.ts) and whether it may
 * take a route's action (asked by api/route.ts for every endpoint). Decisions come from
 * core/access/policy.ts only.
 */
import type { Context } from 'hono';
import { ACTION_WORDS, decide, type Action } from '../../core/access/policy.js';
import { roleIn, type Principal } from '../../services/account-service.js';
import { ForbiddenError, NotFoundError } from '../../shared/errors.js';

/** How this server checks callers: 'off' is the embedded single-user mode (no login). */
export type AuthMode = 'off' | 'required';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who the request runs as; absent when login is off (everything is allowed). */
    principal: Principal | undefined;
  }
}

export function principalOf(c: Context): Principal | undefined {
  return c.get('principal');
}

/**
 * Throws unless the caller may take action on this route: a workspace the caller is no member of
 * is answered like one that does not exist (404), a role or token scope that does not allow the
 * action gets 403. Routes outside a workspace (reference data, vocabulary) ask only the scope.
 */
export function authorize(c: Context, action: Action): void {
  const principal = principalOf(c);
  if (principal === undefined) return;
  const workspace = c.req.param('workspace');
  const decision = workspace === undefined ? decide('owner', action, principal.scope) : decide(roleIn(principal, workspace), action, principal.scope);
  if (decision.allowed) return;
  switch (decision.reason) {
    case 'not_member':
      throw new NotFoundError('workspace', workspace ?? '');
    case 'role':
      throw new ForbiddenError(`your role in workspace "${workspace ?? ''}" is ${decision.role}, which may not ${ACTION_WORDS[action]}`);
    case 'scope':
      throw new ForbiddenError(`this API token is read-only; it may not ${ACTION_WORDS[action]} (make a token with the scope "write")`);
  }
}
