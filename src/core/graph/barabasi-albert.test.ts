import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { barabasiAlbert } from './barabasi-albert.js';
import { buildCsr, degree } from './csr.js';

describe('barabasiAlbert', () => {
  it('gives the same ties for the same seed and other ties for another seed', () => {
    const a = barabasiAlbert(500, 3, 11);
    const b = barabasiAlbert(500, 3, 11);
    const c = barabasiAlbert(500, 3, 12);
    expect(Array.from(a.to)).toEqual(Array.from(b.to));
    expect(Array.from(a.from)).toEqual(Array.from(b.from));
    expect(Array.from(a.to)).not.toEqual(Array.from(c.to));
  });

  it('starts from a star and ties each later node to m distinct earlier nodes', () => {
    const n = 300;
    const m = 4;
    const edges = barabasiAlbert(n, m, 5);
    expect(edges.nodeCount).toBe(n);
    expect(edges.weight).toBeUndefined();
    expect(edges.from.length).toBe(m + (n - m - 1) * m);
    expect(Array.from(edges.from.subarray(0, m))).toEqual([1, 2, 3, 4]);
    expect(Array.from(edges.to.subarray(0, m))).toEqual([0, 0, 0, 0]);
    for (let i = m; i < edges.from.length; i++) expect(edges.to[i]).toBeLessThan(edges.from[i]!);
    const g = buildCsr(edges);
    expect(g.merged).toBe(0);
    for (let v = m + 1; v < n; v++) expect(degree(g, v)).toBeGreaterThanOrEqual(m);
  });

  it('grows hubs, as preferential attachment does and uniform attachment would not', () => {
    // Uniform attachment gives a largest degree near m·log2(n) ≈ 22 here; preferential about m·√n ≈ 90.
    const g = buildCsr(barabasiAlbert(2000, 2, 3));
    let largest = 0;
    for (let v = 0; v < g.nodeCount; v++) largest = Math.max(largest, degree(g, v));
    expect(largest).toBeGreaterThan(50);
  });

  it('takes m = 1 (a tree) and the smallest n', () => {
    const tree = buildCsr(barabasiAlbert(50, 1, 1));
    expect(tree.edgeCount).toBe(49);
    expect(barabasiAlbert(2, 1, 1).from.length).toBe(1);
  });

  it.each([
    [10, 0],
    [10, 10],
    [3.5, 1],
    [10, 2.5],
  ])('refuses n = %s, m = %s', (n, m) => {
    expect(() => barabasiAlbert(n, m, 1)).toThrow(InputError);
    expect(() => barabasiAlbert(n, m, 1)).toThrow(/1 ≤ m < n/);
  });
});
