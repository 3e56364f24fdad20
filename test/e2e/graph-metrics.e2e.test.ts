/**
 * The Graph metrics view in Chromium, on GraphML files written here from networkx's fixtures: the
 * karate club's figures as the table shows them, sorting and filtering, the CSV download (its
 * figures, its order, a formula-like id kept as text), a hundred rows at a time, a directed file
 * refused and then read as undirected with isolated nodes, a malformed file's lines, axe, the phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run-cli.js';
import { DESKTOP, overflowsSideways, PHONE, seriousViolations, webSuite } from './web.js';

interface Fixture {
  nodeCount: number;
  edges: [number, number][];
  betweenness: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}
const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'src/core/graph/fixtures', `${name}.json`), 'utf8')) as Fixture;

/** A graph as GraphML written by hand, node ids "n0", "n1" … unless given, so isolated nodes are declared too. */
function graphml(f: Pick<Fixture, 'nodeCount' | 'edges'>, edgedefault = 'undirected', ids = Array.from({ length: f.nodeCount }, (_, i) => `n${i}`)): string {
  const nodes = ids.map((id) => `<node id="${id}"/>`);
  const edges = f.edges.map(([a, b]) => `<edge source="${ids[a]}" target="${ids[b]}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="${edgedefault}">\n${[...nodes, ...edges].join('\n')}\n</graph></graphml>\n`;
}

const suite = webSuite([]);
const { open } = suite;
const VIEW = '/w/default/graph-metrics';

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('GraphML file (.graphml)').setInputFiles({ name, mimeType: 'application/graphml+xml', buffer: Buffer.from(text) });
}

const nodesTable = (page: Page, fileName: string) => page.getByRole('table', { name: new RegExp(`^Nodes of ${fileName.replace(/\./g, '\\.')}, by `) });
const rowIds = (page: Page, fileName: string) => nodesTable(page, fileName).locator('tbody th[scope=row]').allTextContents();
const cellsOf = (page: Page, fileName: string, id: string) =>
  nodesTable(page, fileName)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: id, exact: true }) })
    .getByRole('cell')
    .allTextContents();

/** A node's figures as the table shows them: degree, betweenness to 4 places, constraint to 4, effective size to 2, — for none. */
function shown(f: Fixture, v: number): string[] {
  const fixed = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? '—' : x.toFixed(digits));
  const degree = f.edges.filter(([a, b]) => a === v || b === v).length;
  return [String(degree), fixed(f.betweenness[v], 4), fixed(f.constraint[v], 4), fixed(f.effectiveSize[v], 2)];
}

const facts = (page: Page) =>
  page
    .getByRole('region', { name: /^Summary of / })
    .locator('.facts > div')
    .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));

