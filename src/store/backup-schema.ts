/**
 * Which tables a backup carries, and their columns at any migration level. Tables are not listed by
 * hand: the tables at a level are those an empty SQLite database has after running the migrations
 * up to it (in memory; SQLite's catalogue says the columns, types, primary keys and foreign keys),
 * so a table a later migration adds is carried without a change here, and a backup is checked
 * against the tables of the migrations it was taken at. The one choice per table, whether backups
 * carry it, is checked against db-schema.ts by the compiler.
 */
import SqliteDatabase, { type Database as BetterSqlite } from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { BackupColumn, BackupTable, ColumnType } from '../core/backup/backup-format.js';
import type { Database } from './db-schema.js';
import { migrateTo } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Whether backups carry each table. Sessions and login failures stay behind: a session restored
 * into another server (or a day later) would log someone in who never logged in there, and would
 * bring back sessions a password reset ended; failed logins only count the last quarter of an hour.
 * Both start empty after a restore. A table missing here (a later migration) is carried.
 */
export const CARRIED_IN_BACKUPS = {
  workspaces: true,
  users: true,
  memberships: true,
  sessions: false,
  api_tokens: true,
  login_failures: false,
  firms: true,
  case_references: true,
  key_people: true,
  facts: true,
  actors: true,
  ties: true,
  markets: true,
  activities: true,
  challenge_categories: true,
  challenge_ratings: true,
  utilization_cells: true,
  benefits: true,
  digital_presence: true,
  sources: true,
  transcripts: true,
  codes: true,
  segments: true,
  competence_assessments: true,
  partner_searches: true,
  audit_changes: true,
  audit_items: true,
  cohort_snapshots: true,
  retention_settings: true,
} as const satisfies Record<keyof Database, boolean>;

/** Text columns that hold a record (or the case's own fields) as JSON. */
const JSON_COLUMNS: ReadonlySet<string> = new Set(['record', 'case_meta']);

/** The migrations this Foothold knows, in the order they run. */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(MIGRATIONS).sort();

/** A table as the database has it: what a backup needs to read and write its rows in order. */
export interface StoredTable extends BackupTable {
  readonly primaryKey: readonly string[];
  /** The tables its foreign keys refer to. */
  readonly parents: readonly string[];
}

export function isCarried(table: string): boolean {
  return (CARRIED_IN_BACKUPS as Partial<Record<string, boolean>>)[table] ?? true;
}

/** Every table of a SQLite database (the migrator's own left out), each after the tables it refers to. */
export function describeTables(database: BetterSqlite): StoredTable[] {
  const names = database
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\'`)
    .pluck()
    .all() as string[];
  const tables = names.map((name): StoredTable => {
    const info = database.pragma(`table_info("${name}")`) as { name: string; type: string; notnull: number; pk: number }[];
    const references = database.pragma(`foreign_key_list("${name}")`) as { table: string }[];
    const columns = info.map((c): BackupColumn => ({
      name: c.name,
      type: columnType(name, c.name, c.type),
      // SQLite lets a text primary key hold null; PostgreSQL does not, and neither does Foothold.
      nullable: c.notnull === 0 && c.pk === 0,
      json: JSON_COLUMNS.has(c.name),
    }));
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return { name, columns, primaryKey, parents: [...new Set(references.map((r) => r.table))].filter((t) => t !== name) };
  });
  return parentsFirst(tables);
}

function columnType(table: string, column: string, declared: string): ColumnType {
  const type = declared.toLowerCase();
  if (type === 'text' || type === 'integer') return type;
  throw new Error(`column ${table}.${column} is declared "${declared}"; the store uses text and integer columns only (docs/decisions/0003-storage.md)`);
}

/** Orders tables so that each comes after those it refers to; among tables ready at once, by name. */
function parentsFirst(tables: StoredTable[]): StoredTable[] {
  const done = new Set<string>();
  const ordered: StoredTable[] = [];
  let pending = [...tables].sort((a, b) => (a.name < b.name ? -1 : 1));
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.parents.every((p) => done.has(p)));
    if (ready.length === 0) throw new Error(`the foreign keys of ${pending.map((t) => t.name).join(', ')} form a cycle`);
    for (const t of ready) {
      done.add(t.name);
      ordered.push(t);
    }
    pending = pending.filter((t) => !done.has(t.name));
  }
  return ordered;
}

/** An empty SQLite database in memory at the given migrations (the first ones of KNOWN_MIGRATIONS). */
export async function memoryDatabaseAt(migrations: readonly string[]): Promise<{ database: BetterSqlite; db: Kysely<Database> }> {
  const last = migrations[migrations.length - 1];
  if (last === undefined || migrations.some((name, i) => KNOWN_MIGRATIONS[i] !== name)) {
    throw new Error(`expected the first migrations of ${KNOWN_MIGRATIONS.join(', ')}; got ${migrations.join(', ')}`);
  }
  const database = new SqliteDatabase(':memory:');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateTo(db, last);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { database, db };
}

const tablesByLevel = new Map<string, Promise<StoredTable[]>>();

/** Every table at the migration level, parents first (worked out once per level and process). */
export function tablesAt(migrations: readonly string[]): Promise<StoredTable[]> {
  const key = migrations.join('\n');
  let tables = tablesByLevel.get(key);
  if (tables === undefined) {
    tables = (async () => {
      const { database, db } = await memoryDatabaseAt(migrations);
      try {
        return describeTables(database);
      } finally {
        await db.destroy();
      }
    })();
    tablesByLevel.set(key, tables);
    tables.catch(() => tablesByLevel.delete(key));
  }
  return tables;
}

/** The tables a backup taken at these migrations carries, parents first. */
export async function backupTablesAt(migrations: readonly string[]): Promise<StoredTable[]> {
  return (await tablesAt(migrations)).filter((t) => isCarried(t.name));
}
