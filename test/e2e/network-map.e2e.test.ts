/**
 * The network map in Chromium on the sample cases: company-a's map drawn by sigma with a legend
 * that counts the API's ties, filters kept in the URL (network type, market, status, key person),
 * a tie chosen in the table with its details and quotes, the search for an actor, the message and
 * working table without WebGL, the empty state, axe, and the phone size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface TieRecord {
  id: string;
  from: string;
  to: string;
  networkType: 'social' | 'business' | 'institutional' | 'digital';
  status: string;
  markets?: string[];
}
interface ActorRecord {
  id: string;
  name: string;
  countries?: string[];
}

const shots = join(root, process.env['SCREENSHOTS'] ?? '.tmp/screenshots');
const MAP = '/w/default/firms/company-a/network';
const NAMES = { social: 'Social', business: 'Business', institutional: 'Institutional', digital: 'Digital' } as const;

const suite = webSuite();
const { url, open } = suite;
beforeAll(() => mkdirSync(shots, { recursive: true }));

async function records<T>(page: Page, collection: string): Promise<T[]> {
  const rows = (await (await page.request.get(url(`/api/workspaces/default/firms/company-a/${collection}`))).json()) as { record: T }[];
  return rows.map((r) => r.record);
}

const tieRows = (page: Page) =>
  page
    .getByRole('region', { name: 'Ties shown on the map' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

/** The ids of the ties the table lists, once it has settled on `count` rows. */
async function listedTies(page: Page, count: number): Promise<string[]> {
  await expect.poll(() => tieRows(page).count()).toBe(count);
  return tieRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tie') ?? ''));
}

/** The map has been drawn: sigma's canvases are in the page and the page marked its first render. */
async function mapDrawn(page: Page): Promise<void> {
  await page
    .getByRole('img', { name: /^Network map of Company A/ })
    .locator('canvas')
    .first()
    .waitFor();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('network-map:first-render').length)).toBeGreaterThan(0);
}

