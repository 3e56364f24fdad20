import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { barabasiAlbert } from '../core/graph/barabasi-albert.js';
import { betweenness, betweennessFromSources } from '../core/graph/betweenness.js';
import { buildCsr, isSharedCsr } from '../core/graph/csr.js';
import { InputError } from '../shared/errors.js';
import { JOB_KIND, betweennessParallel, defaultWorkerCount, isJob, rawBetweennessParallel, runJob, type BetweennessJob } from './graph-workers.js';

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

  it('refuses a worker count that is not a whole number of at least 1, pointing at the option', async () => {
    await expect(rawBetweennessParallel(randomGraph, undefined, 0)).rejects.toThrow(InputError);
    await expect(betweennessParallel(randomGraph, { workers: 1.5 })).rejects.toThrow(/whole number of at least 1/);
    await expect(rawBetweennessParallel(randomGraph, undefined, -1)).rejects.toMatchObject({ path: '/workers' });
  });

  it('accepts a single worker, which gives the same values', async () => {
    close((await betweennessParallel(karateGraph, { workers: 1 })).values, Float64Array.from(karate.betweenness));
    const sources = Uint32Array.of(3, 250, 401);
    close(await rawBetweennessParallel(randomGraph, sources, 1), betweennessFromSources(randomGraph, sources, new Float64Array(700)));
  });

  it('counts progress in the sources given, not in the nodes of the graph', async () => {
    const reports: [number, number][] = [];
    const sources = Uint32Array.of(0, 5, 17, 300, 699);
    await rawBetweennessParallel(randomGraph, sources, 2, (done, total) => reports.push([done, total]));
    expect(reports.at(-1)).toEqual([5, 5]);
    expect(reports.every(([, total]) => total === 5)).toBe(true);
  });

  it('reports no progress for no sources, since no worker runs', async () => {
    const onProgress = vi.fn();
    const raw = await rawBetweennessParallel(randomGraph, new Uint32Array(0), 2, onProgress);
    expect(Array.from(raw)).toEqual(new Array(700).fill(0));
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('keeps the failing worker’s own error as the cause', async () => {
    const sources = Uint32Array.of(0, 700);
    const error = await rawBetweennessParallel(randomGraph, sources, 2).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Betweenness worker 2 of 2 failed: Betweenness source 700 is not a node; the graph has 700 nodes');
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(((error as Error).cause as Error).message).toBe('Betweenness source 700 is not a node; the graph has 700 nodes');
  });
});

// What each worker thread runs, run here on the test's own thread, where every line can be checked.
describe('a worker’s job', () => {
  const jobOf = (sources: BetweennessJob['sources']): BetweennessJob => ({
    kind: JOB_KIND,
    graph: karateGraph,
    sources,
    out: new Float64Array(karate.nodeCount),
    progress: new Int32Array(1),
  });
  const alone = (sources: number[]): Float64Array => {
    const out = new Float64Array(karate.nodeCount);
    betweennessFromSources(karateGraph, Uint32Array.from(sources), out);
    return out;
  };

  it.each([
    ['every node', { start: 0, end: 34 }, Array.from({ length: 34 }, (_, v) => v)],
    ['every third node from the second', { start: 1, end: 34, step: 3 }, [1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31]],
    ['nodes listed, more than one chunk of them', Uint32Array.from({ length: 40 }, (_, i) => (i * 7) % 34), Array.from({ length: 40 }, (_, i) => (i * 7) % 34)],
    ['a range with nothing in it', { start: 5, end: 5 }, []],
    ['a range that ends before it starts', { start: 9, end: 3 }, []],
  ])('adds the raw sums of %s and counts them as done', (_, sources, expected) => {
    const job = jobOf(sources);
    runJob(job);
    close(job.out, alone(expected));
    expect(job.progress[0]).toBe(expected.length);
  });

  it('knows its job from anything else a thread might be given', () => {
    expect(isJob(jobOf({ start: 0, end: 1 }))).toBe(true);
    for (const other of [null, undefined, 'job', 7, {}, { kind: 'something else' }]) expect(isJob(other)).toBe(false);
  });
});
