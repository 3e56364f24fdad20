import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from '../cli/run-cli.js';
import { launchBrowser } from './browser.js';

let browser: Browser;
let env: Record<string, string>;
let out: string;

beforeAll(async () => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  const imported = cli(['import', 'examples/cases/company-a.json', 'examples/cases/company-b.json'], env);
  expect(imported.code, imported.stderr).toBe(0);
  out = mkdtempSync(join(tmpdir(), 'foothold-report-'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The accessible name Chromium computes for an element, read from Playwright's ARIA snapshot of it. */
async function accessibleName(locator: Locator): Promise<string> {
  const line = (await locator.ariaSnapshot()).split('\n')[0] ?? '';
  const quoted = /^- '?[a-z]+ "((?:[^"\\]|\\.)*)"/.exec(line);
  if (quoted?.[1] === undefined) throw new Error(`no accessible name in the ARIA snapshot line: ${line}`);
  return JSON.parse(`"${quoted[1]}"`) as string;
}

describe('foothold report: the cross-case HTML report in Chromium', () => {
  it('opens from a file without a single request beyond the file, and shows heatmaps, gaps and recommendations', async () => {
    const file = join(out, 'cross-case.html');
    const made = cli(['report', 'company-a', 'company-b', '--format', 'html', '-o', file], env);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(`wrote ${file}`);

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Company A and Company B');
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    expect(await contents.count()).toBe(13);

    // It opens with the executive summary: each firm's first steps, each with why, then its key findings.
    const summary = page.locator('#summary');
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('1 Executive summary');
    for (const firm of ['Company A', 'Company B']) {
      const part = summary.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: firm }) });
      expect(await part.getByRole('list').first().getByRole('listitem').count()).toBe(5);
      expect(await part.getByText('Why', { exact: true }).count()).toBe(5);
      expect(await part.getByText('Key findings.').isVisible()).toBe(true);
    }

    // The findings quote the thesis's own conclusion, the quote linked to its evidence note.
    const findings = page.locator('#findings');
    const quote = findings.locator('blockquote').filter({ hasText: 'Company B mainly relies on social networks' });
    expect(await quote.isVisible()).toBe(true);
    const quoteNote = (await quote.getByRole('link').first().textContent()) ?? '';
    expect(await page.locator(`#fn-${quoteNote}`).textContent()).toContain('In contrast, Company B mainly relies on social networks.');

    // Each heatmap is an image whose accessible name reads out every cell: thesis Table 10, 6 × 4.
    const heatmapA = page.getByRole('img', { name: /^Chart \d+\. Utilization heatmap — Company A / });
    await expect.poll(() => heatmapA.isVisible()).toBe(true);
    const nameA = await accessibleName(heatmapA);
    expect(nameA).toContain('Regulatory and institutional challenges: social Moderate, business High, institutional High, digital Low;');
    expect(nameA.match(/(social|business|institutional|digital) (Not used|Low|Moderate|High)/g)).toHaveLength(24);
    const heatmapB = page.getByRole('img', { name: /^Chart \d+\. Utilization heatmap — Company B / });
    expect(await heatmapB.isVisible()).toBe(true);
    // Company B has no Table 10 row for the country-of-origin effect: its four cells are suggested by the ties.
    expect(await accessibleName(heatmapB)).toContain(
      'Country-of-origin effect: social Not used (suggested), business Not used (suggested), institutional Not used (suggested), digital Not used (suggested).',
    );

    // Each rating in Table 9 carries a ◆ per kind of source behind it, read out in words; the legend is under the table.
    // Both regulatory ratings quote the thesis (a document) and an interview (IA1; IB1).
    const table9 = page.getByRole('figure', { name: 'Table 9. Internationalization challenges' });
    const regulatory = table9.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regulatory and institutional challenges' }) });
    expect(await regulatory.getByRole('img', { name: '2 kinds of source: interview, document' }).count()).toBe(2);
    expect(await table9.getByText(/^Each ◆ after a value is one kind of source behind it/).isVisible()).toBe(true);

    // From the contents to the gaps, whose table has a row for each of Company B's 19 gaps.
    await contents.filter({ hasText: 'Gaps and blind spots' }).click();
    expect(new URL(page.url()).hash).toBe('#gaps');
    expect(await page.getByRole('heading', { level: 2, name: '9 Gaps and blind spots' }).isVisible()).toBe(true);
    const gapsB = page.getByRole('figure', { name: 'Gaps — Company B' });
    expect(
      await gapsB
        .getByRole('row')
        .filter({ has: page.getByRole('cell') })
        .count(),
    ).toBe(19);

    // Three recommendations for Company A and 27 for Company B, each saying why it applies.
    expect(await page.getByRole('heading', { level: 2, name: '10 Recommendations' }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('listitem')
        .filter({ has: page.getByText('Why here', { exact: true }) })
        .count(),
    ).toBe(30);

    // Every evidence note that a marker cites links back to it.
    expect(await page.getByRole('heading', { level: 2, name: '13 Evidence notes' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Back to the first use of note \d+$/ }).count()).toBeGreaterThan(100);

    // A footnote marker leads to its note, and the note back to the marker.
    const marker = page.getByRole('figure', { name: 'Table 9. Internationalization challenges' }).getByRole('link').first();
    const note = (await marker.textContent()) ?? '';
    await marker.click();
    expect(new URL(page.url()).hash).toBe(`#fn-${note}`);
    await page.getByRole('link', { name: `Back to the first use of note ${note}` }).click();
    expect(new URL(page.url()).hash).toBe(`#fnref-${note}`);

    await page.screenshot({ path: join(root, '.tmp/report-e2e.png') });
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });
});

describe('foothold report: PDF', () => {
  it('prints a firm report that renders to an image', () => {
    const pdf = join(out, 'r.pdf');
    const made = cli(['report', 'company-b', '--format', 'pdf', '-o', pdf], env);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(`wrote ${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const prefix = join(out, 'page');
    const rendered = spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, prefix], { encoding: 'utf8' });
    expect(rendered.error?.message, 'pdftoppm is missing: apt-get install -y poppler-utils').toBeUndefined();
    expect(rendered.status, rendered.stderr).toBe(0);
    const png = readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    const bytes = readFileSync(join(out, png ?? ''));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(join(out, png ?? '')).size).toBeGreaterThan(5_000);
  });

  it('fits the executive summary of the cross-case report on one page, after the cover', () => {
    const pdf = join(out, 'cross-case.pdf');
    const made = cli(['report', 'company-a', 'company-b', '--format', 'pdf', '-o', pdf], env);
    expect(made.code, made.stderr).toBe(0);
    const pageText = (n: number) => {
      const r = spawnSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(r.error?.message, 'pdftotext is missing: apt-get install -y poppler-utils').toBeUndefined();
      return r.stdout;
    };
    const summary = pageText(2);
    expect(summary).toMatch(/^\s*1 Executive summary/);
    // The last thing in it, Company B's key findings, is still on this page.
    expect(summary).toContain('Key findings. Company B relies mainly on social networks.');
    expect(summary).toMatch(/knowledge base offers \w+ recommendations?\.\s*Foothold · Company A and Company B/);
    expect(pageText(3)).toMatch(/^\s*2 Findings/);
  });

  it('asks for a file instead of printing a PDF to the terminal', () => {
    const r = cli(['report', 'company-b', '--format', 'pdf'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: a PDF report needs a file to go to: add -o FILE');
  });
});
