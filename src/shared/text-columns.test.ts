import { describe, expect, it } from 'vitest';
import { textColumns } from './text-columns.js';

describe('textColumns', () => {
  it('pads the first column to the right and the others to the left, two spaces apart', () => {
    expect(
      textColumns([
        ['node', 'degree', 'betweenness'],
        ['a', '12', '0.5000'],
        ['long-name', '3', '0.0100'],
      ]),
    ).toEqual(['node       degree  betweenness', 'a              12       0.5000', 'long-name       3       0.0100']);
  });

  it('pads the columns named left-aligned to the right too, and ends no line in spaces', () => {
    expect(
      textColumns(
        [
          ['Institution', 'Based in', 'Firms', 'For'],
          ['EBRD', 'GB', '2', 'finance'],
          ['Enterprise Estonia', 'EE', '10', ''],
        ],
        new Set([1, 3]),
      ),
    ).toEqual(['Institution         Based in  Firms  For', 'EBRD                GB            2  finance', 'Enterprise Estonia  EE           10']);
  });

  it('counts code points, so a letter outside the Basic Multilingual Plane takes one place', () => {
    expect(
      textColumns([
        ['𝐀𝐁', '😀'],
        ['abc', '1'],
        ['Ж', '22'],
      ]),
    ).toEqual(['𝐀𝐁    😀', 'abc   1', 'Ж    22']);
  });

  it('makes each column as wide as its widest cell in any row, a row longer than the first included', () => {
    expect(textColumns([['a'], ['b', 'wide'], ['c', 'x', 'y']])).toEqual(['a', 'b  wide', 'c     x  y']);
    expect(textColumns([])).toEqual([]);
  });
});
