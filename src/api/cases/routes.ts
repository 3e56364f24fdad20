/** Import of case files and export of a firm's case. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { caseFileSchema, validateCaseValue } from '../../core/case-file/index.js';
import { ValidationError } from '../../shared/errors.js';
import { oneAtATime } from '../../shared/one-at-a-time.js';
import { exportCase, importCases } from '../../services/case-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, jsonContent, param, readJsonBody, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';

const caseSchema = caseFileSchema.meta({ id: 'CaseFile' });
const importResultSchema = z.object({
  workspaceId: z.string(),
  imported: z.array(z.object({ firmId: z.string(), origin: z.string(), replaced: z.boolean() })),
});

export function registerCaseRoutes(app: OpenAPIHono, deps: AppDeps): void {
  // One import at a time: each may read, parse and hold a case file of up to the size limit in
  // memory, and all would queue for the store's write lock anyway. Waiting requests' bodies stay unread.
  const importing = oneAtATime();
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/cases',
      tags: ['cases'],
      summary: 'Import a case file (all or nothing)',
      description: 'Creates the workspace when it is new. A firm that exists already is refused with 409 unless `replace=true`.',
      request: {
        params: workspaceParam,
        query: z.object({ replace: z.enum(['true', 'false']).optional() }),
        body: { content: { 'application/json': { schema: caseSchema } }, required: true },
      },
      responses: { 201: jsonContent(importResultSchema, 'Imported'), ...errorResponses },
    },
    (c) =>
      importing(async () => {
        const parsed = validateCaseValue(await readJsonBody(c, deps.limits.caseFile));
        if (!parsed.ok) throw new ValidationError(parsed.problems);
        const result = await importCases(deps.store, param(c, 'workspace'), [{ origin: 'request body', caseFile: parsed.caseFile }], {
          replace: c.req.query('replace') === 'true',
        });
        return c.json(result, 201);
      }),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/case',
      action: 'export',
      tags: ['cases'],
      summary: "Export a firm's case file",
      request: { params: firmParams, query: z.object({ download: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonContent(caseSchema, 'The case file'), ...errorResponses },
    },
    async (c) => {
      const firmId = param(c, 'firmId');
      const caseFile = await exportCase(deps.store, param(c, 'workspace'), firmId);
      if (c.req.query('download') === 'true') c.header('Content-Disposition', `attachment; filename="${firmId}.json"`);
      return c.json(caseFile);
    },
  );
}
