// The engine against networkx on the fixtures scripts/graph-fixtures.py writes (see its header to
// regenerate them): betweenness, constraint, effective size and hop distances, node by node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betweenness, betweennessFromSources, finishBetweenness } from './betweenness.js';
import { buildCsr } from './csr.js';
import { createBfsBuffers, hopDistances } from './shortest-paths.js';
import { constraint, constraintOf, createEgoScratch, effectiveSize, effectiveSizeOf } from './structural-holes.js';
import type { CsrGraph, EdgeList } from './types.js';

interface Fixture {
  name: string;
  nodeCount: number;
  edges: [number, number][];
  weights: number[] | null;
  betweenness: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
  weightedConstraint?: (number | null)[];
  weightedEffectiveSize?: (number | null)[];
  distances: (number | null)[][];
  sampledBetweenness?: { k: number; seed: number; pivots: number[]; values: number[] };
}

const names = ['karate', 'gnp-60', 'components', 'weighted'];
const fixtures = names.map((name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Fixture);

function edgeListOf(f: Fixture, flip = false): EdgeList {
  // flip: every other tie written the other way round and the list reversed; the graph is the same.
  const edges = flip ? f.edges.map(([a, b], i) => (i % 2 === 0 ? [b, a] : [a, b])).reverse() : f.edges;
  const from = Uint32Array.from(edges, (e) => e[0]!);
  const to = Uint32Array.from(edges, (e) => e[1]!);
  if (f.weights === null) return { nodeCount: f.nodeCount, from, to };
  const weight = Float32Array.from(flip ? [...f.weights].reverse() : f.weights);
  return { nodeCount: f.nodeCount, from, to, weight };
}

/** Every node within 1e-9 of networkx; null (NaN in networkx) must be NaN here. */
function expectAgreement(actual: Float64Array, expected: readonly (number | null)[]): void {
  expect(actual.length).toBe(expected.length);
  const misses: string[] = [];
  expected.forEach((want, v) => {
    const got = actual[v]!;
    const ok = want === null ? Number.isNaN(got) : Math.abs(got - want) <= 1e-9;
    if (!ok) misses.push(`node ${v}: ${got}, networkx ${want}`);
  });
  expect(misses).toEqual([]);
}

function perEgo(g: CsrGraph, measure: typeof constraintOf, weighted: boolean): Float64Array {
  const scratch = createEgoScratch(g.nodeCount);
  return Float64Array.from({ length: g.nodeCount }, (_, v) => measure(g, v, scratch, { weighted }));
}

describe.each(fixtures)('$name against networkx', (f) => {
  const g = buildCsr(edgeListOf(f));

  it('has networkx’s ties and no others', () => {
    expect(g.edgeCount).toBe(f.edges.length);
    expect(g.merged).toBe(0);
  });

  it('has networkx’s betweenness, also when the ties are listed differently', () => {
    expectAgreement(betweenness(g).values, f.betweenness);
    expectAgreement(betweenness(buildCsr(edgeListOf(f, true))).values, f.betweenness);
  });

  it('has networkx’s unweighted constraint and effective size, whole graph and ego by ego', () => {
    expectAgreement(constraint(g), f.constraint);
    expectAgreement(effectiveSize(g), f.effectiveSize);
    expectAgreement(perEgo(g, constraintOf, false), f.constraint);
    expectAgreement(perEgo(g, effectiveSizeOf, false), f.effectiveSize);
  });

  it('has networkx’s hop distances between all pairs', () => {
    const buffers = createBfsBuffers(g.nodeCount);
    const rows = Array.from({ length: g.nodeCount }, (_, s) => Array.from(hopDistances(g, s, buffers), (d) => (d === -1 ? null : d)));
    expect(rows).toEqual(f.distances);
  });
});

describe.each(fixtures.filter((f) => f.weights !== null))('$name (weighted) against networkx', (f) => {
  const g = buildCsr(edgeListOf(f));
  const flipped = buildCsr(edgeListOf(f, true));

  it('has networkx’s weighted constraint, whole graph and ego by ego', () => {
    expectAgreement(constraint(g, { weighted: true }), f.weightedConstraint!);
    expectAgreement(perEgo(flipped, constraintOf, true), f.weightedConstraint!);
  });

  it('has networkx’s weighted effective size, whole graph and ego by ego', () => {
    expectAgreement(effectiveSize(g, { weighted: true }), f.weightedEffectiveSize!);
    expectAgreement(perEgo(flipped, effectiveSizeOf, true), f.weightedEffectiveSize!);
  });

  it('differs from the unweighted values, so the weights are really used', () => {
    const unweighted = constraint(g);
    const weighted = constraint(g, { weighted: true });
    expect(weighted.some((c, v) => Math.abs(c - unweighted[v]!) > 1e-6)).toBe(true);
  });
});

const sampled = fixtures.filter((f) => f.sampledBetweenness !== undefined);

describe('sampled betweenness against networkx', () => {
  it('is in the fixtures of the karate club and the random graph', () => {
    expect(sampled.map((f) => f.name)).toEqual(['karate', 'gnp-60']);
  });

  it.each(sampled)('$name: networkx’s estimate from the same pivots (its k= option, seed 42)', (f) => {
    const g = buildCsr(edgeListOf(f));
    const { k, pivots, values } = f.sampledBetweenness!;
    const chosen = Uint32Array.from(pivots);
    expect(chosen.length).toBe(k);
    const raw = betweennessFromSources(g, chosen, new Float64Array(g.nodeCount));
    expectAgreement(finishBetweenness(raw, { nodeCount: g.nodeCount, pivots: chosen, errorProbability: 0.05 }).values, values);
  });
});
