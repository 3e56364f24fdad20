/**
 * The cohort dashboard of an advisor's portfolio (issue 13) over HTTP: the cohort of a workspace's
 * firms, and adding today's dated snapshot of its figures for the change over time.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { cohortOf, takeSnapshot } from '../../services/cohort-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, jsonContent, param, readBodyAs, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';
import { cohortSchema, snapshotRequestSchema, takenSnapshotSchema } from './schema.js';

const tags = ['cohort'];

export function registerCohortRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/cohort',
      tags,
      summary:
        'Show the cohort of a workspace: the challenges its firms leave unmet, the gaps they share, the institutions they need, and their change over time',
      description: [
        'Every firm of the workspace, rated or not yet (firms with no firm-wide level other than Unknown are counted apart, with why).',
        'unmetChallenges: per challenge category, the firms rating it High or Medium with every network type used against it Not at all or Low (a gap in all four network types), most firms first.',
        'sharedGaps: every gap of the analysis (challenge × network type) with the firms that have it.',
        'institutions: the directory’s institutions the firms’ recommendations name, by how many firms.',
        'trend: each figure at every snapshot date, with its change from the snapshot before; the current figures’ `change` counts from the latest snapshot before today.',
        'A workspace that does not exist has no firms.',
      ].join(' '),
      request: { params: workspaceParam },
      responses: { 200: jsonContent(cohortSchema, 'The cohort'), ...errorResponses },
    },
    async (c) => c.json(await cohortOf(deps.store, param(c, 'workspace'), deps.now(), deps.analysisCache)),
  );

  endpoint(
    app,
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/cohort/snapshots',
      action: 'write',
      tags,
      summary: "Add a dated snapshot of the cohort's figures",
      description:
        'Keeps today’s counts (firms, rated, not yet rated, firms per unmet challenge, firms per needed institution) under today’s date; taking it again the same day replaces that day’s snapshot (200, replaced: true). Answers the cohort with the snapshot in its trend. 404 when the workspace does not exist.',
      request: {
        params: workspaceParam,
        body: { content: { 'application/json': { schema: snapshotRequestSchema } }, required: true, description: 'An empty object' },
      },
      responses: {
        201: jsonContent(takenSnapshotSchema, 'Added'),
        200: jsonContent(takenSnapshotSchema, 'Replaced the snapshot taken earlier today'),
        ...errorResponses,
      },
    },
    async (c) => {
      await readBodyAs(c, deps.limits.record, snapshotRequestSchema);
      const taken = await takeSnapshot(deps.store, param(c, 'workspace'), deps.now(), deps.analysisCache);
      return c.json(taken, taken.replaced ? 200 : 201);
    },
  );
}
