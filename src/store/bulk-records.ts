/**
 * Many records of one collection written at once, for imports that add or change thousands of them
 * in one transaction (a contacts import of 30,000 connections): a few statements per thousand rows
 * instead of a few per record. Like the single-record writers (case-records.ts) they touch the firm
 * row first, which locks the case, and keep the reference index in step.
 *
 * Rows go in as multi-row INSERTs of raw SQL: building 150,000 rows through Kysely's insert builder
 * cost as much as SQLite's own work. They go in sorted by key, so that the B-trees fill in order
 * instead of splitting pages all over, and are made a statement's worth at a time: rows made all
 * at once live long enough for the garbage collector to copy each of them twice.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { COLLECTION_NAMES, RECORD_NOUN, type CollectionName } from '../core/case-file/collections.js';
import type { RecordKind } from '../core/case-file/index.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import { recordKinds, referenceRows } from './case-references.js';
import { idTaken, nextPosition, touchFirm } from './case-records.js';
import { compareText, positionsById } from './code-unit-order.js';
import { collectionDb, tableOf, type ColumnValue } from './collection-tables.js';
import type { Database } from './db-schema.js';
import { placeholders, rowsPerStatement } from './insert-statements.js';
import type { CollectionRecord, StoreKind } from './types.js';
import { collectionRow } from './whole-case.js';

/** Ids looked up per statement when checking a few ids (as case-references.ts does). */
const LOOKUP_CHUNK = 500;

/** At least this many rows in one write and PostgreSQL's table statistics are refreshed (see refreshStatistics in whole-case.ts). */
const LARGE_WRITE_ROWS = 1000;

type Row = Readonly<Record<string, ColumnValue>>;

/** The ids of the records; ConflictError when two records share one. */
function uniqueIds(records: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id))
      throw new ConflictError(`id "${record.id}" is given to two of the records written together; ids must be unique across the whole case`, '/id');
    ids.add(record.id);
  }
  return ids;
}

/**
 * Appends records after the last one of their collection, in the order given, each at version 1.
 * ConflictError naming the first id that is given twice or is already used anywhere in the case.
 */
export async function insertRecords<C extends CollectionName>(
  db: Kysely<Database>,
  kind: StoreKind,
  workspaceId: string,
  firmId: string,
  collection: C,
  records: readonly CollectionRecord<C>[],
  now: string,
  onProgress?: (written: number) => void,
): Promise<void> {
  await touchFirm(db, workspaceId, firmId, now);
  if (records.length === 0) return;
  const ids = uniqueIds(records);
  const held = await holdersOf(db, workspaceId, firmId, ids);
  for (const record of records) {
    const holder = held.get(record.id);
    if (holder !== undefined) throw idTaken(record.id, holder, firmId);
  }
  const table = tableOf(collection);
  const start = await nextPosition(db, table, workspaceId, firmId);
  const order = positionsById(records);
  const rows = function* (): Generator<Row> {
    for (const i of order) yield collectionRow(workspaceId, firmId, collection, records[i]!, start + i, 1, `/${collection}/${i}`);
  };
  await insertRows(db, kind, table, rows(), onProgress);
  await insertRows(db, kind, 'case_references', references(workspaceId, firmId, collection, records, order));
  await refreshStatisticsAfter(db, kind, collection, records.length);
}

/**
 * Replaces records by id, each keeping its position, its version raised by one. NotFoundError for the
 * first that is not stored. No version check: callers lock the case first (touchCase) and replace
 * what they read in the same transaction.
 */
