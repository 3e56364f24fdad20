/** The audit log: who changed what and when, before and after; and undo of a change nothing depends on. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { auditChange, listAudit, undoChange } from '../../services/audit-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, param, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';
import { auditChangeDetailSchema, auditChangeSchema, auditQuery, changeParams, undoResultSchema } from './schema.js';

const tags = ['audit'];

export function registerAuditRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/audit',
      tags,
      summary: 'List the changes made in a workspace, newest first',
      description:
        'Each change is one transaction: a record edited, a case imported, a contacts import, a member added, given another role or removed (collection "members", no firm, with the e-mail and role), or a backup restored (collection "restores", no firm, with the file, when it was taken and how many rows). Filter by firm (which leaves memberships and restores out) or account; page with before=<the last id>.',
      request: { params: workspaceParam, query: auditQuery },
      responses: { 200: jsonContent(z.array(auditChangeSchema), 'Changes, newest first'), ...errorResponses },
    },
    async (c) => {
      const q = c.req.query();
      return c.json(
        await listAudit(deps.store, param(c, 'workspace'), {
          ...(q['firm'] === undefined ? {} : { firmId: q['firm'] }),
          ...(q['user'] === undefined ? {} : { userId: q['user'] }),
          ...(q['before'] === undefined ? {} : { before: q['before'] }),
          ...(q['limit'] === undefined ? {} : { limit: Number(q['limit']) }),
        }),
      );
    },
  );
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/audit/{changeId}',
      tags,
      summary: 'Read one change with every record before and after',
      request: { params: changeParams },
      responses: { 200: jsonContent(auditChangeDetailSchema, 'The change'), ...errorResponses },
    },
    async (c) => c.json(await auditChange(deps.store, param(c, 'workspace'), param(c, 'changeId'))),
  );
  endpoint(
    app,
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/audit/{changeId}/undo',
      // Undoing an insert or an import removes records: as much as a delete.
      action: 'delete',
      tags,
      summary: 'Start an undo of a change: its records are put back as they were',
      description:
        'Only when nothing has happened since that depends on it: 409 naming the record that changed since, or the record that now refers to one the undo would remove. The undo is itself a change in the log. A change of a membership is not undone (409): set the role again instead. Nor is a restore (409): restore an earlier backup instead.',
      request: { params: changeParams },
      responses: { 200: jsonContent(undoResultSchema, 'Undone'), ...errorResponses },
    },
    async (c) => c.json(await undoChange(deps.store, param(c, 'workspace'), param(c, 'changeId'))),
  );
}
