import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { TRIANGULATION_LEGEND, triangulationMarks, triangulationWords, withLegend } from './triangulation-marks.js';
import type { Block, ReportDocument, Section, TableBlock } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');
const report = (cases: CaseFile[]) =>
  buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography() });

function blocks(doc: ReportDocument): Block[] {
  const of = (s: Section): Block[] => [...s.blocks, ...s.subsections.flatMap(of)];
  return doc.sections.flatMap(of);
}
function tableOf(doc: ReportDocument, id: string): TableBlock {
  const found = blocks(doc).find((b): b is TableBlock => b.kind === 'table' && b.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}
const rowOf = (t: TableBlock, label: string) => t.rows.find((r) => r[0]?.text === label) ?? [];

describe('the marks and their words', () => {
  it('gives one ◆ per kind of source and says the kinds in words', () => {
    expect(triangulationMarks({ count: 2 })).toBe('◆◆');
    expect(triangulationMarks({ count: 0 })).toBe('');
    expect(triangulationWords({ count: 2, kinds: ['interview', 'document'] })).toBe('2 kinds of source: interview, document');
    expect(triangulationWords({ count: 1, kinds: ['social_media'] })).toBe('1 kind of source: social media');
    expect(triangulationWords({ count: 0, kinds: [] })).toBe('no kind of source on record');
  });

  it('adds the legend only under a table with a marked cell', () => {
    const marked = [[{ text: 'High', notes: [1], triangulation: { count: 1, kinds: ['document' as const] } }]];
    const unmarked = [[{ text: 'High', notes: [], triangulation: { count: 0, kinds: [] } }]];
    expect(withLegend(undefined, marked)).toBe(TRIANGULATION_LEGEND);
    expect(withLegend('Levels as recorded.', marked)).toBe(`Levels as recorded. ${TRIANGULATION_LEGEND}`);
    expect(withLegend('Levels as recorded.', unmarked)).toBe('Levels as recorded.');
    expect(withLegend(undefined, unmarked)).toBeUndefined();
  });
});

describe('triangulation in the report document (company-a and company-b)', () => {
  // Made before each test, not when the file loads, so that a mutation run can see its mutants here.
  let doc: ReportDocument;
  beforeEach(() => {
    doc = report([sampleCase('company-a'), sampleCase('company-b')]);
  });

  it('gives each Table 9 cell the kinds of source behind its rating, its text as the thesis has it', () => {
    const t9 = tableOf(doc, 'table-9');
    // Both regulatory ratings quote the thesis and an interview (IA1; IB1). Company A's knowledge rating
    // quotes only the thesis; Company B's quotes the thesis and IB1 too.
    const regulatory = rowOf(t9, 'Regulatory and institutional challenges');
    expect(regulatory.map((c) => c.text)).toEqual(['Regulatory and institutional challenges', 'High', 'High']);
    expect(regulatory.slice(1).map((c) => c.triangulation)).toEqual([
      { count: 2, kinds: ['interview', 'document'] },
      { count: 2, kinds: ['interview', 'document'] },
    ]);
    expect(rowOf(t9, 'A lack of knowledge and experience').map((c) => c.triangulation?.count)).toEqual([undefined, 1, 2]);
    expect(t9.note).toBe(TRIANGULATION_LEGEND);
  });

  it('marks the rows beyond the six categories too: Company B’s country-of-origin rating', () => {
    const beyond = tableOf(doc, 'table-9-beyond');
    // Company A does not rate it ("—", no mark); Company B's rating quotes the thesis and an interview.
    expect(rowOf(beyond, 'Country-of-origin effect').map((c) => [c.text, c.triangulation?.count])).toEqual([
      ['Country-of-origin effect', undefined],
      ['—', undefined],
      ['High', 2],
    ]);
    expect(beyond.note).toBe(TRIANGULATION_LEGEND);
  });

  it('gives each recorded Table 10 cell the kinds of source behind it', () => {
    const t10 = tableOf(doc, 'table-10');
    // Company A: social (thesis), business and institutional (thesis and IA1), digital (thesis); then Company B:
    // social (thesis and IB1), business, institutional and digital (thesis).
    expect(rowOf(t10, 'Regulatory and institutional challenges').map((c) => c.triangulation?.count)).toEqual([undefined, 1, 2, 2, 1, 2, 1, 1, 1]);
    expect(t10.note).toBe(`Levels as the analyst recorded them; “—” where no level was recorded. ${TRIANGULATION_LEGEND}`);
  });

  it('gives each benefit count the kinds of source behind its records and tagged ties, and a recorded heatmap cell its own', () => {
    const benefits = tableOf(doc, 'table-benefits-1');
    // Company A, market access × business: records quoting IA1 and the thesis, and a tie quoting IA1.
    const market = rowOf(benefits, 'Market access and expansion');
    expect(market[2]).toMatchObject({ text: '3', triangulation: { count: 2, kinds: ['interview', 'document'] } });
    // Social ties brought no market access: a plain 0.
    expect(market[1]).toEqual({ text: '0', notes: [] });
    expect(benefits.note).toBe(`Counts of benefit records and of ties tagged with the benefit. ${TRIANGULATION_LEGEND}`);

    const heatmap = blocks(doc).find((b) => b.kind === 'chart' && b.id === 'chart-heatmap-1');
    if (heatmap?.kind !== 'chart' || heatmap.chart.type !== 'utilization-heatmap') throw new Error('no heatmap for Company A');
    const cells = heatmap.chart.rows.find((r) => r.challenge === 'regulatory_institutional')?.cells ?? [];
    expect(cells.find((c) => c.networkType === 'business')?.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
  });

  it('leaves suggested heatmap cells without one: nothing is recorded there to back', () => {
    const heatmap = blocks(doc).find((b) => b.kind === 'chart' && b.id === 'chart-heatmap-2');
    if (heatmap?.kind !== 'chart' || heatmap.chart.type !== 'utilization-heatmap') throw new Error('no heatmap for Company B');
    const suggested = heatmap.chart.rows.flatMap((r) => r.cells).filter((c) => c.basis === 'suggested');
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((c) => c.triangulation === undefined)).toBe(true);
  });
});

describe('triangulation in the renderers', () => {
  it('marks a per-market rating, and reads the marks out in HTML', () => {
    const b = sampleCase('company-b');
    // seg-kg-person-ib1 is from the interview IB1: one kind of source.
    b.challengeRatings.push({ id: 'rating-reg-kg', category: 'regulatory_institutional', level: 'Medium', market: 'mkt-kg', evidence: ['seg-kg-person-ib1'] });
    const doc = report([b]);
    const perMarket = tableOf(doc, 'table-challenges-per-market');
    expect(perMarket.rows[0]?.[2]).toMatchObject({ text: 'Medium', triangulation: { count: 1, kinds: ['interview'] } });
    expect(perMarket.note).toBe(TRIANGULATION_LEGEND);
    const html = renderHtml(doc);
    expect(html).toMatch(
      /Medium<\/span><wbr><sup class="fn">[^]*?<\/sup> <span class="tri" role="img" aria-label="1 kind of source: interview" title="1 kind of source: interview">◆<\/span><\/td>/,
    );
    expect(html).toContain(`<p class="table-note">${TRIANGULATION_LEGEND}</p>`);
  });

  it('shows no mark and no legend where no evidence is cited', () => {
    const c = smallCase({ challengeRatings: [{ id: 'r-fin', category: 'financial_resource', level: 'High' }] });
    const doc = report([c]);
    const t9 = tableOf(doc, 'table-9');
    expect(rowOf(t9, 'Financial and resource constraints')[1]).toMatchObject({ text: 'High', triangulation: { count: 0, kinds: [] } });
    expect(t9.note).toBeUndefined();
    const md = renderMarkdown(doc);
    expect(md).toContain('| Financial and resource constraints | High |');
    expect(md).not.toContain('◆');
    expect(renderHtml(doc)).not.toContain('class="tri"');
  });
});
