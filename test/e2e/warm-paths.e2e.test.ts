/**
 * Warm paths on the network map in Chromium, on the sample case company-b: the two paths into KG
 * ranked and explained, the chosen one lit up on the map (by mouse and by keyboard) and kept in the
 * URL, a path through a membership, the empty states (an actor nobody reaches, a kind the firm does
 * not record), errors said plainly, axe, and the phone size.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, webSuite } from './web.js';

const MAP = '/w/default/firms/company-b/network';
const REPRESENTATIVE = 'Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary';
const FRIEND = 'Friend of the former manager, living in the Kyrgyz Republic';
const UNRATED = 'strength not rated; no contact recorded';

const shots = join(root, process.env['SCREENSHOTS'] ?? '.tmp/screenshots');
const { open } = webSuite(['examples/cases/company-b.json']);
beforeAll(() => mkdirSync(shots, { recursive: true }));

const panel = (page: Page) => page.getByRole('region', { name: 'Warm paths' });
const form = (page: Page) => panel(page).getByRole('form', { name: 'Find warm paths' });
const mapImage = (page: Page) => page.getByRole('img', { name: /^Network map of Company B/ });
/** The path cards of a list, not the hops listed inside each. */
const cards = (page: Page, name: string) => panel(page).getByRole('list', { name, exact: true }).locator(':scope > li');

async function mapDrawn(page: Page): Promise<void> {
  await mapImage(page).locator('canvas').first().waitFor();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('network-map:first-render').length)).toBeGreaterThan(0);
}

/** What the map says it lit up: the nodes and ties of the chosen path. */
async function lit(page: Page): Promise<{ nodes: string | null; ties: string | null }> {
  const map = mapImage(page);
  return { nodes: await map.getAttribute('data-path-nodes'), ties: await map.getAttribute('data-path-ties') };
}

async function findPaths(page: Page, mode: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await form(page).getByRole('radio', { name: mode, exact: true }).check();
  await fill(page);
  await form(page).getByRole('button', { name: 'Find paths' }).click();
}

const toKg = (page: Page) => findPaths(page, 'A country', (p) => form(p).getByLabel('Country to reach', { exact: true }).fill('KG'));

