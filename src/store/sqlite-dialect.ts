/**
 * Kysely's SQLite dialect, with write transactions that take the write lock when they begin.
 *
 * Why: a plain BEGIN is deferred — the transaction reads first and upgrades to a write lock at its
 * first write. When another process wrote in between, SQLite cannot upgrade and answers
 * SQLITE_BUSY_SNAPSHOT at once, whatever the busy timeout (our version races got 500s that way).
 * BEGIN IMMEDIATE waits for the lock up front, so a transaction that starts never fails later for
 * lack of it; waiting beyond the busy timeout is retried by the store (see case-store.ts).
 *
 * And with compiled statements kept for reuse: Kysely's driver prepares every query anew, and for
 * the multi-row INSERTs of a large import (bulk-records.ts) compiling took a quarter of SQLite's time.
 */
import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type SqliteDatabase,
} from 'kysely';

/** Compiled statements kept, the least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 200;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export function immediateSqliteDialect(database: BetterSqlite): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database: withStatementCache(database, STATEMENT_CACHE_SIZE) }),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  };
}

/**
 * The database as Kysely's driver sees it, handing out the statement compiled for the same SQL
 * before. Safe because the driver runs one query at a time on its one connection (a statement
 * cannot be run while another run of it is still being read), and SQLite compiles a statement
 * again by itself when a migration has changed the schema under it.
 */
export function withStatementCache(database: BetterSqlite, size: number): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      } else statements.delete(sql);
      // Map keeps insertion order: set last = most recently used.
      statements.set(sql, statement);
      return statement;
    },
  };
}