export async function replaceRecords<C extends CollectionName>(
  db: Kysely<Database>,
  kind: StoreKind,
  workspaceId: string,
  firmId: string,
  collection: C,
  records: readonly CollectionRecord<C>[],
  now: string,
  onProgress?: (written: number) => void,
): Promise<void> {
  await touchFirm(db, workspaceId, firmId, now);
  if (records.length === 0) return;
  uniqueIds(records);
  const table = tableOf(collection);
  const rows: Row[] = [];
  for (let i = 0; i < records.length; i += LOOKUP_CHUNK) {
    const chunk = records.slice(i, i + LOOKUP_CHUNK);
    const ids = chunk.map((record) => record.id);
    const stored = await collectionDb(db)
      .selectFrom(table)
      .select(['id', 'position', 'version'])
      .where('workspace_id', '=', workspaceId)
      .where('firm_id', '=', firmId)
      .where('id', 'in', ids)
      .execute();
    const found = new Map(stored.map((row) => [row.id, { position: Number(row.position), version: Number(row.version) }]));
    chunk.forEach((record, j) => {
      const at = found.get(record.id);
      if (at === undefined) throw new NotFoundError(RECORD_NOUN[collection], record.id);
      rows.push(collectionRow(workspaceId, firmId, collection, record, at.position, at.version + 1, `/${collection}/${i + j}`));
    });
    await collectionDb(db).deleteFrom(table).where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId).where('id', 'in', ids).execute();
    await db.deleteFrom('case_references').where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId).where('source_id', 'in', ids).execute();
  }
  // rows[i] is records[i]'s row.
  const order = positionsById(records);
  await insertRows(
    db,
    kind,
    table,
    order.map((i) => rows[i]!),
    onProgress,
  );
  await insertRows(db, kind, 'case_references', references(workspaceId, firmId, collection, records, order));
  await refreshStatisticsAfter(db, kind, collection, records.length);
}

/** The reference-index rows of the records, taken in `order`, in key order (source id, then field). */
function* references<C extends CollectionName>(
  workspaceId: string,
  firmId: string,
  collection: C,
  records: readonly CollectionRecord<C>[],
  order: readonly number[],
): Generator<Row> {
  for (const i of order) {
    const rows = referenceRows(workspaceId, firmId, collection, records[i]!).sort((a, b) => compareText(a.field, b.field));
    // The index rows are plain column values; seen through Row they need no copy.
    for (const row of rows) yield row as unknown as Row;
  }
}

/**
 * Inserts rows that all have the same columns (those of the first), in the order given (callers give
 * them by key), as few statements as insert-statements.ts allows, taking from `rows` only what one
 * statement needs. The table and column names are the store's own, never input.
 */
async function insertRows(db: Kysely<Database>, kind: StoreKind, table: string, rows: Iterable<Row>, onProgress?: (written: number) => void): Promise<void> {
  const source = rows[Symbol.iterator]();
  let next = source.next();
  if (next.done === true) return;
  const columns = Object.keys(next.value);
  const perStatement = rowsPerStatement(columns.length);
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  // Every statement but the last has the same text, so SQLite compiles it once (sqlite-dialect.ts).
  const full = head + placeholders(kind, perStatement, columns.length);
  let written = 0;
  while (next.done !== true) {
    const values: ColumnValue[] = [];
    let count = 0;
    for (; count < perStatement && next.done !== true; count++, next = source.next()) {
      const row = next.value;
      for (const column of columns) values.push(row[column] ?? null);
    }
    await db.executeQuery(CompiledQuery.raw(count === perStatement ? full : head + placeholders(kind, count, columns.length), values));
    written += count;
    onProgress?.(written);
  }
}

/**
 * What each of the ids already is in the case. For a few ids, indexed look-ups (recordKinds); for
 * thousands, one read of every id of the case is cheaper than hundreds of look-ups in 14 tables.
 */
async function holdersOf(db: Kysely<Database>, workspaceId: string, firmId: string, ids: ReadonlySet<string>): Promise<Map<string, RecordKind>> {
  if (ids.size <= LOOKUP_CHUNK) return recordKinds(db, workspaceId, firmId, [...ids]);
  const held = new Map<string, RecordKind>();
  if (ids.has(firmId)) held.set(firmId, 'firm');
  const [first, ...rest] = COLLECTION_NAMES.map((name) =>
    collectionDb(db)
      .selectFrom(tableOf(name))
      .select([sql<string>`${sql.lit(name)}`.as('collection'), 'id'])
      .where('workspace_id', '=', workspaceId)
      .where('firm_id', '=', firmId),
  );
  if (first === undefined) return held;
  for (const row of await rest.reduce((query, branch) => query.unionAll(branch), first).execute()) {
    const kind = COLLECTION_NAMES.find((name) => name === row.collection);
    if (kind !== undefined && ids.has(row.id)) held.set(row.id, kind);
  }
  return held;
}

/** PostgreSQL plans from statistics autovacuum refreshes only now and then; after a large write, refresh them in the transaction. */
async function refreshStatisticsAfter(db: Kysely<Database>, kind: StoreKind, collection: CollectionName, count: number): Promise<void> {
  if (kind === 'sqlite' || count < LARGE_WRITE_ROWS) return;
  await sql`analyze ${sql.join([tableOf(collection), 'case_references'].map((table) => sql.table(table)))}`.execute(db);
}
