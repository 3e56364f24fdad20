/**
 * The evidence views in Chromium on the sample cases, read against the API's own answers: company-b's
 * challenge × network-type heatmap with a cell's quotes opened by keyboard (Escape gives focus back),
 * its codes tree, the matrix of company-a and company-b side by side, two coders set up through the
 * API and their kappa on the agreement view, a .qdpx downloaded from company-b and imported into
 * sl-it-sme through the file chooser, a pseudonymized copy saved as JSON, an empty firm's empty
 * states, and axe on every view.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiReader } from './records-helpers.js';
import { seriousViolations, watchedPage, webSuite } from './web.js';

interface Triangulation {
  count: number;
  kinds: string[];
}
interface FrameworkMatrix {
  firms: { id: string; name: string }[];
  codes: { id: string; name: string }[];
  cells: { firm: string; code: string; segments: string[]; triangulation: Triangulation }[];
  challengeNetwork: {
    firm: string;
    challenges: { id: string; name: string }[];
    cells: { challenge: string; networkType: string; level?: string; segments: string[]; triangulation: Triangulation }[];
  }[];
  quotes: { firm: string; segment: string; quote: string; location: string; sourceTitle: string }[];
}
interface Figure {
  kappa: number | null;
  observed: number;
  both: number;
  onlyA: number;
  onlyB: number;
}
interface SourceAgreement {
  coders: [string, string];
  overall: Figure;
  perCode: (Figure & { code: string })[];
  disagreements: { unit: number; code: string; appliedBy: 'A' | 'B' }[];
  unitTexts: Record<string, string>;
  codeNames: Record<string, string>;
}
interface Versioned<T> {
  record: T;
}

const suite = webSuite();
const { url, open } = suite;
const get = apiReader(suite);
const WS = '/api/workspaces/default';
const B = `${WS}/firms/company-b`;
const files = mkdtempSync(join(tmpdir(), 'foothold-evidence-'));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const kinds = (n: number) => `${n} ${n === 1 ? 'kind' : 'kinds'} of source`;
const kappaText = (k: number | null) => (k === null ? 'n/a' : k < 0 ? `−${Math.abs(k).toFixed(2)}` : k.toFixed(2));
const activeLabel = (page: Page) => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? null');

const TWO_CODERS_SOURCE = 'src-two-coders';
/** Four speaker turns; MB and JK both code turn 1 as institutional, MB alone turn 2 as social, JK alone turn 3 as financial. */
const TRANSCRIPT =
  'Alice: We met the chamber in Ulaanbaatar.\n\nBob: Our friends helped us find a distributor.\n\nAlice: The loan came from the state bank.\n\nBob: LinkedIn was no use to us.\n';

/** Gives company-b a source with a transcript that MB and JK both coded, through the API; once. */
async function twoCoders(page: Page): Promise<void> {
  const sources = await get<Versioned<{ id: string }>[]>(page, `${B}/sources`);
  if (sources.some((s) => s.record.id === TWO_CODERS_SOURCE)) return;
  const post = async (path: string, body: string | object, type = 'application/json') => {
    const response = await page.request.post(url(path), { data: body, headers: { 'content-type': type } });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  };
  await post(`${B}/sources`, { id: TWO_CODERS_SOURCE, kind: 'interview', title: 'Interview coded twice' });
  const transcript = await post(`${B}/sources/${TWO_CODERS_SOURCE}/transcript?name=twice.txt`, TRANSCRIPT, 'application/octet-stream');
  const segment = async (id: string, quote: string, code: string, coder: string) => {
    const start = TRANSCRIPT.indexOf(quote); // ASCII, so UTF-16 and code-point offsets agree
    await post(`${B}/segments`, {
      id,
      source: TWO_CODERS_SOURCE,
      quote,
      span: { transcript: transcript['id'], start, end: start + quote.length },
      codes: [code],
      coder,
    });
  };
  await segment('seg-two-1', 'We met the chamber in Ulaanbaatar.', 'network:institutional', 'MB');
  await segment('seg-two-2', 'We met the chamber in Ulaanbaatar.', 'network:institutional', 'JK');
  await segment('seg-two-3', 'Our friends helped us find a distributor.', 'network:social', 'MB');
  await segment('seg-two-4', 'The loan came from the state bank.', 'challenge:financial_resource', 'JK');
}

