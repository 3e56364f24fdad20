/**
 * The network map of a firm too large for sigma (more than 4,000 ties): drawn on a 2D canvas by a
 * worker, it still shows the network, answers a click on a node, follows the filters, moves with a
 * drag and fits again, without errors and without serious axe violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generatedNetwork } from '../../bench/web-map.js';
import { seriousViolations, webSuite } from './web.js';

const suite = webSuite([]);
const { url, open } = suite;

const ACTORS = 2_000;
const TIES = 6_000;
const network = generatedNetwork(ACTORS, TIES, 12);
const MAP = `/w/large-map/firms/${network.firm.id}/network`;

const picture = (page: Page) => page.getByRole('img', { name: /^Network map of / }).locator('canvas.map-picture');

/** How many pixels of the map's picture are drawn on, and a fingerprint of them. */
function drawn(page: Page): Promise<{ inked: number; print: number }> {
  return picture(page).evaluate((element) => {
    // The test's own TypeScript has no DOM library: the canvas, as far as this reads it.
    const canvas = element as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
    };
    const context = canvas.getContext('2d');
    if (context === null) return { inked: 0, print: 0 };
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    let print = 0;
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) > 0) inked += 1;
      print = (Math.imul(print, 31) + (data[i - 1] ?? 0) + (data[i] ?? 0)) | 0;
    }
    return { inked, print };
  });
}

/** Waits until the picture has stopped changing: the worker's last picture is on screen. */
async function settled(page: Page): Promise<{ inked: number; print: number }> {
  let last = await drawn(page);
  for (let tries = 0; tries < 100; tries++) {
    await page.waitForTimeout(300);
    const now = await drawn(page);
    if (now.print === last.print && now.inked > 0) return now;
    last = now;
  }
  throw new Error('the map kept changing for 30 s');
}

describe(`the network map of a firm with ${ACTORS.toLocaleString('en')} actors and ${TIES.toLocaleString('en')} ties`, () => {
  it('draws it on a canvas, selects a node clicked on, follows the filters, moves with a drag and fits again', async () => {
    const { page, problems } = await open('/w/large-map');
    await page.getByText('No firms in this workspace yet.').waitFor();
    const imported = await page.request.post(url('/api/workspaces/large-map/cases'), {
      data: network,
      headers: { 'content-type': 'application/json' },
      timeout: 60_000,
    });
    expect(imported.status(), await imported.text()).toBe(201);
    await page.goto(url(MAP));
    await picture(page).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('network-map:first-render').length)).toBe(1);
    const stop = page.getByRole('button', { name: 'Stop arranging' });
    if (await stop.isVisible()) await stop.click();
    await page
      .getByRole('status')
      .filter({ hasText: /^(Arranging stopped|Map arranged)\.$/ })
      .waitFor();
    const whole = await settled(page);
    // Thousands of nodes and lines: a good part of the picture is drawn on.
    const box = await picture(page).boundingBox();
    expect(whole.inked).toBeGreaterThan(((box?.width ?? 0) * (box?.height ?? 0)) / 20);

    // A found actor is brought to the middle of the view; after another choice, a click there selects it again.
    const search = page.getByRole('search', { name: 'Find an actor' });
    await search.getByLabel('Find an actor').fill('Company 1');
    await search.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL((u) => u.searchParams.get('node') === 'a1');
    await page.getByRole('complementary', { name: 'Actor Company 1' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    await settled(page);
    const middle = await page.getByRole('img', { name: /^Network map of / }).boundingBox();
    if (middle === null) throw new Error('the map is not on the page');
    await page.mouse.click(middle.x + middle.width / 2, middle.y + middle.height / 2);
    await page.waitForURL((u) => u.searchParams.get('node') === 'a1');
    await page.getByRole('complementary', { name: 'Actor Company 1' }).waitFor();

    // Fit the map, then filter to institutional ties: far fewer lines and nodes are drawn.
    await page.getByRole('button', { name: 'Fit the map' }).click();
    const fitted = await settled(page);
    await page.getByRole('checkbox', { name: 'Social' }).uncheck();
    await page.getByRole('checkbox', { name: 'Business' }).uncheck();
    await page.getByRole('checkbox', { name: 'Digital' }).uncheck();
    await page.waitForURL((u) => u.searchParams.get('types') === 'institutional');
    const institutional = await settled(page);
    expect(institutional.inked).toBeLessThan(fitted.inked);

    // A drag moves the map: the picture redrawn for the new view differs; fitting again restores it.
    await page.mouse.move(middle.x + middle.width / 2, middle.y + middle.height / 2);
    await page.mouse.down();
    await page.mouse.move(middle.x + middle.width / 2 + 120, middle.y + middle.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    const moved = await settled(page);
    expect(moved.print).not.toBe(institutional.print);
    await page.getByRole('button', { name: 'Fit the map' }).click();
    expect((await settled(page)).print).toBe(institutional.print);

    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
