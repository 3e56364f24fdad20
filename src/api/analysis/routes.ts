/** Analysis over HTTP: one firm's analysis, the thesis tables over several firms, and comparison. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { csvTable, markdownTable, tableView } from '../../core/report/table-views.js';
import { analyzeFirm, compareFirms, thesisTable, type ThesisTableNumber } from '../../services/analysis-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmList, firmParams, firmsQuery, jsonContent, param, workspaceParam } from '../common.js';
import { endpoint } from '../route.js';

export function registerAnalysisRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/analysis',
      tags: ['analysis'],
      summary: 'Analyze a firm',
      description:
        'Profile (Table 7), network types (Table 8), challenges (Table 9), recorded and suggested utilization (Table 10) with their agreement, benefits (Figure 1), digital presence, gaps, blind spots, recommendations and network competence.',
      request: { params: firmParams },
      responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'The analysis'), ...errorResponses },
    },
    async (c) => c.json(await analyzeFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'), deps.now(), deps.analysisCache)),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/tables/{n}',
      tags: ['analysis'],
      summary: "Tabulate several firms in one of the thesis's cross-case tables",
      description:
        'n = 7, 8, 9 or 10. format=json (default) gives Table 9 as { firm: { challenge: level } } and Table 10 as { firm: { challenge: { networkType: level } } }; md and csv give the table as text.',
      request: {
        params: workspaceParam.extend({ n: z.enum(['7', '8', '9', '10']) }),
        query: firmsQuery.extend({ format: z.enum(['json', 'md', 'csv']).optional(), all: z.enum(['true', 'false']).optional() }),
      },
      responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'The table'), ...errorResponses },
    },
    async (c) => {
      const n = Number(param(c, 'n')) as ThesisTableNumber;
      const firms = firmList(c);
      const all = c.req.query('all') === 'true';
      const format = c.req.query('format') ?? 'json';
      if (format === 'json') return c.json(await thesisTable(deps.store, param(c, 'workspace'), n, firms, deps.now(), all, deps.analysisCache));
      const view = tableView(n, await compareFirms(deps.store, param(c, 'workspace'), firms, deps.now(), deps.analysisCache), { all });
      if (format === 'csv') return c.body(csvTable(view), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.body(markdownTable(view) + '\n', 200, { 'content-type': 'text/markdown; charset=utf-8' });
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/compare',
      tags: ['analysis'],
      summary: 'Compare firms in Tables 7–10 side by side, marking the rows where they differ',
      request: { params: workspaceParam, query: firmsQuery },
      responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'The comparison'), ...errorResponses },
    },
    async (c) => c.json(await compareFirms(deps.store, param(c, 'workspace'), firmList(c), deps.now(), deps.analysisCache)),
  );
}
