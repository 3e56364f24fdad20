/**
 * The typed HTTP client: every call goes through the OpenAPI contract (`api-schema.d.ts` is
 * generated from /api/openapi.json by `npm run api:types`). Errors come back as ApiError with the
 * server's code, message and per-field problems. With login on (`foothold serve --auth`) every change
 * carries the session's CSRF token, and a 401 tells the session layer (lib/session.ts) that the
 * login has ended.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';

export type { paths };

export type Schemas = components['schemas'];
export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? '' : window.location.origin });

const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;
const loginLostListeners = new Set<() => void>();

/** The token GET/POST /api/session answered (null when login is off or nobody is logged in). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` whenever a request is refused for want of a login; answers how to stop listening. */
export function onLoginLost(listener: () => void): () => void {
  loginLostListeners.add(listener);
  return () => void loginLostListeners.delete(listener);
}

/** The request's headers with the CSRF token added when it is a change and a token is known. */
function withCsrf(method: string, headers: Headers): Headers {
  if (csrfToken !== null && !SAFE_METHODS.has(method.toUpperCase())) headers.set(CSRF_HEADER, csrfToken);
  return headers;
}

/** A 401 anywhere but /api/session itself (where it means a wrong password, or nobody logged in yet) ends the login. */
function noticeAnswer(url: string, status: number): void {
  if (status !== 401) return;
  const path = new URL(url, typeof window === 'undefined' ? 'http://localhost' : window.location.origin).pathname;
  if (path !== '/api/session') loginLostListeners.forEach((listener) => listener());
}

api.use({
  onRequest: ({ request }) => {
    withCsrf(request.method, request.headers);
    return request;
  },
  onResponse: ({ request, response }) => {
    noticeAnswer(request.url, response.status);
    return response;
  },
});

/**
 * fetch() for the few requests the typed client does not make (streamed uploads, text downloads),
 * with the same CSRF header and the same notice of an ended login.
 */
export async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = withCsrf(init.method ?? 'GET', new Headers(init.headers));
  const response = await fetch(url, { ...init, headers });
  noticeAnswer(url, response.status);
  return response;
}

export interface ApiProblem {
  pointer: string;
  message: string;
  file?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly ApiProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The ApiError an error answer stands for. */
export function asApiError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const e = error as { code?: string; message: string; problems?: ApiProblem[] };
    return new ApiError(status, e.code ?? 'error', e.message, e.problems ?? []);
  }
  return new ApiError(status, 'error', `the server answered ${status}`);
}

/** The data of an openapi-fetch call, or an ApiError; a request that never reached the server says so. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    throw new ApiError(0, 'offline', `The server did not answer (${err instanceof Error ? err.message : String(err)}). Is foothold serve still running?`);
  }
  if (!result.response.ok) throw asApiError(result.response.status, result.error);
  return result.data as T;
}

/** "/fields/x: expected a number" lines, the way the CLI prints them. */
export function problemLines(err: ApiError, file?: string): string[] {
  return err.problems.map((p) => `${file === undefined ? '' : `${file}: `}${p.pointer === '' ? '/' : p.pointer}: ${p.message}`);
}

export function isStale(err: unknown): err is ApiError {
  return err instanceof ApiError && err.code === 'stale_version';
}
