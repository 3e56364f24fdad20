// The graph use cases in-process: metrics of a GraphML file on disk (a path graph whose networkx
// values are checked by hand, a missing file, a folder), exact betweenness up to `exactMaxNodes`
// and sampled above it, the samples, seed and progress reaching the workers, the reader's warnings
// tagged with the file, and a stored firm's brokerage with and without a market.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileInput } from '../core/case-file/index.js';
import { ValidationError } from '../shared/errors.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { parsedCase } from '../test-support/cases.js';
import { firmBrokerage, graphFileMetrics, graphMetrics, type GraphFileMetrics } from './graph-service.js';

/** A GraphML document: the nodes declared in order, then the edges, one element per line. */
const graphml = (nodes: string[], edges: [string, string][]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<graph edgedefault="undirected">',
    ...nodes.map((id) => `<node id="${id}"/>`),
    ...edges.map(([s, t]) => `<edge source="${s}" target="${t}"/>`),
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

/** a – b – c – d – …: the path graph on the given nodes. */
const path = (ids: string[]) =>
  graphml(
    ids,
    ids.slice(1).map((id, i) => [ids[i]!, id]),
  );
/** The star with centre "hub" and the given leaves. */
const star = (leaves: string[]) =>
  graphml(
    ['hub', ...leaves],
    leaves.map((leaf) => ['hub', leaf]),
  );

const betweennessOf = (m: GraphFileMetrics) => m.nodes.map((x) => x.betweenness);
const closeTo = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 12));
};

describe('graphFileMetrics', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'foothold-graph-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives networkx’s degree, betweenness, constraint and effective size of a path a – b – c – d, a repeated edge and a self-loop counted apart', async () => {
    const file = join(dir, 'path.graphml');
    // The path, plus b – a again and a loop at c: nx.Graph keeps one a – b and the metrics ignore the loop.
    writeFileSync(
      file,
      graphml(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['b', 'a'],
          ['c', 'c'],
        ],
      ),
    );
    const m = await graphFileMetrics(file);
    expect(m.ids).toEqual(['a', 'b', 'c', 'd']);
    // b lies on a–c and a–d: 2 of the 3 pairs without b, so 2/3; c likewise. Constraint of b: (1/2)² twice, a and c unconnected.
    expect(m.nodes.map(({ degree, constraint, effectiveSize }) => ({ degree, constraint, effectiveSize }))).toEqual([
      { degree: 1, constraint: 1, effectiveSize: 1 },
      { degree: 2, constraint: 0.5, effectiveSize: 2 },
      { degree: 2, constraint: 0.5, effectiveSize: 2 },
      { degree: 1, constraint: 1, effectiveSize: 1 },
    ]);
    closeTo(betweennessOf(m), [0, 2 / 3, 2 / 3, 0]);
    expect({ edges: m.edgeCount, parallel: m.parallelEdges, loops: m.selfLoops, undirected: m.readAsUndirected }).toEqual({
      edges: 3,
      parallel: 1,
      loops: 1,
      undirected: false,
    });
    expect(m.betweenness).toEqual({ exact: true, samples: 4 });
    expect(m.warnings).toEqual([]);
  });

  it('refuses a missing file and a folder with a ValidationError naming the path', async () => {
    const missing = join(dir, 'nowhere.graphml');
    const noFile = await graphFileMetrics(missing).catch((e: unknown) => e);
    expect(noFile).toBeInstanceOf(ValidationError);
    expect((noFile as ValidationError).problems).toEqual([{ file: missing, pointer: '', message: 'cannot read the file: no such file' }]);
    const folder = await graphFileMetrics(dir).catch((e: unknown) => e);
    expect(folder).toBeInstanceOf(ValidationError);
    expect((folder as ValidationError).problems).toEqual([{ file: dir, pointer: '', message: 'cannot read the file: is a folder, expected a .graphml file' }]);
  });
});

