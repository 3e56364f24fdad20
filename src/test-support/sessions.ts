/** Logging in over HTTP in API tests: the cookie and the CSRF token a browser would send back. */
import { SESSION_COOKIE } from '../api/auth/authenticate.js';

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
