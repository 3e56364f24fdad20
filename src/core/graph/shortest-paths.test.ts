import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { buildCsr } from './csr.js';
import { createBfsBuffers, hopDistances } from './shortest-paths.js';
import type { CsrGraph } from './types.js';

const graphs = fc
  .record({ nodeCount: fc.integer({ min: 1, max: 14 }), ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }) })
  .map(({ nodeCount, ties }) =>
    buildCsr({ nodeCount, from: Uint32Array.from(ties, (t) => t[0] % nodeCount), to: Uint32Array.from(ties, (t) => t[1] % nodeCount) }),
  );

/** Floyd–Warshall on an adjacency matrix: slow and obviously right. */
function allPairs(g: CsrGraph): number[][] {
  const n = g.nodeCount;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (let u = 0; u < n; u++) for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) d[u]![g.targets[j]!] = 1;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d.map((row) => row.map((x) => (x === Infinity ? -1 : x)));
}

describe('hopDistances', () => {
  it('agrees with Floyd–Warshall, with fresh buffers and with buffers reused across sources', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const expected = allPairs(g);
        const buffers = createBfsBuffers(g.nodeCount);
        // Reused buffers, sources in an order that jumps between components.
        for (let s = g.nodeCount - 1; s >= 0; s--) expect(Array.from(hopDistances(g, s, buffers))).toEqual(expected[s]);
        for (let s = 0; s < g.nodeCount; s++) expect(Array.from(hopDistances(g, s))).toEqual(expected[s]);
      }),
    );
  });

  it('says how many nodes the search reached', () => {
    const g = buildCsr({ nodeCount: 5, from: Uint32Array.of(0, 1, 3), to: Uint32Array.of(1, 2, 4) });
    const buffers = createBfsBuffers(5);
    hopDistances(g, 2, buffers);
    expect(buffers.reached).toBe(3);
    expect(Array.from(buffers.queue.subarray(0, 3))).toEqual([2, 1, 0]);
    expect(Array.from(hopDistances(g, 4, buffers))).toEqual([-1, -1, -1, 1, 0]);
    expect(buffers.reached).toBe(2);
  });

  it('refuses a source outside the graph and buffers too small for it', () => {
    const g = buildCsr({ nodeCount: 3, from: Uint32Array.of(0), to: Uint32Array.of(1) });
    expect(() => hopDistances(g, 3)).toThrow(InputError);
    expect(() => hopDistances(g, -1)).toThrow(/starts at node -1/);
    expect(() => hopDistances(g, 0, createBfsBuffers(2))).toThrow(/hold 2 nodes; this graph has 3/);
  });
});
