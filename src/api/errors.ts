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
  UnsupportedMediaTypeError,
  ValidationError,
  type OptionHint,
} from '../shared/errors.js';
import type { Logger } from './deps.js';

export function statusOf(err: FootholdError): ContentfulStatusCode {
  if (err instanceof ValidationError) return 422;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof ConflictError) return 409;
  if (err instanceof TooLargeError) return 413;
  if (err instanceof UnsupportedMediaTypeError) return 415;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof MethodNotAllowedError) return 405;
  if (err instanceof BusyError) return 503;
  if (err instanceof InputError) return 400;
  return 400;
}

/** An option hint in the words of HTTP: a query parameter of the same request. */
export function hintText(hint: OptionHint): string {
  return hint.value === undefined ? `add ?${hint.option}=true ${hint.effect}` : `use ?${hint.option}=${hint.value} ${hint.effect}`;
}

export function errorResponse(err: Error, c: Context, logger: Logger): Response {
  if (err instanceof FootholdError) {
    const body: Record<string, unknown> = { code: err.code, message: err.hint === undefined ? err.message : `${err.message}; ${hintText(err.hint)}` };
    if (err.path !== undefined) body['path'] = err.path;
    if (err instanceof ValidationError) body['problems'] = err.problems;
    // Another process held the SQLite write lock too long: a retry soon will usually succeed.
    if (err instanceof BusyError) c.header('Retry-After', '1');
    if (err instanceof MethodNotAllowedError) c.header('Allow', err.allowed.join(', '));
    return c.json({ error: body }, statusOf(err));
  }
  if (err instanceof HTTPException) {
    return c.json({ error: { code: err.status === 404 ? 'not_found' : 'bad_request', message: err.message || 'bad request' } }, err.status);
  }
  logger.error({ err }, 'unhandled error');
  return c.json({ error: { code: 'internal', message: 'internal error; the server log has the details' } }, 500);
}
