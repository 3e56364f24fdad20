import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { minimalCase, parsedCase, richCase } from '../../test-support/cases.js';
import { sampleCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import { buildReport } from './document.js';
import { noteRanges } from './footnotes.js';
import type { Block, ReportDocument, Section } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');
const report = (cases: CaseFile[]) =>
  buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography() });
const [a, b] = [sampleCase('company-a'), sampleCase('company-b')];

/** Every note number in the order a reader meets them (the order the renderers write them). */
function notesInReadingOrder(doc: ReportDocument): number[] {
  const out: number[] = [];
  const block = (bl: Block) => {
    if (bl.kind === 'finding') for (const q of bl.quotes) for (const p of q.passages) out.push(...p.notes);
    if (bl.kind === 'table') for (const row of bl.rows) for (const c of row) out.push(...c.notes);
    if (bl.kind === 'chart') out.push(...bl.notes);
    if (bl.kind === 'recommendations') for (const g of bl.groups) out.push(...g.notes);
  };
  const section = (s: Section) => {
    s.blocks.forEach(block);
    s.subsections.forEach(section);
  };
  doc.sections.forEach(section);
  return out;
}

const outline = (doc: ReportDocument) => doc.sections.map((s) => [s.heading, s.subsections.map((sub) => sub.heading)]);
const text = (doc: ReportDocument, id: string) =>
  (doc.sections.find((s) => s.id === id)?.blocks ?? []).flatMap((bl) => (bl.kind === 'paragraph' ? [bl.text] : [])).join('\n');
/** The paragraphs and findings of a section and its subsections. */
const allText = (doc: ReportDocument, id: string) => {
  const of = (sec: Section): string[] => [
    ...sec.blocks.flatMap((bl) => (bl.kind === 'paragraph' ? [bl.text] : bl.kind === 'finding' ? [`${bl.title}. ${bl.text}`] : [])),
    ...sec.subsections.flatMap(of),
  ];
  const found = doc.sections.find((s) => s.id === id);
  return found === undefined ? '' : of(found).join('\n');
};

