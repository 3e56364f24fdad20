/**
 * What the browser tests of the multi-user server share (issue 13): `foothold serve --auth` over the
 * sample cases with accounts made by addUser before it starts, and the login page filled in as a
 * user would. Used by login, accounts and audit-cohort tests.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { addUser, type AddUserInput } from '../../src/services/account-service.js';
import { openStore, storeConfigFromEnv } from '../../src/store/open.js';
import { cli, freshDataDir } from '../cli/run-cli.js';
import { launchBrowser } from './browser.js';
import { serve, type Served } from './serve.js';
import { SAMPLES, watchedPage, type WatchedPage } from './web.js';

export interface TestUser {
  email: string;
  name: string;
  password: string;
}

export const OWNER: TestUser = { email: 'olivia.owner@example.org', name: 'Olivia Owner', password: 'owner-password-1' };
export const VIEWER: TestUser = { email: 'victor.viewer@example.org', name: 'Victor Viewer', password: 'viewer-password-1' };

/** The owner and the viewer of the default workspace that every suite starts with. */
export const DEFAULT_ACCOUNTS: readonly AddUserInput[] = [
  { ...OWNER, workspace: 'default', role: 'owner' },
  { ...VIEWER, workspace: 'default', role: 'viewer' },
];

export interface AuthSuite {
  /** The data folder the server runs on. */
  readonly dataDir: string;
  /** The server's address of a path. */
  url(path: string): string;
  /** A new browser context (no cookie) opened at a path. */
  open(path: string): Promise<WatchedPage>;
}

/**
 * A login server on the sample cases and a browser, for one test file. `accounts` are given to
 * addUser in order: a new account with its password, or another membership of one made before.
 */
export function authSuite(accounts: readonly AddUserInput[] = DEFAULT_ACCOUNTS): AuthSuite {
  let server: Served | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test`);
    return value;
  };
  beforeAll(async () => {
    dataDir = freshDataDir();
    const imported = cli(['import', ...SAMPLES], { FOOTHOLD_DATA: dataDir });
    expect(imported.code, imported.stderr).toBe(0);
    const store = await openStore(storeConfigFromEnv({ FOOTHOLD_DATA: dataDir }, dataDir));
    try {
      for (const account of accounts) await addUser(store, account, new Date());
    } finally {
      await store.close();
    }
    server = await serve(dataDir, { auth: 'required' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const suite: AuthSuite = {
    get dataDir() {
      return started(dataDir, 'server');
    },
    url: (path) => new URL(path, `${started(server, 'server').url}/`).toString(),
    open: async (path) => {
      const watched = await watchedPage(started(browser, 'browser'));
      await watched.page.goto(suite.url(path));
      return watched;
    },
  };
  return suite;
}

export const loginHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Log in to Foothold' });

/** Fills the login form and sends it. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await loginHeading(page).waitFor();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/**
 * Logs in from the login page and waits until it has gone. The console errors seen before (the
 * browser reports each 401 of GET /api/session, which is how the app learns nobody is logged in)
 * are forgotten: from here on the page must stay clean.
 */
export async function logIn({ page, problems }: WatchedPage, who: { email: string; password: string }): Promise<void> {
  await submitLogin(page, who.email, who.password);
  await page.waitForURL((u) => u.pathname !== '/login');
  expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  problems.length = 0;
}
