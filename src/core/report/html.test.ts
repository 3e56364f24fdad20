import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { parsedCase } from '../../test-support/cases.js';
import { sampleCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import { buildReport } from './document.js';
import { renderHtml } from './html.js';
import { cssString } from './html-style.js';

const now = new Date('2025-06-01T00:00:00Z');
const html = (cases: CaseFile[]) =>
  renderHtml(buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography() }));
const cases = [sampleCase('company-a'), sampleCase('company-b')];

describe('renderHtml: the company-a + company-b cross-case report', () => {
  // Made before each test, not when the file loads: Stryker activates a mutant only while tests
  // run, so a report built at load time could never show one.
  let out = '';
  let ids: string[] = [];
  beforeEach(() => {
    out = html(cases);
    ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  });

  it('is one self-contained English document', () => {
    expect(out.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(out).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    expect(out).not.toMatch(/<script/i);
    // Addresses appear only as text (references, official sources), never as something to load or follow.
    expect(out).not.toMatch(/(src|href|action|srcset|xlink:href)="https?:/i);
    expect(out).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(out).not.toMatch(/@import|url\(/i);
    expect(out).not.toMatch(/\son[a-z]+=/i);
    expect(out.match(/<style>/g)).toHaveLength(1);
    expect(out.match(/<\/style>/g)).toHaveLength(1);
  });

  it('prints on A4 with page numbers and keeps rows, figures and recommendations whole', () => {
    expect(out).toContain('@page{size:A4;');
    expect(out).toContain('counter(page)');
    expect(out).toMatch(/@media print\{[^]*thead\{display:table-header-group\}/);
    expect(out).toMatch(/tr,th,td\{break-inside:avoid\}/);
  });

  it('links every note marker to its note and every note back to its first use', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const target of new Set(targets)) expect(ids, `#${target}`).toContain(target);
    const notes = [...out.matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1]));
    expect(notes.length).toBeGreaterThan(100);
    for (const n of notes) {
      expect(ids).toContain(`fnref-${n}`);
      expect(out).toContain(`href="#fnref-${n}"`);
    }
  });

  it('draws the heatmaps, with the level written in every cell', () => {
    expect(out.match(/<figure class="chart-block" id="chart-heatmap-\d"/g)).toHaveLength(2);
    const heatmap = /<figure class="chart-block" id="chart-heatmap-2">([^]*?)<\/figure>/.exec(out)?.[1] ?? '';
    expect(heatmap).toContain('<title id="chart-heatmap-2-svg-title">Chart 4. Utilization heatmap — Company B</title>');
    expect(heatmap.match(/<g class="cell">/g)).toHaveLength(7 * 4);
    expect(heatmap).toMatch(
      /<title>Regulatory and institutional challenges × social network: High\. The analyst saw more use than the tagged ties explain: [^<]+ Evidence: notes [\d–, ]+\.<\/title>/,
    );
  });

  it('opens with the action plan, states the findings with quotes that link to their notes, and lists its sources once', () => {
    expect(out).toMatch(/<section id="summary" class="level-2"><h2><span class="num">1<\/span> Executive summary<\/h2>/);
    expect(out).toMatch(
      /<section id="summary-1" class="level-3"><h3><span class="num">1\.1<\/span> Company A<\/h3><div class="plan"><p class="lead-in">What to do first<\/p><ol class="plan-steps"><li><p class="step">/,
    );
    expect(out).toMatch(/<div class="finding"><p><strong class="run-in">Network types: Company B\.<\/strong> Company B relies mainly on social networks\./);
    expect(out).toMatch(
      /<blockquote><p><span class="lead">Company B, in the source’s words:<\/span> <q>In contrast, Company B mainly relies on social networks\.[^<]*<\/q><sup class="fn"><a href="#fn-\d+" id="fnref-\d+">/,
    );
    expect(out).toContain('<p class="sources-title">The notes quote these sources:</p>');
    expect(out).toMatch(
      /<li id="source-1">Badamgarav \(2025\), the thesis: one of the two seed studies; its full reference is under Works cited\. <a href="#work-seed-thesis">See the entry\.<\/a>/,
    );
    expect(out.match(/The Role of Networks in Overcoming SME Internationalization Challenges/g)).toHaveLength(1);
  });

  it('has the gaps and recommendations of each firm', () => {
    expect(out).toContain('<section id="gaps-1" class="level-3"><h3><span class="num">9.1</span> Company A</h3>');
    expect(out).toContain('<figure class="table-block" id="table-gaps-2">');
    expect(out).toContain('<p class="rec-title">Use digital platforms to find local regulatory intermediaries</p>');
    expect(out).toMatch(/<a href="#work-galkina-et-al-2023">Galkina et al\. \(2023\)<\/a>/);
  });
});

describe('renderHtml: escaping', () => {
  it('escapes case text everywhere it appears: headings, tables, charts, notes, the page footer', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const input = sampleCaseInput();
    (input.firm as { name: string }).name = `${hostile} "</style><script>alert(2)</script>`;
    (input.segments as { quote: string }[])[0]!.quote = `${hostile} & more`;
    (input.challengeRatings as { description?: string }[])[0]!.description = hostile;
    const page = html([parsedCase(input)]);
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/<script/i);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;&lt;/style&gt;&lt;script&gt;');
    expect(page).toContain('<q>&lt;img src=x onerror=alert(1)&gt; &amp; more</q>');
  });

  it('writes CSS strings that nothing can close', () => {
    expect(cssString('Acme "Oy" </style>')).toBe('"Acme \\22 Oy\\22  \\3c \\2f style\\3e "');
  });
});