describe('buildReport: cross-case (company-a, company-b)', () => {
  // Made before each test, not when the file loads: Stryker activates a mutant only while tests
  // run, so a report built at load time could never show one.
  let ab: ReportDocument;
  beforeEach(() => {
    ab = report([a!, b!]);
  });

  it('opens with the executive summary and the findings, then follows the thesis’s comparison chapter and the firm-by-firm parts', () => {
    expect(ab.kind).toBe('cross-case');
    expect(ab.title).toBe('Company A and Company B');
    expect(outline(ab)).toEqual([
      ['Executive summary', ['Company A', 'Company B']],
      ['Findings', []],
      ['Background', []],
      ['Network types', []],
      ['Challenges', []],
      ['Network utilization', ['Company A', 'Company B']],
      ['Benefits', ['Company A', 'Company B']],
      ['Digital presence', ['Company A', 'Company B']],
      ['Gaps and blind spots', ['Company A', 'Company B']],
      ['Recommendations', ['Company A', 'Company B']],
      ['Method', []],
      ['Works cited', []],
    ]);
  });

  it('writes its sentences from the data', () => {
    const summary = text(ab, 'summary');
    expect(summary).toContain('This report compares two firms: Company A, from FI (developed economy), and Company B, from MN (emerging economy).');
    expect(summary).toContain('Company A combines all four network types; Company B relies mainly on social networks.');
    expect(summary).toContain('Of the six challenge categories of the thesis, Company A rates three High or Medium and Company B five.');
    expect(summary).toContain('Both firms rate regulatory and institutional challenges High.');
    expect(summary).toContain('Their ratings differ on five of the six categories rated.');
  });

  it('says that figures are missing where a firm has digital ties but no presence snapshots', () => {
    const digital = allText(ab, 'digital-presence');
    expect(digital).not.toContain('No digital presence');
    expect(digital).toContain('No follower or post figures are recorded for Company B website and Company B LinkedIn profile.');
    expect(digital).toContain('The case records two digital ties of Company B (see Network types) but no dated snapshots of its presence on them.');
    const tea = report([minimalCase()]);
    expect(text(tea, 'digital-presence')).toBe('No digital presence has been recorded for Nomad Tea: neither digital ties nor follower or post figures.');
  });

  it('numbers each evidence segment once, in the order a reader first meets it', () => {
    const order = notesInReadingOrder(ab);
    const firsts = order.filter((n, i) => order.indexOf(n) === i);
    expect(firsts).toEqual(ab.footnotes.map((f) => f.number));
    expect(ab.footnotes.map((f) => f.number)).toEqual(ab.footnotes.map((_, i) => i + 1));
    expect(new Set(order).size).toBe(ab.footnotes.length);
  });

  it('gives each table cell the notes of its evidence: Table 9, Company B, regulatory', () => {
    const t9 = ab.sections.flatMap((s) => s.blocks).find((bl) => bl.kind === 'table' && bl.id === 'table-9');
    if (t9?.kind !== 'table') throw new Error('no Table 9');
    const row = t9.rows.find((r) => r[0]?.text === 'Regulatory and institutional challenges');
    expect(row?.map((c) => c.text)).toEqual(['Regulatory and institutional challenges', 'High', 'High']);
    const rating = b!.challengeRatings.find((r) => r.category === 'regulatory_institutional' && r.market === undefined);
    const quotes = (rating?.evidence ?? []).map((id) => b!.segments.find((s) => s.id === id)?.quote);
    expect(row?.[2]?.notes.map((n) => ab.footnotes[n - 1]?.quote)).toEqual(expect.arrayContaining(quotes));
    expect(row?.[2]?.notes.length).toBe(new Set(quotes).size);
    // Each note is short: where the quote is, then the quote; the thesis is described once, under Works cited.
    const note = ab.footnotes[(row?.[2]?.notes[0] ?? 0) - 1];
    expect(note?.where).toMatch(/^Thesis /);
    expect(ab.sources.find((src) => src.id === note?.sourceId)?.text).toBe(
      'Badamgarav (2025), the thesis: one of the two seed studies; its full reference is under Works cited.',
    );
    expect(ab.footnotes.every((f) => !(f.where ?? '').includes('The Role of Networks'))).toBe(true);
    expect(ab.worksCited.filter((w) => w.text.includes('The Role of Networks in Overcoming SME Internationalization Challenges'))).toHaveLength(1);
  });

  it('lists recommendations by gap with their citations, and each cited work once in Works cited', () => {
    const recs = ab.sections.find((s) => s.id === 'recommendations')?.subsections[1]?.blocks.find((bl) => bl.kind === 'recommendations');
    if (recs?.kind !== 'recommendations') throw new Error('no recommendations for Company B');
    expect(recs.groups[0]?.heading).toBe('Regulatory and institutional challenges (High) × digital network — not used, recorded');
    const item = recs.groups[0]?.items[0];
    expect(item?.tiesUsed).toEqual(['Company B LinkedIn profile']);
    const citation = item?.citations[0];
    expect(citation?.where).toMatch(/^thesis, §/);
    expect(ab.worksCited.map((w) => w.work)).toContain(citation?.work);
    expect(new Set(ab.worksCited.map((w) => w.work)).size).toBe(ab.worksCited.length);
    const entry = ab.worksCited.find((w) => w.id === citation?.workId);
    expect(entry?.text).toMatch(/^Galkina, T\., Atkova, I\., & Ciulli, F\. \(2023\)\. .* — cited in Badamgarav \(2025\), §2\.3, p\. 31/);
    // Alphabetical by the entry as listed, diacritics aside.
    const keys = ab.worksCited.map((w) =>
      w.text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/^[“"‘']/, '')
        .toLowerCase(),
    );
    expect(keys).toEqual([...keys].sort());
    // Sample-firm stories appear only as labelled examples.
    const examples = recs.groups.flatMap((g) => g.items.flatMap((i) => i.examples));
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(e.label).toMatch(/^Example from the (thesis|paper) \(.+\)$/);
  });

  it('is the same document every time', () => {
    expect(report([a!, b!])).toEqual(ab);
  });
});

describe('buildReport: one firm', () => {
  it('is a firm report with the firm’s own rows, per-firm parts inline', () => {
    const doc = report([b!]);
    expect(doc.kind).toBe('firm');
    expect(outline(doc).every(([, subs]) => (subs as string[]).length === 0)).toBe(true);
    expect(allText(doc, 'summary')).toContain('It rates six of its seven challenges High or Medium (one is Unknown).');
    const t9 = doc.sections.flatMap((s) => s.blocks).find((bl) => bl.kind === 'table' && bl.id === 'table-9');
    expect(t9?.kind === 'table' && t9.rows.map((r) => r[0]?.text)).toContain('Country-of-origin effect');
  });

  it('says so in a sentence where there is nothing to show', () => {
    const doc = report([minimalCase()]);
    expect(text(doc, 'challenges')).toBe('No challenges have been rated yet.');
    expect(text(doc, 'benefits')).toBe('No benefits have been recorded for Nomad Tea.');
    expect(text(doc, 'gaps')).toContain('Nomad Tea has no gaps: it rates no challenge High or Medium.');
    expect(text(doc, 'recommendations')).toContain('There are no recommendations for Nomad Tea: it has no gaps.');
    expect(text(doc, 'works-cited')).toBe('No works are cited: the report has no recommendations and quotes no seed study.');
    expect(allText(doc, 'findings')).toContain('Nomad Tea has no ties recorded yet.');
    expect(allText(doc, 'findings')).toContain('Nomad Tea’s pathway (born global, traditional or born-again global) is not recorded.');
    expect(allText(doc, 'summary')).toContain('Nothing to do yet: no gaps or blind spots were found');
    expect(doc.footnotes).toEqual([]);
    expect(doc.sources).toEqual([]);
  });

  it('shows digital presence and network competence when the case has them', () => {
    const doc = report([richCase()]);
    expect(doc.sections.map((s) => s.id)).toContain('competence');
    const tables = doc.sections.flatMap((s) => s.blocks).filter((bl) => bl.kind === 'table');
    expect(tables.map((t) => t.id)).toEqual(expect.arrayContaining(['table-digital-1', 'table-competence-1']));
  });

  it('notes a cited segment the case lacks instead of failing', () => {
    const input = sampleCaseInput();
    (input.challengeRatings as { evidence?: string[] }[])[0]!.evidence = ['seg-1'];
    const c = parsedCase(input);
    const broken = { ...c, segments: [] };
    const doc = report([broken]);
    expect(doc.footnotes[0]).toMatchObject({ quote: 'Evidence segment “seg-1” is cited, but the case of acme does not contain it.', where: undefined });
  });
});

describe('noteRanges', () => {
  it('shortens runs of note numbers', () => {
    expect(noteRanges([9, 3, 4, 5, 4])).toEqual([
      { from: 3, to: 5 },
      { from: 9, to: 9 },
    ]);
  });
});
