/** What the web app's browser tests share: a server on the sample cases, pages that record problems, and axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.js';
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
  // A navigation (a reload, a link followed) cancels what the page it leaves still had in flight, and
  // Chromium reports those as failed with ERR_ABORTED: the browser's doing, not the app's. A request
  // counts as cancelled so when a navigation of the main frame started after it.
  let navigations = 0;
  const navigationsBefore = new WeakMap<Request, number>();
  page.on('request', (r) => {
    navigationsBefore.set(r, navigations);
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error === 'net::ERR_ABORTED' && (navigationsBefore.get(r) ?? navigations) < navigations) return;
    problems.push(`request failed: ${r.url()} ${error}`);
  });
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

/** A server on the given cases and a browser for one test file, started before its tests and stopped after them. */
export interface WebSuite {
  readonly browser: Browser;
  readonly server: Served & { dataDir: string };
  /** The server's address of a path. */
  url(path: string): string;
  /** A watched page opened at a path. */
  open(path: string, viewport?: { width: number; height: number }): Promise<WatchedPage>;
}

export function webSuite(files: readonly string[] = SAMPLES): WebSuite {
  let browser: Browser | undefined;
  let server: (Served & { dataDir: string }) | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test`);
    return value;
  };
  const suite: WebSuite = {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
    url: (path) => new URL(path, suite.server.url + '/').toString(),
    open: async (path, viewport = DESKTOP) => {
      const watched = await watchedPage(suite.browser, viewport);
      await watched.page.goto(suite.url(path));
      return watched;
    },
  };
  beforeAll(async () => {
    server = await serveCases(files);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return suite;
}
