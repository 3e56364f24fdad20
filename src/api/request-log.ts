/** One log line per request at level info: method, path, status and milliseconds taken. */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from './deps.js';

/**
 * Runs outside every other middleware, so the status is the one sent, refusals and errors included
 * (Hono turns a thrown error into its response before this middleware resumes). The query string is
 * left out: the path says which route answered, and a query may carry more than a log needs.
 */
export function requestLog(logger: Logger, clock: () => number = () => performance.now()): MiddlewareHandler {
  return async (c, next) => {
    const start = clock();
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((clock() - start) * 10) / 10 }, 'request');
  };
}
