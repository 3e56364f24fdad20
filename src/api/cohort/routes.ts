/** The cohort dashboard's data for an advisor's portfolio (issue 13). Being written: registers nothing yet. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';

export function registerCohortRoutes(app: OpenAPIHono, deps: AppDeps): void {
  void app;
  void deps;
}
