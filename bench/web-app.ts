// The web app's own figures: what the browser downloads on first load (gzipped, as a server would
// send it) and how soon a sample firm's dashboard is usable. Measures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstLoad {
  /** The scripts index.html loads (the entry and its preloaded chunks), gzipped bytes. */
  scriptGzipBytes: number;
  styleGzipBytes: number;
  files: string[];
  /** Every script chunk of the build, gzipped, for comparison: what the lazy views add. */
  allChunks: { file: string; gzipBytes: number }[];
}

/** The first-load bundle of dist/web: the script, modulepreload and stylesheet files index.html names. */
export function firstLoad(webRoot: string): FirstLoad {
  const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const refs = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const gz = (file: string) => gzipSync(readFileSync(join(webRoot, file))).length;
  const scripts = refs.filter((f) => f.endsWith('.js'));
  const styles = refs.filter((f) => f.endsWith('.css'));
  return {
    scriptGzipBytes: scripts.reduce((n, f) => n + gz(f), 0),
    styleGzipBytes: styles.reduce((n, f) => n + gz(f), 0),
    files: refs,
    allChunks: readdirSync(join(webRoot, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: `assets/${f}`, gzipBytes: gz(`assets/${f}`) })),
  };
}

/**
 * Marks, in the page, the first frame in which the dashboard is usable (the action plan's heading and
 * a heatmap cell's button are in the document) and the moment that frame has been painted: a message
 * posted from the frame's callback arrives after the browser has drawn it.
 */
const MARK_USABLE = `(() => {
  const seen = () => document.getElementById('plan-heading') !== null && document.querySelector('table.heatmap button') !== null;
  const frame = () => {
    if (!seen()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__dashboardUsable = performance.now(); };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
})()`;

export interface DashboardTimes {
  /** From the start of navigation to the painted frame that first shows the action plan and the heatmap, as the page's own clock reads it. */
  inPage: number[];
  /** The same from outside: from the benchmark's page.goto until Playwright sees the action plan and a heatmap button (includes Playwright's own polling). */
  wall: number[];
}

/** A firm's dashboard, `runs` cold page loads (a new browser context each, nothing cached). */
export async function dashboardUsableMs(serverUrl: string, browser: Browser, firmId: string, runs = 5): Promise<DashboardTimes> {
  const times: DashboardTimes = { inPage: [], wall: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(MARK_USABLE);
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(new URL(`/w/default/firms/${firmId}`, serverUrl).toString(), { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    await page
      .getByRole('table', { name: /Utilization heatmap/ })
      .getByRole('button')
      .first()
      .waitFor();
    times.wall.push(Date.now() - start);
    // A string, evaluated in the page: this file is compiled for Node, which has no window.
    const usable = await page.waitForFunction('window.__dashboardUsable');
    times.inPage.push(Number(await usable.jsonValue()));
    await context.close();
  }
  return times;
}
