import { describe, expect, it } from 'vitest';
import { byId, compareText, positionsById } from './code-unit-order.js';

describe('code-unit order', () => {
  it('compares by code unit, not by a collation: "a-c" before "ab", upper case before lower', () => {
    expect(['ab', 'a-c', 'B', 'a'].sort(compareText)).toEqual(['B', 'a', 'a-c', 'ab']);
    expect(compareText('x', 'x')).toBe(0);
    expect(compareText('x', 'y')).toBeLessThan(0);
    expect(compareText('y', 'x')).toBeGreaterThan(0);
  });

  it('sorts rows by id in place, and gives the positions of items in that order without moving them', () => {
    const rows = [{ id: 'ab' }, { id: 'a-c' }, { id: 'Z' }];
    expect(positionsById(rows)).toEqual([2, 1, 0]);
    expect(rows.map((r) => r.id)).toEqual(['ab', 'a-c', 'Z']);
    expect(byId(rows)).toBe(rows);
    expect(rows.map((r) => r.id)).toEqual(['Z', 'a-c', 'ab']);
  });
});
