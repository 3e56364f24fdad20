/**
 * The Brokers view in Chromium, read against the API's own brokerage of the sample company-b: the
 * firm's ego figures in words, the brokers table in the API's order and sorted by a column, the
 * market picker (Kyrgyz paths, a market with nobody recorded, a bookmark), the diversity counts with
 * Blau's index; a firm with an actor it cannot reach, a firm with nobody yet, axe, and the phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface Broker {
  id: string;
  name: string;
  kind: 'keyPerson' | 'actor';
  degree: number;
  betweenness: number;
  constraint: number | null;
  effectiveSize: number | null;
  bridgesTo: string[];
}
interface Brokerage {
  brokers: Broker[];
  firm: { degree: number; effectiveSize: number | null; constraint: number | null; redundancy: number | null };
  markets: {
    market: string;
    reached: { id: string; name: string; path: string[] }[];
    unreachable: { id: string; name: string }[];
    bridges: { id: string; name: string; leadsTo: number }[];
  }[];
  diversity: { networkTypes: Record<string, number>; countries: Record<string, number>; sectors: Record<string, number>; blau: Record<string, number> };
}

const suite = webSuite(['examples/cases/company-b.json']);
const { url, open } = suite;
const BROKERS = '/w/default/firms/company-b/brokers';

async function brokerage(page: Page, firmId: string): Promise<Brokerage> {
  const response = await page.request.get(url(`/api/workspaces/default/firms/${firmId}/brokers`));
  expect(response.status()).toBe(200);
  return (await response.json()) as Brokerage;
}

const brokersTable = (page: Page) => page.getByRole('table', { name: /^Key people and actors of Company B as brokers/ });
const rowNames = (page: Page) => brokersTable(page).locator('tbody th[scope=row]').allTextContents();
const reachedTable = (page: Page, country: string) =>
  page.getByRole('table', { name: `Actors in ${country} that Company B reaches, with the shortest way to each` });

async function post(page: Page, path: string, body: unknown): Promise<void> {
  const response = await page.request.post(url(path), { data: body, headers: { 'content-type': 'application/json' } });
  expect(response.status(), await response.text()).toBe(201);
}

describe('the brokers of company-b', () => {
  it('explains the firm’s own figures and lists its brokers as the API has them, highest betweenness first', async () => {
    const { page, problems } = await open(BROKERS);
    await brokersTable(page).waitFor();
    const b = await brokerage(page, 'company-b');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Company B');
    expect(await page.title()).toBe('Brokers — Company B — Foothold');
    const nav = page.getByRole('navigation', { name: 'Views of Company B' });
    expect(await nav.getByRole('link', { name: 'Brokers' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Keep in touch' }).getAttribute('href')).toBe('/w/default/firms/company-b/nurture');

    const ego = page.getByRole('region', { name: 'How Company B is connected' });
    const terms = await ego.locator('dt').allTextContents();
    const values = await ego.locator('dd.ego-value').allTextContents();
    expect(terms).toEqual(['Direct links', 'Effective size', 'Constraint', 'Redundancy']);
    expect(values).toEqual([String(b.firm.degree), b.firm.effectiveSize?.toFixed(2), b.firm.constraint?.toFixed(3), b.firm.redundancy?.toFixed(2)]);
    expect(b.firm.degree).toBe(12);
    await ego.getByText('Company B deals directly with 12 people and organizations, its own key people included.').waitFor();
    await ego.getByText(`Of its 12 direct links, about ${b.firm.effectiveSize?.toFixed(1)} open separate circles`, { exact: false }).waitFor();

    expect(await rowNames(page)).toEqual(b.brokers.map((x) => x.name));
    // The broker the thesis tells of: the friend's introduction made him the director in Bishkek.
    const top = brokersTable(page).getByRole('row').nth(1);
    expect(await top.getByRole('rowheader').textContent()).toBe('Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary');
    expect(await top.getByRole('cell').allTextContents()).toEqual([
      'Actor',
      String(b.brokers[0]?.degree),
      b.brokers[0]?.betweenness.toFixed(3),
      b.brokers[0]?.constraint?.toFixed(3),
      b.brokers[0]?.effectiveSize?.toFixed(2),
      'Kyrgyzstan (KG)',
    ]);
    expect(
      await brokersTable(page)
        .getByRole('columnheader', { name: /^Betweenness/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect(problems).toEqual([]);
  });

  it('sorts the brokers by a column, either way, and says so in the caption and the header', async () => {
    const { page, problems } = await open(BROKERS);
    await brokersTable(page).waitFor();
    const b = await brokerage(page, 'company-b');
    const byConstraint = (sign: number) =>
      b.brokers
        .map((x, i) => ({ x, i }))
        .sort((p, q) => (p.x.constraint === null ? 1 : q.x.constraint === null ? -1 : sign * (p.x.constraint - q.x.constraint)) || p.i - q.i)
        .map(({ x }) => x.name);
    const header = brokersTable(page).getByRole('columnheader', { name: /^Constraint/ });

    await header.getByRole('button').click();
    await page.getByRole('table', { name: 'Key people and actors of Company B as brokers, by constraint, highest first' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(
      await brokersTable(page)
        .getByRole('columnheader', { name: /^Betweenness/ })
        .getAttribute('aria-sort'),
    ).toBe('none');
    expect(await rowNames(page)).toEqual(byConstraint(-1));

    await header.getByRole('button').click();
    await page.getByRole('table', { name: 'Key people and actors of Company B as brokers, by constraint, lowest first' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowNames(page);
    expect(ascending).toEqual(byConstraint(1));
    expect(ascending[0]).toBe('Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary');
    expect(problems).toEqual([]);
  });

  it('shows who bridges the firm to Kyrgyzstan and the path to each actor there, and a market with nobody recorded', async () => {
    const { page, problems } = await open(BROKERS);
    await brokersTable(page).waitFor();
    const b = await brokerage(page, 'company-b');
    const names = new Map<string, string>([['company-b', 'Company B'], ...b.brokers.map((x): [string, string] => [x.id, x.name])]);
    const picker = page.getByRole('combobox', { name: 'Market' });
    expect(await picker.inputValue()).toBe('KG');
    expect(await picker.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')))).toEqual(b.markets.map((m) => m.market));
    expect(b.markets.map((m) => m.market)).toEqual(['KG', 'KZ', 'UZ', 'CN', 'KR']);

    const kg = b.markets[0]!;
    const reach = page.getByRole('region', { name: 'Reach into a market' });
    await reach.getByText(`Company B reaches ${kg.reached.length} actors in Kyrgyzstan.`).waitFor();
    const rows = reachedTable(page, 'Kyrgyzstan').locator('tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(kg.reached.map((r) => r.name));
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toEqual(kg.reached.map((r) => r.path.map((id) => names.get(id)).join(' → ')));
    expect(await rows.locator('td:nth-child(2)').allTextContents()).toContain(
      'Company B → Former manager of Company B → Friend of the former manager, living in the Kyrgyz Republic',
    );
    const bridges = reach.getByRole('list', { name: 'Who bridges Company B to Kyrgyzstan' }).getByRole('listitem');
    expect(await bridges.allTextContents()).toEqual(
      kg.bridges.map((x) => `${x.name} — on the way to ${x.leadsTo === 1 ? '1 actor' : `${x.leadsTo} actors`} there`),
    );
    expect(await bridges.first().textContent()).toBe('Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary — on the way to 2 actors there');

    await picker.selectOption('KR');
    await page.waitForURL((u) => u.searchParams.get('market') === 'KR');
    await reach.getByText('No actor in South Korea is recorded yet, and no tie names it.').waitFor();
    expect(await reach.getByRole('table').count()).toBe(0);
    expect(await reach.getByRole('link', { name: 'the firm’s records' }).getAttribute('href')).toBe('/w/default/firms/company-b/records');

    await picker.selectOption('KZ');
    await page.waitForURL((u) => u.searchParams.get('market') === 'KZ');
    expect(await reachedTable(page, 'Kazakhstan').locator('tbody td:nth-child(2)').allTextContents()).toContain(
      'Company B → Kazakh-ethnic employees of Company B → Relatives and friends in Kazakhstan of Company B’s Kazakh employees',
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The address keeps the market: a bookmark opens it.
    const again = await open(`${BROKERS}?market=KR`);
    await again.page.getByText('No actor in South Korea is recorded yet, and no tie names it.').waitFor();
    expect(await again.page.getByRole('combobox', { name: 'Market' }).inputValue()).toBe('KR');
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('counts the ties by network type, country and sector with Blau’s index', async () => {
    const { page, problems } = await open(BROKERS);
    await brokersTable(page).waitFor();
    const { diversity } = await brokerage(page, 'company-b');
    const table = (title: string, blau: number) => page.getByRole('table', { name: `${title}: Blau’s index ${blau.toFixed(2)}` });
    const pairs = async (title: string, blau: number) =>
      table(title, blau)
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')?.textContent, Number(r.querySelector('td')?.textContent)]));
    expect(diversity.blau['networkTypes']?.toFixed(2)).toBe('0.74');
    expect(await pairs('By network type', diversity.blau['networkTypes'] ?? -1)).toEqual([
      ['Business', diversity.networkTypes['business']],
      ['Social', diversity.networkTypes['social']],
      ['Digital', diversity.networkTypes['digital']],
      ['Institutional', diversity.networkTypes['institutional']],
    ]);
    const countries = await pairs('By country', diversity.blau['countries'] ?? -1);
    expect(countries).toHaveLength(Object.keys(diversity.countries).length);
    expect(countries).toContainEqual(['Mongolia (MN)', diversity.countries['MN']]);
    expect(countries).toContainEqual(['Kyrgyzstan (KG)', diversity.countries['KG']]);
    expect(await pairs('By sector', diversity.blau['sectors'] ?? -1)).toEqual([['Pharmaceuticals', diversity.sectors['pharmaceuticals']]]);
    expect(problems).toEqual([]);
  });

  it('has no serious axe violations, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(BROKERS, viewport);
      await brokersTable(page).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});

describe('the brokers of other firms', () => {
  it('names the actors in a market that the firm has no path to', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, '/api/workspaces/default/cases', {
      format: 'foothold.case/2',
      firm: { id: 'fjord-tools', name: 'Fjord Tools AS', countryOfOrigin: 'NO' },
      actors: [
        { id: 'act-dealer', name: 'Hamburg dealer', kind: 'organization', countries: ['DE'] },
        { id: 'act-fair', name: 'Cologne hardware fair', kind: 'organization', countries: ['DE'] },
      ],
      ties: [{ id: 'tie-dealer', from: 'fjord-tools', to: 'act-dealer', networkType: 'business', status: 'active' }],
      markets: [{ id: 'mkt-de', country: 'DE', status: 'target' }],
    });
    await page.goto(url('/w/default/firms/fjord-tools/brokers'));
    const reach = page.getByRole('region', { name: 'Reach into a market' });
    await reach.getByText('Fjord Tools AS reaches 1 actor in Germany; 1 actor there has no path from it.').waitFor();
    expect(await reach.getByRole('list', { name: 'No path from the firm' }).getByRole('listitem').allTextContents()).toEqual(['Cologne hardware fair']);
    expect(
      await page
        .getByRole('table', { name: 'Actors in Germany that Fjord Tools AS reaches, with the shortest way to each' })
        .locator('tbody td')
        .allTextContents(),
    ).toEqual(['Fjord Tools AS → Hamburg dealer', '1']);
    await reach.getByText('Nobody in between: Fjord Tools AS reaches every actor there directly, or not at all.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says what to do when a firm has no key people or actors yet', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, '/api/workspaces/default/cases', { format: 'foothold.case/2', firm: { id: 'nobody-yet', name: 'Nobody Yet Ltd', countryOfOrigin: 'IE' } });
    await page.goto(url('/w/default/firms/nobody-yet/brokers'));
    await page.getByText('No key people or actors recorded yet.').waitFor();
    expect(await page.getByRole('link', { name: 'the firm’s records' }).getAttribute('href')).toBe('/w/default/firms/nobody-yet/records');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('answers a firm that does not exist with a clear message', async () => {
    const { page } = await watchedPage(suite.browser);
    await page.goto(url('/w/default/firms/no-such-firm/brokers'));
    await page.getByRole('alert').filter({ hasText: 'Not found.' }).waitFor();
  });
});
