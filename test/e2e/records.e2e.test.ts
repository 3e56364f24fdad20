/**
 * The records and sources views in Chromium on the three sample cases: sorting and filtering
 * company-a's ties, editing a tie in place (saved, refused when stale, refused field by field),
 * adding an actor and deleting it with Undo, a delete refused while a tie refers to the actor,
 * attaching evidence with the picker, and thesis Table 2 and the coded quotes on the sources view;
 * axe and the console on both.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_2 } from '../thesis-tables.js';
import { launchBrowser } from './browser.js';
import { seriousViolations, serveCases, watchedPage } from './web.js';
import type { Served } from './serve.js';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  server = await serveCases();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const url = (path: string) => new URL(path, server.url + '/').toString();
const API = '/api/workspaces/default/firms/company-a';
const RECORDS = '/w/default/firms/company-a/records';

interface Versioned<T> {
  version: number;
  record: T;
}
interface Tie {
  id: string;
  from: string;
  to: string;
  networkType: string;
  strength?: number;
  trust?: number;
  description?: string;
  evidence?: string[];
}
interface Actor {
  id: string;
  name: string;
  kind: string;
}
interface Segment {
  id: string;
  source: string;
  quote: string;
  location: string;
  codes: string[];
}

async function open(path: string) {
  const watched = await watchedPage(browser);
  await watched.page.goto(url(path));
  return watched;
}

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(url(path));
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const tiesTable = (page: Page) => page.getByRole('table', { name: 'Ties' });
/** The cells of one column of a table's body, by its 1-based position (the row header is 1). */
const column = (page: Page, table: string, n: number) =>
  page.getByRole('table', { name: table }).locator(`tbody tr:not(.edit-detail):not(.row-notice) > :nth-child(${n})`).allTextContents();
const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
/** The problems a page recorded, without Chromium's console line for the refusal (status 409) the test provokes on purpose. */
const besides409 = (problems: readonly string[]) => problems.filter((p) => !p.includes('the server responded with a status of 409'));

