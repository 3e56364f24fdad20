/** Opening a store: picks the database from config or environment, migrates it, wraps it as a CaseStore. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, type Dialect } from 'kysely';
import { ValidationError } from '../shared/errors.js';
import { retryWhileLocked } from './busy.js';
import { indexStaleFirms } from './reference-rebuild.js';
import { createCaseStore, type CaseStoreOptions } from './case-store.js';
import type { Database } from './db-schema.js';
import { migrateToLatest } from './migrate.js';
import { pgliteDialect } from './pglite-dialect.js';
import { immediateSqliteDialect } from './sqlite-dialect.js';
import type { CaseStore } from './types.js';

export type StoreConfig =
  /** A SQLite file (':memory:' for a throwaway database). */
  | { kind: 'sqlite'; file: string }
  /**
   * PostgreSQL; with schema, every table lives in that schema (created when missing); poolSize
   * connections at most per process (DEFAULT_POOL_SIZE when absent).
   */
  | { kind: 'postgres'; connectionString: string; schema?: string; poolSize?: number }
  /** A PGlite the caller created and will close; with schema, as for PostgreSQL. */
  | { kind: 'pglite'; pglite: PGlite; schema?: string };

/**
 * How long one statement waits for another process's SQLite write lock. Short on purpose:
 * better-sqlite3 waits synchronously, holding up every other request of this process; longer
 * waits happen between retries, asynchronously (case-store.ts).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 100;
/** Connections one process keeps to PostgreSQL at most, unless FOOTHOLD_DB_POOL_SIZE says otherwise (docs/deployment.md). */
export const DEFAULT_POOL_SIZE = 10;
const POOL_SIZE_MAX = 500;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Opens the configured database, brings it to the latest migration, and returns the store on it. */
export async function openStore(config: StoreConfig, options: CaseStoreOptions = {}): Promise<CaseStore> {
  const schema = config.kind === 'sqlite' ? undefined : config.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ValidationError([
      {
        pointer: '/schema',
        message: `"${schema}" cannot be a schema name here; expected letters, digits and "_", starting with a letter or "_", at most 63 characters`,
      },
    ]);
  }
  const db = new Kysely<Database>({ dialect: await dialectFor(config) });
  try {
    let migrationSchema: string | undefined;
    if (config.kind !== 'sqlite') {
      if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
      migrationSchema = schema ?? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
    }
    // Several processes may open one database at once; whoever loses the race for a lock waits and tries again.
    const migrate = () => retryCatalogRace(() => retryWhileLocked(() => migrateToLatest(db, migrationSchema)));
    if (config.kind === 'postgres') await whileNoSchemaIsDropped(config.connectionString, migrate);
    else await migrate();
    // Firms stored before the reference index (or under older rules) are indexed now, by current code.
    await retryWhileLocked(() => indexStaleFirms(db));
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return createCaseStore(config.kind, db, options);
}

/**
 * Advisory lock key (PostgreSQL): held shared by every Foothold process while its start-up reads the
 * catalog, and exclusively by `dropSchema`. Kysely's migrator used to list the tables of every schema
 * of the database, and a schema dropped during that scan failed it ("schema … does not exist");
 * migrate.ts#lookingOnlyAt now narrows its catalog to the store's own schema, so this lock and
 * retryCatalogRace are a second line only, for drops by clients that do not take the lock.
 */
export const SCHEMA_DROP_LOCK = 1_178_603_380;

/** Runs work while holding SCHEMA_DROP_LOCK shared, on a connection of its own (the pool may have only one). */
async function whileNoSchemaIsDropped<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock_shared($1)', [SCHEMA_DROP_LOCK]);
    return await work();
  } finally {
    // Ending the session releases its advisory locks.
    await client.end();
  }
}

/** Drops a schema (and everything in it) once no Foothold process is reading the catalog at start-up: for tests and benchmarks that make schemas of their own. */
export async function dropSchema(client: { query(text: string, values?: unknown[]): Promise<unknown> }, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new ValidationError([{ pointer: '/schema', message: `"${schema}" cannot be a schema name here` }]);
  await client.query('select pg_advisory_lock($1)', [SCHEMA_DROP_LOCK]);
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SCHEMA_DROP_LOCK]);
  }
}

