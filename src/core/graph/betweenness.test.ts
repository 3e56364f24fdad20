import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { barabasiAlbert } from './barabasi-albert.js';
import {
  betweenness,
  betweennessFromSources,
  choosePivots,
  DEFAULT_ERROR_PROBABILITY,
  EXACT_BETWEENNESS_MAX_NODES,
  finishBetweenness,
  normalizeBetweenness,
  planBetweenness,
  samplesForErrorBound,
  samplingErrorBound,
} from './betweenness.js';
import { buildCsr } from './csr.js';
import type { CsrGraph } from './types.js';

const graph = (nodeCount: number, ties: [number, number][]): CsrGraph =>
  buildCsr({ nodeCount, from: Uint32Array.from(ties, (t) => t[0]), to: Uint32Array.from(ties, (t) => t[1]) });
const path = (n: number): CsrGraph =>
  graph(
    n,
    Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1]),
  );
const star = (n: number): CsrGraph =>
  graph(
    n,
    Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]),
  );

const graphs = fc
  .record({ nodeCount: fc.integer({ min: 1, max: 14 }), ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 35 }) })
  .map(({ nodeCount, ties }) =>
    graph(
      nodeCount,
      ties.map(([a, b]): [number, number] => [a % nodeCount, b % nodeCount]),
    ),
  );

const close = (actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tolerance);
};

const permutations = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, v) => v),
    { minLength: n, maxLength: n },
  );

/** The same graph with node u renamed order[u]. */
function relabel(g: CsrGraph, order: readonly number[]): CsrGraph {
  const ties: [number, number][] = [];
  for (let u = 0; u < g.nodeCount; u++) for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) ties.push([order[u]!, order[g.targets[j]!]!]);
  return graph(g.nodeCount, ties);
}

function allSubsets(n: number, k: number): Uint32Array[] {
  if (k === 0) return [new Uint32Array(0)];
  if (n < k) return [];
  return [...allSubsets(n - 1, k), ...allSubsets(n - 1, k - 1).map((s) => Uint32Array.of(...s, n - 1))];
}

describe('exact betweenness', () => {
  it('on a path: node i lies between i × (n - 1 - i) pairs, divided by the (n - 1)(n - 2) / 2 pairs of other nodes', () => {
    const n = 9;
    const result = betweenness(path(n));
    expect(result).toMatchObject({ exact: true, samples: n });
    expect(result.errorBound).toBeUndefined();
    close(
      result.values,
      Array.from({ length: n }, (_, i) => (2 * i * (n - 1 - i)) / ((n - 1) * (n - 2))),
    );
  });

  it('on a star: 1 for the centre, 0 for the leaves; 0 everywhere in a complete graph', () => {
    close(betweenness(star(6)).values, [1, 0, 0, 0, 0, 0]);
    const complete = graph(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [2, 4],
      [3, 4],
    ]);
    close(betweenness(complete).values, [0, 0, 0, 0, 0]);
  });

  it('splits paths of equal length: a 4-cycle gives each node half of one pair', () => {
    // Pair {0, 2} has two shortest paths, via 1 and via 3: each gets 1/2, normalized by 3 × 2 / 2 = 3.
    close(
      betweenness(
        graph(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ).values,
      [1 / 6, 1 / 6, 1 / 6, 1 / 6],
    );
  });

  it('is all zeros with two nodes or fewer, as networkx leaves it', () => {
    close(betweenness(path(2)).values, [0, 0]);
    close(betweenness(graph(1, [])).values, [0]);
    expect(betweenness(graph(0, [])).values.length).toBe(0);
    close(normalizeBetweenness(Float64Array.of(3, 4)), [0, 0]);
  });

  it('adds up the same over any split of the sources', () => {
    fc.assert(
      fc.property(graphs, fc.nat(), (g, cut) => {
        const n = g.nodeCount;
        const whole = betweennessFromSources(g, { start: 0, end: n }, new Float64Array(n));
        const split = cut % (n + 1);
        const parts = new Float64Array(n);
        betweennessFromSources(g, { start: 0, end: split }, parts);
        betweennessFromSources(g, { start: split, end: n }, parts);
        close(parts, whole);
        const interleaved = new Float64Array(n);
        betweennessFromSources(g, { start: 1, end: n, step: 2 }, interleaved);
        betweennessFromSources(
          g,
          Uint32Array.from({ length: Math.ceil(n / 2) }, (_, i) => 2 * i),
          interleaved,
        );
        close(interleaved, whole);
      }),
    );
  });

  it('does not depend on how the nodes are numbered', () => {
    fc.assert(
      fc.property(
        graphs.chain((g) => fc.tuple(fc.constant(g), permutations(g.nodeCount))),
        ([g, order]) => {
          const after = betweenness(relabel(g, order)).values;
          close(
            Array.from({ length: g.nodeCount }, (_, u) => after[order[u]!]!),
            betweenness(g).values,
          );
        },
      ),
    );
  });
});

