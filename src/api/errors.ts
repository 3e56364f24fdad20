/** The one place that turns errors into HTTP responses: `{ "error": { code, message, path?, problems? } }`. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  BusyError,
  ConflictError,
  FootholdError,
  ForbiddenError,
  InputError,
  MethodNotAllowedError,
  NotFoundError,
  TooLargeError,
  TooManyRequestsError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
  type OptionHint,
  type Problem,
} from '../shared/errors.js';
import type { Logger } from './deps.js';

export function statusOf(err: FootholdError): ContentfulStatusCode {
  if (err instanceof ValidationError) return 422;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof ConflictError) return 409;
  if (err instanceof TooLargeError) return 413;
  if (err instanceof UnsupportedMediaTypeError) return 415;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof UnauthorizedError) return 401;
  if (err instanceof TooManyRequestsError) return 429;
  if (err instanceof MethodNotAllowedError) return 405;
  if (err instanceof BusyError) return 503;
  if (err instanceof InputError) return 400;
  return 400;
}

/** An option hint in the words of HTTP: a query parameter of the same request. */
export function hintText(hint: OptionHint): string {
  return hint.value === undefined ? `add ?${hint.option}=true ${hint.effect}` : `use ?${hint.option}=${hint.value} ${hint.effect}`;
}

/** What an error answers: its HTTP status, the headers that go with it, and the `error` object of the body. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  headers: Record<string, string>;
  error: { code: string; message: string; path?: string; problems?: Problem[] };
}

/** The one mapping of errors to answers, for a response (errorResponse) or the last line of a stream. */
export function errorAnswer(err: Error, logger: Logger): ErrorAnswer {
  if (err instanceof FootholdError) {
    const error: ErrorAnswer['error'] = { code: err.code, message: err.hint === undefined ? err.message : `${err.message}; ${hintText(err.hint)}` };
    if (err.path !== undefined) error.path = err.path;
    if (err instanceof ValidationError) error.problems = err.problems;
    const headers: Record<string, string> = {};
    // Another process held the SQLite write lock too long: a retry soon will usually succeed.
    if (err instanceof BusyError) headers['Retry-After'] = '1';
    if (err instanceof MethodNotAllowedError) headers['Allow'] = err.allowed.join(', ');
    if (err instanceof TooManyRequestsError) headers['Retry-After'] = String(err.retryAfterSeconds);
    if (err instanceof UnauthorizedError) headers['WWW-Authenticate'] = 'Bearer realm="foothold"';
    return { status: statusOf(err), headers, error };
  }
  if (err instanceof HTTPException) {
    return { status: err.status, headers: {}, error: { code: err.status === 404 ? 'not_found' : 'bad_request', message: err.message || 'bad request' } };
  }
  logger.error({ err }, 'unhandled error');
  return { status: 500, headers: {}, error: { code: 'internal', message: 'internal error; the server log has the details' } };
}

export function errorResponse(err: Error, c: Context, logger: Logger): Response {
  const { status, headers, error } = errorAnswer(err, logger);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json({ error }, status);
}
