/** What the web app's browser tests share: a server on the sample cases, pages that record problems, and axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { cli, freshDataDir } from '../cli/run-cli.js';
import { serve, type Served } from './serve.js';

export const SAMPLES = ['examples/cases/company-a.json', 'examples/cases/company-b.json', 'examples/cases/sl-it-sme.json'];

/** A server on a fresh data folder holding the given case files. */
export async function serveCases(files: readonly string[] = SAMPLES): Promise<Served & { dataDir: string }> {
  const dataDir = freshDataDir();
  if (files.length > 0) {
    const imported = cli(['import', ...files], { FOOTHOLD_DATA: dataDir });
    expect(imported.code, imported.stderr).toBe(0);
  }
  return { ...(await serve(dataDir)), dataDir };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** A new page that records console errors, uncaught errors and failed requests. */
export async function watchedPage(browser: Browser, viewport = DESKTOP): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page (evaluated through the browser's debugging protocol, which the page's CSP does not stop) and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // A string, evaluated in the page: this file is compiled for Node, without the DOM's types.
  const violations = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)")) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact}: ${v.id} (${v.help}) at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
}

/** Does the page scroll sideways? (It may not at 390 px: wide tables scroll inside their own region.) */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1')) as boolean;
}