describe('warm paths on the network map of company-b', () => {
  it('ranks the two paths into KG, explains their hops, and lights up the first on the map', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    await toKg(page);
    await page.waitForURL((u) => u.searchParams.get('reach') === 'market:KG');

    const paths = cards(page, 'Warm paths to actors in Kyrgyzstan (KG)');
    await expect.poll(() => paths.count()).toBe(2);
    const first = paths.nth(0);
    const second = paths.nth(1);
    expect(await first.getByRole('button').textContent()).toBe(`Path 1: ${REPRESENTATIVE}`);
    expect(await second.getByRole('button').textContent()).toBe(`Path 2: ${FRIEND}`);
    expect(await first.getByRole('listitem').allTextContents()).toEqual([`Company B knows ${REPRESENTATIVE} — social, representative; ${UNRATED}`]);
    expect(await second.getByRole('listitem').allTextContents()).toEqual([
      `Company B knows Former manager of Company B — social, former manager; ${UNRATED}`,
      `Former manager of Company B knows ${FRIEND} — social, friend; ${UNRATED}`,
    ]);
    expect(await first.textContent()).toContain('Score 0.400 · 1 hop');
    expect(await second.textContent()).toContain('Score 0.102 · 2 hops');
    expect(await panel(page).getByText('2 paths to actors in Kyrgyzstan (KG) (4 recorded), within 4 hops.').count()).toBe(1);

    // The first, strongest path is chosen by default, and the map shows it.
    expect(await first.getByRole('button').getAttribute('aria-current')).toBe('true');
    expect(await second.getByRole('button').getAttribute('aria-current')).toBeNull();
    await expect.poll(() => lit(page)).toEqual({ nodes: 'company-b actor-kg-representative', ties: 'tie-firm-kg-representative' });
    expect(await panel(page).getByRole('status').textContent()).toBe(`Path 1 is lit up on the map, the rest dimmed: Company B → ${REPRESENTATIVE}.`);
    expect(await mapImage(page).getAttribute('aria-label')).toContain(`Warm path 1 lit up, the rest dimmed: Company B → ${REPRESENTATIVE}.`);
    expect(problems).toEqual([]);
  });

  it('lights up the second path when it is chosen by a click or the keyboard, and keeps the choice in a link', async () => {
    const { page, problems } = await open(`${MAP}?reach=market:KG`);
    await mapDrawn(page);
    const paths = cards(page, 'Warm paths to actors in Kyrgyzstan (KG)');
    await expect.poll(() => paths.count()).toBe(2);

    // A click anywhere on the card.
    await paths.nth(1).getByRole('listitem').first().click();
    await page.waitForURL((u) => u.searchParams.get('path') === '2');
    expect(await paths.nth(1).getByRole('button').getAttribute('aria-current')).toBe('true');
    expect(await paths.nth(0).getByRole('button').getAttribute('aria-current')).toBeNull();
    const second = { nodes: 'company-b actor-former-manager actor-kg-friend', ties: 'tie-firm-former-manager tie-former-manager-kg-friend' };
    await expect.poll(() => lit(page)).toEqual(second);
    expect(await panel(page).getByRole('status').textContent()).toBe(
      `Path 2 is lit up on the map, the rest dimmed: Company B → Former manager of Company B → ${FRIEND}.`,
    );

    // The keyboard: back to the first, then on to the second.
    await paths.nth(0).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.searchParams.has('path'));
    await expect.poll(() => lit(page)).toEqual({ nodes: 'company-b actor-kg-representative', ties: 'tie-firm-kg-representative' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL((u) => u.searchParams.get('path') === '2');
    await expect.poll(() => lit(page)).toEqual(second);

    // The link opens the same paths, the second chosen, the form set to them.
    const again = await open(`${MAP}?reach=market:KG&path=2`);
    await mapDrawn(again.page);
    const shared = cards(again.page, 'Warm paths to actors in Kyrgyzstan (KG)');
    await expect.poll(() => shared.nth(1).getByRole('button').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => lit(again.page)).toEqual(second);
    expect(await form(again.page).getByRole('radio', { name: 'A country', exact: true }).isChecked()).toBe(true);
    expect(await form(again.page).getByLabel('Country to reach', { exact: true }).inputValue()).toBe('KG');
    expect([...problems, ...again.problems]).toEqual([]);
  });

  it('reaches one actor through a membership, and says so in words', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    await findPaths(page, 'One actor', async (p) => {
      await form(p).getByLabel('Search actors', { exact: true }).fill('local businesses');
      expect(await form(p).getByLabel('Actor to reach', { exact: true }).inputValue()).toBe('actor-kg-local-businesses');
    });
    await page.waitForURL((u) => u.searchParams.get('reach') === 'actor:actor-kg-local-businesses');
    const paths = cards(page, 'Warm paths to Local businesses in the Kyrgyz Republic contacted for cooperation');
    await expect.poll(() => paths.count()).toBe(1);
    expect(await paths.nth(0).getByRole('listitem').nth(1).textContent()).toBe(
      `${REPRESENTATIVE} belongs to or works for Kyrgyz subsidiary of Company B (representative office)`,
    );
    await expect
      .poll(() => lit(page))
      .toEqual({
        nodes: 'company-b actor-kg-representative actor-kg-subsidiary actor-kg-local-businesses',
        ties: 'tie-firm-kg-representative tie-kg-subsidiary-local-businesses',
      });
    expect(await panel(page).getByRole('status').textContent()).toContain('Memberships are not drawn as lines.');
    expect(problems).toEqual([]);
  });

  it('says when no path reaches an actor, offers more hops, and lights nothing up', async () => {
    const { page, problems } = await open(`${MAP}?reach=market:KG`);
    await mapDrawn(page);
    await expect.poll(() => lit(page)).toEqual({ nodes: 'company-b actor-kg-representative', ties: 'tie-firm-kg-representative' });
    await findPaths(page, 'One actor', async (p) => {
      await form(p).getByLabel('Search actors', { exact: true }).fill('food manufacturing');
    });
    await page.waitForURL((u) => u.searchParams.get('reach') === 'actor:actor-food-subsidiary');
    await panel(page).getByText('No path of at most 4 hops reaches Food manufacturing subsidiary of Company B.').waitFor();
    await expect.poll(() => lit(page)).toEqual({ nodes: null, ties: null });
    expect(await mapImage(page).getAttribute('aria-label')).not.toContain('Warm path');

    await panel(page).getByRole('button', { name: 'Look up to 6 hops' }).click();
    await page.waitForURL((u) => u.searchParams.get('hops') === '6');
    await panel(page).getByText('No path of at most 6 hops reaches Food manufacturing subsidiary of Company B.').waitFor();
    expect(await panel(page).textContent()).toContain('Nobody Company B or its key people know leads there in 6 hops.');
    expect(await form(page).getByLabel('Max hops').inputValue()).toBe('6');
    expect(problems).toEqual([]);
  });

  it('says when the firm records no organization of a kind', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    await findPaths(page, 'A kind of organization', async (p) => {
      const kinds = form(p).getByLabel('Kind of organization to reach', { exact: true });
      expect(await kinds.locator('option[value="patient_group"]').textContent()).toBe('Patient group (none recorded)');
      expect(await kinds.locator('option[value="chamber"]').textContent()).toBe('Chamber of commerce (1 recorded)');
      await kinds.selectOption('patient_group');
    });
    await page.waitForURL((u) => u.searchParams.get('reach') === 'kind:patient_group');
    await panel(page).getByText('Company B records no organizations of kind patient group.').waitFor();
    expect(await panel(page).getByRole('list').count()).toBe(0);
    await expect.poll(() => lit(page)).toEqual({ nodes: null, ties: null });

    // Cleared, the panel asks again and the URL forgets the paths.
    await form(page).getByRole('button', { name: 'Clear' }).click();
    await page.waitForURL((u) => !u.searchParams.has('reach'));
    await panel(page).getByText('Choose what to reach and find the paths; the first is lit up on the map.').waitFor();
    expect(problems).toEqual([]);
  });

  it('says plainly what was wrong: a country it does not know, an actor the firm does not have, a link it cannot read', async () => {
    const { page, problems } = await open(MAP);
    await mapDrawn(page);
    await findPaths(page, 'A country', (p) => form(p).getByLabel('Country to reach', { exact: true }).fill('Atlantis'));
    expect(await form(page).getByRole('alert').textContent()).toBe('“Atlantis” is not a country: type its two-letter code (KG) or its name (Kyrgyzstan).');
    expect(new URL(page.url()).searchParams.has('reach')).toBe(false);
    expect(problems).toEqual([]);

    // The API's 404 for the missing actor is logged by the browser as a console error: its page's problems are not checked.

    const missing = await open(`${MAP}?reach=actor:nobody`);
    await mapDrawn(missing.page);
    const alert = panel(missing.page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Not found\. .*nobody/);

    const unreadable = await open(`${MAP}?reach=wizard`);
    await mapDrawn(unreadable.page);
    expect(await panel(unreadable.page).getByRole('alert').textContent()).toContain('This link asks for paths to “wizard”');
  });

  it('has no serious axe violations with a path chosen, and fits a phone', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await open(`${MAP}?reach=market:KG&path=2`, viewport);
      await mapDrawn(page);
      await expect.poll(() => cards(page, 'Warm paths to actors in Kyrgyzstan (KG)').count()).toBe(2);
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
      await page.screenshot({ path: join(shots, viewport === PHONE ? 'warm-paths-phone.png' : 'warm-paths.png'), fullPage: true });
      expect(problems, `${viewport.width} px`).toEqual([]);
    }
  });
});
