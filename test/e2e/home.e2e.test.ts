import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from '../cli/run-cli.js';
import { launchBrowser } from './browser.js';
import { serve, type Served } from './serve.js';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  const dataDir = freshDataDir();
  const imported = cli(['import', 'examples/cases/company-a.json', 'examples/cases/company-b.json', 'examples/cases/sl-it-sme.json'], {
    FOOTHOLD_DATA: dataDir,
  });
  expect(imported.code).toBe(0);
  server = await serve(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home page in Chromium', () => {
  it('lists the three sample firms with links to their case files', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(server.url);
    await expect.poll(() => page.locator('tr[data-firm]').count()).toBe(3);
    expect(await page.locator('tr[data-firm]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-firm')))).toEqual([
      'company-a',
      'company-b',
      'sl-it-sme',
    ]);
    expect(await page.locator('h1').textContent()).toBe('Foothold');

    const download = page.locator('tr[data-firm="company-b"] a', { hasText: 'download' });
    const href = await download.getAttribute('href');
    const res = await page.request.get(new URL(href ?? '', server.url).toString());
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { firm: { id: string } }).firm.id).toBe('company-b');

    mkdirSync(join(root, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(root, '.tmp/home.png'), fullPage: true });
    expect(failed).toEqual([]);
  });
});
