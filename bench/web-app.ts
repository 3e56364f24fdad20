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

/** Milliseconds from navigation to a usable dashboard: the action plan and the heatmap's cells shown. Median of `runs` cold page loads. */
export async function dashboardUsableMs(serverUrl: string, browser: Browser, firmId: string, runs = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(new URL(`/w/default/firms/${firmId}`, serverUrl).toString());
    await page.getByRole('heading', { name: 'Action plan' }).waitFor();
    await page
      .getByRole('table', { name: /Utilization heatmap/ })
      .getByRole('button')
      .first()
      .waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
  return times;
}
