/**
 * The records view in Chromium on a firm with 5,000 actors and 20,000 ties: a page of 100 at a
 * time, the filter applied to every tie before the paging, the sort to every tie, and the actors
 * paged too; the console clean.
 */
import { describe, expect, it } from 'vitest';
import { column, tiesTable } from './records-helpers.js';
import { watchedPage, webSuite } from './web.js';

const suite = webSuite();
const { url } = suite;

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
    const { page, problems } = await watchedPage(suite.browser);
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