describe('the network map of company-a', () => {
  it('draws the map, with a legend that counts the ties of each network type as the API has them', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Company A');
    expect(await page.getByRole('navigation', { name: 'Views of Company A' }).getByRole('link', { name: 'Network map' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const ties = await records<TieRecord>(page, 'ties');
    const legend = page.getByRole('list', { name: 'Legend' });
    for (const type of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      const count = ties.filter((t) => t.networkType === type).length;
      expect(count, type).toBeGreaterThan(0);
      expect(
        await legend
          .getByRole('listitem')
          .filter({ hasText: `${NAMES[type]}:` })
          .textContent(),
      ).toBe(`${NAMES[type]}: ${count} ${count === 1 ? 'tie' : 'ties'}`);
    }
    expect(await listedTies(page, ties.length)).toEqual(ties.map((t) => t.id));
    await page
      .getByRole('status')
      .filter({ hasText: /Map arranged|Arranging stopped/ })
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, 'network-map.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('filters to institutional ties: the table keeps only those, the URL says so, and the URL opens the same map', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    const institutional = (await records<TieRecord>(page, 'ties')).filter((t) => t.networkType === 'institutional');
    const types = page.getByRole('group', { name: 'Network types' });
    for (const other of ['Social', 'Business', 'Digital']) await types.getByRole('checkbox', { name: other }).uncheck();
    await page.waitForURL((u) => u.searchParams.get('types') === 'institutional');
    expect(await listedTies(page, institutional.length)).toEqual(institutional.map((t) => t.id));
    expect(new Set(await tieRows(page).locator('td:nth-child(2)').allTextContents())).toEqual(new Set(['Institutional']));
    expect(await page.getByRole('list', { name: 'Legend' }).getByRole('listitem').filter({ hasText: 'Social:' }).textContent()).toMatch(/\(0 shown\)$/);

    // A bookmark of the filtered map opens it filtered.
    const again = await open(`${MAP}?types=institutional`);
    await mapDrawn(again.page);
    expect(await again.page.getByRole('checkbox', { name: 'Social' }).isChecked()).toBe(false);
    expect(await again.page.getByRole('checkbox', { name: 'Institutional' }).isChecked()).toBe(true);
    expect(await listedTies(again.page, institutional.length)).toEqual(institutional.map((t) => t.id));
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('filters by market, status and key person, and shows every tie again when they are cleared', async () => {
    const { page } = await open(MAP);
    await mapDrawn(page);
    const ties = await records<TieRecord>(page, 'ties');
    const actors = new Map((await records<ActorRecord>(page, 'actors')).map((a) => [a.id, a]));
    const inGb = (t: TieRecord) => t.markets?.includes('GB') === true || [t.from, t.to].some((end) => actors.get(end)?.countries?.includes('GB') === true);

    await page.getByLabel('Market').selectOption('GB');
    await page.waitForURL((u) => u.searchParams.get('market') === 'GB');
    const gb = ties.filter(inGb);
    expect(gb.length).toBeGreaterThan(0);
    expect(await listedTies(page, gb.length)).toEqual(gb.map((t) => t.id));

    await page.getByLabel('Status').selectOption('active');
    const gbActive = gb.filter((t) => t.status === 'active');
    expect(await listedTies(page, gbActive.length)).toEqual(gbActive.map((t) => t.id));

    await page.getByLabel('Market').selectOption('');
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Key person').selectOption({ label: 'Chief development officer (IA1)' });
    await page.waitForURL((u) => u.searchParams.get('person') === 'kp-cdo' && !u.searchParams.has('market'));
    const cdo = ties.filter((t) => t.from === 'kp-cdo' || t.to === 'kp-cdo');
    expect(await listedTies(page, cdo.length)).toEqual(cdo.map((t) => t.id));

    await page.getByLabel('Key person').selectOption('');
    expect(await listedTies(page, ties.length)).toHaveLength(ties.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows the details of a tie chosen in the table, with the challenges it helps with and its quotes', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    const name = 'Company A → Quality management and regulatory consulting company (UK)';
    await tieRows(page).getByRole('button', { name, exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('tie') === 'tie-firm-uk-quality-consultancy');
    const details = page.getByRole('complementary', { name: `Tie ${name}` });
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/Network type\s*Business/);
    expect(text).toMatch(/Status\s*Active/);
    expect(text).toMatch(/Markets\s*United Kingdom \(GB\)/);
    expect(text).toMatch(/Helps with\s*Regulatory institutional/);
    expect(await details.getByRole('heading', { name: 'Evidence' }).count()).toBe(1);
    await expect.poll(() => details.locator('q').count()).toBeGreaterThan(0);
    expect(await tieRows(page).getByRole('button', { name, exact: true }).getAttribute('aria-current')).toBe('true');

    // From the tie to the actor at its end, and closed again.
    await details.getByRole('button', { name: 'Quality management and regulatory consulting company (UK)' }).click();
    const actor = page.getByRole('complementary', { name: 'Actor Quality management and regulatory consulting company (UK)' });
    expect(await actor.textContent()).toMatch(/Country\s*United Kingdom \(GB\)/);
    await actor.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    expect(new URL(page.url()).searchParams.has('node')).toBe(false);
    expect(problems).toEqual([]);
  });

  it('finds an actor by part of its name and selects it', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    const search = page.getByRole('search', { name: 'Find an actor' });
    await search.getByLabel('Find an actor').fill('helsinki');
    await search.getByRole('button', { name: 'Find' }).click();
    await search.getByRole('status').filter({ hasText: 'Found University of Helsinki (Finland).' }).waitFor();
    await page.waitForURL((u) => u.searchParams.get('node') === 'actor-uoh');
    const details = page.getByRole('complementary', { name: 'Actor University of Helsinki' });
    expect(await details.textContent()).toMatch(/Kind\s*Organization — university/);
    expect(await details.getByRole('heading', { name: /^Ties \(\d+\)$/ }).count()).toBe(1);

    await search.getByLabel('Find an actor').fill('no such actor anywhere');
    await search.getByRole('button', { name: 'Find' }).click();
    await search.getByRole('status').filter({ hasText: 'No actor’s name contains “no such actor anywhere”.' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('downloads the network as GraphML with every actor, and offers GEXF and the CSV tables', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    const downloads = page.getByRole('region', { name: 'Download the network' });
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name: 'Download GraphML' }).click()]);
    expect(download.suggestedFilename()).toBe('foothold-network-company-a.graphml');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    for (const actor of await records<{ id: string }>(page, 'actors')) expect(text).toContain(`<node id="${actor.id}">`);
    for (const name of ['Download GEXF', 'Download nodes CSV', 'Download edges CSV']) expect(await downloads.getByRole('link', { name }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('has no serious axe violations, and fits a phone with a map of a sensible height', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await open(`${MAP}?tie=tie-firm-ema`, viewport);
      await mapDrawn(page);
      await page.getByRole('complementary', { name: /^Tie Company A → European Medicines Agency/ }).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
      const box = await page.getByRole('img', { name: /^Network map of Company A/ }).boundingBox();
      expect(box?.height, `${viewport.width} px`).toBeGreaterThanOrEqual(300);
      expect(box?.height, `${viewport.width} px`).toBeLessThanOrEqual(viewport.height * 0.8);
      if (viewport === PHONE) await page.screenshot({ path: join(shots, 'network-map-phone.png'), fullPage: true });
      expect(problems, `${viewport.width} px`).toEqual([]);
    }
  });
});

describe('the network map without a map to draw', () => {
  it('says so when the browser has no WebGL 2, and the table of ties still works', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    // A browser with WebGL turned off: no WebGL 2 context for any canvas.
    await page.addInitScript({
      content: `{
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest); };
      }`,
    });
    await page.goto(url(MAP));
    await page.getByRole('note').filter({ hasText: 'This browser cannot draw the map.' }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    await tieRows(page).getByRole('button', { name: 'Company A → European Medicines Agency (EMA)', exact: true }).click();
    await page.getByRole('complementary', { name: 'Tie Company A → European Medicines Agency (EMA)' }).waitFor();
    await page.getByRole('checkbox', { name: 'Social' }).uncheck();
    await expect.poll(() => tieRows(page).count()).toBeLessThan(43);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says that a firm without ties has nothing to map yet, and links to its records', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    const created = await page.request.post(url('/api/workspaces/default/cases'), {
      data: { format: 'foothold.case/2', firm: { id: 'no-ties-yet', name: 'No Ties Yet Oy', countryOfOrigin: 'FI' } },
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status()).toBe(201);
    await page.goto(url('/w/default/firms/no-ties-yet/network'));
    await page.getByText('No ties recorded yet.').waitFor();
    expect(await page.getByRole('link', { name: 'the firm’s records' }).getAttribute('href')).toBe('/w/default/firms/no-ties-yet/records');
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('answers a firm that does not exist with a clear message', async () => {
    const { page } = await watchedPage(suite.browser);
    await page.goto(url('/w/default/firms/no-such-firm/network'));
    await page.getByRole('alert').filter({ hasText: 'Not found.' }).waitFor();
  });
});
