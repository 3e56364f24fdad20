import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsr } from './csr.js';
import type { CsrGraph } from './types.js';
import { warmPaths, type WarmPathQuery } from './warm-paths.js';

function graph(n: number, edges: [number, number, number][]): CsrGraph {
  return buildCsr({
    nodeCount: n,
    from: Uint32Array.from(edges.map((e) => e[0])),
    to: Uint32Array.from(edges.map((e) => e[1])),
    weight: Float32Array.from(edges.map((e) => e[2])),
  });
}

const mask = (n: number, on: number[]) => {
  const m = new Uint8Array(n);
  for (const v of on) m[v] = 1;
  return m;
};

/** Every qualifying simple path by brute force: the oracle the search is checked against. */
function allPaths(g: CsrGraph, q: WarmPathQuery): { score: number; nodes: number[] }[] {
  const sources = new Set(q.sources);
  const out: { score: number; nodes: number[] }[] = [];
  const walk = (nodes: number[], score: number) => {
    const v = nodes[nodes.length - 1]!;
    if (nodes.length > 1 && q.targets[v] === 1) {
      out.push({ score, nodes: [...nodes] });
      return;
    }
    if (nodes.length - 1 === q.maxHops) return;
    for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
      const u = g.targets[j]!;
      if (nodes.includes(u) || sources.has(u)) continue;
      walk([...nodes, u], score * g.weights![j]!);
    }
  };
  for (const s of sources) walk([s], 1);
  return out.sort((a, b) => b.score - a.score || a.nodes.length - b.nodes.length);
}

describe('warmPaths', () => {
  // 0 = firm, 1 = key person; 5 is the target, reachable four ways.
  const g = graph(7, [
    [0, 1, 1],
    [1, 2, 0.9],
    [2, 5, 0.9],
    [0, 3, 0.5],
    [3, 5, 1],
    [1, 4, 0.2],
    [4, 5, 1],
    [4, 6, 1],
    [6, 5, 1],
  ]);

  it('returns the strongest paths first, each with the ties it used', () => {
    const r = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 10 });
    expect(r.truncated).toBe(false);
    expect(r.paths.map((p) => p.nodes)).toEqual([
      [1, 2, 5],
      [0, 3, 5],
      [1, 4, 5],
      [1, 4, 6, 5],
    ]);
    expect(r.paths[0]!.score).toBeCloseTo(0.81, 6);
    expect(r.paths[1]!.score).toBeCloseTo(0.5, 6);
    // The entries point at the ties used: 1–2 then 2–5.
    const [first] = r.paths;
    expect(first!.entries.map((j) => g.targets[j])).toEqual([2, 5]);
  });

  it('never passes through a source: the key person starts the path instead of the firm reaching them', () => {
    const r = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 10 });
    for (const p of r.paths) expect(p.nodes.slice(1)).not.toContain(0);
    for (const p of r.paths) expect(p.nodes.slice(1)).not.toContain(1);
  });

  it('keeps to the hop limit and to top', () => {
    expect(warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 2, top: 10 }).paths).toHaveLength(3);
    expect(warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 1 }).paths.map((p) => p.nodes)).toEqual([[1, 2, 5]]);
  });

  it('ends a path at the first target it reaches', () => {
    const r = warmPaths(g, { sources: [0], targets: mask(7, [3, 5]), maxHops: 4, top: 10 });
    expect(r.paths.map((p) => p.nodes)).toContainEqual([0, 3]);
    for (const p of r.paths) expect(p.nodes.slice(0, -1).some((v) => v === 3 || v === 5)).toBe(false);
  });

  it('finds nothing when no target is within reach, and says it is complete', () => {
    const r = warmPaths(g, { sources: [0], targets: mask(7, [6]), maxHops: 1, top: 10 });
    expect(r).toEqual({ paths: [], truncated: false, expanded: 0 });
  });

  it('says when it stopped early', () => {
    const r = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 10, maxExpansions: 1 });
    expect(r.truncated).toBe(true);
  });

  it('refuses queries outside its limits', () => {
    expect(() => warmPaths(g, { sources: [0], targets: mask(7, [5]), maxHops: 0, top: 1 })).toThrow(/maxHops/);
    expect(() => warmPaths(g, { sources: [0], targets: mask(7, [5]), maxHops: 9, top: 1 })).toThrow(/maxHops/);
    expect(() => warmPaths(g, { sources: [0], targets: mask(7, [5]), maxHops: 2, top: 0 })).toThrow(/top/);
    expect(() => warmPaths(g, { sources: [7], targets: mask(7, [5]), maxHops: 2, top: 1 })).toThrow(/Source 7/);
    expect(() => warmPaths(g, { sources: [0], targets: mask(6, [5]), maxHops: 2, top: 1 })).toThrow(/target mask/);
  });

  it('agrees with brute force on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 20 })), { maxLength: 24 }),
            sources: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 2 }),
            targets: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
            maxHops: fc.integer({ min: 1, max: 5 }),
            top: fc.integer({ min: 1, max: 12 }),
          }),
        ),
        ({ n, edges, sources, targets, maxHops, top }) => {
          const g = graph(
            n,
            edges.map(([a, b, w]) => [a, b, w / 20]),
          );
          const q = { sources, targets: mask(n, targets), maxHops, top };
          const got = warmPaths(g, q);
          const want = allPaths(g, q).slice(0, top);
          expect(got.paths.map((p) => p.score)).toEqual(want.map((p) => expect.closeTo(p.score, 9)) as unknown as number[]);
          const keys = new Set(got.paths.map((p) => p.nodes.join('-')));
          expect(keys.size).toBe(got.paths.length);
          for (const p of got.paths) {
            // Each path is one the oracle knows, with its own strength.
            const match = allPaths(g, { ...q, top: 1000 }).find((w) => w.nodes.join('-') === p.nodes.join('-'));
            expect(match?.score).toBeCloseTo(p.score, 9);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