describe('graph metrics of a GraphML file', () => {
  it('shows networkx’s figures for the karate club, highest betweenness first, with the facts of the reading', async () => {
    const { page, problems } = await open(VIEW);
    await page.getByRole('heading', { level: 1, name: 'Graph metrics' }).waitFor();
    expect(await page.title()).toBe('Graph metrics — Foothold');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Graph metrics' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Degree counts a node’s ties, and betweenness is the share of shortest paths', { exact: false }).waitFor();

    const karate = fixture('karate');
    await upload(page, 'karate.graphml', graphml(karate));
    await page.getByRole('table', { name: 'Nodes of karate.graphml, by betweenness, highest first' }).waitFor();
    expect(await facts(page)).toEqual([
      ['Nodes', '34'],
      ['Edges', '78'],
      ['Parallel edges, counted once', '0'],
      ['Self-loops, left out', '0'],
      ['Betweenness', 'exact'],
    ]);
    expect((await rowIds(page, 'karate.graphml')).slice(0, 5)).toEqual(['n0', 'n33', 'n32', 'n2', 'n31']);
    for (const v of [0, 33, 11, 16]) expect(await cellsOf(page, 'karate.graphml', `n${v}`), `n${v}`).toEqual(shown(karate, v));
    expect(await cellsOf(page, 'karate.graphml', 'n0')).toEqual(['16', '0.4376', '0.1554', '13.75']);
    expect(await page.getByText('— marks an isolated node', { exact: false }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('sorts by a column either way and by id as people read them, and filters by id', async () => {
    const { page, problems } = await open(VIEW);
    await upload(page, 'karate.graphml', graphml(fixture('karate')));
    const table = nodesTable(page, 'karate.graphml');
    await table.waitFor();
    const header = table.getByRole('columnheader', { name: /^Constraint/ });

    await header.getByRole('button').click();
    await page.getByRole('table', { name: 'Nodes of karate.graphml, by constraint, highest first' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await table.getByRole('columnheader', { name: /^Betweenness/ }).getAttribute('aria-sort')).toBe('none');
    expect((await rowIds(page, 'karate.graphml')).slice(0, 3)).toEqual(['n11', 'n16', 'n26']);

    await header.getByRole('button').click();
    await page.getByRole('table', { name: 'Nodes of karate.graphml, by constraint, lowest first' }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowIds(page, 'karate.graphml')).slice(0, 5)).toEqual(['n0', 'n33', 'n2', 'n31', 'n32']);

    await table.getByRole('columnheader', { name: /^Node/ }).getByRole('button').click();
    await page.getByRole('table', { name: 'Nodes of karate.graphml, by node, A to Z' }).waitFor();
    expect((await rowIds(page, 'karate.graphml')).slice(0, 12)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11']);

    await page.getByRole('searchbox', { name: 'Filter nodes by id' }).fill('N3');
    await page.getByText('5 of 34 nodes have “N3” in their id.', { exact: false }).waitFor();
    expect(await rowIds(page, 'karate.graphml')).toEqual(['n3', 'n30', 'n31', 'n32', 'n33']);
    expect(problems).toEqual([]);
  });

  it('downloads the table as CSV, the rows the filter keeps in the table’s order at full precision, with formula-like ids as text', async () => {
    const { page, problems } = await open(VIEW);
    const karate = fixture('karate');
    await upload(page, 'karate.graphml', graphml(karate));
    const table = nodesTable(page, 'karate.graphml');
    await table.waitFor();
    await table
      .getByRole('columnheader', { name: /^Constraint/ })
      .getByRole('button')
      .click();
    await table
      .getByRole('columnheader', { name: /^Constraint/ })
      .getByRole('button')
      .click();
    await page.getByRole('searchbox', { name: 'Filter nodes by id' }).fill('3');
    await page.getByText('7 of 34 nodes', { exact: false }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('karate-metrics.csv');
    const lines = readFileSync((await download.path()) ?? '', 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('node,degree,betweenness,constraint,effective_size');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[0])).toEqual(await rowIds(page, 'karate.graphml'));
    expect(rows.map((r) => r[0])).toEqual(['n33', 'n31', 'n32', 'n23', 'n13', 'n30', 'n3']);
    for (const [id, degree, betweenness, constraint, effectiveSize] of rows) {
      const v = Number(id?.slice(1));
      expect(Number(degree), id).toBe(karate.edges.filter(([a, b]) => a === v || b === v).length);
      expect(Math.abs(Number(betweenness) - karate.betweenness[v]!), id).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(Number(constraint) - karate.constraint[v]!), id).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(Number(effectiveSize) - karate.effectiveSize[v]!), id).toBeLessThanOrEqual(1e-9);
      // Full precision, not the table's four places.
      expect(betweenness === '0' || (betweenness ?? '').length > 8, id).toBe(true);
    }

    // A node id a spreadsheet would run as a formula stays text in the CSV.
    await upload(page, 'formulas.graphml', graphml({ nodeCount: 3, edges: [[0, 1]] }, 'undirected', ['=SUM(A1)', '-2+3', 'alone']));
    await nodesTable(page, 'formulas.graphml').waitFor();
    const [formulas] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(formulas.suggestedFilename()).toBe('formulas-metrics.csv');
    expect(readFileSync((await formulas.path()) ?? '', 'utf8')).toBe(
      "node,degree,betweenness,constraint,effective_size\n'=SUM(A1),1,0,1,1\n'-2+3,1,0,1,1\nalone,0,0,,\n",
    );
    expect(problems).toEqual([]);
  });

  it('shows a hundred rows at a time', async () => {
    const { page, problems } = await open(VIEW);
    const n = 250;
    await upload(page, 'ring.graphml', graphml({ nodeCount: n, edges: Array.from({ length: n }, (_, i): [number, number] => [i, (i + 1) % n]) }));
    await nodesTable(page, 'ring.graphml').waitFor();
    expect(await rowIds(page, 'ring.graphml')).toHaveLength(100);
    await page.getByRole('button', { name: 'Show 100 more of 150' }).click();
    await page.getByRole('button', { name: 'Show 50 more of 50' }).click();
    expect(await rowIds(page, 'ring.graphml')).toHaveLength(250);
    expect(await page.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('refuses a directed file, and reads it as undirected once the box is ticked, isolated nodes without constraint', async () => {
    const { page, problems } = await open(VIEW);
    const components = fixture('components');
    await upload(page, 'components.graphml', graphml(components, 'directed'));
    const alert = page.getByRole('alert');
    await alert.getByText('components.graphml could not be analyzed.').waitFor();
    expect(await alert.textContent()).toBe(
      'components.graphml could not be analyzed. Its edges are directed, and these metrics are for undirected graphs. Tick “Read a directed file’s edges as undirected ties” to read every edge as an undirected tie.',
    );
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Read a directed file’s edges as undirected ties' }).check();
    await nodesTable(page, 'components.graphml').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await facts(page))[1]).toEqual(['Edges (directed, read as undirected)', '21']);
    for (const v of [0, 5, 6, 23]) expect(await cellsOf(page, 'components.graphml', `n${v}`), `n${v}`).toEqual(shown(components, v));
    expect(await cellsOf(page, 'components.graphml', 'n5')).toEqual(['0', '0.0000', '—', '—']);
    await page.getByText('— marks an isolated node: without ties, its constraint and effective size are undefined', { exact: false }).waitFor();
    expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
  });

  it('shows the line of each problem in a file that is not well-formed, or that declares a DOCTYPE', async () => {
    const { page, problems } = await open(VIEW);
    await upload(page, 'broken.graphml', '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph></graphml>\n');
    const alert = page.getByRole('alert');
    await alert.getByText('broken.graphml could not be analyzed. A problem in the file:').waitFor();
    const listed = await alert.getByRole('list', { name: 'Problems in broken.graphml' }).getByRole('listitem').allTextContents();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^not well-formed XML at line 5, column \d+: /);
    expect(await seriousViolations(page)).toEqual([]);

    await upload(page, 'laughs.graphml', '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">]>\n<graphml>&a;</graphml>\n');
    await alert.getByText('laughs.graphml could not be analyzed.').waitFor();
    expect(await alert.getByRole('list', { name: 'Problems in laughs.graphml' }).getByRole('listitem').textContent()).toMatch(
      /^a DOCTYPE declaration at line 2, column 1: Foothold refuses DOCTYPEs/,
    );
    expect(problems.filter((p) => !p.includes('status of 422'))).toEqual([]);
  });

  it('has no serious axe violations, and fits a phone without sideways scrolling', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page } = await open(VIEW, viewport);
      expect(await seriousViolations(page), `${viewport.width} px, empty`).toEqual([]);
      await upload(page, 'karate.graphml', graphml(fixture('karate')));
      await nodesTable(page, 'karate.graphml').waitFor();
      expect(await seriousViolations(page), `${viewport.width} px`).toEqual([]);
      expect(await overflowsSideways(page), `${viewport.width} px`).toBe(false);
    }
  });
});
