/** Logging in over HTTP in API tests: the cookie and the CSRF token a browser would send back. */
import { SESSION_COOKIE } from '../api/auth/authenticate.js';
import { ROLES, TOKEN_SCOPES, type Role } from '../core/access/policy.js';
import { addUser, createApiToken } from '../services/account-service.js';
import type { CaseStore } from '../store/types.js';

interface RequestsApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** POST /api/session on `app`; throws naming the e-mail when the login is refused. */
export async function sessionHeaders(app: RequestsApp, email: string, password: string): Promise<Record<string, string>> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${await res.text()}`);
  const cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: `${SESSION_COOKIE}=${cookie}`, 'x-csrf-token': csrfToken };
}

/**
 * One account per role in `workspace` (its e-mail from `emailOf`), each logged in over HTTP, and a
 * read and a write API token of the owner: "owner", "analyst", …, "owner read token", "owner write
 * token" → the headers to send. Each token is used once here, since its first use stamps "last
 * used": a refused request later then changes no row.
 */
export async function everyRoleSignedIn(
  app: RequestsApp,
  store: CaseStore,
  options: { workspace: string; password: string; now: Date; emailOf: (role: Role) => string },
): Promise<Map<string, Record<string, string>>> {
  const headers = new Map<string, Record<string, string>>();
  for (const role of ROLES) {
    const { user } = await addUser(store, { email: options.emailOf(role), password: options.password, workspace: options.workspace, role }, options.now);
    headers.set(role, await sessionHeaders(app, options.emailOf(role), options.password));
    if (role !== 'owner') continue;
    for (const scope of TOKEN_SCOPES) {
      const { token } = await createApiToken(store, user.id, { name: `owner ${scope}`, scope }, options.now);
      const bearer = { authorization: `Bearer ${token}` };
      const res = await app.request('/api/session', { headers: bearer });
      if (res.status !== 200) throw new Error(`the owner's ${scope} token answered ${res.status}`);
      headers.set(`owner ${scope} token`, bearer);
    }
  }
  return headers;
}