describe('sampled betweenness', () => {
  const g = buildCsr(barabasiAlbert(40, 2, 9));
  const exact = betweenness(g).values;

  it('with every node as a pivot is the exact value', () => {
    const n = g.nodeCount;
    const pivots = choosePivots(n, n, 4);
    expect(Array.from(pivots)).toEqual(Array.from({ length: n }, (_, i) => i));
    const raw = betweennessFromSources(g, pivots, new Float64Array(n));
    close(finishBetweenness(raw, { nodeCount: n, pivots, errorProbability: 0.05 }).values, exact);
    const asked = betweenness(g, { samples: n });
    expect(asked.exact).toBe(true);
    close(asked.values, exact);
    expect(betweenness(g, { samples: n + 5 }).exact).toBe(true);
  });

  it('is unbiased: its mean over every possible set of pivots is the exact value', () => {
    const small = graph(7, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [3, 4],
      [4, 5],
      [4, 6],
      [5, 6],
    ]);
    const truth = betweenness(small).values;
    for (const k of [2, 3, 6]) {
      const subsets = allSubsets(7, k);
      const mean = new Float64Array(7);
      for (const pivots of subsets) {
        const estimate = finishBetweenness(betweennessFromSources(small, pivots, new Float64Array(7)), { nodeCount: 7, pivots, errorProbability: 0.05 }).values;
        estimate.forEach((x, v) => (mean[v]! += x / subsets.length));
      }
      close(mean, truth);
    }
  });

  it('keeps estimates within [0, 1]: a star’s centre seen from two leaves is 1, not n / (n - 1)', () => {
    // Each leaf pivot's search finds the centre on the paths to all n - 2 other nodes: δ = n - 2 = 4.
    // networkx up to 3.4 scaled that by n / k to 2 × 4 × 6 / (2 × 5 × 4) = 1.2.
    const n = 6;
    const pivots = Uint32Array.of(3, 5);
    const estimate = finishBetweenness(betweennessFromSources(star(n), pivots, new Float64Array(n)), { nodeCount: n, pivots, errorProbability: 0.05 });
    close(estimate.values, [1, 0, 0, 0, 0, 0]);
  });

  it('scales a pivot by k - 1 and any other node by k, as its own search says nothing about a pivot', () => {
    // Path 0–1–2–3; pivots 0 and 1. From 0: δ(1) = 2, δ(2) = 1. From 1: δ(2) = 1 (toward 3).
    // Node 1 is a pivot: 2 / ((2 - 1)(4 - 2)) = 1; node 2 is not: 2 / (2 × 2) = 0.5.
    const pivots = Uint32Array.of(0, 1);
    const estimate = finishBetweenness(betweennessFromSources(path(4), pivots, new Float64Array(4)), { nodeCount: 4, pivots, errorProbability: 0.05 });
    close(estimate.values, [0, 1, 0.5, 0]);
    expect(() => normalizeBetweenness(new Float64Array(4), Uint32Array.of(2))).toThrow(/at least 2 pivots/);
  });

  it('is repeatable for a seed, and states its sample size and error bound', () => {
    const a = betweenness(g, { samples: 10, seed: 3 });
    const b = betweenness(g, { samples: 10, seed: 3 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(a).toMatchObject({ exact: false, samples: 10, errorBound: { delta: DEFAULT_ERROR_PROBABILITY, epsilon: samplingErrorBound(40, 10, 0.05) } });
    expect(betweenness(g, { samples: 10, seed: 3, errorProbability: 0.2 }).errorBound).toEqual({ epsilon: samplingErrorBound(40, 10, 0.2), delta: 0.2 });
    expect(Array.from(betweenness(g, { samples: 10, seed: 4 }).values)).not.toEqual(Array.from(a.values));
  });

  it('stays within its stated error bound for every node in (far) more than 1 - δ of the runs', () => {
    const δ = 0.2;
    let misses = 0;
    for (let seed = 0; seed < 100; seed++) {
      const { values, errorBound } = betweenness(g, { samples: 8, seed, errorProbability: δ });
      if (values.some((x, v) => Math.abs(x - exact[v]!) > errorBound!.epsilon)) misses++;
    }
    expect(misses).toBeLessThanOrEqual(100 * δ);
  });
});

describe('choosing pivots and sizing the sample', () => {
  it('draws distinct nodes, ascending, the same for a seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), fc.integer(), (n, k, seed) => {
        const samples = (k % n) + 1;
        const pivots = choosePivots(n, samples, seed);
        expect(pivots.length).toBe(samples);
        for (let i = 1; i < samples; i++) expect(pivots[i]).toBeGreaterThan(pivots[i - 1]!);
        expect(pivots[samples - 1]).toBeLessThan(n);
        expect(Array.from(choosePivots(n, samples, seed))).toEqual(Array.from(pivots));
      }),
    );
  });

  it('draws every node about equally often', () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 3000; seed++) for (const v of choosePivots(10, 3, seed)) counts[v]!++;
    // 9,000 picks over 10 nodes: 900 each, give or take 4 standard deviations (≈ 100).
    for (const c of counts) expect(Math.abs(c - 900)).toBeLessThan(100);
  });

  it('states ε = sqrt(ln(2n / δ) / (2(k - 1))), and the sample size that reaches a given ε', () => {
    expect(samplingErrorBound(101, 51, 0.1)).toBeCloseTo(Math.sqrt(Math.log(2020) / 100), 12);
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10_000_000 }),
        fc.double({ min: 0.005, max: 0.5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (n, epsilon, δ) => {
          const k = samplesForErrorBound(n, epsilon, δ);
          expect(samplingErrorBound(n, k, δ)).toBeLessThanOrEqual(epsilon * (1 + 1e-12));
          expect(k).toBeGreaterThanOrEqual(2);
          if (k > 2) expect(samplingErrorBound(n, k - 1, δ)).toBeGreaterThan(epsilon);
        },
      ),
    );
  });

  it('plans an exact run without samples or with as many as there are nodes, pivots otherwise', () => {
    expect(planBetweenness(10)).toEqual({ nodeCount: 10, pivots: undefined, errorProbability: DEFAULT_ERROR_PROBABILITY });
    expect(planBetweenness(10, { samples: 10 }).pivots).toBeUndefined();
    expect(planBetweenness(10, { samples: 4, seed: 2 }).pivots).toEqual(choosePivots(10, 4, 2));
    expect(EXACT_BETWEENNESS_MAX_NODES).toBe(50_000);
  });

  it.each([
    [{ samples: 1 }, '/samples'],
    [{ samples: 2.5 }, '/samples'],
    [{ errorProbability: 0 }, '/errorProbability'],
    [{ errorProbability: 1 }, '/errorProbability'],
    [{ errorProbability: Number.NaN }, '/errorProbability'],
    [{ samples: 3, seed: 0.5 }, '/seed'],
    [{ seed: Number.NaN }, '/seed'],
  ])('refuses the options %o', (options, pointer) => {
    expect(() => planBetweenness(10, options)).toThrow(InputError);
    expect(() => planBetweenness(10, options)).toThrow(expect.objectContaining({ path: pointer }));
  });
});

describe('betweennessFromSources', () => {
  const g = path(4);
  it('refuses sources outside the graph and an output of the wrong size', () => {
    expect(() => betweennessFromSources(g, Uint32Array.of(1, 4), new Float64Array(4))).toThrow(expect.objectContaining({ path: '/sources/1' }));
    expect(() => betweennessFromSources(g, { start: 0, end: 5 }, new Float64Array(4))).toThrow(/0 ≤ start ≤ end ≤ 4/);
    expect(() => betweennessFromSources(g, { start: -1, end: 2 }, new Float64Array(4))).toThrow(InputError);
    expect(() => betweennessFromSources(g, { start: 0, end: 2, step: 0 }, new Float64Array(4))).toThrow(/step ≥ 1/);
    expect(() => betweennessFromSources(g, { start: 0, end: 4 }, new Float64Array(3))).toThrow(/holds 3 numbers; the graph has 4 nodes/);
  });

  it('adds to what the output already holds', () => {
    const out = Float64Array.of(1, 1, 1, 1);
    betweennessFromSources(g, Uint32Array.of(0), out);
    // From 0: node 1 lies on the paths to 2 and 3, node 2 on the path to 3.
    expect(Array.from(out)).toEqual([1, 3, 2, 1]);
  });
});