describe('the ties of company-a', () => {
  it('sort by a column header and filter by network type and by words, the filter before the paging', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = (await get<Versioned<Tie>[]>(page, `${API}/ties`)).map((t) => t.record);
    expect(await column(page, 'Ties', 1)).toHaveLength(ties.length);

    const strength = tiesTable(page).getByRole('columnheader', { name: /Strength/ });
    expect(await strength.getAttribute('aria-sort')).toBe('none');
    await strength.getByRole('button').click();
    expect(await strength.getAttribute('aria-sort')).toBe('ascending');
    const known = ties.flatMap((t) => (t.strength === undefined ? [] : [String(t.strength)]));
    const blanks = Array<string>(ties.length - known.length).fill('—');
    expect(await column(page, 'Ties', 5)).toEqual([...[...known].sort(), ...blanks]);
    await strength.getByRole('button').click();
    expect(await strength.getAttribute('aria-sort')).toBe('descending');
    expect(await column(page, 'Ties', 5)).toEqual([...[...known].sort().reverse(), ...blanks]);

    const filters = page.getByRole('search', { name: 'Tie filters' });
    await filters.getByLabel('Network type').selectOption('digital');
    const digital = ties.filter((t) => t.networkType === 'digital');
    expect(digital.length).toBeGreaterThan(0);
    await expect.poll(() => column(page, 'Ties', 3)).toEqual(digital.map(() => 'Digital network'));
    expect(await page.getByText(`${digital.length} of ${ties.length} ties match`).count()).toBe(1);

    await filters.getByLabel('Network type').selectOption('');
    const actors = await get<Versioned<Actor>[]>(page, `${API}/actors`);
    const first = ties.find((t) => actors.some((a) => a.record.id === t.to));
    if (first === undefined) throw new Error('no tie of company-a goes to an actor');
    const name = actors.find((a) => a.record.id === first.to)?.record.name ?? first.to;
    await filters.getByLabel('Filter ties').fill(name);
    await tiesTable(page).locator(`tr[data-record="${first.id}"]`).waitFor();
    await expect.poll(() => column(page, 'Ties', 1).then((rows) => rows.length)).toBeLessThan(ties.length);
    await page.getByText(/\d+ of \d+ ties match/).waitFor();
    await filters.getByLabel('Filter ties').fill('no tie has these words');
    await page.getByText('No tie matches the filter.').waitFor();
    expect(problems).toEqual([]);
  });

  it('edits a tie’s strength in place, and the new strength is still there after a reload', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const [first] = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    if (first === undefined) throw new Error('company-a has no tie');
    const strength = first.record.strength === 4 ? '2' : '4';
    const row = tiesTable(page).locator(`tr[data-record="${first.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    await row.getByLabel(/^Strength of /).selectOption(strength);
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, /Saved .*→/).waitFor();
    await page.reload();
    await expect.poll(() => row.locator(':nth-child(5)').first().textContent()).toBe(strength);
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${first.record.id}`);
    expect(stored).toMatchObject({ version: first.version + 1, record: { strength: Number(strength) } });
    expect(problems).toEqual([]);
  });

  it('says "changed by someone else" when the tie was saved elsewhere meanwhile, and overwrites on request', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const tie = ties[1];
    if (tie === undefined) throw new Error('company-a has fewer than two ties');
    // Someone else saves the same tie after this page read it.
    const other = await page.request.put(url(`${API}/ties/${tie.record.id}`), {
      data: { version: tie.version, record: { ...tie.record, description: 'Changed in another window.' } },
      headers: { 'content-type': 'application/json' },
    });
    expect(other.status()).toBe(200);
    const trust = tie.record.trust === 5 ? '1' : '5';
    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    await row.getByLabel(/^Trust of /).selectOption(trust);
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Changed by someone else — reload or overwrite' });
    await conflict.waitFor();
    expect(await conflict.getByRole('button').allTextContents()).toEqual(['Reload', 'Overwrite']);
    await conflict.getByRole('button', { name: 'Overwrite' }).click();
    await toast(page, /Saved /).waitFor();
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`);
    expect(stored).toMatchObject({ version: tie.version + 2, record: { trust: Number(trust) } });
    expect(besides409(problems)).toEqual([]);
  });

  it('shows a problem the server finds next to the field it names, and saves nothing', async () => {
    const { page } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const [, , tie] = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    if (tie === undefined) throw new Error('company-a has fewer than three ties');
    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    const since = row.getByLabel(/^Since of /);
    await since.fill('2024-13');
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => since.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await since.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/YYYY-MM/);
    expect(await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`)).toEqual(tie);
  });

  it('attaches a coded segment to a tie with the evidence picker, and saves it', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const segments = (await get<Versioned<Segment>[]>(page, `${API}/segments`)).map((s) => s.record);
    const tie = ties[3];
    if (tie === undefined) throw new Error('company-a has fewer than four ties');
    const cited = new Set(tie.record.evidence ?? []);
    const words = (s: Segment) => s.quote.slice(0, 40);
    const segment = segments.find((s) => !cited.has(s.id) && segments.filter((o) => o.quote.includes(words(s))).length === 1);
    if (segment === undefined) throw new Error('no segment to attach');

    const row = tiesTable(page).locator(`tr[data-record="${tie.record.id}"]`);
    await row.getByRole('button', { name: /^Edit / }).click();
    const picker = page.getByRole('group', { name: /^Evidence for / });
    await picker.getByLabel('Search segments to attach').fill(words(segment));
    const match = picker
      .getByRole('list', { name: /^Segments to attach/ })
      .getByRole('listitem')
      .filter({ hasText: words(segment) });
    await expect.poll(() => match.count()).toBe(1);
    expect(await match.textContent()).toContain(segment.location);
    await match.getByRole('button', { name: 'Attach' }).click();
    await picker
      .getByRole('list', { name: /^Evidence attached/ })
      .getByRole('listitem')
      .filter({ hasText: words(segment) })
      .waitFor();
    await tiesTable(page).getByRole('button', { name: 'Save', exact: true }).click();
    await toast(page, /Saved /).waitFor();
    const stored = await get<Versioned<Tie>>(page, `${API}/ties/${tie.record.id}`);
    expect(stored.record.evidence).toEqual([...(tie.record.evidence ?? []), segment.id]);
    expect(problems).toEqual([]);
  });
});

