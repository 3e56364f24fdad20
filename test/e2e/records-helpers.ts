/** What the records and sources views' browser tests share: company-a's addresses, the records' shapes, reading the API, and the views' tables and toasts. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WebSuite } from './web.js';

export const API = '/api/workspaces/default/firms/company-a';
export const RECORDS = '/w/default/firms/company-a/records';

export interface Versioned<T> {
  version: number;
  record: T;
}
export interface Tie {
  id: string;
  from: string;
  to: string;
  networkType: string;
  strength?: number;
  trust?: number;
  description?: string;
  evidence?: string[];
  helpedWith?: { challenges: string[]; benefits: string[] };
}
export interface Actor {
  id: string;
  name: string;
  kind: string;
}
export interface Term {
  value: string;
  label: string;
}
export interface Segment {
  id: string;
  source: string;
  quote: string;
  location: string;
  codes: string[];
}

/** Reads a path of the suite's server with a page's request context, expecting 200. */
export function apiReader(suite: Pick<WebSuite, 'url'>) {
  return async function get<T>(page: Page, path: string): Promise<T> {
    const response = await page.request.get(suite.url(path));
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
}

export const tiesTable = (page: Page) => page.getByRole('table', { name: 'Ties' });
/** The cells of one column of a table's body, by its 1-based position (the row header is 1). */
export const column = (page: Page, table: string, n: number) =>
  page.getByRole('table', { name: table }).locator(`tbody tr:not(.edit-detail):not(.row-notice) > :nth-child(${n})`).allTextContents();
export const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
/** The problems a page recorded, without Chromium's console line for the refusal (status 409) the test provokes on purpose. */
export const besides409 = (problems: readonly string[]) => problems.filter((p) => !p.includes('the server responded with a status of 409'));
