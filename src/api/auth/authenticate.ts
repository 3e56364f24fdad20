/**
 * Finds who a request runs as when login is required (`foothold serve --auth`): an API token in
 * `Authorization: Bearer …`, else the session cookie. Every /api path but /api/health and
 * /api/session needs one (401 without); a cookie-authenticated write, logging out included, needs
 * the session's CSRF token in X-CSRF-Token (403 without). Paths outside /api (the web app's files) are public: the app
 * itself asks GET /api/session and shows the login page.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sameSecret, sessionPrincipal, tokenPrincipal, type Principal } from '../../services/account-service.js';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors.js';
import type { CaseStore } from '../../store/types.js';

export const SESSION_COOKIE = 'foothold_session';
export const CSRF_HEADER = 'X-CSRF-Token';
const PUBLIC_PATHS = new Set(['/api/health', '/api/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(store: CaseStore, now: () => Date): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (path !== '/api' && !path.startsWith('/api/')) return next();
    const principal = await callerOf(store, c.req.header('authorization'), getCookie(c, SESSION_COOKIE), now());
    if (principal === undefined && !PUBLIC_PATHS.has(path)) {
      throw new UnauthorizedError('log in first: POST /api/session with your e-mail and password, or send an API token as "Authorization: Bearer …"');
    }
    // Logging in needs no token (there is no session yet); logging out does, so another site cannot end a session.
    const loggingIn = path === '/api/session' && c.req.method === 'POST';
    if (principal?.via === 'session' && !SAFE_METHODS.has(c.req.method) && !loggingIn) {
      const given = c.req.header(CSRF_HEADER);
      if (given === undefined || !sameSecret(given, principal.csrfToken ?? '')) {
        throw new ForbiddenError(`a change made with a login cookie needs the header ${CSRF_HEADER} with the csrfToken from GET /api/session`);
      }
    }
    c.set('principal', principal);
    return next();
  };
}

async function callerOf(store: CaseStore, authorization: string | undefined, cookie: string | undefined, now: Date): Promise<Principal | undefined> {
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const principal = match?.[1] === undefined ? undefined : await tokenPrincipal(store, match[1], now);
    // A token that was sent but is wrong never falls back to the cookie: the caller meant the token.
    if (principal === undefined) throw new UnauthorizedError('the API token is unknown or revoked; send "Authorization: Bearer <token>" with a live token');
    return principal;
  }
  if (cookie === undefined || cookie === '' || cookie.length > 200) return undefined;
  return sessionPrincipal(store, cookie, now);
}
