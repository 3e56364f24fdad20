/**
 * The SQL side of backups (core/backup holds the file format, backup-schema.ts the tables): every
 * table read in one consistent snapshot, and every row written back in one transaction, parents
 * before children.
 */
import { CompiledQuery, sql, type Kysely, type RawBuilder } from 'kysely';
import type { CellValue } from '../core/backup/backup-format.js';
import { ConflictError } from '../shared/errors.js';
import { backupTablesAt, isCarried, KNOWN_MIGRATIONS, tablesAt, type StoredTable } from './backup-schema.js';
import { kyselyOf } from './case-store.js';
import type { Database } from './db-schema.js';
import { placeholders, rowsPerStatement } from './insert-statements.js';
import type { CaseStore, StoreKind } from './types.js';

/** Rows read per statement from a snapshot. */
const PAGE_ROWS = 2000;
/** After writing this many rows into a PostgreSQL table, its planner statistics are refreshed (see whole-case.ts). */
const LARGE_TABLE_ROWS = 1000;

/** One consistent view of every table a backup carries. */
export interface Snapshot {
  readonly kind: StoreKind;
  /** The migrations the database has run, in order. */
  readonly migrations: readonly string[];
  readonly tables: readonly StoredTable[];
  count(table: StoredTable): Promise<number>;
  /** The table's rows in primary-key order, a page at a time, each row in the table's column order. */
  pages(table: StoredTable): AsyncGenerator<CellValue[][]>;
}

/**
 * Runs fn on one consistent snapshot of the store. SQLite: a plain (deferred) read transaction on
 * the store's one connection; in WAL mode it sees the database as of its first read and holds no
 * lock that stops writers, where BEGIN IMMEDIATE (the store's own transactions) would make every
 * writer wait for the whole backup. (better-sqlite3's online backup API to a temporary file would
 * give the same consistency at the cost of a second copy on disk and of starting over whenever
 * another process writes meanwhile.) PostgreSQL and PGlite: REPEATABLE READ, READ ONLY.
 */
export async function readSnapshot<T>(store: CaseStore, fn: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  const db = kyselyOf(store);
  const run = async (conn: Kysely<Database>): Promise<T> => {
    const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(conn)).rows.map((r) => r.name);
    const tables = await backupTablesAt(migrations);
    return fn({
      kind: store.kind,
      migrations,
      tables,
      count: async (table) => Number((await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(conn)).rows[0]?.n ?? 0),
      pages: (table) => pagesOf(conn, table),
    });
  };
  if (store.kind !== 'sqlite') return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(run);
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      const result = await run(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/** Keyset pages in primary-key order; a table without a primary key pages by offset, ordered by all its columns. */
async function* pagesOf(conn: Kysely<Database>, table: StoredTable): AsyncGenerator<CellValue[][]> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c.name)));
  const key = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name);
  const keyList = sql.join(key.map((k) => sql.ref(k)));
  let after: CellValue[] | undefined;
  for (let offset = 0; ; offset += PAGE_ROWS) {
    let query: RawBuilder<Record<string, CellValue>>;
    if (table.primaryKey.length === 0) query = sql`select ${columns} from ${sql.table(table.name)} order by ${keyList} limit ${PAGE_ROWS} offset ${offset}`;
    else if (after === undefined) query = sql`select ${columns} from ${sql.table(table.name)} order by ${keyList} limit ${PAGE_ROWS}`;
    else query = sql`select ${columns} from ${sql.table(table.name)} where (${keyList}) > (${sql.join(after)}) order by ${keyList} limit ${PAGE_ROWS}`;
    const rows = (await query.execute(conn)).rows;
    if (rows.length === 0) return;
    const page = rows.map((row) => table.columns.map((c) => row[c.name] ?? null));
    yield page;
    const last = rows[rows.length - 1]!;
    after = key.map((k) => last[k] ?? null);
    if (rows.length < PAGE_ROWS) return;
  }
}

