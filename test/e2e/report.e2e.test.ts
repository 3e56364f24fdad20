import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
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

    await expect.poll(() => page.locator('#chart-heatmap-1 svg').isVisible()).toBe(true);
    expect(await page.locator('#chart-heatmap-2 svg').isVisible()).toBe(true);
    expect(await page.locator('#chart-heatmap-1 g.cell').count()).toBe(24);
    expect(await page.locator('#gaps h2').textContent()).toBe('8 Gaps and blind spots');
    expect(await page.locator('#table-gaps-2 tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('#recommendations h2').isVisible()).toBe(true);
    expect(await page.locator('#recommendations li.rec').count()).toBeGreaterThan(20);
    expect(await page.locator('#notes ol.footnotes li').count()).toBeGreaterThan(100);

    // A footnote marker leads to its note, and the note back to the marker.
    await page.locator('#table-9 sup.fn a').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#fn-\d+$/);

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

  it('asks for a file instead of printing a PDF to the terminal', () => {
    const r = cli(['report', 'company-b', '--format', 'pdf'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: a PDF report needs a file to go to: add -o FILE');
  });
});
