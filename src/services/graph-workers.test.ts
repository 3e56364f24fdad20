import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../core/graph/barabasi-albert.js';
import { betweenness, betweennessFromSources } from '../core/graph/betweenness.js';
import { buildCsr, isSharedCsr } from '../core/graph/csr.js';
import { InputError } from '../shared/errors.js';
import { betweennessParallel, defaultWorkerCount, rawBetweennessParallel } from './graph-workers.js';

const close = (actual: Float64Array, expected: Float64Array): void => {
  expect(actual.length).toBe(expected.length);
  for (let v = 0; v < expected.length; v++) expect(Math.abs(actual[v]! - expected[v]!)).toBeLessThanOrEqual(1e-12);
};

const karate = JSON.parse(readFileSync(new URL('../core/graph/fixtures/karate.json', import.meta.url), 'utf8')) as {
  nodeCount: number;
  edges: [number, number][];
  betweenness: number[];
};
const karateGraph = buildCsr(
  { nodeCount: karate.nodeCount, from: Uint32Array.from(karate.edges, (e) => e[0]), to: Uint32Array.from(karate.edges, (e) => e[1]) },
  { shared: true },
);
// Several components, so that the sources do not all cost the same.
const randomGraph = buildCsr(
  {
    nodeCount: 700,
    from: Uint32Array.of(...barabasiAlbert(400, 3, 8).from, ...barabasiAlbert(300, 1, 9).from.map((v) => v + 400)),
    to: Uint32Array.of(...barabasiAlbert(400, 3, 8).to, ...barabasiAlbert(300, 1, 9).to.map((v) => v + 400)),
  },
  { shared: true },
);

/** Worker threads alive in this process: each holds a MessagePort until it is terminated. */
const openPorts = (): number => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;

describe('betweennessParallel', () => {
  it('gives networkx’s values on the karate club, as the single-threaded engine does', async () => {
    const parallel = await betweennessParallel(karateGraph, { workers: 2 });
    expect(parallel.exact).toBe(true);
    close(parallel.values, betweenness(karateGraph).values);
    close(parallel.values, Float64Array.from(karate.betweenness));
  });

  it('equals the single-threaded result on a random graph, exact and sampled', async () => {
    const before = openPorts();
    close((await betweennessParallel(randomGraph)).values, betweenness(randomGraph).values);
    const sampled = await betweennessParallel(randomGraph, { samples: 50, seed: 5, workers: 3 });
    const single = betweenness(randomGraph, { samples: 50, seed: 5 });
    close(sampled.values, single.values);
    expect({ ...sampled, values: undefined }).toEqual({ ...single, values: undefined });
    // Workers are gone once the promise settles.
    expect(openPorts()).toBe(before);
  });

  it('reports progress that only grows and ends at every source done', async () => {
    const reports: [number, number][] = [];
    await betweennessParallel(randomGraph, { workers: 2, onProgress: (done, total) => reports.push([done, total]) });
    expect(reports.at(-1)).toEqual([700, 700]);
    for (let i = 1; i < reports.length; i++) expect(reports[i]![0]).toBeGreaterThanOrEqual(reports[i - 1]![0]);
    expect(reports.every(([, total]) => total === 700)).toBe(true);
  });

  it('copies a graph that is not in shared memory, and leaves it as it was', async () => {
    const plain = buildCsr(barabasiAlbert(60, 2, 1));
    expect(isSharedCsr(plain)).toBe(false);
    close((await betweennessParallel(plain, { workers: 2 })).values, betweenness(plain).values);
    expect(isSharedCsr(plain)).toBe(false);
  });

  it('adds up raw sums of chosen sources, and needs no worker for none', async () => {
    const sources = Uint32Array.of(0, 5, 17, 300, 699);
    close(await rawBetweennessParallel(randomGraph, sources, 2), betweennessFromSources(randomGraph, sources, new Float64Array(700)));
    expect(Array.from(await rawBetweennessParallel(randomGraph, new Uint32Array(0)))).toEqual(new Array(700).fill(0));
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
    expect(defaultWorkerCount()).toBeLessThanOrEqual(2);
  });

  it('rejects with the failing worker’s error and stops every worker', async () => {
    const before = openPorts();
    // Worker 2 of 2 gets source 700, which is not a node, first: core throws inside that worker while
    // worker 1 has tens of thousands of searches to go, and must be stopped rather than left running.
    const sources = Uint32Array.from({ length: 60_000 }, (_, j) => (j === 1 ? 700 : j % 700));
    await expect(rawBetweennessParallel(randomGraph, sources, 2)).rejects.toThrow(
      /^Betweenness worker 2 of 2 failed: Betweenness source 700 is not a node; the graph has 700 nodes$/,
    );
    expect(openPorts()).toBe(before);
  });

  it('refuses a worker count that is not a whole number of at least 1', async () => {
    await expect(rawBetweennessParallel(randomGraph, undefined, 0)).rejects.toThrow(InputError);
    await expect(betweennessParallel(randomGraph, { workers: 1.5 })).rejects.toThrow(/whole number of at least 1/);
  });
});