describe('the framework matrix of company-b', () => {
  it('shows challenges × network types as a heatmap whose cells open their quotes by keyboard', async () => {
    const { page, problems } = await open('/w/default/firms/company-b/matrix');
    const heatmap = page.getByRole('table', { name: 'Challenges × network types of Company B' });
    await heatmap.waitFor();
    expect(await page.title()).toBe('Framework matrix — Company B — Foothold');
    const nav = page.getByRole('navigation', { name: 'Views of Company B' });
    expect(await nav.getByRole('link', { name: 'Matrix', exact: true }).getAttribute('aria-current')).toBe('page');

    const matrix = await get<FrameworkMatrix>(page, `${WS}/framework-matrix?firms=company-b`);
    const part = matrix.challengeNetwork.find((p) => p.firm === 'company-b')!;
    expect(await heatmap.getByRole('rowheader').allTextContents()).toEqual(part.challenges.map((c) => c.name));
    // A cell with a recorded level and more than one quote, and the last of its quotes.
    const cell = part.cells.find((c) => c.level !== undefined && new Set(c.segments).size > 1)!;
    const challenge = part.challenges.find((c) => c.id === cell.challenge)!.name;
    const segments = [...new Set(cell.segments)];
    const quote = matrix.quotes.find((q) => q.segment === segments[segments.length - 1])!;
    const name = `${challenge} × ${cell.networkType} network: ${cell.level}, ${plural(segments.length, 'quote')}, ${kinds(cell.triangulation.count)}`;
    const button = heatmap.getByRole('button', { name, exact: true });
    expect(await button.textContent()).toBe(`${cell.level} ${plural(segments.length, 'quote')} ${kinds(cell.triangulation.count)}`);

    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `${challenge} × ${cell.networkType} network` });
    await dialog.waitFor();
    const item = dialog.getByRole('listitem').filter({ hasText: quote.quote.slice(0, 80) });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(quote.sourceTitle);
    expect(await item.textContent()).toContain(`Location: ${quote.location}`);
    expect(
      await dialog
        .getByRole('list', { name: /^Quotes behind / })
        .locator(':scope > li')
        .count(),
    ).toBe(segments.length);
    expect(await seriousViolations(page), 'with the quotes open').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await activeLabel(page)).toBe(name);
    expect(await seriousViolations(page), 'the heatmap').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lists the codes as a tree with their segments and kinds of source, each count opening its quotes', async () => {
    const { page, problems } = await open('/w/default/firms/company-b/matrix');
    const codes = page.getByRole('table', { name: 'Codes of Company B' });
    await codes.waitFor();
    const matrix = await get<FrameworkMatrix>(page, `${WS}/framework-matrix?firms=company-b`);
    const used = matrix.codes.filter((c) => matrix.cells.some((x) => x.code === c.id && x.segments.length > 0));
    expect(await codes.getByRole('rowheader').allTextContents()).toEqual(used.map((c) => c.name));
    await page.getByRole('checkbox', { name: 'List the codes no segment uses too' }).check();
    await expect.poll(() => codes.getByRole('rowheader').count()).toBe(matrix.codes.length);

    const social = matrix.cells.find((c) => c.code === 'network:social')!;
    const n = new Set(social.segments).size;
    const count = codes.getByRole('button', { name: `Social network, Company B: ${plural(n, 'segment')}, ${kinds(social.triangulation.count)}`, exact: true });
    expect(await count.textContent()).toBe(String(n));
    await count.click();
    const dialog = page.getByRole('dialog', { name: 'Social network — Company B' });
    await dialog.waitFor();
    expect(
      await dialog
        .getByRole('list', { name: /^Quotes behind / })
        .locator(':scope > li')
        .count(),
    ).toBe(n);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await activeLabel(page)).toBe(await count.getAttribute('aria-label'));
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the framework matrix of several firms', () => {
  it('sets company-a and company-b side by side, chosen with checkboxes kept in the address', async () => {
    const { page, problems } = await open('/w/default/compare?firms=company-a,company-b');
    await page.getByRole('link', { name: 'Their coded evidence in the framework matrix' }).click();
    const table = page.getByRole('table', { name: 'Codes of Company A, Company B' });
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('firms')).toBe('company-a,company-b');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Code matrix' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('checkbox', { name: 'Company A', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Sri Lankan IT SME (focal company)' }).isChecked()).toBe(false);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Company A', 'Company B', 'Code', 'Segments', 'Kinds of source (triangulation)']),
    );

    const matrix = await get<FrameworkMatrix>(page, `${WS}/framework-matrix?firms=company-a,company-b`);
    for (const firm of matrix.firms) {
      const cell = matrix.cells.find((c) => c.firm === firm.id && c.code === 'challenge:financial_resource')!;
      const n = new Set(cell.segments).size;
      await table
        .getByRole('button', { name: `Financial and resource constraints, ${firm.name}: ${plural(n, 'segment')}, ${kinds(cell.triangulation.count)}` })
        .waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Company A', exact: true }).uncheck();
    await page.waitForURL((u) => u.searchParams.get('firms') === 'company-b');
    await page.getByRole('table', { name: 'Codes of Company B' }).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('two coders on company-b', () => {
  it('shows the kappa and the disagreements the API gives, side by side', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await twoCoders(page);
    await page.goto(url('/w/default/firms/company-b/agreement'));
    await page.getByLabel('Source with a transcript').selectOption(TWO_CODERS_SOURCE);
    await page.waitForURL((u) => u.searchParams.get('source') === TWO_CODERS_SOURCE);
    // MB and JK are the transcript's only coders: they are compared at once, A–Z.
    expect(await page.getByLabel('Coder A').inputValue()).toBe('JK');
    expect(await page.getByLabel('Coder B').inputValue()).toBe('MB');

    const a = await get<SourceAgreement>(page, `${B}/agreement?source=${TWO_CODERS_SOURCE}&coders=JK,MB`);
    const facts = page.getByRole('definition');
    await page.getByRole('heading', { name: 'JK and MB on Interview coded twice' }).waitFor();
    expect((await facts.allTextContents()).slice(0, 2)).toEqual([kappaText(a.overall.kappa), `${Math.round(a.overall.observed * 100)}%`]);
    await page.getByText('1 = perfect agreement, 0 = chance', { exact: false }).waitFor();

    const perCode = page.getByRole('table', { name: 'Agreement per code' });
    expect(await perCode.getByRole('columnheader').allTextContents()).toEqual(['Code', 'Kappa', 'Observed', 'Both', 'Only JK', 'Only MB', 'Neither']);
    for (const c of a.perCode) {
      const cells = await perCode
        .getByRole('row', { name: a.codeNames[c.code] ?? c.code })
        .getByRole('cell')
        .allTextContents();
      expect(cells.slice(0, 1).concat(cells.slice(2, 5)), c.code).toEqual([kappaText(c.kappa), String(c.both), String(c.onlyA), String(c.onlyB)]);
    }

    for (const d of a.disagreements) {
      const unit = page.getByRole('region', { name: `Turn ${d.unit + 1}` });
      expect(await unit.locator('blockquote').textContent()).toBe(a.unitTexts[String(d.unit)]);
      const row = await unit
        .getByRole('row', { name: a.codeNames[d.code] ?? d.code })
        .getByRole('cell')
        .allTextContents();
      expect(row).toEqual(d.appliedBy === 'A' ? ['applied', 'not applied'] : ['not applied', 'applied']);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The other way round, from the address.
    await page.goto(url(`/w/default/firms/company-b/agreement?source=${TWO_CODERS_SOURCE}&coders=MB,JK`));
    await page.getByRole('heading', { name: 'MB and JK on Interview coded twice' }).waitFor();
    expect(await page.getByRole('table', { name: 'Agreement per code' }).getByRole('columnheader').nth(4).textContent()).toBe('Only MB');
    expect(problems).toEqual([]);
  });
});

describe('exchange with other tools', () => {
  it('downloads company-b as .qdpx and imports it into sl-it-sme through the file chooser', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await twoCoders(page);
    await page.goto(url('/w/default/firms/company-b/exchange'));
    expect(await page.getByRole('link', { name: 'Download REFI-QDA codebook (.qdc)' }).getAttribute('href')).toBe(`${WS}/qdc?firms=company-b`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download REFI-QDA project (.qdpx)' }).click()]);
    expect(download.suggestedFilename()).toBe('company-b.qdpx');
    const file = join(files, 'company-b.qdpx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await seriousViolations(page)).toEqual([]);

    // What the file carries: company-b's transcripts, and its segments placed in them.
    const transcripts = await get<Versioned<{ id: string }>[]>(page, `${B}/transcripts`);
    const placed = (await get<Versioned<{ span?: unknown }>[]>(page, `${B}/segments`)).filter((s) => s.record.span !== undefined);
    const count = async (path: string) => (await get<unknown[]>(page, `${WS}/firms/sl-it-sme/${path}`)).length;
    const before = { sources: await count('sources'), segments: await count('segments'), codes: await count('codes') };

    await page.goto(url('/w/default/firms/sl-it-sme/exchange'));
    await page.getByLabel('The project’s texts are').selectOption({ label: 'Interviews' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Project file (.qdpx)').click()]);
    await chooser.setFiles(file);
    await page.getByRole('button', { name: 'Import the project' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Imported' });
    await result.waitFor();

    const after = { sources: await count('sources'), segments: await count('segments'), codes: await count('codes') };
    expect(after.sources - before.sources).toBe(transcripts.length);
    expect(after.segments - before.segments).toBe(placed.length);
    expect(await result.textContent()).toContain(
      `Imported ${plural(after.codes - before.codes, 'code')}, ${plural(transcripts.length, 'source')} and ${plural(placed.length, 'segment')}.`,
    );
    await result.getByText('Nothing was skipped.').waitFor();
    const sources = await get<Versioned<{ id: string; kind: string }>[]>(page, `${WS}/firms/sl-it-sme/sources`);
    expect(sources.slice(before.sources).map((s) => s.record.kind)).toEqual(transcripts.map(() => 'interview'));
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('makes a pseudonymized copy of company-a, lists what was replaced and what is left, and saves it as JSON', async () => {
    const { page, problems } = await open('/w/default/firms/company-a/exchange');
    await page.getByLabel('Pseudonym of the firm').fill('Firm Z');
    const extra = page.getByLabel('More names to replace, one a line as NAME = PSEUDONYM');
    await extra.fill('Finland');
    await page.getByRole('button', { name: 'Make the pseudonymized copy' }).click();
    await page.getByText('Line 1: write the name, then "=", then its pseudonym', { exact: false }).waitFor();
    expect(await extra.getAttribute('aria-invalid')).toBe('true');

    await extra.fill('Finland = Country F');
    await page.getByRole('button', { name: 'Make the pseudonymized copy' }).click();
    const pseudonyms = page.getByRole('table', { name: 'Replaced everywhere' });
    await pseudonyms.waitFor();
    const copy = await get<{ pseudonyms: { original: string; pseudonym: string }[]; remaining: unknown[] }>(
      page,
      `${WS}/firms/company-a/anonymized?firmName=Firm%20Z&replace=${encodeURIComponent('Finland=Country F')}`,
    );
    expect(await pseudonyms.getByRole('rowheader').allTextContents()).toEqual(copy.pseudonyms.map((p) => p.original));
    expect(await pseudonyms.getByRole('row', { name: 'Finland' }).getByRole('cell').first().textContent()).toBe('Country F');
    await page.getByRole('table', { name: /^Capitalised words left, to review/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pseudonymized case' }).click()]);
    expect(download.suggestedFilename()).toBe('firm-z-pseudonymized.json');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const saved = JSON.parse(text) as { firm: { name: string } };
    expect(saved.firm.name).toBe('Firm Z');
    expect(text).not.toContain('Finland');
    expect(text).not.toContain('Company A');
    expect(problems).toEqual([]);
  });
});

describe('a firm with nothing coded', () => {
  it('explains how to code on the matrix, and that agreement needs a transcript', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    const empty = { format: 'foothold.case/2', firm: { id: 'uncoded-firm', name: 'Uncoded Firm', countryOfOrigin: 'GH' } };
    const created = await page.request.post(url('/api/workspaces/default/cases'), { data: empty, headers: { 'content-type': 'application/json' } });
    expect(created.status(), await created.text()).toBeLessThan(300);
    await page.goto(url('/w/default/firms/uncoded-firm/matrix'));
    await page.getByText('Nothing is coded yet.').waitFor();
    expect(await page.getByRole('link', { name: 'sources and evidence', exact: true }).getAttribute('href')).toBe('/w/default/firms/uncoded-firm/sources');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(url('/w/default/firms/uncoded-firm/agreement'));
    await page.getByText('No source has a transcript yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
