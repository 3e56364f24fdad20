import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { buildCsr } from './csr.js';
import { constraint, constraintOf, createEgoScratch, effectiveSize, effectiveSizeOf } from './structural-holes.js';
import type { CsrGraph } from './types.js';

type Tie = [number, number, number];

const graph = (nodeCount: number, ties: readonly Tie[], weighted = true): CsrGraph =>
  buildCsr({
    nodeCount,
    from: Uint32Array.from(ties, (t) => t[0]),
    to: Uint32Array.from(ties, (t) => t[1]),
    ...(weighted ? { weight: Float32Array.from(ties, (t) => t[2]) } : {}),
  });

/** Random weighted graphs as tie lists (so they can be renumbered), weights k/8 so float32 holds them exactly. */
const tieLists = fc
  .record({ nodeCount: fc.integer({ min: 1, max: 12 }), ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8 })), { maxLength: 40 }) })
  .map(({ nodeCount, ties }) => ({ nodeCount, ties: ties.map(([a, b, w]): Tie => [a % nodeCount, b % nodeCount, w / 8]) }));

const sameOrBothNaN = (actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(expected[i]!)) expect(actual[i]).toBeNaN();
    else expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tolerance);
  }
};

describe('constraint and effective size by hand', () => {
  // A star 0–{1,2,3}, a triangle 4–5–6, a lone tie 7–8, and 9 alone.
  const g = graph(
    10,
    [
      [0, 1, 1],
      [0, 2, 1],
      [0, 3, 1],
      [4, 5, 1],
      [5, 6, 1],
      [6, 4, 1],
      [7, 8, 1],
    ],
    false,
  );

  it('constraint: 1/k for a star’s centre, 1 for a single contact, 1.125 in a triangle, NaN alone', () => {
    // Triangle: p = 1/2 to each contact, plus 1/2 × 1/2 through the third: 2 × (3/4)² = 1.125.
    sameOrBothNaN(constraint(g), [1 / 3, 1, 1, 1, 1.125, 1.125, 1.125, 1, 1, Number.NaN]);
  });

  it('effective size: k for a star’s centre, 1 for a single contact, 2 - 2/2 = 1 in a triangle, NaN alone', () => {
    sameOrBothNaN(effectiveSize(g), [3, 1, 1, 1, 1, 1, 1, 1, 1, Number.NaN]);
  });

  it('weighs a strong tie more: a node leaning on one of two contacts is more constrained', () => {
    // 0 has contacts 1 (weight 1) and 2 (weight 1/4), who are not linked: p = 4/5 and 1/5.
    const lopsided = graph(3, [
      [0, 1, 1],
      [0, 2, 0.25],
    ]);
    expect(constraintOf(lopsided, 0, createEgoScratch(3), { weighted: true })).toBeCloseTo(0.8 ** 2 + 0.2 ** 2, 12);
    expect(constraintOf(lopsided, 0, createEgoScratch(3))).toBeCloseTo(0.5, 12);
  });

  it('weighted effective size divides by each contact’s strongest tie', () => {
    // Ego 0 with contacts 1, 2 (weights 1 and 1/2), who are linked with weight 1/4; 1 also has a tie
    // of weight 1 to 3. p_01 = 2/3, p_02 = 1/3. Redundancy of 1: p_02 × a_12 / max_1 = 1/3 × 1/4 / 1;
    // of 2: p_01 × a_21 / max_2 = 2/3 × (1/4) / (1/2) = 1/3.
    const g2 = graph(4, [
      [0, 1, 1],
      [0, 2, 0.5],
      [1, 2, 0.25],
      [1, 3, 1],
    ]);
    expect(effectiveSizeOf(g2, 0, createEgoScratch(4), { weighted: true })).toBeCloseTo(2 - 1 / 12 - 1 / 3, 12);
  });
});

