/**
 * The Markets view in Chromium, read against the API's own ranking of the sample company-b: the
 * candidates and weights (kept in the address), a row opened to its parts, the firm's reach and the
 * challenges to expect, the world map's canvas and its accessible name, the institutions of a chosen
 * market (when the institutions route is there), the country-of-origin checklist of a chosen market
 * (saved on its market record, read back by the analysis), axe, and the phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface RankedMarket {
  country: string;
  name: string;
  rank: number;
  score: number;
  parts: { part: string; value: number; weight: number; contribution: number; explanation: string }[];
}
interface MarketRanking {
  weights: Record<string, number>;
  markets: RankedMarket[];
  sources: Record<string, string>;
}

const suite = webSuite(['examples/cases/company-b.json']);
const { url, open } = suite;
const MARKETS = '/w/default/firms/company-b/markets';
const THREE = `${MARKETS}?candidates=KZ,KG,CN`;

async function ranking(page: Page, query: string): Promise<MarketRanking> {
  const response = await page.request.get(url(`/api/workspaces/default/firms/company-b/market-ranking?${query}`));
  expect(response.status()).toBe(200);
  return (await response.json()) as MarketRanking;
}

const rankingTable = (page: Page) => page.getByRole('table', { name: 'Markets for Company B, best first, with what each part adds to the score' });
const rowHeaders = (page: Page) => rankingTable(page).locator('tbody th[scope=row]');
/** Each listed market's score, as its row shows it. */
const scores = (page: Page) => rankingTable(page).locator('tbody tr:not(.markets-detail) td:nth-child(4)').allTextContents();
const score = (x: number) => x.toFixed(3).replace('-', '−');

