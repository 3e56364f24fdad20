/**
 * Reports over HTTP: a firm report or a cross-case report as a download, in Markdown, HTML or PDF,
 * or the report document itself as JSON, which the web app renders.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { REPORT_CSP } from '../../core/report/html.js';
import { reportDocumentSchema } from '../../core/report/schema.js';
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, renderReport, reportDocument, type ReportFormat } from '../../services/report-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmList, firmsQuery, param, workspaceParam } from '../common.js';
import { endpoint, exportUnlessJson } from '../route.js';

/** "foothold-report-company-a-company-b.html": firm ids reduced to characters safe in a header. */
export function reportFileName(firms: readonly string[], format: ReportFormat): string {
  const stem = firms
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `foothold-report${stem === '' ? '' : `-${stem}`}.${format}`;
}

export function registerReportRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/report',
      action: exportUnlessJson('html'),
      tags: ['reports'],
      summary: 'Download a report with its evidence, or read it as data',
      description:
        'One firm gives a firm report; several give a cross-case report in the order given (thesis Tables 7–10, charts, benefits, gaps, blind spots, recommendations with their citations, works cited, numbered evidence notes). format=html (default) is one self-contained file with no scripts; md is GitHub-flavoured Markdown; pdf is A4, printed by Chromium on the server (400 when Chromium is not installed); json is the report document itself (ReportDocument), the one the other formats render, sent as data rather than a download.',
      request: {
        params: workspaceParam,
        query: firmsQuery.extend({ format: z.enum(REPORT_FORMATS).optional().describe('html (default), md, pdf or json') }),
      },
      responses: {
        200: {
          description: 'The report: with Content-Disposition: attachment for html, md and pdf; the document as JSON for json',
          content: {
            'application/json': { schema: reportDocumentSchema },
            'text/html': { schema: z.string() },
            'text/markdown': { schema: z.string() },
            'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
          },
        },
        ...errorResponses,
      },
    },
    async (c) => {
      const format = (c.req.query('format') ?? 'html') as ReportFormat;
      const firms = firmList(c);
      if (format === 'json') return c.json(await reportDocument(deps.store, param(c, 'workspace'), firms, deps.now(), deps.analysisCache), 200);
      const report = await renderReport(deps.store, param(c, 'workspace'), firms, format, deps.now(), deps.analysisCache);
      const headers: Record<string, string> = {
        'content-type': REPORT_CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${reportFileName(firms, format)}"`,
        'x-content-type-options': 'nosniff',
      };
      if (format === 'html') headers['content-security-policy'] = REPORT_CSP;
      return c.body(typeof report === 'string' ? report : new Uint8Array(report), 200, headers);
    },
  );
}
