import { describe, expect, it } from 'vitest';
import { placeholders, rowsPerStatement } from './insert-statements.js';

describe('placeholders', () => {
  it('writes rows × columns parameters, as ? for SQLite and numbered for PostgreSQL and PGlite', () => {
    expect(placeholders('sqlite', 2, 3)).toBe('(?, ?, ?), (?, ?, ?)');
    expect(placeholders('postgres', 2, 3)).toBe('($1, $2, $3), ($4, $5, $6)');
    expect(placeholders('pglite', 3, 1)).toBe('($1), ($2), ($3)');
    expect(placeholders('sqlite', 0, 2)).toBe('');
  });
});

describe('rowsPerStatement', () => {
  it('keeps a statement at 12,000 parameters or fewer, and takes one row however wide it is', () => {
    expect(rowsPerStatement(1)).toBe(12_000);
    expect(rowsPerStatement(7)).toBe(1714);
    expect(rowsPerStatement(20_000)).toBe(1);
  });
});
