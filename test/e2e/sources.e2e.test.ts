/**
 * The sources view in Chromium on the three sample cases: thesis Table 2's interview dates and
 * company-a's coded quotes grouped by source, a firm with nothing recorded yet on both views, and
 * no serious axe violations on the records view's tabs and the sources view.
 */
import { describe, expect, it } from 'vitest';
import { TABLE_2 } from '../thesis-tables.js';
import { API, apiReader, RECORDS, tiesTable } from './records-helpers.js';
import type { Segment, Versioned } from './records-helpers.js';
import { seriousViolations, watchedPage, webSuite } from './web.js';

const suite = webSuite();
const { url, open } = suite;
const get = apiReader(suite);

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
    const { page, problems } = await watchedPage(suite.browser);
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
