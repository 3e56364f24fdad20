/**
 * Declares an endpoint once: its OpenAPI description (from the same zod schemas the services
 * validate with) and its Hono handler. Validation happens in the services, so errors carry the
 * same JSON pointers whether a case arrives by file, CLI or HTTP.
 */
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';

type Method = 'get' | 'post' | 'put' | 'delete';

export function endpoint(app: OpenAPIHono, spec: RouteConfig & { method: Method }, handler: (c: Context) => Promise<Response> | Response): void {
  app.openAPIRegistry.registerPath(spec);
  const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
  app.on(spec.method.toUpperCase(), honoPath, handler);
}
