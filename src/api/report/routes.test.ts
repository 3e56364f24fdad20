import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../../core/report/schema.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { reportFileName } from './routes.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const ws = '/api/workspaces/default';

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  for (const id of ['company-a', 'company-b']) {
    const res = await app.request(`${ws}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: sampleCaseText(id) });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => store.close());

describe('GET /api/workspaces/{workspace}/report', () => {
  it('sends the cross-case HTML report as a download, with a policy that lets it load nothing', async () => {
    const res = await app.request(`${ws}/report?firms=company-a,company-b`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="foothold-report-company-a-company-b.html"');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await res.text();
    expect(body).toContain('<h1>Company A and Company B</h1>');
    expect(body).toContain('<dt>Generated</dt><dd>2025-06-01</dd>');
  });

  it('takes the firms as repeated parameters too, in the order given', async () => {
    const res = await app.request(`${ws}/report?firms=company-b&firms=company-a&format=md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="foothold-report-company-b-company-a.md"');
  });

  it('sends Markdown on request', async () => {
    const res = await app.request(`${ws}/report?firms=company-b&format=md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="foothold-report-company-b.md"');
    expect(await res.text()).toMatch(/^# Company B\n/);
  });

  it('sends the report document as JSON on request, as data rather than a download', async () => {
    const res = await app.request(`${ws}/report?firms=company-a,company-b&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const body: unknown = await res.json();
    const doc = reportDocumentSchema.parse(body);
    expect(body).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(doc).toMatchObject({ kind: 'cross-case', title: 'Company A and Company B', generatedOn: '2025-06-01' });
    expect(doc.firms.map((f) => f.firmId)).toEqual(['company-a', 'company-b']);
    expect(doc.footnotes.length).toBeGreaterThan(0);
  });

  it('answers a bad format or an empty firm list with 422, an unknown firm with 404', async () => {
    const bad = await app.request(`${ws}/report?firms=company-b&format=docx`);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe('/query/format: expected one of md|html|pdf|json, got "docx"');
    expect((await app.request(`${ws}/report?firms=`)).status).toBe(422);
    const missing = await app.request(`${ws}/report?firms=company-a,nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'firm "nope" was not found' } });
  });

  it('is described in the OpenAPI document, the JSON answer by the ReportDocument schema and its named parts', async () => {
    interface Doc {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }
    const doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
    const content = doc.paths['/api/workspaces/{workspace}/report']?.get.responses['200']?.content ?? {};
    expect(Object.keys(content)).toEqual(expect.arrayContaining(['application/json', 'text/html', 'text/markdown', 'application/pdf']));
    expect(content['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ReportDocument' });
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['ReportDocument', 'ReportSection', 'ReportBlock', 'ReportCell', 'ReportChart', 'ReportUtilizationHeatmap', 'ReportHeatmapCell']),
    );
    expect(schemas['ReportDocument']?.properties?.['sections']).toEqual({ type: 'array', items: { $ref: '#/components/schemas/ReportSection' } });
    expect(schemas['ReportSection']?.properties?.['subsections']).toEqual({ type: 'array', items: { $ref: '#/components/schemas/ReportSection' } });
  });
});

describe('reportFileName', () => {
  it('keeps only characters that are safe in a header', () => {
    expect(reportFileName(['Company A', 'b"; x=y'], 'pdf')).toBe('foothold-report-company-a-b-x-y.pdf');
    expect(reportFileName(['...'], 'md')).toBe('foothold-report.md');
  });
});
