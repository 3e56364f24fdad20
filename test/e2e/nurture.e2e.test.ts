/**
 * The Keep in touch view in Chromium, read against the API's own list for the sample company-b:
 * its ties with no recorded contact; then, with a last contact and a dormant status set through the
 * API, a fading tie with its due date and months since contact, a dormant one first, a tie that
 * falls due within 30 days shown only with that horizon (kept in the URL), the iCalendar download
 * following the horizon; a firm with nothing due, axe, and the phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, watchedPage, webSuite } from './web.js';

interface NurtureItem {
  tieId: string;
  contactName: string;
  heldBy: string;
  networkType: string;
  dueOn?: string;
  monthsSinceContact?: number;
  reason: 'fading' | 'dormant' | 'no-contact-recorded';
  why: string;
}
interface Versioned<T> {
  version: number;
  record: T;
}

const suite = webSuite(['examples/cases/company-b.json']);
const { url, open } = suite;
const NURTURE = '/w/default/firms/company-b/nurture';
const API = '/api/workspaces/default/firms/company-b';
const REASONS = { fading: 'Fading', dormant: 'Dormant', 'no-contact-recorded': 'No contact recorded' } as const;
const TYPES: Record<string, string> = { social: 'Social', business: 'Business', institutional: 'Institutional', digital: 'Digital' };

async function due(page: Page, within: number): Promise<NurtureItem[]> {
  const response = await page.request.get(url(`${API}/nurture?within=${within}`));
  expect(response.status()).toBe(200);
  return (await response.json()) as NurtureItem[];
}

const dueTable = (page: Page) => page.getByRole('table', { name: 'Ties of Company B due for contact, most urgent first' });

/** Each row as its cells' text: contact, held by, network type, reason, due on, since last contact, why. */
const rows = (page: Page) =>
  dueTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));

const expectedRows = (items: readonly NurtureItem[]) =>
  items.map((i) => [
    i.contactName,
    i.heldBy,
    TYPES[i.networkType] ?? i.networkType,
    REASONS[i.reason],
    i.dueOn ?? '—',
    i.monthsSinceContact === undefined ? '—' : `${i.monthsSinceContact} ${i.monthsSinceContact === 1 ? 'month' : 'months'}`,
    i.why,
  ]);

/** A day `months` months and `days` days from today (UTC), as YYYY-MM-DD. */
function dayFromToday(months: number, days = 0): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, now.getUTCDate() + days)).toISOString().slice(0, 10);
}