/** Where a restore takes its rows from: tables at the latest migration, parents first. */
export interface RowSource {
  readonly tables: readonly StoredTable[];
  count(table: StoredTable): number;
  /** The table's rows, each in the table's column order. */
  rows(table: StoredTable): Iterable<CellValue[]>;
}

/** The tables a backup carries that hold at least one row: a restore without replacing needs none. */
export async function tablesWithRows(store: CaseStore): Promise<string[]> {
  return tablesHoldingRows(kyselyOf(store), await backupTablesAt(KNOWN_MIGRATIONS));
}

async function tablesHoldingRows(db: Kysely<Database>, tables: readonly StoredTable[]): Promise<string[]> {
  const held: string[] = [];
  for (const table of tables) {
    if ((await sql`select 1 from ${sql.table(table.name)} limit 1`.execute(db)).rows.length > 0) held.push(table.name);
  }
  return held;
}

export function storeNotEmpty(tables: readonly string[]): ConflictError {
  return new ConflictError(`the store holds data already (rows in ${tables.join(', ')}); a restore fills an empty store`, undefined, {
    option: 'replace',
    effect: 'to empty it first and put the backup in its place',
  });
}

/**
 * Writes every row of the source into the store in ONE transaction: with replace, every table
 * (sessions and login failures too) is emptied first, children before parents; without it, a store
 * holding data is refused (ConflictError). On PostgreSQL the tables are locked against other
 * writers first, so nobody adds a row between the emptying and the commit; on SQLite the store's
 * transactions take the write lock when they begin. A process killed meanwhile leaves the store as
 * it was: SQLite ignores an uncommitted WAL tail and PostgreSQL rolls back a lost connection.
 * `afterRows` runs in the same transaction once every row is written (the restore's entry in the
 * audit log): what it writes lands with the rows, or nothing does.
 */
export async function writeAllRows(
  store: CaseStore,
  source: RowSource,
  options: { replace: boolean; onProgress?: (written: number, total: number) => void; afterRows?: (tx: CaseStore) => Promise<void> },
): Promise<void> {
  const all = await tablesAt(KNOWN_MIGRATIONS);
  const total = source.tables.reduce((sum, t) => sum + source.count(t), 0);
  await store.transaction(async (tx) => {
    const db = kyselyOf(tx);
    if (store.kind !== 'sqlite') await sql`lock table ${sql.join(all.map((t) => sql.table(t.name)))} in exclusive mode`.execute(db);
    if (options.replace) {
      for (const table of [...all].reverse()) await sql`delete from ${sql.table(table.name)}`.execute(db);
    } else {
      const held = await tablesHoldingRows(
        db,
        all.filter((t) => isCarried(t.name)),
      );
      if (held.length > 0) throw storeNotEmpty(held);
    }
    let written = 0;
    options.onProgress?.(written, total);
    for (const table of source.tables) {
      const perStatement = rowsPerStatement(table.columns.length);
      // Raw SQL rather than Kysely's builder (insert-statements.ts). Names are the store's own, from its catalogue, never input.
      const head = `insert into "${table.name}" (${table.columns.map((c) => `"${c.name}"`).join(', ')}) values `;
      const full = head + placeholders(store.kind, perStatement, table.columns.length);
      let chunk: CellValue[][] = [];
      const flush = async () => {
        const text = chunk.length === perStatement ? full : head + placeholders(store.kind, chunk.length, table.columns.length);
        await db.executeQuery(CompiledQuery.raw(text, chunk.flat()));
        written += chunk.length;
        chunk = [];
        options.onProgress?.(written, total);
      };
      for (const row of source.rows(table)) {
        chunk.push(row);
        if (chunk.length === perStatement) await flush();
      }
      if (chunk.length > 0) await flush();
      if (store.kind !== 'sqlite' && source.count(table) >= LARGE_TABLE_ROWS) await sql`analyze ${sql.table(table.name)}`.execute(db);
    }
    await options.afterRows?.(tx);
  });
}