/** PostgreSQL's "schema … does not exist" and "relation … does not exist". */
const DROPPED_MEANWHILE = new Set(['3F000', '42P01']);

/**
 * Runs a start-up step again (at most `attempts` times in all) when it failed because a schema or
 * table vanished under it. Kysely's migrator first lists the tables of every schema of the database;
 * when another client drops a schema during that scan (another tenant, a benchmark or test ending),
 * PostgreSQL answers "schema … does not exist" about a schema that is not ours. A schema of our own
 * that is really missing fails every attempt, and the last error is the caller's.
 */
export async function retryCatalogRace<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const cause: unknown = err instanceof Error && err.cause !== undefined ? err.cause : err;
      const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
      if (attempt >= attempts || typeof code !== 'string' || !DROPPED_MEANWHILE.has(code)) throw err;
    }
  }
}

/** The server's driver (pg) loads only for a server: the embedded store's commands start without it. */
async function dialectFor(config: StoreConfig): Promise<Dialect> {
  switch (config.kind) {
    case 'sqlite': {
      const database = new SqliteDatabase(config.file);
      // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite
      // and the cascades depend on them; busy_timeout waits briefly for another process's write lock.
      database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      database.pragma('journal_mode = WAL');
      database.pragma('foreign_keys = ON');
      return immediateSqliteDialect(database);
    }
    case 'postgres': {
      const connectionString = config.schema === undefined ? config.connectionString : withSearchPath(config.connectionString, config.schema);
      const { default: pg } = await import('pg');
      const pool = new pg.Pool({ connectionString, max: config.poolSize ?? DEFAULT_POOL_SIZE });
      // An idle connection the server drops emits 'error' on the pool; unhandled, it would end the
      // process. The pool replaces the connection, and the next query reports any lasting failure.
      pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
      return new PostgresDialect({ pool });
    }
    case 'pglite':
      return pgliteDialect(config.pglite, config.schema);
  }
}

/**
 * Adds "-c search_path=<schema>" to the connection's startup options, so every pooled connection
 * is in the schema from its first statement (a SET on pool 'connect' could race the first query).
 */
export function withSearchPath(connectionString: string, schema: string): string {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    throw new ValidationError([{ pointer: '/connectionString', message: 'expected a postgres:// URL when a schema is given' }]);
  }
  const options = url.searchParams.get('options');
  url.searchParams.set('options', [options, `-c search_path=${schema}`].filter((o) => o !== null && o !== '').join(' '));
  return url.toString();
}

/** FOOTHOLD_DB_POOL_SIZE: a whole number of connections, 1 to POOL_SIZE_MAX; undefined when unset or empty. */
function poolSizeFrom(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > POOL_SIZE_MAX) {
    throw new ValidationError([
      { pointer: '/FOOTHOLD_DB_POOL_SIZE', message: `expected a whole number of connections from 1 to ${POOL_SIZE_MAX}, got ${JSON.stringify(value)}` },
    ]);
  }
  return size;
}

/** Picks the database from the environment: DATABASE_URL means PostgreSQL, else a SQLite file in FOOTHOLD_DATA (or defaultDataDir), whose folder it creates. */
export function storeConfigFromEnv(env: Readonly<Record<string, string | undefined>>, defaultDataDir: string): StoreConfig {
  const url = env['DATABASE_URL'];
  if (url !== undefined && url !== '') {
    const poolSize = poolSizeFrom(env['FOOTHOLD_DB_POOL_SIZE']);
    return { kind: 'postgres', connectionString: url, ...(poolSize === undefined ? {} : { poolSize }) };
  }
  const dir = env['FOOTHOLD_DATA'] !== undefined && env['FOOTHOLD_DATA'] !== '' ? env['FOOTHOLD_DATA'] : defaultDataDir;
  mkdirSync(dir, { recursive: true });
  return { kind: 'sqlite', file: join(dir, 'foothold.sqlite') };
}
