import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PathHeap, PathTree } from './path-search.js';

describe('PathHeap', () => {
  it('pops items highest key first, growing past its first capacity', () => {
    fc.assert(
      // size 'max': without it fast-check keeps arrays far below the heap's first capacity of 1,024.
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3000, size: 'max' }), (keys) => {
        const heap = new PathHeap();
        keys.forEach((key, i) => heap.push(i, key));
        expect(heap.size).toBe(keys.length);
        const popped: number[] = [];
        while (heap.size > 0) popped.push(keys[heap.pop()]!);
        expect(popped).toEqual([...keys].sort((a, b) => b - a));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps working when pushes and pops interleave', () => {
    const heap = new PathHeap();
    heap.push(1, 0.5);
    heap.push(2, 0.9);
    expect(heap.pop()).toBe(2);
    heap.push(3, 0.7);
    heap.push(4, 0.1);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([3, 1, 4]);
    expect(heap.size).toBe(0);
  });
});

describe('PathTree', () => {
  it('stores partial paths as parent pointers and reads them back from the root', () => {
    const tree = new PathTree();
    const root = tree.add(7, -1, 0, 0, 1);
    const a = tree.add(3, root, 11, 1, 0.5);
    const b = tree.add(9, a, 12, 2, 0.25);
    const other = tree.add(4, root, 13, 1, 0.8);
    expect(tree.toPath(b)).toEqual({ score: 0.25, nodes: [7, 3, 9], entries: [11, 12] });
    expect(tree.toPath(root)).toEqual({ score: 1, nodes: [7], entries: [] });
    expect(tree.onPath(b, 3)).toBe(true);
    expect(tree.onPath(b, 7)).toBe(true);
    expect(tree.onPath(b, 4)).toBe(false);
    expect(tree.onPath(other, 3)).toBe(false);
    expect(tree.hops[b]).toBe(2);
  });

  it('grows past its first capacity without losing what it holds', () => {
    const tree = new PathTree();
    let last = tree.add(0, -1, 0, 0, 1);
    for (let i = 1; i < 3000; i++) last = tree.add(i, last, i, i % 200, 1 / (i + 1));
    const path = tree.toPath(last);
    expect(path.nodes).toHaveLength(3000);
    expect(path.nodes[2999]).toBe(2999);
    expect(path.entries[0]).toBe(1);
    expect(tree.hops[last]).toBe(2999 % 200);
    expect(tree.score[last]).toBe(1 / 3000);
  });
});
