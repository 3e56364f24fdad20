/**
 * Partner searches in Chromium, on the sample company-a: what a search is for when there is none;
 * opening one through the form with two weighted criteria; adding a candidate from the network and
 * one by name; scoring them (the board ranks by the server's weighted score); a note; a move with
 * its reason in the decision log; a drop refused without a reason and done with one; criteria
 * changed; a stale version refused and the board reloaded; closing and reopening; suggestions from
 * company-a's network (and a two-hop one, with its introducer); axe, and the phone.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

/**
 * Waits (up to five seconds) until what `expression` reads from the focused element is `want`, then
 * checks it: the page moves the focus after React has drawn the new element, a frame or two after
 * the click that asked for it.
 */
async function expectFocus(page: Page, expression: string, want: string | null): Promise<void> {
  await page.waitForFunction(`(${expression}) === ${JSON.stringify(want)}`, undefined, { timeout: 5000 }).catch(() => undefined);
  expect(await page.evaluate(expression)).toBe(want);
}

interface Score {
  value: number | null;
  coverage: number;
  missing: { id: string; name: string; weight: number }[];
}
interface Board {
  version: number;
  search: { id: string; title: string; status: string; criteria: { id: string; name: string; weight: number }[] };
  columns: { stage: string; label: string; candidates: { id: string; name: string; actor?: string; score: Score; notes: { on: string; text: string }[] }[] }[];
  decisions: { on: string; candidate: string; from: string; to: string; reason?: string }[];
}
interface Suggestions {
  filters: Record<string, string>;
  suggestions: {
    actorId: string;
    name: string;
    hops: number;
    heldBy: { id: string; name: string };
    introducer?: { id: string; name: string };
    links: { from: { name: string }; to: { name: string }; strength?: number; weight: number }[];
  }[];
}

const suite = webSuite(['examples/cases/company-a.json']);
const { url, open } = suite;
const FIRM = '/w/default/firms/company-a';
const API = '/api/workspaces/default/firms/company-a';
const SEARCH = 'ps-eu-contract-manufacturer';
const BOARD = `${FIRM}/partners/${SEARCH}`;
// The server dates moves and notes by its own day, in UTC.
const today = () => new Date().toISOString().slice(0, 10);

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(url(path));
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

async function post(page: Page, path: string, body: unknown, status = 201): Promise<void> {
  const response = await page.request.post(url(path), { data: body, headers: { 'content-type': 'application/json' } });
  expect(response.status(), await response.text()).toBe(status);
}

