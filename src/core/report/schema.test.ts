import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { sampleCase, SAMPLE_IDS } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import { reportDocumentSchema, reportSectionSchema } from './schema.js';
import type { ReportDocument } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');
const report = (cases: CaseFile[]): ReportDocument =>
  buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography() });
/** The document as it crosses HTTP: undefined fields dropped. */
const asJson = (doc: ReportDocument): unknown => JSON.parse(JSON.stringify(doc));

describe('reportDocumentSchema', () => {
  // The schema strips keys it does not declare, so parsing back to the same value shows that it
  // declares every field the builder writes, at every depth.
  it.each(SAMPLE_IDS.map((id) => [id]))('takes the firm report of %s as the builder makes it and as JSON, leaving nothing out', (id) => {
    const doc = report([sampleCase(id)]);
    expect(reportDocumentSchema.parse(doc)).toEqual(doc);
    expect(reportDocumentSchema.parse(asJson(doc))).toEqual(asJson(doc));
  });

  it('takes the cross-case report of the three sample cases, charts and recommendations included', () => {
    const doc = report(SAMPLE_IDS.map((id) => sampleCase(id)));
    expect(doc.kind).toBe('cross-case');
    const json = asJson(doc);
    expect(reportDocumentSchema.parse(json)).toEqual(json);
    const kinds = new Set(JSON.stringify(json).match(/"(kind|type)":"[a-z-]+"/g));
    for (const k of ['table', 'paragraph', 'list', 'chart', 'recommendations', 'actions', 'finding'])
      expect([...kinds], 'every block kind is in the sample').toContain(`"kind":"${k}"`);
    for (const t of ['utilization-heatmap', 'challenge-levels', 'network-mix', 'benefits'])
      expect([...kinds], 'every chart type is in the sample').toContain(`"type":"${t}"`);
  });

  it('checks subsections as sections, at any depth', () => {
    const section = (blocks: unknown[], subsections: unknown[] = []) => ({ id: 's', heading: 'S', blocks, subsections });
    expect(reportSectionSchema.safeParse(section([], [section([], [section([{ kind: 'paragraph', text: 'deep' }])])])).success).toBe(true);
    const bad = reportSectionSchema.safeParse(section([], [section([], [section([{ kind: 'poem', text: 'deep' }])])]));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['subsections', 0, 'subsections', 0, 'blocks', 0, 'kind']);
  });

  it('refuses a document that is not one: a wrong level, a missing field, a date in another form', () => {
    const doc = asJson(report([sampleCase('company-b')])) as Record<string, unknown>;
    expect(reportDocumentSchema.safeParse({ ...doc, generatedOn: '1 June 2025' }).success).toBe(false);
    expect(reportDocumentSchema.safeParse({ ...doc, footnotes: undefined }).success).toBe(false);
    const cell = { text: 'High', notes: [], level: { scale: 'utilization', value: 'Medium' } };
    const table = { kind: 'table', id: 't', caption: 'T', columns: [{ label: 'A' }], rows: [[cell]], differs: [] };
    expect(reportDocumentSchema.safeParse({ ...doc, sections: [{ id: 's', heading: 'S', blocks: [table], subsections: [] }] }).success).toBe(false);
  });

  it('gives the document and its parts names of their own in JSON Schema, with the section referring to itself', () => {
    const schema = z.toJSONSchema(reportDocumentSchema, { target: 'draft-2020-12' }) as { $defs?: Record<string, { properties?: Record<string, unknown> }> };
    const defs = schema.$defs ?? {};
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining(['ReportSection', 'ReportBlock', 'ReportCell', 'ReportChart', 'ReportHeatmapCell', 'ReportFootnote']),
    );
    expect(defs['ReportSection']?.properties?.['subsections']).toEqual({ type: 'array', items: { $ref: '#/$defs/ReportSection' } });
  });
});
