/**
 * Declares an endpoint once: its OpenAPI description (from the same zod schemas the services
 * validate with) and its Hono handler. Path and query parameters are checked here against the
 * declared schemas, so no handler ever sees a malformed id or an unknown format (422 with
 * `/path/NAME` or `/query/NAME` pointers); bodies are validated in the services, so their errors
 * carry the same JSON pointers whether a case arrives by file, CLI or HTTP.
 */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { zodProblems } from '../core/case-file/index.js';
import type { Action } from '../core/access/policy.js';
import { ValidationError, type Problem } from '../shared/errors.js';
import { authorize } from './auth/access.js';

type Method = 'get' | 'post' | 'put' | 'delete';

/** A declared parameter that takes every value of a repeated key (?firms=a&firms=b), not only the first. */
function isListSchema(schema: z.ZodType | undefined): boolean {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodArray;
}

/**
 * The query as the declared schema takes it: every value of an array parameter (none given is an
 * empty list, so the schema's own "name at least one" message answers), the first value of the rest.
 */
function queryValues(c: Context, schema: unknown): Record<string, string | string[]> {
  const shape: Record<string, z.ZodType> = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const values: Record<string, string | string[]> = {};
  for (const key of Object.keys(shape)) if (isListSchema(shape[key])) values[key] = [];
  for (const [key, given] of Object.entries(c.req.queries())) values[key] = isListSchema(shape[key]) ? given : (given[0] ?? '');
  return values;
}

function problemsOf(schema: unknown, values: Record<string, string | string[]>, where: 'path' | 'query'): Problem[] {
  if (schema === undefined) return [];
  const parsed = (schema as z.ZodType).safeParse(values, { reportInput: true });
  return parsed.success ? [] : zodProblems(parsed.error, [where]);
}

/** What a method does unless the route says otherwise. */
const DEFAULT_ACTIONS: Readonly<Record<Method, Action>> = { get: 'read', post: 'write', put: 'write', delete: 'delete' };

export interface EndpointSpec extends RouteConfig {
  method: Method;
  /**
   * The action the policy (core/access/policy.ts) is asked about: read for GET, write for POST and
   * PUT, delete for DELETE unless given; a function when it depends on the request (a report is
   * read as JSON, exported as a file).
   */
  action?: Action | ((c: Context) => Action);
}

export function endpoint(app: OpenAPIHono, spec: EndpointSpec, handler: (c: Context) => Promise<Response> | Response): void {
  const { action, ...route } = spec;
  app.openAPIRegistry.registerPath(route);
  const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  app.on(spec.method.toUpperCase(), honoPath, (c) => {
    // Before anything about the request is checked: a caller who may not use the route learns nothing of it.
    authorize(c, typeof action === 'function' ? action(c) : (action ?? DEFAULT_ACTIONS[spec.method]));
    const problems = [
      ...problemsOf(spec.request?.params, c.req.param(), 'path'),
      ...problemsOf(spec.request?.query, queryValues(c, spec.request?.query), 'query'),
    ];
    if (problems.length > 0) throw new ValidationError(problems);
    return handler(c);
  });
}

/** For routes whose default format (`fallback`) may be a file: reading as JSON is read, any other format an export. */
export function exportUnlessJson(fallback: string): (c: Context) => Action {
  return (c) => ((c.req.query('format') ?? fallback) === 'json' ? 'read' : 'export');
}
