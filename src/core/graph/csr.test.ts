import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { buildCsr, degree, isSharedCsr, neighbours, shareCsr, tiePosition } from './csr.js';
import type { CsrGraph, EdgeList } from './types.js';

/** A random edge list with loops and parallel ties likely; weights from a few values, so weights tie too. */
const edgeLists = fc
  .record({
    nodeCount: fc.integer({ min: 1, max: 12 }),
    weighted: fc.boolean(),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 60 }),
  })
  .map(({ nodeCount, weighted, ties }): EdgeList => {
    const from = Uint32Array.from(ties, (t) => t[0] % nodeCount);
    const to = Uint32Array.from(ties, (t) => t[1] % nodeCount);
    return weighted ? { nodeCount, from, to, weight: Float32Array.from(ties, (t) => t[2] / 4) } : { nodeCount, from, to };
  });

/** The obvious, slow model: the surviving tie of each pair, by a Map. */
function expectedTies(edges: EdgeList): Map<string, { weight: number; index: number }> {
  const best = new Map<string, { weight: number; index: number }>();
  edges.from.forEach((a, i) => {
    const b = edges.to[i]!;
    if (a === b) return;
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    const weight = edges.weight?.[i] ?? 1;
    const previous = best.get(key);
    if (previous === undefined || weight > previous.weight) best.set(key, { weight, index: i });
  });
  return best;
}

function rowsOf(g: CsrGraph): number[][] {
  return Array.from({ length: g.nodeCount }, (_, v) => Array.from(neighbours(g, v)));
}

