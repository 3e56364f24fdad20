// Screenshots of the company-a + company-b cross-case HTML report, opened from a file in Debian's
// Chromium: docs/screenshots/cross-case-report.png (its first screens; the whole page with --full) and
// cross-case-report-utilization.png (Table 10 and the heatmaps). Run: npx tsx scripts/screenshot-report.ts
// Also writes the report itself to .tmp/cross-case-report.html for a look in a browser.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parseCaseText } from '../src/core/case-file/index.js';
import { importCases } from '../src/services/case-service.js';
import { CHROMIUM_ARGS, chromiumPath, renderReport } from '../src/services/report-service.js';
import { openStore } from '../src/store/open.js';

const root = new URL('..', import.meta.url).pathname;
const full = process.argv.includes('--full');
const firms = ['company-a', 'company-b'];

const store = await openStore({ kind: 'sqlite', file: ':memory:' });
let html: string;
try {
  const items = firms.map((id) => {
    const file = join(root, 'examples/cases', `${id}.json`);
    const parsed = parseCaseText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file} is not a valid case file`);
    return { origin: file, caseFile: parsed.caseFile };
  });
  await importCases(store, 'default', items, { replace: false });
  html = await renderReport(store, 'default', firms, 'html', new Date());
} finally {
  await store.close();
}

mkdirSync(join(root, '.tmp'), { recursive: true });
const htmlFile = join(root, '.tmp/cross-case-report.html');
writeFileSync(htmlFile, html);

const executablePath = chromiumPath();
if (!existsSync(executablePath))
  throw new Error(`Chromium is not installed at ${executablePath}; install it with: apt-get install -y chromium fonts-noto-core`);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 2600 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(htmlFile).href);
  const dir = join(root, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'cross-case-report.png');
  await page.screenshot({ path: out, fullPage: full });
  console.log(`wrote ${out}`);
  // The network utilization section: Table 10, then each firm's heatmap and recorded-vs-suggested table.
  const section = join(dir, 'cross-case-report-utilization.png');
  await page.locator('#utilization').screenshot({ path: section });
  console.log(`wrote ${section}`);
} finally {
  await browser.close();
}