describe('graphMetrics: exact or sampled betweenness', () => {
  it('is exact for a graph of exactly `exactMaxNodes` nodes', async () => {
    const m = await graphMetrics(bytes(path(['a', 'b', 'c', 'd'])), 'p4.graphml', { exactMaxNodes: 4, defaultSamples: 2 });
    expect(m.betweenness).toEqual({ exact: true, samples: 4 });
    closeTo(betweennessOf(m), [0, 2 / 3, 2 / 3, 0]);
  });

  it('samples `defaultSamples` pivots for a graph of more nodes, with the error bound of that many', async () => {
    const m = await graphMetrics(bytes(star(['a', 'b', 'c', 'd'])), 'star.graphml', { exactMaxNodes: 4, defaultSamples: 3 });
    expect(m.betweenness).toMatchObject({ exact: false, samples: 3, errorBound: { delta: 0.05 } });
    // ε = sqrt(ln(2n / δ) / (2(k − 1))) with n = 5, k = 3, δ = 0.05.
    expect(m.betweenness.errorBound?.epsilon).toBeCloseTo(Math.sqrt(Math.log(200) / 4), 12);
    // Whichever pivots: every shortest path between two leaves runs through the hub.
    closeTo(betweennessOf(m), [1, 0, 0, 0, 0]);
  });

  it('passes samples, seed and progress on: the seed picks the pivots, progress ends at every pivot done', async () => {
    const p5 = bytes(path(['a', 'b', 'c', 'd', 'e']));
    expect((await graphMetrics(p5, 'p5.graphml')).betweenness).toEqual({ exact: true, samples: 5 });
    const progress: [string, number, number][] = [];
    const seeded = await graphMetrics(p5, 'p5.graphml', { samples: 2, seed: 7, onProgress: (stage, done, total) => progress.push([stage, done, total]) });
    expect(seeded.betweenness).toMatchObject({ exact: false, samples: 2 });
    // Seed 7 picks the pivots a and e: d lies between a and e (δ = 1) and between e and a, b, c (δ = 3), so (1 + 3) / (2 · 3).
    closeTo(betweennessOf(seeded), [0, 2 / 3, 2 / 3, 2 / 3, 0]);
    expect(progress.at(-1)).toEqual(['betweenness', 2, 2]);
    expect(progress.every(([stage]) => stage === 'betweenness')).toBe(true);
    // The default seed (1) picks a and d: d, a pivot itself, counts only a's search, where it is before e alone (1 / 3).
    closeTo(betweennessOf(await graphMetrics(p5, 'p5.graphml', { samples: 2 })), [0, 2 / 3, 2 / 3, 1 / 3, 0]);
  });

  it('passes the reader’s warnings on, each naming the file', async () => {
    // The edge c – x (line 9) names a node never declared: networkx adds it, and so does the reader, with a warning.
    const text = graphml(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'x'],
      ],
    );
    const m = await graphMetrics(bytes(text), 'upload.graphml');
    expect(m.ids).toEqual(['a', 'b', 'c', 'x']);
    expect(m.warnings).toEqual([
      {
        file: 'upload.graphml',
        pointer: '',
        message: '1 node is named by edges but never declared (the first, "x", at line 9); added, as networkx does',
      },
    ]);
  });
});

describe('firmBrokerage', () => {
  const WS = 'w';
  let store: CaseStore;
  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
    const input = JSON.parse(readFileSync(new URL('../core/graph/fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;
    await store.putCase(WS, parsedCase({ ...input, markets: [{ id: 'm-kz', country: 'KZ', status: 'target' }] }), { replace: false });
  });
  afterEach(() => store.close());

  const asOf = new Date(Date.UTC(2026, 11, 1));

  it('without a market, reaches into every market the firm records', async () => {
    const b = await firmBrokerage(store, WS, 'acme', asOf);
    expect(b.firmName).toBe('Acme Oy');
    expect(b.markets.map((m) => [m.market, m.reached.map((r) => r.id)])).toEqual([['KZ', ['distributor', 'friend']]]);
    expect(b.brokers.find((x) => x.id === 'ceo')?.bridgesTo).toEqual(['KZ']);
  });

  it('with a market, reaches into that country only', async () => {
    const b = await firmBrokerage(store, WS, 'acme', asOf, 'JP');
    expect(b.markets).toEqual([{ market: 'JP', reached: [], unreachable: [], bridges: [] }]);
    expect(b.brokers.find((x) => x.id === 'ceo')?.bridgesTo).toEqual([]);
  });
});
