/**
 * Multi-row INSERTs of raw SQL, for writes of thousands of rows at once (bulk-records.ts,
 * backup-tables.ts): building a node per value through Kysely's insert builder cost as much as the
 * database's own work.
 */
import type { StoreKind } from './types.js';

/** Bound parameters per INSERT: below SQLite's 32,766 and PostgreSQL's 65,535, large enough that statements are few. */
const PARAMETERS_PER_STATEMENT = 12_000;

/** How many rows of `columns` columns one INSERT takes: at least one. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns));
}

/** `(?, ?), (?, ?)` for SQLite, `($1, $2), ($3, $4)` for PostgreSQL: rows × columns parameters. */
export function placeholders(kind: StoreKind, rows: number, columns: number): string {
  if (kind === 'sqlite') {
    const tuple = `(${new Array<string>(columns).fill('?').join(', ')})`;
    return new Array<string>(rows).fill(tuple).join(', ');
  }
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) tuples.push(`(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`);
  return tuples.join(', ');
}