const board = (page: Page, searchId = SEARCH) => getJson<Board>(page, `${API}/partner-searches/${searchId}/board`);
const column = (page: Page, label: string) => page.getByRole('region', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
const cardNames = (page: Page, label: string) => column(page, label).locator('li.card h4').allTextContents();
const card = (page: Page, name: string) => page.locator('li.card').filter({ has: page.getByRole('heading', { name, exact: true }) });
/** Waits for the board's live region to say `text`. */
const announced = (page: Page, text: string) => page.locator('p.board-status').filter({ hasText: text }).waitFor();
const log = (page: Page) => page.getByRole('region', { name: 'Decision log' }).getByRole('listitem');

async function moveCard(page: Page, name: string, stage: string, reason: string): Promise<Locator> {
  const c = card(page, name);
  // The form stays open after a refusal.
  if ((await c.locator('details.move').getAttribute('open')) === null) await c.getByText('Move…').click();
  await c.getByRole('combobox', { name: `Move to — ${name}` }).selectOption({ label: stage });
  await c.getByRole('textbox', { name: /^Reason/ }).fill(reason);
  await c.getByRole('button', { name: `Move ${name}` }).click();
  return c;
}

describe('a partner search of company-a, worked through the web app', () => {
  it('explains partner searches while the firm has none, and opens one with two weighted criteria', async () => {
    const { page, problems } = await open(`${FIRM}/partners`);
    await page.getByText('No partner searches yet.').waitFor();
    expect(await page.title()).toBe('Partner searches — Company A — Foothold');
    const nav = page.getByRole('navigation', { name: 'Views of Company A' });
    expect(await nav.getByRole('link', { name: 'Partners' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('a long list of about 20 candidates, then recommendations from trusted contacts, audits and meetings', { exact: false }).waitFor();

    const form = page.getByRole('region', { name: 'Open a search' });
    await form.getByRole('button', { name: 'Open the search' }).click();
    await form.getByText('give the search a title, e.g. "API contract manufacturer 2025"').waitFor();
    expect(await form.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectFocus(page, 'document.activeElement?.id', await form.getByLabel('Title').getAttribute('id'));
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Title').fill('EU contract manufacturer');
    await form.getByLabel('Purpose').fill('Manufacture the API in the EU');
    await form.getByLabel('Market').selectOption('DE');
    await form.getByLabel('Kind of organization').selectOption({ label: 'Company' });
    await form.getByLabel('Role').fill('contract_manufacturer');
    await form.getByLabel('Criterion 1', { exact: true }).fill('GMP certified');
    await form.getByLabel('Weight of criterion 1').selectOption('5');
    await form.getByRole('button', { name: 'Add a criterion' }).click();
    await expectFocus(page, 'document.activeElement?.id', await form.getByLabel('Criterion 2', { exact: true }).getAttribute('id'));
    await form.getByLabel('Criterion 2', { exact: true }).fill('Personal engagement and cultural fit');
    await form.getByLabel('Weight of criterion 2').selectOption('3');
    await form.getByRole('button', { name: 'Open the search' }).click();

    await page.waitForURL(url(BOARD));
    await page.getByRole('heading', { level: 2, name: /^EU contract manufacturer/ }).waitFor();
    const stored = await getJson<{ version: number; record: Record<string, unknown> }>(page, `${API}/partner-searches/${SEARCH}`);
    expect(stored.record).toEqual({
      id: SEARCH,
      title: 'EU contract manufacturer',
      purpose: 'Manufacture the API in the EU',
      market: 'DE',
      organizationType: 'company',
      role: 'contract_manufacturer',
      opened: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      status: 'open',
      criteria: [
        { id: 'gmp-certified', name: 'GMP certified', weight: 5 },
        { id: 'personal-engagement-and-cultural-fit', name: 'Personal engagement and cultural fit', weight: 3 },
      ],
      candidates: [],
      decisions: [],
    });
    expect(await page.locator('.board-column h3').allTextContents()).toEqual([
      'Long list (0)',
      'Contacted (0)',
      'Referred (0)',
      'Audit (0)',
      'Negotiation (0)',
      'Contract (0)',
      'Dropped (0)',
    ]);
    expect(problems).toEqual([]);
  });

  it('adds a candidate from the network and one by name, scores them, and ranks them as the server does', async () => {
    const { page, problems } = await open(BOARD);
    const add = page.getByRole('region', { name: 'Add a candidate' });
    await add.getByLabel('Find an actor').fill('netherlands');
    await add.getByText('actors match.', { exact: false }).waitFor();
    await add.getByLabel('Actor', { exact: true }).selectOption({ label: 'Product manufacturing and analytics companies (Netherlands)' });
    await add.getByLabel('Recommended by (optional)').selectOption({ label: 'Consulting firm (Netherlands)' });
    await add.getByRole('button', { name: 'Add to the long list' }).click();
    await announced(page, 'Added Product manufacturing and analytics companies (Netherlands) to the long list.');

    await add.getByRole('radio', { name: 'Someone not in the network yet' }).check();
    await add.getByRole('button', { name: 'Add to the long list' }).click();
    await add.getByText('Give the candidate’s name.').waitFor();
    await add.getByLabel('Name').fill('Polish API manufacturer');
    await add.getByRole('button', { name: 'Add to the long list' }).click();
    await announced(page, 'Added Polish API manufacturer to the long list.');
    expect(await cardNames(page, 'Long list')).toEqual(['Polish API manufacturer', 'Product manufacturing and analytics companies (Netherlands)']);
    const nl = card(page, 'Product manufacturing and analytics companies (Netherlands)');
    expect(await nl.getByText('Referred by Consulting firm (Netherlands)').count()).toBe(1);
    expect(await nl.locator('.card-missing').textContent()).toBe('Not scored yet: GMP certified, Personal engagement and cultural fit');

    // Score the Dutch companies fully but modestly, the Polish one on GMP only.
    await nl.getByRole('link', { name: 'Product manufacturing and analytics companies (Netherlands)' }).click();
    const panel = page.getByRole('region', { name: 'Product manufacturing and analytics companies (Netherlands)' });
    await panel.waitFor();
    await expectFocus(page, 'document.activeElement?.id', 'candidate-heading');
    await panel.getByRole('spinbutton', { name: /^GMP certified/ }).fill('4');
    await panel.getByRole('spinbutton', { name: /^Personal engagement/ }).fill('2');
    await panel.getByRole('button', { name: 'Save scores' }).click();
    await announced(page, 'Saved the scores of Product manufacturing and analytics companies (Netherlands).');
    await card(page, 'Polish API manufacturer').getByRole('link').click();
    const polish = page.getByRole('region', { name: 'Polish API manufacturer' });
    await polish.getByRole('spinbutton', { name: /^GMP certified/ }).fill('9');
    await polish.getByRole('button', { name: 'Save scores' }).click();
    await polish.getByText('the score for "GMP certified" is a whole number from 0 (not at all) to 5 (fully), not "9"').waitFor();
    await polish.getByRole('spinbutton', { name: /^GMP certified/ }).fill('5');
    await polish.getByRole('button', { name: 'Save scores' }).click();
    await announced(page, 'Saved the scores of Polish API manufacturer.');

    // (5 × 4 + 3 × 2) / 40 = 65 % over all the weight; 5 × 5 / 25 = 100 % over 5 of 8.
    const b = await board(page);
    const longList = b.columns[0]?.candidates ?? [];
    expect(longList.map((c) => [c.name, c.score.value, c.score.coverage])).toEqual([
      ['Polish API manufacturer', 1, 0.625],
      ['Product manufacturing and analytics companies (Netherlands)', 0.65, 1],
    ]);
    expect(await cardNames(page, 'Long list')).toEqual(longList.map((c) => c.name));
    expect(await card(page, 'Polish API manufacturer').locator('.card-score').textContent()).toBe('Score 100% Coverage 63%');
    expect(await card(page, 'Polish API manufacturer').locator('.card-missing').textContent()).toBe('Not scored yet: Personal engagement and cultural fit');
    expect(await nl.locator('.card-score').textContent()).toBe('Score 65% Coverage 100%');
    expect(await nl.locator('.card-missing').count()).toBe(0);

    await polish.getByLabel('New note on Polish API manufacturer').fill('Asked for their GMP certificate');
    await polish.getByRole('button', { name: 'Add note' }).click();
    await announced(page, 'Added a note on Polish API manufacturer.');
    expect(await card(page, 'Polish API manufacturer').locator('.card-note').textContent()).toBe(`Latest note, ${today()}: Asked for their GMP certificate`);
    expect(await polish.locator('ol.notes li').allTextContents()).toEqual([`${today()} Asked for their GMP certificate`]);
    expect(problems).toEqual([]);
  });

  it('moves a candidate with its reason into the log, and drops one only with a reason', async () => {
    const { page, problems } = await open(BOARD);
    const nlName = 'Product manufacturing and analytics companies (Netherlands)';
    await card(page, nlName).waitFor();
    await moveCard(page, nlName, 'Contacted', 'Wrote to their quality manager');
    await announced(page, `Moved ${nlName} from Long list to Contacted — Wrote to their quality manager.`);
    expect(await cardNames(page, 'Contacted')).toEqual([nlName]);
    await expectFocus(page, 'document.activeElement?.textContent', nlName);
    expect(await log(page).allTextContents()).toEqual([`${today()} ${nlName}: Long list → Contacted — Wrote to their quality manager`]);

    // Dropping without a reason is refused here, and nothing is sent.
    const before = (await board(page)).version;
    const polish = await moveCard(page, 'Polish API manufacturer', 'Dropped', '');
    await polish.getByRole('alert').filter({ hasText: 'Dropping a candidate needs a reason, e.g. "no personal engagement".' }).waitFor();
    expect(await polish.getByRole('textbox', { name: /^Reason \(needed to drop\)/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await cardNames(page, 'Long list')).toEqual(['Polish API manufacturer']);
    expect((await board(page)).version).toBe(before);

    await polish.getByRole('textbox', { name: /^Reason/ }).fill('No personal engagement');
    await polish.getByRole('button', { name: 'Move Polish API manufacturer' }).click();
    await announced(page, 'Moved Polish API manufacturer from Long list to Dropped — No personal engagement.');
    expect(await cardNames(page, 'Dropped')).toEqual(['Polish API manufacturer']);
    expect(await cardNames(page, 'Long list')).toEqual([]);
    expect(await card(page, 'Polish API manufacturer').locator('.card-reason').textContent()).toBe('Why here: No personal engagement');
    expect(await log(page).allTextContents()).toEqual([
      `${today()} Polish API manufacturer: Long list → Dropped — No personal engagement`,
      `${today()} ${nlName}: Long list → Contacted — Wrote to their quality manager`,
    ]);
    const b = await board(page);
    expect(b.decisions.map((d) => [d.candidate, d.from, d.to, d.reason])).toEqual([
      ['polish-api-manufacturer', 'long_list', 'dropped', 'No personal engagement'],
      ['actor-nl-manufacturing', 'long_list', 'contacted', 'Wrote to their quality manager'],
    ]);
    expect(problems).toEqual([]);
  });

  it('changes a criterion’s weight and adds one; the card shows the server’s new score', async () => {
    const { page, problems } = await open(BOARD);
    const criteria = page.getByRole('region', { name: 'Criteria' });
    await criteria.getByLabel('Weight of Personal engagement and cultural fit').selectOption('5');
    await criteria.getByLabel('New criterion 1', { exact: true }).fill('Price');
    await criteria.getByLabel('Weight of new criterion 1').selectOption('2');
    await criteria.getByRole('button', { name: 'Save criteria' }).click();
    await announced(page, 'Saved 2 criteria: Personal engagement and cultural fit (weight 5), Price (weight 2).');
    const b = await board(page);
    expect(b.search.criteria).toEqual([
      { id: 'gmp-certified', name: 'GMP certified', weight: 5 },
      { id: 'personal-engagement-and-cultural-fit', name: 'Personal engagement and cultural fit', weight: 5 },
      { id: 'price', name: 'Price', weight: 2 },
    ]);
    // (5 × 4 + 5 × 2) / (10 × 5) = 60 % over 10 of 12.
    const nl = card(page, 'Product manufacturing and analytics companies (Netherlands)');
    await nl.getByText('Score 60%').waitFor();
    expect(await nl.locator('.card-score').textContent()).toBe('Score 60% Coverage 83%');
    expect(await nl.locator('.card-missing').textContent()).toBe('Not scored yet: Price');
    expect(problems).toEqual([]);
  });

  it('refuses a change made on a stale version, says so, and reloads the board', async () => {
    const { page, problems } = await open(BOARD);
    const nlName = 'Product manufacturing and analytics companies (Netherlands)';
    await card(page, nlName).waitFor();
    // Someone else adds a note while this page shows the board.
    const { version } = await board(page);
    await post(page, `${API}/partner-searches/${SEARCH}/candidates/actor-nl-manufacturing/notes`, { version, text: 'Audit booked by a colleague' }, 200);
    await moveCard(page, nlName, 'Referred', 'Recommended by the Dutch consultancy');
    const stale = page.getByRole('alert').filter({ hasText: 'Not saved: this search was changed since you opened it.' });
    await stale.waitFor();
    await expectFocus(page, 'document.activeElement?.getAttribute("role")', 'alert');
    await card(page, nlName).getByText('Audit booked by a colleague').waitFor();
    expect(await cardNames(page, 'Contacted')).toEqual([nlName]);
    expect((await board(page)).version).toBe(version + 1);

    // On the reloaded board the same move goes through.
    await moveCard(page, nlName, 'Referred', 'Recommended by the Dutch consultancy');
    await announced(page, `Moved ${nlName} from Contacted to Referred — Recommended by the Dutch consultancy.`);
    expect(await stale.count()).toBe(0);
    expect(await cardNames(page, 'Referred')).toEqual([nlName]);
    // The 409 is the one failed request the page saw.
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });

  it('closes the search against moves, keeps notes open, and reopens it', async () => {
    const { page, problems } = await open(BOARD);
    await page.getByRole('button', { name: 'Close the search' }).click();
    await announced(page, 'Closed the search “EU contract manufacturer”.');
    await page.getByText('This search is closed: it takes notes on its candidates, but no new candidates', { exact: false }).waitFor();
    expect(await page.getByText('Move…').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Add a candidate' }).count()).toBe(0);
    await card(page, 'Polish API manufacturer').getByRole('link').click();
    const polish = page.getByRole('region', { name: 'Polish API manufacturer' });
    expect(await polish.getByRole('button', { name: 'Save scores' }).isDisabled()).toBe(true);
    await polish.getByLabel('New note on Polish API manufacturer').fill('They wrote back after all');
    await polish.getByRole('button', { name: 'Add note' }).click();
    await announced(page, 'Added a note on Polish API manufacturer.');

    await page.getByRole('button', { name: 'Reopen the search' }).click();
    await announced(page, 'Reopened the search “EU contract manufacturer”.');
    expect(await page.getByText('Move…').count()).toBe(2);
    expect((await board(page)).search.status).toBe('open');

    const list = await open(`${FIRM}/partners`);
    const item = list.page.getByRole('listitem').filter({ has: list.page.getByRole('link', { name: 'EU contract manufacturer' }) });
    await item.waitFor();
    expect(await item.getByRole('list', { name: 'Candidates of EU contract manufacturer by stage' }).getByRole('listitem').allTextContents()).toEqual([
      'Referred: 1',
      'Dropped: 1',
    ]);
    expect(await item.getByText('Manufacture the API in the EU').count()).toBe(1);
    expect(await item.locator('dd').allTextContents()).toEqual(['Germany', 'Company', 'contract manufacturer', expect.stringMatching(/^\d{4}-/) as string]);
    expect([...problems, ...list.problems]).toEqual([]);
  });
});

describe('opening a search whose id another record holds', () => {
  it('takes the next free id', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, `${API}/actors`, { id: 'ps-distributor', name: 'An actor whose id looks like a search’s', kind: 'organization' });
    await page.goto(url(`${FIRM}/partners`));
    const form = page.getByRole('region', { name: 'Open a search' });
    await form.getByLabel('Title').fill('Distributor');
    await form.getByRole('button', { name: 'Open the search' }).click();
    await page.waitForURL(url(`${FIRM}/partners/ps-distributor-2`));
    await page.getByRole('heading', { level: 2, name: /^Distributor/ }).waitFor();
    // The first try was refused (409) because the actor has the id.
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });
});

describe('suggestions from the network', () => {
  it('suggests company-a’s UK consultants for a UK consultant search, and adds one to the long list', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, `${API}/partner-searches`, {
      id: 'ps-uk-consultant',
      title: 'UK regulatory consultant',
      market: 'GB',
      role: 'consultant',
      opened: today(),
    });
    const api = await getJson<Suggestions>(page, `${API}/partner-searches/ps-uk-consultant/suggestions`);
    expect(api.suggestions.map((s) => [s.name, s.hops, s.heldBy.name])).toEqual([
      ['Consulting company (UK) with a long-standing relationship', 1, 'Company A'],
      ['Quality management and regulatory consulting company (UK)', 1, 'Company A'],
    ]);
    await page.goto(url(`${FIRM}/partners/ps-uk-consultant`));
    const panel = page.getByRole('region', { name: 'Suggestions from the network' });
    await panel.getByText('that fit the search (market United Kingdom, role consultant)', { exact: false }).waitFor();
    const items = panel.locator('li.suggestion');
    expect(await items.locator('h3').allTextContents()).toEqual(api.suggestions.map((s) => s.name));
    const first = items.first();
    const [link] = api.suggestions[0]?.links ?? [];
    expect(await first.getByText('Company A knows them directly.').count()).toBe(1);
    expect(await first.getByRole('list').getByRole('listitem').allTextContents()).toEqual([
      `Company A → Consulting company (UK) with a long-standing relationship: tie strength 4, weighs ${Math.round((link?.weight ?? 0) * 100)}% today`,
    ]);
    expect(await first.getByText('Fits: based in United Kingdom; consultant by its roles.').count()).toBe(1);

    await first.getByRole('button', { name: 'Add to long list — Consulting company (UK) with a long-standing relationship' }).click();
    await announced(page, 'Added Consulting company (UK) with a long-standing relationship to the long list.');
    expect(await cardNames(page, 'Long list')).toEqual(['Consulting company (UK) with a long-standing relationship']);
    await items.first().locator('h3', { hasText: 'Quality management and regulatory consulting company (UK)' }).waitFor();
    expect(await items.count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('names the introducer of a two-hop suggestion and the strength of each tie', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    await post(page, '/api/workspaces/default/cases', {
      format: 'foothold.case/2',
      firm: { id: 'fjord-tools', name: 'Fjord Tools AS', countryOfOrigin: 'NO' },
      actors: [
        { id: 'act-agent', name: 'Oslo trade agent', kind: 'person', countries: ['NO'] },
        { id: 'act-dealer', name: 'Hamburg tool dealer', kind: 'organization', organizationType: 'company', countries: ['DE'], roles: ['distributor'] },
      ],
      ties: [
        { id: 'tie-agent', from: 'fjord-tools', to: 'act-agent', networkType: 'business', status: 'active', strength: 5 },
        { id: 'tie-agent-dealer', from: 'act-agent', to: 'act-dealer', networkType: 'business', status: 'active', strength: 3 },
      ],
      partnerSearches: [{ id: 'ps-de-distributor', title: 'German distributor', market: 'DE', role: 'distributor', opened: '2025-05-01' }],
    });
    const api = await getJson<Suggestions>(page, '/api/workspaces/default/firms/fjord-tools/partner-searches/ps-de-distributor/suggestions');
    expect(api.suggestions.map((s) => [s.name, s.hops, s.introducer?.name])).toEqual([['Hamburg tool dealer', 2, 'Oslo trade agent']]);
    await page.goto(url('/w/default/firms/fjord-tools/partners/ps-de-distributor'));
    const item = page.getByRole('region', { name: 'Suggestions from the network' }).locator('li.suggestion');
    await item.getByText('Introduced by Oslo trade agent, whom Fjord Tools AS knows.').waitFor();
    const [first, second] = api.suggestions[0]?.links ?? [];
    expect(await item.getByRole('list').getByRole('listitem').allTextContents()).toEqual([
      `Fjord Tools AS → Oslo trade agent: tie strength 5, weighs ${Math.round((first?.weight ?? 0) * 100)}% today`,
      `Oslo trade agent → Hamburg tool dealer: tie strength 3, weighs ${Math.round((second?.weight ?? 0) * 100)}% today`,
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the partner views, accessible', () => {
  it('have no serious axe violations, with a candidate and a move form open, and fit a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const list = await open(`${FIRM}/partners`, viewport);
      await list.page.getByRole('link', { name: 'EU contract manufacturer' }).waitFor();
      expect(await seriousViolations(list.page), `list at ${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(list.page), `list at ${viewport.width} px`).toBe(false);

      const { page } = await open(`${BOARD}?candidate=polish-api-manufacturer`, viewport);
      await page.getByRole('region', { name: 'Polish API manufacturer' }).waitFor();
      await card(page, 'Product manufacturing and analytics companies (Netherlands)').getByText('Move…').click();
      await page.getByRole('region', { name: 'Suggestions from the network' }).getByText('strongest path first', { exact: false }).waitFor();
      expect(await seriousViolations(page), `board at ${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `board at ${viewport.width} px`).toBe(false);
    }
  });

  it('answers a search that does not exist with a clear message', async () => {
    const { page } = await open(`${FIRM}/partners/ps-nothing`);
    await page.getByRole('alert').filter({ hasText: 'Not found.' }).waitFor();
    await page.getByText('partner search "ps-nothing" was not found for firm "company-a"', { exact: false }).waitFor();
  });
});