describe('the actors of company-a', () => {
  it('adds an actor with the form, deletes it, and brings it back with the same id from the toast’s Undo', async () => {
    const { page, problems } = await open(`${RECORDS}?tab=actors`);
    const form = page.getByRole('form', { name: 'Add an actor' });
    await form.waitFor();
    await form.getByLabel('Name').fill('Nordic Export Council');
    await form.getByLabel('Kind').selectOption('organization');
    await form.getByLabel('Organization type').selectOption('trade_promotion_body');
    await form.getByLabel('Countries (ISO codes such as FI, MN)').fill('se');
    await form.getByRole('button', { name: 'Add actor' }).click();
    await toast(page, 'Added Nordic Export Council.').waitFor();
    const added = (await get<Versioned<Actor>[]>(page, `${API}/actors`)).find((a) => a.record.name === 'Nordic Export Council');
    expect(added?.record).toMatchObject({ kind: 'organization', organizationType: 'trade_promotion_body', countries: ['SE'] });
    if (added === undefined) throw new Error('the actor was not added');

    await page.getByRole('search', { name: 'Actor filters' }).getByLabel('Filter actors').fill('Nordic Export');
    const actors = page.getByRole('table', { name: 'Actors' });
    await actors.getByRole('button', { name: 'Delete Nordic Export Council' }).click();
    const deleted = toast(page, 'Deleted Nordic Export Council.');
    await deleted.waitFor();
    expect((await page.request.get(url(`${API}/actors/${added.record.id}`))).status()).toBe(404);
    await expect.poll(() => actors.count()).toBe(0);

    await deleted.getByRole('button', { name: 'Undo' }).click();
    await toast(page, 'Restored Nordic Export Council.').waitFor();
    const restored = await get<Versioned<Actor>>(page, `${API}/actors/${added.record.id}`);
    expect(restored.record).toEqual(added.record);
    await actors.getByRole('rowheader', { name: 'Nordic Export Council' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses to delete an actor a tie refers to, and shows the server’s message naming the tie', async () => {
    const { page, problems } = await open(`${RECORDS}?tab=actors`);
    await page.getByRole('table', { name: 'Actors' }).waitFor();
    const actors = await get<Versioned<Actor>[]>(page, `${API}/actors`);
    const ties = await get<Versioned<Tie>[]>(page, `${API}/ties`);
    const actor = actors.find((a) => ties.some((t) => t.record.to === a.record.id));
    if (actor === undefined) throw new Error('no tie of company-a goes to an actor');
    const tie = ties.find((t) => t.record.to === actor.record.id || t.record.from === actor.record.id);
    await page.getByRole('search', { name: 'Actor filters' }).getByLabel('Filter actors').fill(actor.record.id);
    await page.getByRole('button', { name: `Delete ${actor.record.name}`, exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not deleted.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(new RegExp(`still referred to by .*"${tie?.record.id ?? ''}"`));
    expect(await get<Versioned<Actor>>(page, `${API}/actors/${actor.record.id}`)).toEqual(actor);
    expect(besides409(problems)).toEqual([]);
  });
});

describe('the records and sources views', () => {
  it('have no serious axe violations on the records view: each tab, and a tie in the editor', async () => {
    const { page, problems } = await open(RECORDS);
    await tiesTable(page).waitFor();
    await tiesTable(page)
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await page.getByLabel('Search segments to attach').waitFor();
    expect(await seriousViolations(page), 'ties, one in the editor').toEqual([]);
    for (const tab of ['Actors', 'Challenge ratings', 'Utilization']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.getByRole('tabpanel').getByRole('table').waitFor();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('have no serious axe violations on the sources view', async () => {
    const { page, problems } = await open('/w/default/firms/company-a/sources');
    await page.getByRole('heading', { name: 'Coded segments' }).waitFor();
    await page.locator('.segment-list').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** "24.03.2025 – 33 min", as thesis Table 2 writes a session → "24 Mar 2025 – 33 min", as the view does. */
function sessionWords(thesis: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return thesis.replace(/^(\d{2})\.(\d{2})\.(\d{4})/, (_all, d: string, m: string, y: string) => `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`);
}

describe('the sources of company-a', () => {
  it('shows thesis Table 2’s interview dates, and the coded quotes with their locations grouped by source', async () => {
    const { page, problems } = await open('/w/default/firms/company-a/sources');
    const interviews = page.getByRole('region', { name: 'Interviews (thesis Table 2)' });
    const sessions = interviews.getByRole('list', { name: /^Sessions with / }).getByRole('listitem');
    await expect.poll(() => sessions.allTextContents()).toEqual(TABLE_2['company-a']['Interview date and duration'].map(sessionWords));
    expect(await interviews.textContent()).toContain(TABLE_2['company-a']['Company main business']);
    expect(await interviews.getByRole('rowheader').allTextContents()).toEqual([expect.stringMatching(/chief development officer/i)]);

    const segments = (await get<Versioned<Segment>[]>(page, `${API}/segments`)).map((s) => s.record);
    const sources = (await get<Versioned<{ id: string; title: string }>[]>(page, `${API}/sources`)).map((s) => s.record);
    const section = page.getByRole('region', { name: 'Coded segments' });
    for (const segment of [segments[0], segments[segments.length - 1]]) {
      if (segment === undefined) throw new Error('company-a has no segments');
      const title = sources.find((s) => s.id === segment.source)?.title ?? '';
      const group = section.getByRole('region', { name: title, exact: true });
      const item = group
        .getByRole('listitem')
        .filter({ hasText: segment.quote.slice(0, 60) })
        .first();
      expect(await item.textContent()).toContain(`Location: ${segment.location}`);
    }
    const code = segments.flatMap((s) => s.codes)[0];
    if (code === undefined) throw new Error('no segment of company-a has a code');
    await section.getByLabel('Code', { exact: true }).selectOption(code);
    const coded = segments.filter((s) => s.codes.includes(code)).length;
    await section.getByText(`${coded} of ${segments.length} segments match`).waitFor();
    expect(problems).toEqual([]);
  });

  it('says so when a firm has nothing recorded yet, on both views', async () => {
    // The import goes first: a page still loading when the test navigates away would see its requests cut.
    const { page, problems } = await watchedPage(browser);
    const empty = { format: 'foothold.case/2', firm: { id: 'empty-firm', name: 'Empty Firm', countryOfOrigin: 'GH' } };
    const created = await page.request.post(url('/api/workspaces/default/cases'), { data: empty, headers: { 'content-type': 'application/json' } });
    expect(created.status(), await created.text()).toBeLessThan(300);
    await page.goto(url('/w/default/firms/empty-firm/sources'));
    for (const text of [
      'No interviews recorded yet.',
      'No documents recorded yet.',
      'No key people recorded yet.',
      'No value-chain activities recorded yet.',
      'No coded segments yet.',
    ])
      await page.getByText(text).waitFor();
    await page.goto(url('/w/default/firms/empty-firm/records'));
    await page.getByText('No ties recorded yet.').waitFor();
    await page.getByRole('tab', { name: /^Actors/ }).click();
    await page.getByText('No actors recorded yet.').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('a firm with 5,000 actors and 20,000 ties', () => {
  const ACTORS = 5_000;
  const TIES = 20_000;
  const TYPES = ['social', 'business', 'institutional', 'digital'] as const;
  /** Every actor is reached from the firm once; the other ties run between actors. */
  const tieEnds = (i: number): [string, string] => (i < ACTORS ? ['big-firm', `a${i}`] : [`a${i % ACTORS}`, `a${(i * 7 + 1) % ACTORS}`]);
  const bigCase = {
    format: 'foothold.case/2',
    firm: { id: 'big-firm', name: 'Big Firm', countryOfOrigin: 'FI' },
    actors: Array.from({ length: ACTORS }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'organization', countries: ['DE'] })),
    ties: Array.from({ length: TIES }, (_, i) => {
      const [from, to] = tieEnds(i);
      return { id: `t${i}`, from, to, networkType: TYPES[i % 4], strength: 1 + (i % 5) };
    }),
  };

  it('shows the ties a page of 100 at a time, filtering all of them before paging and sorting all of them', async () => {
    const { page, problems } = await watchedPage(browser);
    const imported = await page.request.post(url('/api/workspaces/big/cases'), {
      data: bigCase,
      headers: { 'content-type': 'application/json' },
      timeout: 60_000,
    });
    expect(imported.status(), await imported.text()).toBeLessThan(300);
    await page.goto(url('/w/big/firms/big-firm/records'));
    const rows = tiesTable(page).locator('tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(100);
    await page.getByText('20,000 ties; showing 1–100.').waitFor();
    await page.getByRole('navigation', { name: 'Pages of ties' }).getByRole('button', { name: 'Next page' }).click();
    await page.getByText('20,000 ties; showing 101–200.').waitFor();

    // "Actor 4321" is in ties on any page: the filter finds them all and starts again at the first page.
    const ends = Array.from({ length: TIES }, (_, i) => tieEnds(i));
    const matching = ends.filter(([from, to]) => from === 'a4321' || to === 'a4321').length;
    expect(matching).toBeGreaterThan(1);
    await page.getByRole('search', { name: 'Tie filters' }).getByLabel('Filter ties').fill('Actor 4321');
    await page.getByText(`${matching} of 20,000 ties match.`).waitFor();
    expect(await rows.count()).toBe(matching);

    await page.getByRole('search', { name: 'Tie filters' }).getByLabel('Filter ties').fill('');
    await page.getByText('20,000 ties; showing 1–100.').waitFor();
    const strength = tiesTable(page).getByRole('columnheader', { name: /Strength/ });
    await strength.getByRole('button').click();
    await strength.getByRole('button').click();
    expect(await strength.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => new Set(await column(page, 'Ties', 5))).toEqual(new Set(['5']));
    await page.getByRole('tab', { name: /^Actors/ }).click();
    await page.getByText('5,000 actors; showing 1–100.').waitFor();
    expect(problems).toEqual([]);
  });
});
