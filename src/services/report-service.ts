/**
 * Reports: load and analyze the firms' cases, build the report document in core, and render it as
 * Markdown, one self-contained HTML file, a PDF printed from that HTML by Chromium, or the document
 * itself as JSON (what the web app draws).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { seedStudiesFileSchema, worksFileSchema, type Bibliography } from '../core/report/bibliography.js';
import { buildReport, type ReportDocument } from '../core/report/document.js';
import { renderHtml } from '../core/report/html.js';
import { renderMarkdown } from '../core/report/markdown.js';
import { InputError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { readReferenceFile } from './reference-file.js';
import type { AnalysisCache } from './analysis-cache.js';
import { loadAnalyzed } from './analysis-service.js';
import { countryName } from './reference-data.js';
import type { ReportFormat } from './report-formats.js';

export { REPORT_CONTENT_TYPES, REPORT_FORMATS, type ReportFormat } from './report-formats.js';

/** The same flags the browser tests use: headless, no sandbox (containers), nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let bibliography: Bibliography | undefined;

/**
 * The references reports give in full: the seed studies (data/reference/seed-studies.json) and the
 * works the knowledge base cites (data/reference/works.json), each checked against its schema.
 */
export function reportBibliography(): Bibliography {
  bibliography ??= {
    seeds: readReferenceFile('reference/seed-studies.json', seedStudiesFileSchema).studies,
    works: readReferenceFile('reference/works.json', worksFileSchema).works,
  };
  return bibliography;
}

/** The report document of one firm (a firm report) or several (a cross-case report), in the order given. */
export async function reportDocument(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  now: Date,
  cache?: AnalysisCache,
): Promise<ReportDocument> {
  const loaded = await loadAnalyzed(store, workspaceId, firmIds, now, cache);
  const cases = loaded.map((l) => l.caseFile);
  const analyses = loaded.map((l) => l.analysis);
  return buildReport({
    analyses,
    cases,
    generatedOn: now.toISOString().slice(0, 10),
    countryName,
    bibliography: reportBibliography(),
  });
}

/** Renders the report: Markdown, HTML or the document as JSON as text, PDF as bytes. */
export async function renderReport(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  format: 'md' | 'html' | 'json',
  now: Date,
  cache?: AnalysisCache,
): Promise<string>;
export async function renderReport(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  format: 'pdf',
  now: Date,
  cache?: AnalysisCache,
): Promise<Buffer>;
export async function renderReport(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  format: ReportFormat,
  now: Date,
  cache?: AnalysisCache,
): Promise<string | Buffer>;
export async function renderReport(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  format: ReportFormat,
  now: Date,
  cache?: AnalysisCache,
): Promise<string | Buffer> {
  const doc = await reportDocument(store, workspaceId, firmIds, now, cache);
  if (format === 'md') return renderMarkdown(doc);
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  const html = renderHtml(doc);
  return format === 'html' ? html : printPdf(html);
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

function chromiumMissing(path: string, detail?: string): InputError {
  return new InputError(
    `cannot make a PDF: Chromium is not available at ${path}${detail === undefined ? '' : ` (${detail})`}. ` +
      'Install it with "apt-get install -y chromium fonts-noto-core", or set CHROMIUM_PATH to a Chromium or Chrome binary',
    undefined,
    { option: 'format', value: 'html', effect: 'for a report that needs no Chromium (any browser can print it to PDF)' },
  );
}

/** Prints report HTML to an A4 PDF with Chromium; every request the page would make is refused. */
export async function printPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = chromiumPath(env);
  if (!existsSync(executablePath)) throw chromiumMissing(executablePath);
  // Loaded only here, so Markdown and HTML reports never need playwright-core.
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (err) {
    throw chromiumMissing(executablePath, `it did not start: ${err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)}`);
  }
  try {
    const page = await browser.newPage();
    // The report loads nothing; should it ever try, the request goes nowhere.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
