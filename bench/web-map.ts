// The network map under load: a generated firm of 5,000 actors in 30 countries and 20,000 ties is
// imported through the API, its map opened in Chromium, and two figures read: the time from
// navigation to sigma's first render (the page marks it "network-map:first-render") and the longest
// frame (requestAnimationFrame delta) while the view is panned and zoomed. Like the rest of
// bench/, it measures and asserts nothing. Wired into bench/run.ts by the caller, which owns the
// server and the browser.
import type { Browser, Page } from 'playwright-core';
import type { CaseFileInput } from '../src/core/case-file/index.js';
import { NETWORK_TYPES } from '../src/core/model/index.js';

export interface WebMapOptions {
  actors?: number;
  ties?: number;
  countries?: number;
  workspace?: string;
  viewport?: { width: number; height: number };
}

export interface WebMapFigures {
  actors: number;
  ties: number;
  countries: number;
  /** POST …/cases of the generated case file, in ms. */
  importMs: number;
  /** From navigation start to the end of sigma's first render, in ms. */
  firstRenderMs: number;
  /** From navigation start until the last of the map's API answers had come, in ms: the part of firstRenderMs spent waiting for data. */
  dataMs: number;
  /** The longest frame from the first render until the layout worker finished (or 15 s). */
  longestFrameWhileArrangingMs: number;
  /** How long the worker arranged the map after the first render, in ms (capped by the page at 8 s). */
  arrangingMs: number;
  /** The longest frame while the view was dragged and zoomed, and the 95th percentile. */
  longestFrameMs: number;
  p95FrameMs: number;
  frames: number;
}

const COUNTRIES = [
  'DE',
  'US',
  'GB',
  'FR',
  'NL',
  'SE',
  'PL',
  'IT',
  'ES',
  'FI',
  'NO',
  'DK',
  'BE',
  'AT',
  'CH',
  'CN',
  'JP',
  'KR',
  'IN',
  'SG',
  'MY',
  'VN',
  'TH',
  'ID',
  'BR',
  'MX',
  'CA',
  'AU',
  'ZA',
  'AE',
];
const STATUSES = ['active', 'active', 'active', 'dormant', 'ended', 'unknown'] as const;

/** A small deterministic generator, so that every run maps the same network. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A valid case file: a firm, three key people, actors spread over the countries unevenly (the
 * first countries hold most, as a real firm's do), and ties from the firm and key people to
 * actors and between actors, mostly within a country.
 */
export function generatedNetwork(actorCount = 5_000, tieCount = 20_000, countryCount = 30): CaseFileInput {
  const next = random(20_250_601);
  const countries = COUNTRIES.slice(0, Math.min(countryCount, COUNTRIES.length));
  const weights = countries.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickCountry = () => {
    let r = next() * total;
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r <= 0) return i;
    }
    return countries.length - 1;
  };
  const firmId = 'bench-map-firm';
  const keyPeople = ['kp-ceo', 'kp-export', 'kp-cto'];
  const actors: NonNullable<CaseFileInput['actors']> = [];
  const byCountry: number[][] = countries.map(() => []);
  for (let i = 0; i < actorCount; i++) {
    const country = pickCountry();
    byCountry[country]?.push(i);
    const kind = i % 7 === 0 ? 'platform' : i % 3 === 0 ? 'person' : 'organization';
    actors.push({
      id: `a${i}`,
      name: `${kind === 'person' ? 'Contact' : kind === 'platform' ? 'Platform' : 'Company'} ${i}`,
      kind,
      countries: [countries[country] ?? 'DE'],
    });
  }
  const ties: NonNullable<CaseFileInput['ties']> = [];
  const tie = (from: string, to: string) => {
    const type = NETWORK_TYPES[Math.floor(next() * NETWORK_TYPES.length)] ?? 'business';
    const market = countries[Math.floor(next() * countries.length)] ?? 'DE';
    ties.push({
      id: `t${ties.length}`,
      from,
      to,
      networkType: type,
      strength: 1 + Math.floor(next() * 5),
      status: STATUSES[Math.floor(next() * STATUSES.length)] ?? 'active',
      markets: [market],
    });
  };
  // Every actor is reached once, from the firm or a key person; the other ties run between actors.
  for (let i = 0; i < actorCount && ties.length < tieCount; i++) tie(next() < 0.6 ? firmId : (keyPeople[i % keyPeople.length] ?? firmId), `a${i}`);
  while (ties.length < tieCount) {
    const from = Math.floor(next() * actorCount);
    const home = byCountry[pickCountry()] ?? [];
    const sameCountry = next() < 0.7 ? byCountry[countries.indexOf(actors[from]?.countries?.[0] ?? '')] : home;
    const pool = sameCountry !== undefined && sameCountry.length > 1 ? sameCountry : home;
    const to = pool[Math.floor(next() * pool.length)];
    if (to === undefined || to === from) continue;
    tie(`a${from}`, `a${to}`);
  }
  return {
    format: 'foothold.case/2',
    firm: { id: firmId, name: 'Bench map firm', countryOfOrigin: 'FI' },
    keyPeople: keyPeople.map((id, i) => ({ id, role: ['Chief executive officer', 'Export manager', 'Chief technology officer'][i] ?? 'Manager' })),
    actors,
    ties,
  };
}

