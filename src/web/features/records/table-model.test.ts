import { describe, expect, it } from 'vitest';
import { matchesText, nextSort, pageOf, rankIn, sortRows } from './table-model';

describe('the records tables', () => {
  it('sort by a column both ways, rows without a value last either way, equal rows in stored order', () => {
    const rows = [
      { id: 'a', n: 3 },
      { id: 'b', n: undefined },
      { id: 'c', n: 1 },
      { id: 'd', n: 3 },
    ];
    const value = (r: (typeof rows)[number]) => r.n;
    expect(sortRows(rows, { key: 'n', direction: 'ascending' }, value).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, { key: 'n', direction: 'descending' }, value).map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
    expect(sortRows(rows, undefined, value).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortRows(['Actor 10', 'actor 9', 'Actor 100'], { key: 'x', direction: 'ascending' }, (r) => r)).toEqual(['actor 9', 'Actor 10', 'Actor 100']);
  });

  it('turn the order round on a second click of the same column, and start ascending on another', () => {
    expect(nextSort(undefined, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'kind')).toEqual({ key: 'kind', direction: 'ascending' });
  });

  it('filter by every word in any case and order', () => {
    expect(matchesText('Bio-Europe virtual partnering', 'VIRTUAL bio')).toBe(true);
    expect(matchesText('Bio-Europe virtual partnering', 'virtual linkedin')).toBe(false);
    expect(matchesText('anything', '   ')).toBe(true);
  });

  it('cut 20,000 rows into pages of 100, clamping a page beyond the last', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => i);
    expect(pageOf(rows, 0)).toMatchObject({ page: 0, pages: 200, first: 1, last: 100, total: 20_000 });
    expect(pageOf(rows, 199).rows).toHaveLength(100);
    expect(pageOf(rows.slice(0, 150), 5)).toMatchObject({ page: 1, first: 101, last: 150 });
    expect(pageOf([], 3)).toMatchObject({ page: 0, pages: 1, first: 0, last: 0, total: 0, rows: [] });
  });

  it('rank an item by its place in a list, and an item the list does not hold after them all', () => {
    expect(['b', 'a', 'x'].map((item) => rankIn(['a', 'b'], item))).toEqual([20, 10, 30]);
  });
});
