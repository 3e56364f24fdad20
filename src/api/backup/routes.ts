/**
 * A workspace's backup as a download, for its owner: every firm's case file in one .zip
 * (services/workspace-backup-service.ts). A backup of the whole store holds every workspace and the
 * accounts, so it is never offered over HTTP; that is the operator's `foothold backup`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { backupWorkspace } from '../../services/workspace-backup-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, param, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';

export function registerBackupRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/backup',
      action: 'backup',
      tags: ['backup'],
      summary: "Download a backup of the workspace: every firm's case file in one zip",
      description:
        'The archive holds `manifest.json` (format, workspace, Foothold version, date, and per firm its file and record counts) and `cases/<firm id>.json` for each firm: the same case file as GET /firms/{firmId}/case, which imports back with POST /cases or `foothold import`. Only this workspace: a backup of the whole store (every workspace, the accounts and the audit log) is the operator’s `foothold backup` on the server. The audit log is not in the archive.',
      request: { params: workspaceParam },
      responses: {
        200: {
          description: 'The .zip file (Content-Disposition: attachment)',
          content: { 'application/zip': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    },
    async (c) => {
      const backup = await backupWorkspace(deps.store, param(c, 'workspace'), deps.now());
      return c.body(new Uint8Array(backup.bytes), 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${backup.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
    },
  );
}
