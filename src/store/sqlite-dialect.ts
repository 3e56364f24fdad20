/**
 * Kysely's SQLite dialect, with write transactions that take the write lock when they begin.
 *
 * Why: a plain BEGIN is deferred — the transaction reads first and upgrades to a write lock at its
 * first write. When another process wrote in between, SQLite cannot upgrade and answers
 * SQLITE_BUSY_SNAPSHOT at once, whatever the busy timeout (our version races got 500s that way).
 * BEGIN IMMEDIATE waits for the lock up front, so a transaction that starts never fails later for
 * lack of it; waiting beyond the busy timeout is retried by the store (see case-store.ts).
 */
import type { Database as BetterSqlite } from 'better-sqlite3';
import { CompiledQuery, SqliteAdapter, SqliteDriver, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export function immediateSqliteDialect(database: BetterSqlite): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database }),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  };
}