describe('the markets of company-b', () => {
  it('ranks Kazakhstan and Kyrgyzstan above China when those three are the candidates, as the API does', async () => {
    const { page, problems } = await open(MARKETS);
    await rankingTable(page).waitFor();
    expect(await page.title()).toBe('Markets — Company B — Foothold');
    const nav = page.getByRole('navigation', { name: 'Views of Company B' });
    expect(await nav.getByRole('link', { name: 'Markets' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('listitem').allTextContents()).toEqual(expect.arrayContaining(['Brokers', 'Markets']));
    const tabs = await nav.getByRole('listitem').allTextContents();
    expect(tabs.indexOf('Markets')).toBe(tabs.indexOf('Brokers') + 1);

    const candidates = page.getByRole('textbox', { name: 'Countries to rank' });
    await candidates.fill('kz, KG,cn');
    await page.getByRole('button', { name: 'Rank', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('candidates') === 'KZ,KG,CN');
    expect(await candidates.inputValue()).toBe('KZ, KG, CN');
    await expect.poll(() => rowHeaders(page).count()).toBe(3);

    const r = await ranking(page, 'candidates=KZ&candidates=KG&candidates=CN');
    const names = (await rowHeaders(page).allTextContents()).map((t) => t.replace(/ [A-Z]{2}$/, ''));
    expect(names).toEqual(r.markets.map((m) => m.name));
    const at = (name: RegExp) => names.findIndex((n) => name.test(n));
    expect(at(/^Kazakhstan$/)).toBeLessThan(at(/China/));
    expect(at(/^Kyrgyzstan$/)).toBeLessThan(at(/China/));
    expect(at(/China/)).toBe(2);
    expect(await scores(page)).toEqual(r.markets.map((m) => score(m.score)));
    // The part columns show each part's contribution; they add up to the score.
    const kz = rankingTable(page)
      .getByRole('row', { name: /Kazakhstan/ })
      .first();
    const cells = await kz.getByRole('cell').allTextContents();
    expect(cells.slice(3, 11)).toEqual(
      r.markets[0]?.parts.map((p) =>
        Math.abs(p.contribution).toFixed(3) === '0.000' ? '0.000' : `${p.contribution < 0 ? '−' : '+'}${Math.abs(p.contribution).toFixed(3)}`,
      ),
    );

    // The sources of the figures, under the table.
    const sources = await page.locator('.markets-sources').textContent();
    for (const source of Object.values(r.sources)) expect(sources).toContain(source);
    expect(problems).toEqual([]);
  });

  it('opens a row, by keyboard too, to every part’s value, weight and sentence, the reach and the challenges', async () => {
    const { page, problems } = await open(THREE);
    await rankingTable(page).waitFor();
    const why = page.getByRole('button', { name: 'Why Kazakhstan' });
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    await why.focus();
    await page.keyboard.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('true');

    const r = await ranking(page, 'candidates=KZ&candidates=KG&candidates=CN');
    const kz = r.markets.find((m) => m.country === 'KZ')!;
    const detail = page.getByRole('group', { name: `Why Kazakhstan ranks ${kz.rank}` });
    await detail.waitFor();
    expect(await why.getAttribute('aria-controls')).toBe('markets-why-KZ');
    expect(await detail.getByRole('term').allTextContents()).toEqual(['Language', 'Border', 'Region', 'Bloc', 'Income', 'Reach', 'Experience', 'Challenges']);
    const definitions = await detail.getByRole('definition').allTextContents();
    const bloc = kz.parts.find((p) => p.part === 'bloc')!;
    expect(bloc.explanation).toContain('EAEU');
    expect(definitions[3]).toContain(`${bloc.value.toFixed(2)} × ${bloc.weight}`);
    expect(definitions[3]).toContain(bloc.explanation);
    expect(definitions[3]).toMatch(/Eurasian Economic Union \(EAEU\)/);

    await detail.getByText('Actors there: 1 person, 1 organization.').waitFor();
    await detail.getByText('2 ties end there: 1 social, 1 business.').waitFor();
    await detail.getByText(/^Warmest path \(0\.32\): Company B → /).waitFor();
    await detail.getByText(/^A lack of knowledge and experience: High → Medium/).waitFor();
    await detail.getByText(/Regulatory and institutional challenges: High → Medium .*recognition through EAEU/).waitFor();

    await page.keyboard.press('Space');
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    expect(await detail.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('ranks again when a weight changes, keeps the weights in the address, and resets them', async () => {
    const { page, problems } = await open(THREE);
    await rankingTable(page).waitFor();
    const reach = page.getByRole('spinbutton', { name: 'Reach' });
    expect(await reach.inputValue()).toBe('2');
    expect(await page.getByRole('spinbutton', { name: 'Bloc' }).inputValue()).toBe('1.5');
    const before = await scores(page);

    await reach.fill('0');
    await page.waitForURL((u) => u.searchParams.get('weights') === 'reach=0');
    const r = await ranking(page, 'candidates=KZ&candidates=KG&candidates=CN&weights=reach%3D0');
    await expect.poll(() => scores(page)).toEqual(r.markets.map((m) => score(m.score)));
    expect(await scores(page)).not.toEqual(before);
    expect(r.weights['reach']).toBe(0);

    // A shared address opens the same view.
    const again = await open(`${THREE}&weights=reach%3D0`);
    await rankingTable(again.page).waitFor();
    expect(await again.page.getByRole('spinbutton', { name: 'Reach' }).inputValue()).toBe('0');
    expect(await scores(again.page)).toEqual(r.markets.map((m) => score(m.score)));

    await page.getByRole('button', { name: 'Reset weights' }).click();
    await page.waitForURL((u) => !u.searchParams.has('weights'));
    await expect.poll(() => scores(page)).toEqual(before);
    expect(await reach.inputValue()).toBe('2');
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('will not rank with every weight at 0, and says so', async () => {
    const zeros = 'language=0,contiguity=0,region=0,bloc=0,income=0,reach=0,experience=0';
    const { page, problems } = await open(`${THREE}&weights=${encodeURIComponent(zeros)}`);
    await rankingTable(page).waitFor();
    await page.getByRole('spinbutton', { name: 'Challenges' }).fill('0');
    await page.getByRole('status').filter({ hasText: 'At least one weight must be above 0' }).waitFor();
    expect(new URL(page.url()).searchParams.get('weights')).toBe(zeros);
    expect(problems).toEqual([]);
  });

  it('draws the world map on a canvas whose name sums up the top markets, and chooses the country clicked', async () => {
    const { page, problems } = await open(THREE);
    const r = await ranking(page, 'candidates=KZ&candidates=KG&candidates=CN');
    const top = r.markets.map((m) => `${m.rank}. ${m.name} (${score(m.score)})`).join(', ');
    const map = page.getByRole('img', { name: `World map of 3 ranked markets, darker for a higher score. Top 3: ${top}.` });
    await map.locator('canvas').waitFor();
    const box = await map.locator('canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(box?.height).toBeGreaterThan(250);
    expect(await page.getByRole('img', { name: /^World map of 3 ranked markets/ }).count()).toBe(1);

    // Clicking a country's shape chooses it, as its name in the table does. At 1280 px the map fills
    // its 2:1 box, and Kazakhstan lies about two thirds of the way across and a quarter of the way down.
    await map.scrollIntoViewIfNeeded();
    const canvas = (await map.locator('canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width * 0.66, canvas.y + canvas.height * 0.24, { steps: 4 });
    await map.getByText(/^Kazakhstan\s*rank 1 of 3\s*score /).waitFor();
    await page.mouse.click(canvas.x + canvas.width * 0.66, canvas.y + canvas.height * 0.24);
    await page.waitForURL((u) => u.searchParams.get('country') === 'KZ');
    expect(await rankingTable(page).getByRole('button', { name: 'Kazakhstan', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText(`Chosen: Kazakhstan, rank 1 of 3, score ${score(r.markets[0]!.score)}.`, { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Institutions in Kazakhstan' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lists the first 25 markets of all countries, and all of them on request', async () => {
    const { page, problems } = await open(MARKETS);
    await rankingTable(page).waitFor();
    const r = await ranking(page, '');
    expect(await rowHeaders(page).count()).toBe(25);
    await page.getByRole('button', { name: `Show all ${r.markets.length} markets` }).click();
    expect(await rowHeaders(page).count()).toBe(r.markets.length);
    await page.getByRole('button', { name: 'Show the first 25' }).click();
    expect(await rowHeaders(page).count()).toBe(25);
    expect(problems).toEqual([]);
  });

  it('says which candidates are no country codes, and ranks nothing new', async () => {
    const { page, problems } = await open(THREE);
    await rankingTable(page).waitFor();
    const candidates = page.getByRole('textbox', { name: 'Countries to rank' });
    await candidates.fill('KZ, XX');
    await candidates.press('Enter');
    await page.getByRole('alert').filter({ hasText: '“XX” is not a country code' }).waitFor();
    expect(await candidates.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('candidates')).toBe('KZ,KG,CN');
    expect(problems).toEqual([]);
  });

  it('lists the institutions of the market chosen in the table, and says when none are recorded', async (context) => {
    const { page, problems } = await open(THREE);
    await rankingTable(page).waitFor();
    const answer = await page.request.get(url('/api/reference/institutions?country=KZ'));
    if (answer.status() === 404) context.skip('the institutions route is not there yet');
    const recorded = (await answer.json()) as { institutions: { name: string; abbreviation?: string; source: { url: string }; asOf: string }[] };
    expect(recorded.institutions.length).toBeGreaterThan(0);

    const kazakhstan = rankingTable(page).getByRole('button', { name: 'Kazakhstan', exact: true });
    await kazakhstan.click();
    await page.waitForURL((u) => u.searchParams.get('country') === 'KZ');
    expect(await kazakhstan.getAttribute('aria-pressed')).toBe('true');
    const panel = page.getByRole('region', { name: 'Institutions in Kazakhstan' });
    await panel.getByRole('heading', { level: 2, name: 'Institutions in Kazakhstan' }).waitFor();
    const names = panel.getByRole('heading', { level: 3 });
    await expect
      .poll(() => names.allTextContents())
      .toEqual(recorded.institutions.map((i) => (i.abbreviation === undefined ? i.name : `${i.name} (${i.abbreviation})`)));
    const first = recorded.institutions[0]!;
    expect(await panel.getByRole('listitem').first().getByText(`as of ${first.asOf}`).count()).toBe(1);
    expect(await panel.getByRole('link').first().getAttribute('href')).toBe(first.source.url);
    await page.getByText(/^Chosen: Kazakhstan, rank 1 of 3/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A market the directory has no body in.
    const none = await open(`${THREE}&country=UZ`);
    const empty = none.page.getByRole('region', { name: 'Institutions in Uzbekistan' });
    await empty.getByText('No institutions are recorded for Uzbekistan yet.').waitFor();
    expect(await empty.locator('code').textContent()).toBe('foothold institutions');
    // A body the thesis describes without naming it: its source is the thesis, and it has no link.
    const gb = await open(`${THREE}&country=GB`);
    const uk = gb.page.getByRole('region', { name: 'Institutions in United Kingdom' });
    const pag = uk.getByRole('listitem').filter({ has: gb.page.getByRole('heading', { level: 3, name: /\(PAG UK\)$/ }) });
    await pag.getByText('Source: 003_7a904afc5627ed05.txt, §4.2.3, pp. 54–55; Table 8, as of 2026-12-01.').waitFor();
    expect(await pag.getByRole('link').count()).toBe(0);
    expect([...problems, ...none.problems, ...gb.problems]).toEqual([]);
  });

  it('has no serious axe violations with a row open, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(THREE, viewport);
      await rankingTable(page).waitFor();
      await page
        .getByRole('img', { name: /^World map of 3 ranked markets/ })
        .locator('canvas')
        .waitFor();
      await page.getByRole('button', { name: 'Why Kazakhstan' }).click();
      await page.getByRole('group', { name: /^Why Kazakhstan ranks/ }).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});

interface VersionedMarket {
  version: number;
  record: { id: string; originMitigation?: { measure: string; status: string; note?: string }[] };
}
interface Analysis {
  originChecklists: { marketId: string; market: string; items: { measure: string; status: string; note?: string }[]; settled: number }[];
  actionPlan: { top: { text: string; source: string }[]; byChallenge: { actions: { text: string; source: string }[] }[] };
}

const FIRM_API = '/api/workspaces/default/firms/company-b';
const MEASURES = ['Branding', 'Certification', 'Third-party validation', 'Reputable partners'];

async function marketRecord(page: Page, id: string): Promise<VersionedMarket> {
  const response = await page.request.get(url(`${FIRM_API}/markets/${id}`));
  expect(response.status()).toBe(200);
  return (await response.json()) as VersionedMarket;
}

async function putMarket(page: Page, body: VersionedMarket): Promise<void> {
  const response = await page.request.put(url(`${FIRM_API}/markets/${body.record.id}`), { data: body });
  expect(response.status(), await response.text()).toBe(200);
}

/** Puts a market record back as it was, whatever version it is at now. */
async function restoreMarket(page: Page, original: VersionedMarket): Promise<void> {
  const now = await marketRecord(page, original.record.id);
  await putMarket(page, { version: now.version, record: original.record });
}

async function analysis(page: Page): Promise<Analysis> {
  const response = await page.request.get(url(`${FIRM_API}/analysis`));
  expect(response.status()).toBe(200);
  return (await response.json()) as Analysis;
}

/** The action plan's step for a measure: one step names every market where the measure is still open. */
function originStep(a: Analysis, opening: string): string | undefined {
  const steps = [...a.actionPlan.top, ...a.actionPlan.byChallenge.flatMap((g) => g.actions)];
  return steps.find((s) => s.source === 'origin-checklist' && s.text.startsWith(opening))?.text;
}

const CERTIFICATION_STEP = 'Get the certificates buyers in ';
const statusSelect = (page: Page, measure: string, market = 'Kazakhstan') => page.getByRole('combobox', { name: `Status of ${measure} in ${market}` });
/** The option a status select shows. */
const shown = (page: Page, measure: string, market?: string) => statusSelect(page, measure, market).locator('option:checked').textContent();

// Each test here changes the sample's market records and puts them back, so that no other test sees its changes.
describe('the country-of-origin checklist of company-b', () => {
  it('saves a measure’s status on the market record, keeps it after a reload, and takes it out of the action plan for that market', async () => {
    const { page, problems } = await open(`${MARKETS}?country=KZ`);
    const original = await marketRecord(page, 'mkt-kz');
    expect(original.record.originMitigation).toBeUndefined();
    try {
      const before = await analysis(page);
      expect(before.originChecklists.find((c) => c.market === 'KZ')?.settled).toBe(0);
      expect(originStep(before, CERTIFICATION_STEP)).toContain('Kazakhstan');

      const panel = page.getByRole('region', { name: 'Country-of-origin checklist for Kazakhstan' });
      const form = panel.getByRole('form', { name: 'Kazakhstan' });
      await form.waitFor();
      const table = form.getByRole('table', { name: 'Measures against the country-of-origin effect in Kazakhstan' });
      expect(await table.getByRole('rowheader').allTextContents()).toEqual(MEASURES);
      for (const measure of MEASURES) expect(await shown(page, measure)).toBe('To do');
      await form.getByText('0 of 4 settled', { exact: true }).waitFor();
      expect(await table.getByRole('row', { name: /^Certification/ }).textContent()).toContain('Get the certificates buyers in Kazakhstan recognise');
      expect(await seriousViolations(page)).toEqual([]);

      // Chosen and noted, then saved from the keyboard.
      await statusSelect(page, 'Certification').selectOption({ label: 'Done' });
      await form.getByRole('textbox', { name: 'Note on Certification in Kazakhstan' }).fill('  GMP certificate recognised across the EAEU ');
      await form.getByText('Changes not saved yet.').waitFor();
      await form.getByRole('button', { name: 'Save the checklist for Kazakhstan' }).focus();
      await page.keyboard.press('Enter');
      await form.getByRole('status').filter({ hasText: 'Saved. Kazakhstan: 1 of 4 settled.' }).waitFor();
      await form.getByText('1 of 4 settled', { exact: true }).waitFor();

      const saved = await marketRecord(page, 'mkt-kz');
      expect(saved.version).toBe(original.version + 1);
      expect(saved.record.originMitigation).toEqual([{ measure: 'certification', status: 'done', note: 'GMP certificate recognised across the EAEU' }]);

      await page.reload();
      await form.waitFor();
      expect(await shown(page, 'Certification')).toBe('Done');
      expect(await shown(page, 'Branding')).toBe('To do');
      expect(await form.getByRole('textbox', { name: 'Note on Certification in Kazakhstan' }).inputValue()).toBe('GMP certificate recognised across the EAEU');
      await form.getByText('1 of 4 settled', { exact: true }).waitFor();

      const after = await analysis(page);
      const kz = after.originChecklists.find((c) => c.market === 'KZ');
      expect(kz?.items.find((i) => i.measure === 'certification')?.status).toBe('done');
      expect(kz?.settled).toBe(1);
      // The step stays for the markets where certification is still open, without Kazakhstan; the other measures still name it.
      const certification = originStep(after, CERTIFICATION_STEP);
      expect(certification).toContain('Kyrgyzstan');
      expect(certification).not.toContain('Kazakhstan');
      expect(originStep(after, 'Build a brand in ')).toContain('Kazakhstan');
      expect(problems).toEqual([]);
    } finally {
      await restoreMarket(page, original);
    }
    const restored = await analysis(page);
    expect(restored.originChecklists.find((c) => c.market === 'KZ')?.settled).toBe(0);
    expect(originStep(restored, CERTIFICATION_STEP)).toContain('Kazakhstan');
  });

  it('says when someone changed the market meanwhile, saves nothing, and shows their version', async () => {
    const { page, problems } = await open(`${MARKETS}?country=KZ`);
    const original = await marketRecord(page, 'mkt-kz');
    try {
      const form = page.getByRole('form', { name: 'Kazakhstan' });
      await form.waitFor();
      // Someone else saves the market after the page read it.
      await putMarket(page, { version: original.version, record: { ...original.record, originMitigation: [{ measure: 'branding', status: 'in_progress' }] } });

      await statusSelect(page, 'Certification').selectOption({ label: 'Not needed' });
      await form.getByRole('button', { name: 'Save the checklist for Kazakhstan' }).click();
      await form.getByRole('alert').filter({ hasText: 'Someone changed this market meanwhile, so nothing was saved.' }).waitFor();
      await expect.poll(() => shown(page, 'Branding')).toBe('In progress');
      expect(await shown(page, 'Certification')).toBe('To do');
      expect((await marketRecord(page, 'mkt-kz')).record.originMitigation).toEqual([{ measure: 'branding', status: 'in_progress' }]);
      expect(problems.filter((p) => !p.includes('the server responded with a status of 409'))).toEqual([]);
    } finally {
      await restoreMarket(page, original);
    }
  });

  it('starts a checklist for a market record that keeps none, says when the firm has no market in a country, and fits a phone', async () => {
    const { page, problems } = await open(`${MARKETS}?country=CN`);
    const original = await marketRecord(page, 'mkt-cn');
    // The name the ranking gives China.
    const china = "People's Republic of China";
    try {
      const panel = page.getByRole('region', { name: `Country-of-origin checklist for ${china}` });
      // Two records name China: the failed pharmaceutical entry and the food subsidiary's exports; neither keeps a checklist.
      await panel.getByRole('button', { name: `Start a checklist for ${china} (mkt-cn-food-exports)` }).waitFor();
      await panel.getByRole('button', { name: `Start a checklist for ${china} (mkt-cn)` }).click();
      const form = panel.getByRole('form', { name: `${china} (mkt-cn)` });
      await form.waitFor();
      // The form takes the focus from the button it replaces.
      await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe(`${china} (mkt-cn)`);
      for (const measure of MEASURES) expect(await shown(page, measure, `${china} (mkt-cn)`)).toBe('To do');
      await form.getByText('0 of 4 settled', { exact: true }).waitFor();
      expect((await analysis(page)).originChecklists.map((c) => c.marketId)).toContain('mkt-cn');
      expect(await seriousViolations(page)).toEqual([]);

      const none = await open(`${MARKETS}?country=DE`);
      const empty = none.page.getByRole('region', { name: 'Country-of-origin checklist for Germany' });
      await empty.getByText('Company B does not target Germany yet.').waitFor();
      expect(await empty.locator('code').textContent()).toBe('foothold import');

      // On a phone the measures' table scrolls inside its own region.
      const phone = await open(`${MARKETS}?country=KZ`, PHONE);
      await phone.page.getByRole('form', { name: 'Kazakhstan' }).waitFor();
      expect(await overflowsSideways(phone.page)).toBe(false);
      expect(await seriousViolations(phone.page)).toEqual([]);
      expect([...problems, ...none.problems, ...phone.problems]).toEqual([]);
    } finally {
      await restoreMarket(page, original);
    }
    expect((await analysis(page)).originChecklists.map((c) => c.marketId)).not.toContain('mkt-cn');
  });
});

describe('the markets of a firm that does not exist', () => {
  it('answers with a clear message', async () => {
    const { page } = await watchedPage(suite.browser);
    await page.goto(url('/w/default/firms/no-such-firm/markets'));
    await page.getByRole('alert').filter({ hasText: 'Not found.' }).waitFor();
  });
});
