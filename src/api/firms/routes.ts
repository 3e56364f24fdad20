/** Workspaces and firms: list, read, update, delete, and the overview that `foothold show` prints. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { firmSchema, workspaceSchema } from '../../core/model/index.js';
import { showFirm } from '../../services/case-service.js';
import { listFirmCards } from '../../services/firm-cards.js';
import { createFirm, getFirm, updateFirm } from '../../services/record-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, jsonContent, param, readJsonBody, versionedBody, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';
import { principalOf } from '../auth/access.js';
import { firmCardSchema, firmOverviewSchema } from './schema.js';

const versionedFirm = z.object({ version: z.number().int(), record: firmSchema }).meta({ id: 'VersionedFirm' });

export function registerFirmRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces',
      tags: ['firms'],
      summary: 'List workspaces',
      responses: { 200: jsonContent(z.array(workspaceSchema), 'Workspaces') },
    },
    async (c) => {
      const all = await deps.store.listWorkspaces();
      const principal = principalOf(c);
      // With login on, only the caller's own workspaces exist for them.
      return c.json(principal === undefined ? all : all.filter((w) => principal.memberships.some((m) => m.workspaceId === w.id)));
    },
  );
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms',
      tags: ['firms'],
      summary: 'List the firms of a workspace',
      description:
        'Each firm as a card: origin, EU size class, pathway, markets, worst challenge, and how many actors and ties its case has. A workspace that does not exist has no firms.',
      request: { params: workspaceParam },
      responses: { 200: jsonContent(z.array(firmCardSchema), 'Firms, by id') },
    },
    async (c) => c.json(await listFirmCards(deps.store, param(c, 'workspace'))),
  );
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/firms',
      tags: ['firms'],
      summary: 'Start a new case with a firm record',
      description:
        'Creates the workspace when it is new; 409 when the firm exists. Add actors, ties and the rest through their own routes, or import a whole case file instead.',
      request: { params: workspaceParam, body: { content: { 'application/json': { schema: firmSchema } }, required: true } },
      responses: { 201: jsonContent(versionedFirm, 'Created, version 1'), ...errorResponses },
    },
    async (c) => c.json(await createFirm(deps.store, param(c, 'workspace'), await readJsonBody(c, deps.limits.record)), 201),
  );
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}',
      tags: ['firms'],
      summary: 'Read a firm record with its version',
      request: { params: firmParams },
      responses: { 200: jsonContent(versionedFirm, 'The firm'), ...errorResponses },
    },
    async (c) => c.json(await getFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'))),
  );
  endpoint(
    app,
    {
      method: 'put',
      path: '/api/workspaces/{workspace}/firms/{firmId}',
      tags: ['firms'],
      summary: 'Replace a firm record',
      description: 'Send the version you read; 409 `stale_version` when someone changed it since.',
      request: { params: firmParams, body: { content: { 'application/json': { schema: versionedFirm } }, required: true } },
      responses: { 200: jsonContent(versionedFirm, 'The firm as stored'), ...errorResponses },
    },
    async (c) => {
      const { version, record } = versionedBody(await readJsonBody(c, deps.limits.record));
      return c.json(await updateFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'), record, version));
    },
  );
  endpoint(
    app,
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/firms/{firmId}',
      tags: ['firms'],
      summary: 'Delete a firm and everything recorded about it',
      request: { params: firmParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    },
    async (c) => {
      await deps.store.deleteFirm(param(c, 'workspace'), param(c, 'firmId'));
      return c.body(null, 204);
    },
  );
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/overview',
      tags: ['firms'],
      summary: 'Show a firm with its derived values (economy class, EU size class, years active), markets and record counts',
      request: { params: firmParams },
      responses: { 200: jsonContent(firmOverviewSchema, 'Overview'), ...errorResponses },
    },
    async (c) => c.json(await showFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'), deps.now())),
  );
}
