/** Analysis over HTTP: one firm's analysis, the thesis tables over several firms, and comparison. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { csvTable, markdownTableWithNotes } from '../../core/report/table-views.js';
import { analyzeFirm, compareFirms, thesisTable, thesisTableView, THESIS_TABLES, type ThesisTableNumber } from '../../services/analysis-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmList, firmParams, firmsQuery, jsonContent, param, workspaceParam } from '../common.js';
import { endpoint, exportUnlessJson } from '../route.js';
import { comparisonJson, crossCaseComparisonSchema } from './compare-schema.js';
import { firmAnalysisSchema } from './firm-analysis-schema.js';
import { thesisTableSchema } from './schema.js';

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
      responses: { 200: jsonContent(firmAnalysisSchema, 'The analysis'), ...errorResponses },
    },
    async (c) => c.json(await analyzeFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'), deps.now(), deps.analysisCache)),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/tables/{n}',
      action: exportUnlessJson('json'),
      tags: ['analysis'],
      summary: "Tabulate one or more firms in one of the thesis's Tables 2–10",
      description: [
        "n = 2 interviews, 3 secondary sources, 4 activities (value chain), 5 and 6 key people (the same table: the thesis has one per firm), 7 profile, 8 network types, 9 challenges, 10 utilization. Tables 2–6 come from each firm's case as recorded, for any firm.",
        'format=json (default) gives the table as data keyed by firm id: Table 2 as InterviewsTable, 3 as SecondarySourcesTable (its reportedIn names the study the interviews are known through, which is not one of the sources), 4 as ActivitiesTable, 5 and 6 as KeyPeopleTable, 7 and 8 as TextRowsTable, 9 as ChallengesTable, 10 as UtilizationTable; fields not recorded are left out.',
        "format=md and format=csv give the table as text in the thesis's layout; md adds a line under the table for each firm with nothing recorded for it. all=true adds the rows beyond the thesis's six challenges to Tables 9 and 10.",
      ].join(' '),
      request: {
        params: workspaceParam.extend({ n: z.enum(THESIS_TABLES.map(String) as [string, ...string[]]).describe(`Table number: ${THESIS_TABLES.join(', ')}`) }),
        query: firmsQuery.extend({ format: z.enum(['json', 'md', 'csv']).optional(), all: z.enum(['true', 'false']).optional() }),
      },
      responses: { 200: jsonContent(thesisTableSchema, 'The table (format=json); Markdown or CSV text for the other formats'), ...errorResponses },
    },
    async (c) => {
      const n = Number(param(c, 'n')) as ThesisTableNumber;
      const firms = firmList(c);
      const all = c.req.query('all') === 'true';
      const format = c.req.query('format') ?? 'json';
      if (format === 'json') return c.json(await thesisTable(deps.store, param(c, 'workspace'), n, firms, deps.now(), all, deps.analysisCache));
      const view = await thesisTableView(deps.store, param(c, 'workspace'), n, firms, deps.now(), all, deps.analysisCache);
      if (format === 'csv') return c.body(csvTable(view), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.body(markdownTableWithNotes(view) + '\n', 200, { 'content-type': 'text/markdown; charset=utf-8' });
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
      responses: { 200: jsonContent(crossCaseComparisonSchema, 'The comparison'), ...errorResponses },
    },
    async (c) => c.json(comparisonJson(await compareFirms(deps.store, param(c, 'workspace'), firmList(c), deps.now(), deps.analysisCache))),
  );
}
