import { beforeEach, describe, expect, it } from 'vitest';
import { compareCases } from '../analysis/index.js';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { countryName } from '../../services/reference-data.js';
import { reportBibliography } from '../../services/report-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { sampleCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import { buildReport } from './document.js';
import { renderMarkdown } from './markdown.js';
import { tableView } from './table-views.js';

const now = new Date('2025-06-01T00:00:00Z');
const markdown = (cases: CaseFile[]) =>
  renderMarkdown(
    buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography(), countryName }),
  );
const cases = [sampleCase('company-a'), sampleCase('company-b')];

describe('renderMarkdown: the company-a + company-b cross-case report', () => {
  // Made before each test, not when the file loads: Stryker activates a mutant only while tests
  // run, so a report built at load time could never show one.
  let md = '';
  /** The text without footnote markers and triangulation marks, so rows can be compared with the thesis's. */
  let plain = '';
  /** The text without footnote markers only. */
  let marked = '';
  beforeEach(() => {
    md = markdown(cases);
    marked = md.replace(/\[\^\d+\]/g, '');
    plain = marked.replace(/ ◆+/g, '');
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

  it('marks each rating and recorded level with a ◆ per kind of source behind it, and explains the marks under the tables', () => {
    // By hand from examples/cases: both regulatory ratings quote the thesis (a document) and an interview (IA1, IB1);
    // Company A's knowledge rating only the thesis. In Table 10, Company A's regulatory × business and × institutional
    // cells and Company B's regulatory × social cell quote an interview too; the other cells of the row only the thesis.
    expect(marked).toContain('| Regulatory and institutional challenges | High ◆◆ | High ◆◆ |');
    expect(marked).toContain('| A lack of knowledge and experience | Low ◆ | High ◆◆ |');
    expect(marked).toContain(
      '| Regulatory and institutional challenges | Moderate ◆ | High ◆◆ | High ◆◆ | Low ◆ | High ◆◆ | Moderate ◆ | Low ◆ | Not used ◆ |',
    );
    // A table block is its caption, its rows and the note under them, each after a blank line.
    const underTable = (caption: string) => md.slice(md.indexOf(caption)).split('\n\n')[2] ?? '';
    const legend =
      'Each ◆ after a value is one kind of source behind it — interview, document, website, article, report or social media; two or more mean the finding is triangulated. Words a document quotes from an interview count as an interview.';
    expect(underTable('**Table 9. Internationalization challenges**')).toBe(`*${legend}*`);
    expect(underTable('**Table 10. ')).toBe(`*Levels as the analyst recorded them; “—” where no level was recorded. ${legend}*`);
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

  it('keeps each footnote short: where the quote is, then the quote; each source is described once', () => {
    const first = /^\[\^1\]: (.+?): “(.+)”$/m.exec(md);
    const segment = cases[0]!.segments.find((s) => s.quote === first?.[2]);
    expect(segment).toBeDefined();
    expect(first?.[1]).toBe(segment?.location);
    // The thesis's title appears once, in its Works cited entry; the notes name their sources in a list before them.
    expect(md.match(/The Role of Networks in Overcoming SME Internationalization Challenges/g)).toHaveLength(1);
    expect(md).toContain(
      'The notes quote these sources:\n\n- Badamgarav (2025), the thesis: one of the two seed studies; its full reference is under Works cited.',
    );
    expect(md).toMatch(
      /^- Semi-structured interview with the Chief Development Officer of Company A \(IA1\)\. Held by video\. 3 sessions: 2025-03-24 \(33 min\), 2025-03-24 \(36 min\), 2025-03-28 \(51 min\)\. \(\d+ notes\)$/m,
    );
  });

  it('opens with the executive summary: the action plan first, then the key findings', () => {
    const summary = md.slice(md.indexOf('## 1. Executive summary'), md.indexOf('## 2. Findings'));
    expect(summary).toMatch(/### 1\.1 Company A\n\n\*\*What to do first\*\*\n\n1\. .+\n {3}\*Why:\* .+/);
    expect(summary.indexOf('**What to do first**')).toBeLessThan(summary.indexOf('**Key findings.**'));
    expect(summary).toContain(
      '**Key findings.** Company B relies mainly on social networks. A traditional firm from Mongolia (emerging economy), founded in 1990; it rates the country-of-origin effect High.',
    );
  });

  it('states the findings with the source’s own words as evidence', () => {
    const findings = plain.slice(plain.indexOf('## 2. Findings'), plain.indexOf('## 3. Background'));
    expect(findings).toContain('**Network types: Company A.** Company A combines all four network types.');
    expect(findings).toContain(
      '> Company A, in the source’s words: “Company A’s network utilization is a combination of social, business, institutional, and digital networks.”',
    );
    expect(findings).toContain('**Network types: Company B.** Company B relies mainly on social networks.');
    expect(findings).toContain('> Company B, in the source’s words: “In contrast, Company B mainly relies on social networks.');
    expect(findings).toContain('made Company A’s internationalization a necessity from the very beginning.”');
    expect(findings).toContain('“Country of origin undermines Company B’s credibility');
    expect(findings).toContain('**Where the firms differ.** Company A combines all four network types; Company B relies mainly on social networks.');
  });

  it('lists recommendations with their citations and the works cited as full references', () => {
    expect(md).toContain('**Use digital platforms to find local regulatory intermediaries.**');
    expect(md).toContain('*Cited:* Galkina et al. (2023) (thesis, §2.3, p. 31)');
    expect(md).toContain('*Your ties it uses:* Company B LinkedIn profile.');
    expect(md).toMatch(/^ {3}\*Example from the thesis \(§[^)]+\):\* /m);
    expect(md).toMatch(
      /^- Galkina, T\., Atkova, I\., & Ciulli, F\. \(2023\)\. "Networks of internationalizing digital platforms in physical place and digital space\." Global Strategy Journal\. — cited in Badamgarav \(2025\), §2\.3, p\. 31/m,
    );
    expect(md).toMatch(
      /^- Badamgarav, Munkhjargal \(2025\)\. The Role of Networks in Overcoming SME Internationalization Challenges: .+ University of Vaasa, Finland\. — seed study \(“the thesis”\)\.$/m,
    );
    expect(md).not.toMatch(/seed 003_|003_7a904afc5627ed05/);
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
