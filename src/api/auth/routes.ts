/**
 * Log in and out, personal API tokens and workspace members (issue 13). With login off (the
 * embedded single-user mode) GET /api/session says so and lists every workspace with the owner's
 * actions; logging in and tokens are refused there, since nothing would check them.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { actionsOf, type Role } from '../../core/access/policy.js';
import { createApiToken, listMembers, login, logout, removeMember, setMemberRole, SESSION_HOURS, type Principal } from '../../services/account-service.js';
import { ForbiddenError, InputError, UnauthorizedError } from '../../shared/errors.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, param, readBodyAs, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';
import { isHttpsRequest } from '../security-headers.js';
import { principalOf } from './access.js';
import { SESSION_COOKIE } from './authenticate.js';
import {
  loginSchema,
  memberParams,
  memberRequestSchema,
  memberSchema,
  newTokenSchema,
  sessionSchema,
  tokenParams,
  tokenRequestSchema,
  tokenSchema,
} from './schema.js';

const tags = ['accounts'];
type SessionBody = z.output<typeof sessionSchema>;

async function sessionBody(deps: AppDeps, principal: Principal | undefined): Promise<SessionBody> {
  if (principal === undefined) {
    const workspaces = await deps.store.listWorkspaces();
    return { auth: 'off', user: null, csrfToken: null, workspaces: workspaces.map((w) => ({ ...w, role: 'owner', actions: actionsOf('owner') })) };
  }
  return {
    auth: 'required',
    user: principal.user,
    csrfToken: principal.csrfToken ?? null,
    workspaces: principal.memberships.map((m) => ({
      id: m.workspaceId,
      name: m.workspaceName,
      kind: m.workspaceKind,
      role: m.role,
      actions: actionsOf(m.role),
    })),
  };
}

/** The client's address for rate limiting: the socket's, or with trustProxy the address the proxy appended last to X-Forwarded-For. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function requireLogin(deps: AppDeps, what: string): void {
  if (deps.auth !== 'required') throw new InputError(`${what} needs login to be on; this server runs without accounts (start it with foothold serve --auth)`);
}

/** Tokens are made and revoked from a login, never by another token (a read token could otherwise mint a write one). */
function sessionOnly(c: Context): Principal {
  const principal = principalOf(c);
  if (principal?.via !== 'session') throw new ForbiddenError('API tokens are made and revoked while logged in, not with another token');
  return principal;
}

export function registerAuthRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/session',
      tags,
      summary: 'Read the session: who is logged in, their CSRF token and workspaces',
      description: 'With login required and no session: 401. With login off: auth "off" and every workspace.',
      responses: { 200: jsonContent(sessionSchema, 'The session'), ...errorResponses },
    },
    async (c) => {
      const principal = principalOf(c);
      if (deps.auth === 'required' && principal === undefined) throw new UnauthorizedError('not logged in');
      return c.json(await sessionBody(deps, principal));
    },
  );
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/session',
      action: 'read',
      tags,
      summary: 'Start a session: log in with e-mail and password',
      description: `Sets an httpOnly, SameSite=Lax cookie (Secure over HTTPS) valid for ${SESSION_HOURS} hours and answers the session. A wrong e-mail or password: 401. After 10 failed attempts for an account or from an address within 15 minutes: 429 with Retry-After.`,
      request: { body: { content: { 'application/json': { schema: loginSchema } }, required: true } },
      responses: { 200: jsonContent(sessionSchema, 'Logged in'), ...errorResponses },
    },
    async (c) => {
      requireLogin(deps, 'logging in');
      const body = await readBodyAs(c, deps.limits.record, loginSchema);
      const result = await login(deps.store, { ...body, address: clientAddress(c, deps.trustProxy) }, deps.now());
      setCookie(c, SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttpsRequest(c, deps.trustProxy),
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      return c.json(await sessionBody(deps, result.principal));
    },
  );
  endpoint(
    app,
    {
      method: 'delete',
      path: '/api/session',
      action: 'read',
      tags,
      summary: 'Delete the session: log out',
      responses: { 204: { description: 'Logged out (also when there was no session)' }, ...errorResponses },
    },
    async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie !== undefined && cookie !== '' && deps.auth === 'required') await logout(deps.store, cookie);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/tokens',
      tags,
      summary: 'List your API tokens (never their values)',
      responses: { 200: jsonContent(z.array(tokenSchema), 'Tokens, oldest first, revoked ones included'), ...errorResponses },
    },
    async (c) => {
      const principal = principalOf(c);
      return c.json(principal === undefined ? [] : await deps.store.accounts.tokensOf(principal.user.id));
    },
  );
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/tokens',
      action: 'read',
      tags,
      summary: 'Add a personal API token',
      description:
        'The token is answered once and kept only as a hash. Use it as "Authorization: Bearer <token>"; it acts with your roles, and a read token may only read and export (403 on a change). Made while logged in, not with another token.',
      request: { body: { content: { 'application/json': { schema: tokenRequestSchema } }, required: true } },
      responses: { 201: jsonContent(newTokenSchema, 'The new token'), ...errorResponses },
    },
    async (c) => {
      requireLogin(deps, 'an API token');
      const principal = sessionOnly(c);
      const body = await readBodyAs(c, deps.limits.record, tokenRequestSchema);
      return c.json(await createApiToken(deps.store, principal.user.id, body, deps.now()), 201);
    },
  );
  endpoint(
    app,
    {
      method: 'delete',
      path: '/api/tokens/{tokenId}',
      action: 'read',
      tags,
      summary: 'Delete (revoke) one of your API tokens',
      request: { params: tokenParams },
      responses: { 204: { description: 'Revoked: it no longer works' }, ...errorResponses },
    },
    async (c) => {
      requireLogin(deps, 'an API token');
      const principal = sessionOnly(c);
      await deps.store.accounts.revokeToken(principal.user.id, param(c, 'tokenId'), deps.now().toISOString());
      return c.body(null, 204);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/members',
      action: 'manage_members',
      tags,
      summary: 'List the members of a workspace and their roles',
      request: { params: workspaceParam },
      responses: { 200: jsonContent(z.array(memberSchema), 'Members, by e-mail'), ...errorResponses },
    },
    async (c) => c.json(await listMembers(deps.store, param(c, 'workspace'))),
  );
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/members',
      action: 'manage_members',
      tags,
      summary: "Add a member (an existing account) or change a member's role",
      description: 'The last owner of a workspace cannot be given another role (409). Accounts are made with `foothold user add`.',
      request: { params: workspaceParam, body: { content: { 'application/json': { schema: memberRequestSchema } }, required: true } },
      responses: { 200: jsonContent(memberSchema.omit({ since: true }), 'The member with the role'), ...errorResponses },
    },
    async (c) => {
      const body = await readBodyAs(c, deps.limits.record, memberRequestSchema);
      return c.json(await setMemberRole(deps.store, param(c, 'workspace'), body.email, body.role as Role, deps.now()));
    },
  );
  endpoint(
    app,
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/members/{userId}',
      action: 'manage_members',
      tags,
      summary: 'Delete a member from a workspace (the account stays)',
      description: 'The last owner cannot be removed (409).',
      request: { params: memberParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    },
    async (c) => {
      await removeMember(deps.store, param(c, 'workspace'), param(c, 'userId'));
      return c.body(null, 204);
    },
  );
}