describe('constraint and effective size, properties', () => {
  it('do not depend on how the nodes are numbered, weighted or not', () => {
    fc.assert(
      fc.property(
        tieLists.chain((t) =>
          fc.tuple(fc.constant(t), fc.shuffledSubarray([...Array(t.nodeCount).keys()], { minLength: t.nodeCount, maxLength: t.nodeCount })),
        ),
        ([{ nodeCount, ties }, order]) => {
          const g = graph(nodeCount, ties);
          const renamed = graph(
            nodeCount,
            ties.map(([a, b, w]): Tie => [order[a]!, order[b]!, w]),
          );
          for (const weighted of [false, true]) {
            const back = (values: Float64Array): number[] => Array.from({ length: nodeCount }, (_, u) => values[order[u]!]!);
            sameOrBothNaN(back(constraint(renamed, { weighted })), constraint(g, { weighted }));
            sameOrBothNaN(back(effectiveSize(renamed, { weighted })), effectiveSize(g, { weighted }));
          }
        },
      ),
    );
  });

  it('give the same per ego, with one scratch reused in any order, as for the whole graph', () => {
    fc.assert(
      fc.property(tieLists, fc.boolean(), ({ nodeCount, ties }, weighted) => {
        const g = graph(nodeCount, ties);
        const scratch = createEgoScratch(nodeCount);
        const egos = [...Array(nodeCount).keys()].reverse();
        const c = new Float64Array(nodeCount);
        const e = new Float64Array(nodeCount);
        for (const u of egos) {
          e[u] = effectiveSizeOf(g, u, scratch, { weighted });
          c[u] = constraintOf(g, u, scratch, { weighted });
        }
        sameOrBothNaN(c, constraint(g, { weighted }));
        sameOrBothNaN(e, effectiveSize(g, { weighted }));
      }),
    );
  });

  it('with every weight 1, Burt’s weighted formula gives Borgatti’s n - 2t/n and the unweighted constraint', () => {
    fc.assert(
      fc.property(tieLists, ({ nodeCount, ties }) => {
        const g = graph(
          nodeCount,
          ties.map(([a, b]): Tie => [a, b, 1]),
        );
        sameOrBothNaN(effectiveSize(g, { weighted: true }), effectiveSize(g));
        sameOrBothNaN(constraint(g, { weighted: true }), constraint(g));
        // A graph without weights, asked for weighted values, is weighted 1 throughout.
        const bare = graph(
          nodeCount,
          ties.map(([a, b]): Tie => [a, b, 1]),
          false,
        );
        sameOrBothNaN(effectiveSize(bare, { weighted: true }), effectiveSize(g));
      }),
    );
  });

  it('are NaN exactly for nodes without contacts (self-loops do not count)', () => {
    fc.assert(
      fc.property(tieLists, fc.boolean(), ({ nodeCount, ties }, weighted) => {
        const g = graph(nodeCount, ties);
        const c = constraint(g, { weighted });
        const e = effectiveSize(g, { weighted });
        for (let u = 0; u < nodeCount; u++) {
          const alone = g.offsets[u] === g.offsets[u + 1];
          expect(Number.isNaN(c[u]!)).toBe(alone);
          expect(Number.isNaN(e[u]!)).toBe(alone);
          if (!alone) expect(e[u]).toBeGreaterThanOrEqual(1 - 1e-12);
        }
      }),
    );
  });
});

describe('the ego scratch', () => {
  const g = graph(5, [
    [0, 1, 1],
    [0, 2, 1],
    [1, 2, 1],
    [3, 4, 1],
    [3, 1, 1],
  ]);

  it('forgets earlier egos when its stamp wraps around', () => {
    const scratch = createEgoScratch(5);
    const fresh = effectiveSizeOf(g, 3, createEgoScratch(5));
    effectiveSizeOf(g, 4, scratch); // marks 4's only contact, 3, with stamp 1
    scratch.stamp = 0xffff_ffff;
    // Wrapping restarts at stamp 1: without clearing, 3 would count as one of 0's contacts, tied to 1.
    expect(effectiveSizeOf(g, 0, scratch)).toBe(1);
    expect(effectiveSizeOf(g, 3, scratch)).toBe(fresh);
    expect(scratch.stamp).toBe(2);
  });

  it('refuses an ego outside the graph and a scratch too small for it', () => {
    expect(() => constraintOf(g, 5, createEgoScratch(5))).toThrow(InputError);
    expect(() => effectiveSizeOf(g, -1, createEgoScratch(5))).toThrow(/Ego -1 is not a node/);
    expect(() => constraintOf(g, 0, createEgoScratch(4))).toThrow(/holds 4 nodes; this graph has 5/);
  });
});
