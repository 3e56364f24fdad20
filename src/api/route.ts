/**
 * Declares an endpoint once: its OpenAPI description (from the same zod schemas the services
 * validate with) and its Hono handler. Path and query parameters are checked here against the
 * declared schemas, so no handler ever sees a malformed id or an unknown format (422 with
 * `/path/NAME` or `/query/NAME` pointers); bodies are validated in the services, so their errors
 * carry the same JSON pointers whether a case arrives by file, CLI or HTTP.
 */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import { zodProblems } from '../core/case-file/index.js';
import { ValidationError, type Problem } from '../shared/errors.js';

type Method = 'get' | 'post' | 'put' | 'delete';

function problemsOf(schema: unknown, values: Record<string, string>, where: 'path' | 'query'): Problem[] {
  if (schema === undefined) return [];
  const parsed = (schema as z.ZodType).safeParse(values, { reportInput: true });
  return parsed.success ? [] : zodProblems(parsed.error, [where]);
}

export function endpoint(app: OpenAPIHono, spec: RouteConfig & { method: Method }, handler: (c: Context) => Promise<Response> | Response): void {
  app.openAPIRegistry.registerPath(spec);
  const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  app.on(spec.method.toUpperCase(), honoPath, (c) => {
    const problems = [...problemsOf(spec.request?.params, c.req.param(), 'path'), ...problemsOf(spec.request?.query, c.req.query(), 'query')];
    if (problems.length > 0) throw new ValidationError(problems);
    return handler(c);
  });
}
