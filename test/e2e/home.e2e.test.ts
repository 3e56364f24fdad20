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
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Foothold');
    expect(await page.getByRole('heading', { level: 2, name: 'Workspace default' }).count()).toBe(1);

    // Body rows have cells; the header row has column headers only.
    const firmRows = page.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect.poll(() => firmRows.count()).toBe(3);
    const firms: string[][] = [];
    for (const row of await firmRows.all()) firms.push((await row.getByRole('cell').allTextContents()).slice(0, 3).map((text) => text.trim()));
    expect(firms).toEqual([
      ['Company A', 'company-a', 'FI'],
      ['Company B', 'company-b', 'MN'],
      ['Sri Lankan IT SME (focal company)', 'sl-it-sme', 'LK'],
    ]);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Firm', 'Id', 'Country', 'Case file']);

    const download = page.getByRole('row', { name: /^Company B / }).getByRole('link', { name: 'download' });
    const href = await download.getAttribute('href');
    const res = await page.request.get(new URL(href ?? '', server.url).toString());
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { firm: { id: string } }).firm.id).toBe('company-b');

    mkdirSync(join(root, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(root, '.tmp/home.png'), fullPage: true });
    expect(failed).toEqual([]);
  });
});
