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

  it('refuses queries outside its limits, saying which field and what would be right', () => {
    const base: WarmPathQuery = { sources: [0], targets: mask(7, [5]), maxHops: 2, top: 1 };
    const refusal = (message: string, path: string) => expect.objectContaining({ name: 'InputError', message, path }) as Error;
    const hops = (n: number) => refusal(`maxHops is ${n}; expected a whole number from 1 to 8`, '/maxHops');
    expect(() => warmPaths(g, { ...base, maxHops: 0 })).toThrow(hops(0));
    expect(() => warmPaths(g, { ...base, maxHops: 9 })).toThrow(hops(9));
    expect(() => warmPaths(g, { ...base, maxHops: 1.5 })).toThrow(hops(1.5));
    const top = (n: number) => refusal(`top is ${n}; expected a whole number from 1 to 1000`, '/top');
    expect(() => warmPaths(g, { ...base, top: 0 })).toThrow(top(0));
    expect(() => warmPaths(g, { ...base, top: 1001 })).toThrow(top(1001));
    expect(() => warmPaths(g, { ...base, top: 2.5 })).toThrow(top(2.5));
    expect(() => warmPaths(g, { ...base, targets: mask(6, [5]) })).toThrow(refusal('The target mask has 6 entries; the graph has 7 nodes', '/targets'));
    for (const s of [7, -1, 0.5]) {
      expect(() => warmPaths(g, { ...base, sources: [0, s] })).toThrow(refusal(`Source ${s} is not a node of this graph of 7 nodes`, '/sources'));
    }
  });

  it('accepts the limits themselves: 8 hops and 1,000 paths', () => {
    const r = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 8, top: 1000 });
    expect(r.paths).toHaveLength(4);
  });

  it('leaves the caller’s target mask as it was, even where a source is marked a target', () => {
    const targets = mask(7, [0, 5]);
    const r = warmPaths(g, { sources: [0, 1], targets, maxHops: 4, top: 10 });
    expect(r.paths.map((p) => p.nodes[p.nodes.length - 1])).toEqual([5, 5, 5, 5]);
    expect([...targets]).toEqual([1, 0, 0, 0, 0, 1, 0]);
  });

  it('stops at maxExpansions with the paths found so far', () => {
    // Expanding 1 then 2 finds 1-2-5; the third expansion would be 0, which the limit forbids.
    const r = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 10, maxExpansions: 2 });
    expect(r).toEqual({ paths: [expect.objectContaining({ nodes: [1, 2, 5] })], truncated: true, expanded: 2 });
    const enough = warmPaths(g, { sources: [0, 1], targets: mask(7, [5]), maxHops: 4, top: 1, maxExpansions: 2 });
    expect(enough).toMatchObject({ truncated: false, expanded: 2 });
  });

  it('agrees with brute force on random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 20 })), { maxLength: 24 }),
            // A source may be named twice: it counts once.
            sources: fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
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

/**
 * The bound under the search: each of its rounds either pushes from the targets outwards or pulls
 * towards the sources, whichever reads fewer ties. Every case below runs twice, with extra contacts
 * hung on one node so that the rounds that matter push in one run and pull in the other; both must
 * give the same paths after the same few expansions.
 */
describe('warmPaths’ bound, pushed or pulled', () => {
  type Edge = [number, number, number];
  /** The graph of `edges` on n nodes, plus `count` contacts known only to node `at`. */
  function withContacts(n: number, edges: Edge[], at: number, count: number, weighted = true): CsrGraph {
    const all = [...edges];
    for (let i = 0; i < count; i++) all.push([at, n + i, 1]);
    return buildCsr({
      nodeCount: n + count,
      from: Uint32Array.from(all.map((e) => e[0])),
      to: Uint32Array.from(all.map((e) => e[1])),
      ...(weighted ? { weight: Float32Array.from(all.map((e) => e[2])) } : {}),
    });
  }

  // 0 = firm, 4 = target. 0-3-4 is the strongest path (0.81); 0-1-4 starts stronger (1) but ends weak
  // (0.5). 2 knows only the target, 5 only node 1. Contacts on the firm make both rounds push; contacts
  // on the target, two hops out, make both pull.
  const decoy: Edge[] = [
    [0, 1, 1],
    [1, 4, 0.5],
    [2, 4, 1],
    [0, 3, 0.9],
    [3, 4, 0.9],
    [1, 5, 1],
  ];
  it.each([
    ['push', 0],
    ['pull', 4],
  ])('goes straight to the strongest path past a strong first tie that ends weak (%s)', (_, at) => {
    const g = withContacts(6, decoy, at, 10);
    const r = warmPaths(g, { sources: [0], targets: mask(g.nodeCount, [4]), maxHops: 2, top: 1 });
    expect(r.paths).toEqual([{ score: expect.closeTo(0.81, 6) as number, nodes: [0, 3, 4], entries: expect.any(Array) as number[] }]);
    // The bound is exact: only the firm and node 3 are expanded, never node 1.
    expect(r.expanded).toBe(2);
  });

  // 0 = firm, 1 = key person, 3 = target. The firm reaches the target only through its key person, so
  // it is not explored at all. Contacts on node 2 make the round that bounds the firm pull.
  const throughKeyPerson: Edge[] = [
    [0, 1, 1],
    [1, 3, 0.5],
    [1, 2, 0.8],
    [2, 3, 0.9],
  ];
  it.each([
    ['push', 0, 0],
    ['pull', 2, 10],
  ])('never explores a source whose only way on is through another source (%s)', (_, at, count) => {
    const g = withContacts(4, throughKeyPerson, at, count);
    const r = warmPaths(g, { sources: [0, 1], targets: mask(g.nodeCount, [3]), maxHops: 2, top: 10 });
    expect(r.paths.map((p) => [p.nodes, p.score])).toEqual([
      [[1, 2, 3], expect.closeTo(0.72, 6)],
      [[1, 3], 0.5],
    ]);
    expect(r.expanded).toBe(2);
  });

  // 0 = firm, 4 = target, reached in three hops through 1 and 2 (explored first, being node 1) and in
  // two through 3; no weights. Contacts on node 2 make the middle round pull.
  const plain: Edge[] = [
    [0, 1, 1],
    [1, 2, 1],
    [2, 4, 1],
    [0, 3, 1],
    [3, 4, 1],
  ];
  it.each([
    ['push', 0, 0],
    ['pull', 2, 10],
  ])('scores paths of an unweighted graph 1, fewer hops first (%s)', (_, at, count) => {
    const g = withContacts(5, plain, at, count, false);
    const r = warmPaths(g, { sources: [0], targets: mask(g.nodeCount, [4]), maxHops: 3, top: 10 });
    expect(r.paths.map((p) => [p.score, p.nodes])).toEqual([
      [1, [0, 3, 4]],
      [1, [0, 1, 2, 4]],
    ]);
    expect(r.expanded).toBe(4);
  });
});