describe('buildCsr', () => {
  it('builds sorted, unique, symmetric rows that keep the heaviest of parallel ties and drop loops', () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const g = buildCsr(edges);
        const expected = expectedTies(edges);
        const loops = edges.from.filter((a, i) => a === edges.to[i]).length;
        expect(g.offsets.length).toBe(edges.nodeCount + 1);
        expect(g.offsets[0]).toBe(0);
        expect(g.offsets[edges.nodeCount]).toBe(g.targets.length);
        expect(g.edgeCount).toBe(expected.size);
        expect(g.targets.length).toBe(2 * expected.size);
        expect(g.selfLoops).toBe(loops);
        expect(g.merged).toBe(edges.from.length - expected.size);
        expect(g.weights === undefined).toBe(edges.weight === undefined);
        for (let u = 0; u < g.nodeCount; u++) {
          for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) {
            const v = g.targets[j]!;
            if (j > g.offsets[u]!) expect(g.targets[j - 1]).toBeLessThan(v);
            const want = expected.get(`${Math.min(u, v)}-${Math.max(u, v)}`);
            expect(want).toBeDefined();
            expect(g.edgeIndex[j]).toBe(want!.index);
            if (g.weights !== undefined) expect(g.weights[j]).toBe(want!.weight);
            // The same tie, weight and input index in the other end's row.
            const back = tiePosition(g, v, u);
            expect(back).toBeGreaterThanOrEqual(0);
            expect(g.edgeIndex[back]).toBe(g.edgeIndex[j]);
          }
        }
      }),
    );
  });

  it('gives the same graph, in SharedArrayBuffers, when asked to share', () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const plain = buildCsr(edges);
        const shared = buildCsr(edges, { shared: true });
        expect(isSharedCsr(plain)).toBe(false);
        expect(isSharedCsr(shared)).toBe(true);
        for (const a of [shared.offsets, shared.targets, shared.edgeIndex, shared.weights ?? shared.targets])
          expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(Array.from(shared.targets)).toEqual(Array.from(plain.targets));
        expect(Array.from(shared.offsets)).toEqual(Array.from(plain.offsets));
        expect(Array.from(shared.edgeIndex)).toEqual(Array.from(plain.edgeIndex));
        expect(shared.weights && Array.from(shared.weights)).toEqual(plain.weights && Array.from(plain.weights));
      }),
    );
  });

  it('merges ties either way round into one, the heaviest, and counts what it left out', () => {
    const g = buildCsr({
      nodeCount: 4,
      from: Uint32Array.of(0, 1, 2, 1, 3, 0),
      to: Uint32Array.of(1, 0, 2, 0, 3, 3),
      weight: Float32Array.of(0.25, 0.75, 1, 0.75, 0.5, 0.5),
    });
    expect(rowsOf(g)).toEqual([[1, 3], [0], [], [0]]);
    // 1–0 at index 1 and 3 weigh the same: the first of them stays, in both rows.
    expect(Array.from(g.edgeIndex)).toEqual([1, 5, 1, 5]);
    expect(Array.from(g.weights!)).toEqual([0.75, 0.5, 0.75, 0.5]);
    expect({ edgeCount: g.edgeCount, merged: g.merged, selfLoops: g.selfLoops }).toEqual({ edgeCount: 2, merged: 4, selfLoops: 2 });
  });

  it('handles graphs without nodes or ties', () => {
    const empty = buildCsr({ nodeCount: 0, from: new Uint32Array(0), to: new Uint32Array(0) });
    expect(Array.from(empty.offsets)).toEqual([0]);
    const lonely = buildCsr({ nodeCount: 3, from: new Uint32Array(0), to: new Uint32Array(0) });
    expect(Array.from(lonely.offsets)).toEqual([0, 0, 0, 0]);
    expect(lonely.edgeCount).toBe(0);
  });

  it.each([
    [
      'a node number too large',
      { nodeCount: 3, from: Uint32Array.of(0, 1), to: Uint32Array.of(1, 3) },
      '/to/1',
      /Tie 1 joins nodes 1 and 3, but the graph has only nodes 0…2/,
    ],
    ['a source too large', { nodeCount: 2, from: Uint32Array.of(2), to: Uint32Array.of(1) }, '/from/0', /Tie 0 joins nodes 2 and 1/],
    ['arrays of different lengths', { nodeCount: 3, from: Uint32Array.of(0, 1), to: Uint32Array.of(1) }, '/to', /"from" has 2 ties, "to" has 1/],
    ['too few weights', { nodeCount: 3, from: Uint32Array.of(0, 1), to: Uint32Array.of(1, 2), weight: Float32Array.of(1) }, '/weight', /2 ties but 1 weights/],
    ['a node count that is not whole', { nodeCount: 2.5, from: new Uint32Array(0), to: new Uint32Array(0) }, '/nodeCount', /whole number/],
    ['a negative node count', { nodeCount: -1, from: new Uint32Array(0), to: new Uint32Array(0) }, '/nodeCount', /got -1/],
  ])('refuses %s', (_, edges, path, message) => {
    expect(() => buildCsr(edges)).toThrow(InputError);
    expect(() => buildCsr(edges)).toThrow(message);
    expect(() => buildCsr(edges)).toThrow(expect.objectContaining({ path }));
  });

  it.each([0, -0.5, 1.0001, Number.NaN, Number.POSITIVE_INFINITY])('refuses a weight of %s and accepts the ends of (0, 1]', (bad) => {
    const edges = (w: number): EdgeList => ({ nodeCount: 2, from: Uint32Array.of(0, 0), to: Uint32Array.of(1, 1), weight: Float32Array.of(1, w) });
    expect(() => buildCsr(edges(bad))).toThrow(expect.objectContaining({ path: '/weight/1', message: expect.stringMatching(/Tie 1 weighs .*\(0, 1\]/) }));
    expect(buildCsr(edges(1)).edgeCount).toBe(1);
    expect(buildCsr(edges(1e-30)).edgeCount).toBe(1);
  });
});

describe('reading the graph', () => {
  const g = buildCsr({ nodeCount: 5, from: Uint32Array.of(0, 0, 0, 3), to: Uint32Array.of(3, 1, 4, 1) });

  it('gives degrees, neighbours and tie positions', () => {
    expect([0, 1, 2, 3, 4].map((v) => degree(g, v))).toEqual([3, 2, 0, 2, 1]);
    expect(Array.from(neighbours(g, 0))).toEqual([1, 3, 4]);
    expect(Array.from(neighbours(g, 2))).toEqual([]);
    expect(tiePosition(g, 0, 4)).toBe(2);
    expect(g.targets[tiePosition(g, 3, 1)]).toBe(1);
    expect(tiePosition(g, 0, 2)).toBe(-1);
    expect(tiePosition(g, 2, 0)).toBe(-1);
    expect(tiePosition(g, 1, 4)).toBe(-1);
  });

  it('copies a graph into shared memory once, and not again', () => {
    const shared = shareCsr(g);
    expect(isSharedCsr(shared)).toBe(true);
    expect(rowsOf(shared)).toEqual(rowsOf(g));
    expect(shareCsr(shared)).toBe(shared);
    const weighted = shareCsr(buildCsr({ nodeCount: 2, from: Uint32Array.of(0), to: Uint32Array.of(1), weight: Float32Array.of(0.5) }));
    expect(weighted.weights!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(weighted.weights!)).toEqual([0.5, 0.5]);
  });
});
