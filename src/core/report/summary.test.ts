import { describe, expect, it } from 'vitest';
import { BUILTIN_CHALLENGE_CATEGORIES, SECTOR_FAMILIES } from '../model/index.js';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { countryName } from '../../services/reference-data.js';
import { reportBibliography } from '../../services/report-service.js';
import { sampleCase } from '../../test-support/samples.js';
import { sectorFirmCase } from '../../test-support/sector-firms.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import type { ActionsBlock, Block, ReportDocument, Section } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');
const report = (cases: CaseFile[]) =>
  buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography(), countryName });

/** Every piece of text a reader sees in the document's sections (the evidence notes quote the cases and are left out). */
function textsOf(doc: ReportDocument): string[] {
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [b.text];
      case 'list':
        return b.items;
      case 'chart':
        return [b.caption];
      case 'actions':
        return [b.title, ...b.items.flatMap((i) => [i.text, i.why])];
      case 'finding':
        return [b.title, b.text, ...b.quotes.map((q) => q.lead)];
      case 'table':
        return [b.caption, b.note ?? '', ...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => r.flatMap((c) => [c.text, c.sub ?? '']))];
      case 'recommendations':
        return b.groups.flatMap((g) => [
          g.heading,
          ...g.items.flatMap((i) => [
            i.title,
            i.rationale,
            ...i.actions,
            ...i.tiesUsed,
            i.wordedFor ?? '',
            ...i.examples.flatMap((e) => [e.label, e.text]),
            ...i.because,
          ]),
        ]);
    }
  };
  const section = (s: Section): string[] => [s.heading, ...s.blocks.flatMap(block), ...s.subsections.flatMap(section)];
  return doc.sections.flatMap(section);
}

const summaryOf = (doc: ReportDocument) => doc.sections.find((s) => s.id === 'summary');
const actionsOf = (blocks: Block[]) => blocks.find((b): b is ActionsBlock => b.kind === 'actions');

describe('the executive summary', () => {
  const cases = [sampleCase('company-a'), sampleCase('company-b')];
  const doc = report(cases);

  it('opens the report and gives, per firm, the action plan’s first steps with why, then the key findings', () => {
    expect(doc.sections[0]?.id).toBe('summary');
    expect(doc.sections[1]?.id).toBe('findings');
    const summary = summaryOf(doc);
    summary?.subsections.forEach((sub, i) => {
      const analysis = analyzeLoaded(cases[i]!, now);
      expect(sub.heading).toBe(analysis.profile.name);
      expect(sub.blocks[0]?.kind).toBe('actions');
      const items = actionsOf(sub.blocks)?.items ?? [];
      expect(items.map((x) => x.text)).toEqual(analysis.actionPlan.top.map((a) => a.text));
      // The why as the plan gives it, less the closing list of ties the step itself names.
      items.forEach((x, j) => expect(analysis.actionPlan.top[j]?.why.startsWith(x.why.slice(0, -1))).toBe(true));
      const key = sub.blocks.find((b) => b.kind === 'finding');
      expect(key?.kind === 'finding' && key.title).toBe('Key findings');
    });
    const b = summary?.subsections[1]?.blocks.find((x) => x.kind === 'finding');
    expect(b?.kind === 'finding' && b.text).toBe(
      'Company B relies mainly on social networks. A traditional firm from Mongolia (emerging economy), founded in 1990; it rates the country-of-origin effect High. It rates six of its seven challenges High or Medium (one is Unknown). The analysis finds 19 gaps and one blind spot; the knowledge base offers 27 recommendations.',
    );
  });

  it('stays short enough for one printed page', () => {
    // About 800 words fit an A4 page at the summary's 8.5 pt; the browser test looks at the printed page itself.
    const words = textsOf({ ...doc, sections: [summaryOf(doc)!] })
      .join(' ')
      .split(/\s+/).length;
    expect(words).toBeLessThan(800);
  });

  it('puts a firm’s blind spots first where it has not assessed any challenge', () => {
    const c = sampleCase('sl-it-sme');
    const summary = summaryOf(report([c]));
    const analysis = analyzeLoaded(c, now);
    expect(actionsOf(summary?.blocks ?? [])?.items.map((i) => i.text)).toEqual(analysis.actionPlan.top.map((a) => a.text));
    const key = summary?.blocks.find((b) => b.kind === 'finding');
    expect(key?.kind === 'finding' && key.text).toContain('It has not yet assessed any of its four challenges: all are Unknown.');
  });

  it('says there is nothing to do yet, and why, for a firm without gaps or blind spots', () => {
    const c = sampleCase('company-a');
    c.challengeRatings = [];
    const summary = summaryOf(report([c]));
    expect(summary?.blocks.map((x) => (x.kind === 'paragraph' ? x.text : x.kind))).toContain(
      'Nothing to do yet: no gaps or blind spots were found (rate challenges and record ties to get advice).',
    );
  });
});

describe('labels, never ids, in the text of a report', () => {
  const challengeKeys = new RegExp(`\\b(${BUILTIN_CHALLENGE_CATEGORIES.join('|')})\\b`);
  const cases: CaseFile[] = [...SECTOR_FAMILIES.map(sectorFirmCase), sampleCase('company-a'), sampleCase('company-b'), sampleCase('sl-it-sme')];

  it.each(cases.map((c) => [c.firm.id, c] as const))('%s', (_, c) => {
    const texts = textsOf(report([c])).join('\n');
    expect(texts).not.toMatch(challengeKeys);
    const ids = [...c.ties, ...c.actors, ...c.keyPeople, ...c.markets, ...c.challengeRatings].map((r) => r.id).filter((id) => /[-_]/.test(id));
    for (const id of ids) expect(texts, id).not.toMatch(new RegExp(`(^|[\\s(“"])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s).,;:”"]|$)`));
  });
});
