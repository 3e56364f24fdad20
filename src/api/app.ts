/** Builds the HTTP application: resource routes, the OpenAPI document, and error mapping. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { VERSION } from '../shared/version.js';
import { withDefaults, type ApiDeps } from './deps.js';
import { requestGuards } from './guards.js';
import { MethodNotAllowedError } from '../shared/errors.js';
import { errorResponse } from './errors.js';
import { allowedMethods } from './methods.js';
import { requestLog } from './request-log.js';
import { registerAnalysisRoutes } from './analysis/routes.js';
import { authenticate } from './auth/authenticate.js';
import { registerAuthRoutes } from './auth/routes.js';
import { securityHeaders } from './security-headers.js';
import { registerCaseRoutes } from './cases/routes.js';
import { registerFirmRoutes } from './firms/routes.js';
import { registerRecordRoutes } from './records/routes.js';
import { registerReportRoutes } from './report/routes.js';
import { registerNetworkRoutes } from './network/routes.js';
import { registerGraphMetricsRoutes } from './network/graph-metrics-routes.js';
import { registerContactRoutes } from './contacts/routes.js';
import { registerPartnerRoutes } from './partners/routes.js';
import { registerVocabularyRoutes } from './vocabulary/routes.js';
import { registerWebRoutes } from './web/routes.js';
import { registerMarketRoutes } from './markets/routes.js';
import { registerEvidenceRoutes } from './evidence/routes.js';
import { registerReferenceRoutes } from './reference/routes.js';
import { registerCohortRoutes } from './cohort/routes.js';
import { registerAuditRoutes } from './audit/routes.js';
import { registerPeopleRoutes } from './people/routes.js';
import { registerBackupRoutes } from './backup/routes.js';
import { runAs } from '../shared/acting-user.js';
import { principalOf } from './auth/access.js';

export function createApp(given: ApiDeps): OpenAPIHono {
  const deps = withDefaults(given);
  const app = new OpenAPIHono();
  app.onError((err, c) => errorResponse(err, c, deps.logger));
  app.use('*', requestLog(deps.logger));
  app.use('*', securityHeaders({ trustProxy: deps.trustProxy }));
  app.use('*', requestGuards(deps.allowedHosts));
  if (deps.auth === 'required') app.use('*', authenticate(deps.store, deps.now));
  // The audit log's "who" for every change this request makes.
  app.use('*', (c, next) => {
    const principal = principalOf(c);
    return runAs(principal === undefined ? { userId: null, label: 'local' } : { userId: principal.user.id, label: principal.user.email }, next);
  });
  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) return errorResponse(new MethodNotAllowedError(c.req.method, c.req.path, allowed), c, deps.logger);
    return c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404);
  });

  app.get('/api/health', (c) => c.json({ ok: true, store: deps.store.kind }));
  registerAuthRoutes(app, deps);
  registerFirmRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerRecordRoutes(app, deps);
  registerAnalysisRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  registerGraphMetricsRoutes(app, deps);
  registerContactRoutes(app, deps);
  registerPartnerRoutes(app, deps);
  registerVocabularyRoutes(app, deps);
  registerMarketRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerCohortRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerBackupRoutes(app, deps);
  registerWebRoutes(app, deps);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Foothold API',
      version: VERSION,
      description:
        'Firms, their ties, markets, challenge ratings, network utilization, benefits and the evidence behind them. Errors are `{ "error": { code, message, path?, problems? } }`; a method a path does not take gets 405 with an `Allow` header.',
    },
  });
  return app;
}
