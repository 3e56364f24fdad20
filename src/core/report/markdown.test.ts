import { beforeEach, describe, expect, it } from 'vitest';
import { compareCases } from '../analysis/index.js';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { sampleCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import { buildReport } from './document.js';
import { renderMarkdown } from './markdown.js';
import { tableView } from './table-views.js';

const now = new Date('2025-06-01T00:00:00Z');
const markdown = (cases: CaseFile[]) => renderMarkdown(buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01' }));
const cases = [sampleCase('company-a'), sampleCase('company-b')];

describe('renderMarkdown: the company-a + company-b cross-case report', () => {
  // Made before each test, not when the file loads: Stryker activates a mutant only while tests
  // run, so a report built at load time could never show one.
  let md = '';
  /** The text without footnote markers, so rows can be compared with the thesis's. */
  let plain = '';
  beforeEach(() => {
    md = markdown(cases);
    plain = md.replace(/\[\^\d+\]/g, '');
  });

  it('reproduces thesis Table 9', () => {
    expect(plain).toContain('**Table 9. Internationalization challenges**');
    for (const row of [
      '| Regulatory and institutional challenges | High | High |',
      '| Financial and resource constraints | High | Medium |',
      '| A lack of knowledge and experience | Low | High |',
      '| Market specific challenges | Medium | Unknown |',
      '| Cultural and communication differences | Low | Medium |',
      '| Technological and digital challenges | Low | High |',
    ]) {
      expect(plain).toContain(row);
    }
  });

  it('reproduces thesis Table 10, with the header `foothold table 10` prints', () => {
    const analyses = cases.map((c) => analyzeLoaded(c, now));
    expect(plain).toContain(`| ${tableView(10, compareCases(analyses)).header.join(' | ')} |`);
    for (const row of [
      '| Regulatory and institutional challenges | Moderate | High | High | Low | High | Moderate | Low | Not used |',
      '| Financial and resource constraints | Low | Moderate | High | Low | Low | Low | Moderate | Not used |',
      '| A lack of knowledge and experience | Moderate | High | Moderate | Moderate | Moderate | Low | Low | Not used |',
      '| Market specific challenges | Moderate | High | Moderate | Moderate | Not used | Not used | Not used | Not used |',
      '| Cultural and communication differences | Low | Moderate | Low | Moderate | Moderate | Low | Not used | Not used |',
      '| Technological and digital challenges | Not used | Moderate | Low | High | Not used | Not used | Not used | Low |',
    ]) {
      expect(plain).toContain(row);
    }
  });

  it('defines every footnote it uses, uses every one it defines, and numbers them in order of first use', () => {
    const definitions = [...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => Number(m[1]));
    const body = md.replace(/^\[\^\d+\]: .*$/gm, '');
    const used = [...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
    const firstUses = used.filter((n, i) => used.indexOf(n) === i);
    expect(definitions.length).toBeGreaterThan(100);
    expect(definitions).toEqual(definitions.map((_, i) => i + 1));
    expect(firstUses).toEqual(definitions);
  });

  it('gives each footnote its quote, source title and location', () => {
    const first = /^\[\^1\]: “(.+)” — \*(.+)\*, (.+)\.$/m.exec(md);
    const segment = cases[0]!.segments.find((s) => s.quote === first?.[1]);
    expect(segment).toBeDefined();
    expect(first?.[2]).toBe(cases[0]!.sources.find((s) => s.id === segment?.source)?.title);
    expect(first?.[3]).toBe(segment?.location);
  });

  it('lists recommendations with their citations and the works cited', () => {
    expect(md).toContain('**Use digital platforms to find local regulatory intermediaries.**');
    expect(md).toContain('*Cited:* Galkina et al. (2023) (thesis, §2.3, p. 31)');
    expect(md).toMatch(/^- Galkina et al\. \(2023\) — thesis \(seed 003_7a904afc5627ed05\.txt\): §2\.3, p\. 31/m);
  });

  it('points to the HTML and PDF for its charts', () => {
    expect(md).toContain('*Chart 3. Utilization heatmap — Company A: drawn in the HTML and PDF versions of this report.*');
  });
});

describe('renderMarkdown: escaping', () => {
  it('keeps case text from turning into HTML, links or headings', () => {
    const input = sampleCaseInput();
    (input.firm as { name: string }).name = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) *Acme*';
    (input.segments as { quote: string }[])[0]!.quote = '# not a heading | not a cell\n- not a list';
    const out = markdown([parsedCase(input)]);
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*Acme\\*');
    expect(out).not.toMatch(/^# not a heading/m);
    expect(out).toContain('“\\# not a heading | not a cell - not a list”');
  });
});