async function changeTie(page: Page, id: string, change: Record<string, unknown>): Promise<void> {
  const stored = (await (await page.request.get(url(`${API}/ties/${id}`))).json()) as Versioned<Record<string, unknown>>;
  const response = await page.request.put(url(`${API}/ties/${id}`), {
    data: { version: stored.version, record: { ...stored.record, ...change } },
    headers: { 'content-type': 'application/json' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

describe('keeping in touch with company-b’s ties', () => {
  it('lists the sample’s ties, none with a recorded contact, as the API does, and links the reminders', async () => {
    const { page, problems } = await open(NURTURE);
    await dueTable(page).waitFor();
    const items = await due(page, 0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Company B');
    expect(await page.title()).toBe('Keep in touch — Company B — Foothold');
    expect(await page.getByRole('navigation', { name: 'Views of Company B' }).getByRole('link', { name: 'Keep in touch' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(items).toHaveLength(14);
    await page.getByText('14 ties are due for contact now, most urgent first.').waitFor();
    const shown = await rows(page);
    expect(shown).toEqual(expectedRows(items));
    expect(new Set(shown.map((r) => r[3]))).toEqual(new Set(['No contact recorded']));
    expect(shown.map((r) => r[0])).toContain('Former manager of Company B');
    expect(shown.find((r) => r[0] === 'Former manager of Company B')?.[6]).toBe(
      'Former manager of Company B: no contact is recorded, so Foothold cannot tell when the tie fades',
    );

    expect(await page.getByRole('combobox', { name: 'Show ties' }).inputValue()).toBe('0');
    const link = page.getByRole('link', { name: 'Download reminders (.ics)' });
    expect(await link.getAttribute('href')).toBe(`${API}/nurture?format=ics&within=0`);
    const calendar = await page.request.get(url((await link.getAttribute('href')) ?? ''));
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = await calendar.text();
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(14);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('puts a dormant tie first and a fading one after it, and shows a tie due within 30 days only with that horizon', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    // Strength 1: half its value after 6 months. One last contact 8 months ago, one 6 months less 20 days ago.
    await changeTie(page, 'tie-firm-cn-consulting-firm', { lastContact: dayFromToday(-8), status: 'active' });
    await changeTie(page, 'tie-firm-former-manager', { strength: 1, lastContact: dayFromToday(-6, 20), status: 'active' });
    await changeTie(page, 'tie-firm-company-website', { status: 'dormant' });
    await page.goto(url(NURTURE));
    await dueTable(page).waitFor();

    const now = await due(page, 0);
    const shown = await rows(page);
    expect(shown).toEqual(expectedRows(now));
    expect(shown.slice(0, 2).map((r) => [r[0], r[3]])).toEqual([
      ['Company B website', 'Dormant'],
      ['Consulting firm in China (regulatory registration documents)', 'Fading'],
    ]);
    const fading = shown[1] ?? [];
    expect(fading[4]).toBe(now[1]?.dueOn);
    expect(fading[4]! < dayFromToday(0)).toBe(true);
    expect(fading[5]).toMatch(/^[78] months$/);
    expect(fading[6]).toMatch(
      /^Consulting firm in China \(regulatory registration documents\): last contact [78] months ago; a strength-1 tie loses half its value in 6 months/,
    );
    expect(shown.map((r) => r[0])).not.toContain('Former manager of Company B');
    await page.getByText('13 ties are due for contact now, most urgent first.').waitFor();

    await page.getByRole('combobox', { name: 'Show ties' }).selectOption({ label: 'Due within 30 days' });
    await page.waitForURL((u) => u.searchParams.get('within') === '30');
    await page.getByText('14 ties are due for contact within 30 days, most urgent first.').waitFor();
    const soon = await due(page, 30);
    expect(await rows(page)).toEqual(expectedRows(soon));
    const manager = (await rows(page)).find((r) => r[0] === 'Former manager of Company B') ?? [];
    expect(manager[3]).toBe('Fading');
    expect(manager[4]! > dayFromToday(0)).toBe(true);
    expect(manager[6]).toBe(`Former manager of Company B: a strength-1 tie reaches half its value on ${manager[4]} (6 months after the last contact)`);
    expect(await page.getByRole('link', { name: 'Download reminders (.ics)' }).getAttribute('href')).toBe(`${API}/nurture?format=ics&within=30`);

    // The address keeps the horizon; going back to due now takes it out.
    const again = await open(`${NURTURE}?within=30`);
    await again.page.getByText('14 ties are due for contact within 30 days, most urgent first.').waitFor();
    expect(await again.page.getByRole('combobox', { name: 'Show ties' }).inputValue()).toBe('30');
    await again.page.getByRole('combobox', { name: 'Show ties' }).selectOption('0');
    await again.page.waitForURL((u) => !u.searchParams.has('within'));
    await again.page.getByText('13 ties are due for contact now, most urgent first.').waitFor();
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('has no serious axe violations, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(`${NURTURE}?within=90`, viewport);
      await dueTable(page).waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});

describe('a firm with nothing due', () => {
  it('says that no tie is due, for each horizon, and offers no download', async () => {
    const { page, problems } = await watchedPage(suite.browser);
    const created = await page.request.post(url('/api/workspaces/default/cases'), {
      data: {
        format: 'foothold.case/2',
        firm: { id: 'kept-warm', name: 'Kept Warm Oy', countryOfOrigin: 'FI' },
        actors: [{ id: 'act-agent', name: 'Tallinn agent', kind: 'person', countries: ['EE'] }],
        // Strength 5: due 30 months after the last contact, a month ago.
        ties: [{ id: 'tie-agent', from: 'kept-warm', to: 'act-agent', networkType: 'business', status: 'active', strength: 5, lastContact: dayFromToday(-1) }],
      },
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status(), await created.text()).toBe(201);
    await page.goto(url('/w/default/firms/kept-warm/nurture'));
    await page.getByText('No tie is due for contact.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Download/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'the firm’s records' }).getAttribute('href')).toBe('/w/default/firms/kept-warm/records');
    await page.getByRole('combobox', { name: 'Show ties' }).selectOption('90');
    await page.getByText('No tie is due for contact within 90 days.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
