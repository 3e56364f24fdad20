/**
 * What the records tables do to their rows, apart from React: filter by words, sort by a column,
 * cut into pages. Filtering comes before paging, so a filter finds rows on every page; a firm with
 * 20,000 ties still renders only one page of them.
 */

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<K extends string> {
  key: K;
  direction: SortDirection;
}

/** Clicking a column sorts by it ascending; clicking it again turns the order round. */
export function nextSort<K extends string>(current: SortOrder<K> | undefined, key: K): SortOrder<K> {
  return current?.key === key && current.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' };
}

export type SortValue = string | number | undefined;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the order asked for; rows without a value for the column come last either way, and
 * ties keep their stored order. Each row's value is read once (a 20,000-row sort calls it 20,000 times).
 */
export function sortRows<T, K extends string>(rows: readonly T[], order: SortOrder<K> | undefined, valueOf: (row: T, key: K) => SortValue): T[] {
  if (order === undefined) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row, order.key) }));
  keyed.sort((x, y) => {
    const xEmpty = x.value === undefined || x.value === '';
    const yEmpty = y.value === undefined || y.value === '';
    if (xEmpty !== yEmpty) return xEmpty ? 1 : -1;
    return (xEmpty ? 0 : sign * compareValues(x.value, y.value)) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

/**
 * Where an item stands in a list, as a number to sort by: 10, 20, 30 … in the list's order, and
 * after them all for an item the list does not hold (a firm's own challenge category, say).
 */
export function rankIn<T>(list: readonly T[], item: T): number {
  return (list.indexOf(item) + 1 || list.length + 1) * 10;
}

/** The words of a filter, lower-cased, for hasWords. */
export function filterWords(filter: string): string[] {
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Does a lower-cased text hold every word? (Tables lower-case each row's text once, not on every keystroke.) */
export function hasWords(lowerText: string, words: readonly string[]): boolean {
  return words.every((w) => lowerText.includes(w));
}

/** Does the text hold every word of the filter (in any case, in any order)? */
export function matchesText(haystack: string, filter: string): boolean {
  return hasWords(haystack.toLowerCase(), filterWords(filter));
}

export const PAGE_SIZE = 100;

export interface Page<T> {
  rows: T[];
  /** Zero-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** One-based numbers of the first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  const shown = rows.slice(at * size, (at + 1) * size);
  return { rows: shown, page: at, pages, first: shown.length === 0 ? 0 : at * size + 1, last: at * size + shown.length, total: rows.length };
}
