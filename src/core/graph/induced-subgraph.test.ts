import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { buildCsr, neighbours, tiePosition } from './csr.js';
import { inducedSubgraph } from './induced-subgraph.js';

const graphs = fc
  .record({ nodeCount: fc.integer({ min: 1, max: 15 }), ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8 })), { maxLength: 50 }) })
  .map(({ nodeCount, ties }) =>
    buildCsr({
      nodeCount,
      from: Uint32Array.from(ties, (t) => t[0] % nodeCount),
      to: Uint32Array.from(ties, (t) => t[1] % nodeCount),
      weight: Float32Array.from(ties, (t) => t[2] / 8),
    }),
  );

describe('inducedSubgraph', () => {
  it('keeps exactly the ties among the chosen nodes, with their weights and input indices', () => {
    fc.assert(
      fc.property(
        graphs.chain((g) => fc.tuple(fc.constant(g), fc.shuffledSubarray(Array.from({ length: g.nodeCount }, (_, v) => v)))),
        ([g, chosen]) => {
          const { graph, original } = inducedSubgraph(g, Uint32Array.from(chosen));
          expect(Array.from(original)).toEqual(chosen);
          expect(graph.nodeCount).toBe(chosen.length);
          let parentTies = 0;
          for (const u of chosen) for (const v of neighbours(g, u)) if (u < v && chosen.includes(v)) parentTies++;
          expect(graph.edgeCount).toBe(parentTies);
          for (let i = 0; i < graph.nodeCount; i++) {
            for (let j = graph.offsets[i]!; j < graph.offsets[i + 1]!; j++) {
              const parent = tiePosition(g, original[i]!, original[graph.targets[j]!]!);
              expect(parent).toBeGreaterThanOrEqual(0);
              expect(graph.weights![j]).toBe(g.weights![parent]);
              expect(graph.edgeIndex[j]).toBe(g.edgeIndex[parent]);
            }
          }
        },
      ),
    );
  });

  it('can put the subgraph in shared memory', () => {
    const g = buildCsr({ nodeCount: 3, from: Uint32Array.of(0, 1), to: Uint32Array.of(1, 2) });
    const { graph } = inducedSubgraph(g, Uint32Array.of(2, 1), { shared: true });
    expect(graph.targets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(graph.targets)).toEqual([1, 0]);
    expect(graph.weights).toBeUndefined();
  });

  it('refuses a node that is not in the graph or is listed twice', () => {
    const g = buildCsr({ nodeCount: 3, from: Uint32Array.of(0), to: Uint32Array.of(1) });
    expect(() => inducedSubgraph(g, Uint32Array.of(0, 3))).toThrow(InputError);
    expect(() => inducedSubgraph(g, Uint32Array.of(0, 3))).toThrow(/Node 3 is not in the graph/);
    expect(() => inducedSubgraph(g, Uint32Array.of(1, 0, 1))).toThrow(
      expect.objectContaining({ path: '/nodes/2', message: expect.stringMatching(/listed twice/) }),
    );
  });
});