// The scripts below run in the page. They are strings because tsx, which runs bench/, wraps named
// functions in a helper that does not exist in the page.

/** Records requestAnimationFrame deltas in the page from now on. */
const RECORD_FRAMES = `{
  window.mapBenchFrames = [];
  window.mapBenchStop = false;
  let last = performance.now();
  const tick = (now) => {
    window.mapBenchFrames.push(now - last);
    last = now;
    if (!window.mapBenchStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

/** Stops recording and returns the deltas. */
const RECORDED_FRAMES = `(() => { window.mapBenchStop = true; return window.mapBenchFrames; })()`;

async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(RECORD_FRAMES);
}

async function recordedFrames(page: Page): Promise<number[]> {
  return (await page.evaluate(RECORDED_FRAMES)) as number[];
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchWebMap(serverUrl: string, browser: Browser, options: WebMapOptions = {}): Promise<WebMapFigures> {
  const actors = options.actors ?? 5_000;
  const tieCount = options.ties ?? 20_000;
  const countries = options.countries ?? 30;
  const workspace = options.workspace ?? 'bench-map';
  const caseFile = generatedNetwork(actors, tieCount, countries);
  const firmId = caseFile.firm.id;

  const importStart = performance.now();
  const imported = await fetch(new URL(`/api/workspaces/${workspace}/cases?replace=true`, serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caseFile),
  });
  if (!imported.ok) throw new Error(`importing the generated case failed: ${imported.status} ${await imported.text()}`);
  const importMs = performance.now() - importStart;

  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(`/w/${workspace}/firms/${firmId}/network`, serverUrl).toString());
    await page.waitForFunction(() => performance.getEntriesByName('network-map:first-render').length > 0, undefined, { timeout: 60_000, polling: 50 });
    const firstRenderMs = await page.evaluate(() => performance.getEntriesByName('network-map:first-render')[0]?.startTime ?? NaN);
    const dataMs = await page.evaluate(() =>
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/'))
          .map((e) => (e as unknown as { responseEnd: number }).responseEnd),
      ),
    );

    // While the worker arranges the map: the page must keep drawing frames.
    await recordFrames(page);
    const arrangeStart = Date.now();
    await page
      .getByRole('status')
      .filter({ hasText: /Map arranged|Arranging stopped|could not be arranged/ })
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const arrangingMs = Date.now() - arrangeStart;
    const arranging = await recordedFrames(page);

    // Panning and zooming: drags across the canvas, Ctrl + wheel zooms, and the zoom buttons.
    const canvas = page.getByRole('img', { name: /^Network map of / });
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('the map canvas is not on the page');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await recordFrames(page);
    for (const [dx, dy] of [
      [150, 0],
      [0, 120],
      [-200, -80],
      [80, 60],
    ] as const) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 20 });
      await page.mouse.up();
    }
    await page.keyboard.down('Control');
    for (const delta of [-300, -300, -300, 300, 300, 300]) {
      await page.mouse.move(cx + delta / 10, cy);
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(120);
    }
    await page.keyboard.up('Control');
    for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Fit the map']) {
      await page.getByRole('button', { name }).click();
      await page.waitForTimeout(300);
    }
    const frames = (await recordedFrames(page)).slice(1);
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      actors,
      ties: tieCount,
      countries,
      importMs: round(importMs),
      firstRenderMs: round(firstRenderMs),
      dataMs: round(dataMs),
      longestFrameWhileArrangingMs: round(Math.max(0, ...arranging.slice(1))),
      arrangingMs,
      longestFrameMs: round(sorted.at(-1) ?? NaN),
      p95FrameMs: round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN),
      frames: frames.length,
    };
  } finally {
    await context.close();
  }
}
