/**
 * The typed HTTP client: every call goes through the OpenAPI contract (`api-schema.d.ts` is
 * generated from /api/openapi.json by `npm run api:types`). Errors come back as ApiError with the
 * server's code, message and per-field problems.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';

export type { paths };

export type Schemas = components['schemas'];
export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? '' : window.location.origin });

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
