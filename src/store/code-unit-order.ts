/**
 * Listings and writes in code-unit order, compared here rather than in SQL: PostgreSQL orders text by
 * the database's collation (en-US puts "a-c" after "ab"), and listings must not differ between dialects.
 */

/** Code-unit order of two texts: negative, 0 or positive, for `sort`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts the rows by id, in place, and answers them. */
export function byId<T extends { readonly id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => compareText(a.id, b.id));
}

/** The positions of the items in the order of their ids; the items stay as they are. */
export function positionsById(items: readonly { readonly id: string }[]): number[] {
  return items.map((_, i) => i).sort((a, b) => compareText(items[a]!.id, items[b]!.id));
}
