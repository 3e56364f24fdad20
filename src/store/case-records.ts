/**
 * Single-record reads and writes inside one firm's case. The writers expect to run inside a
 * transaction (CaseStore wraps them): they first touch the firm row, which takes the row lock on
 * PostgreSQL (SQLite transactions hold the write lock from BEGIN IMMEDIATE), so the id check and
 * the insert cannot race another writer. Each write keeps the case's reference index in step.
 */
import type { Kysely } from 'kysely';
import { RECORD_NOUN, type CollectionName } from '../core/case-file/collections.js';
import type { RecordKind } from '../core/case-file/index.js';
import type { Firm } from '../core/model/index.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../shared/errors.js';
import { deleteReferencesFrom, insertReferenceRows, recordKinds, referenceRows, replaceReferencesOf } from './case-references.js';
import { collectionDb, queryColumnsOf, tableOf } from './collection-tables.js';
import type { CollectionTable, Database } from './db-schema.js';
import { storableJson } from './storable.js';
import type { CollectionRecord, Versioned } from './types.js';
import { collectionRow, newRevision } from './whole-case.js';

/** The firms each running transaction has touched already: a second touch in one transaction would change nothing. */
const touchedIn = new WeakMap<Kysely<Database>, Set<string>>();

/**
 * Marks the case as changed now (a new revision) and locks it for the transaction; NotFoundError
 * when the firm is absent. Once per transaction: the service's check and the store's write share
 * one touch (the lock is held until the end anyway, and one revision names the committed state).
 */
export async function touchFirm(db: Kysely<Database>, workspaceId: string, firmId: string, now: string): Promise<void> {
  const key = JSON.stringify([workspaceId, firmId]);
  let touched = db.isTransaction ? touchedIn.get(db) : undefined;
  if (touched?.has(key) === true) return;
  const result = await db
    .updateTable('firms')
    .set({ updated_at: now, revision: newRevision() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', firmId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('firm', firmId);
  if (db.isTransaction) {
    if (touched === undefined) touchedIn.set(db, (touched = new Set()));
    touched.add(key);
  }
}

/** After the firm row is deleted in a transaction: a later touch must find it gone (or new). */
export function forgetTouched(db: Kysely<Database>, workspaceId: string, firmId: string): void {
  touchedIn.get(db)?.delete(JSON.stringify([workspaceId, firmId]));
}

/** The firm record with its version, or undefined. */
export async function getFirm(db: Kysely<Database>, workspaceId: string, firmId: string): Promise<Versioned<Firm> | undefined> {
  const row = await db.selectFrom('firms').select(['record', 'version']).where('workspace_id', '=', workspaceId).where('id', '=', firmId).executeTakeFirst();
  // Trust boundary: written by this store from a validated Firm.
  return row === undefined ? undefined : { record: JSON.parse(row.record) as Firm, version: Number(row.version) };
}

/** The case's current revision (one indexed row), or undefined when there is no such firm. */
export async function caseRevision(db: Kysely<Database>, workspaceId: string, firmId: string): Promise<string | undefined> {
  const row = await db.selectFrom('firms').select('revision').where('workspace_id', '=', workspaceId).where('id', '=', firmId).executeTakeFirst();
  return row?.revision;
}

/** True when the firm row exists. */
export async function firmExists(db: Kysely<Database>, workspaceId: string, firmId: string): Promise<boolean> {
  const row = await db.selectFrom('firms').select('id').where('workspace_id', '=', workspaceId).where('id', '=', firmId).executeTakeFirst();
  return row !== undefined;
}

function parseVersioned<C extends CollectionName>(row: { record: string; version: number }): Versioned<CollectionRecord<C>> {
  // Trust boundary: the JSON was written by this store from a validated record.
  return { record: JSON.parse(row.record) as CollectionRecord<C>, version: Number(row.version) };
}

/** All records of one collection in stored order; NotFoundError when the firm is absent. */
export async function listRecords<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: C,
): Promise<Versioned<CollectionRecord<C>>[]> {
  const rows = await collectionDb(db)
    .selectFrom(tableOf(collection))
    .select(['record', 'version'])
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .orderBy('position')
    .execute();
  // An empty list is also what a missing firm looks like; only then is the extra query worth it.
  if (rows.length === 0 && !(await firmExists(db, workspaceId, firmId))) throw new NotFoundError('firm', firmId);
  return rows.map((row) => parseVersioned<C>(row));
}

/** One record with its version, or undefined. */
export async function getRecord<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: C,
  id: string,
): Promise<Versioned<CollectionRecord<C>> | undefined> {
  const row = await collectionDb(db)
    .selectFrom(tableOf(collection))
    .select(['record', 'version'])
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : parseVersioned<C>(row);
}

/** The conflict of a new record whose id another record of the case (or the firm) already holds. */
export function idTaken(id: string, holder: RecordKind, firmId: string): ConflictError {
  const where = holder === 'firm' ? 'is the id of the firm itself' : `is already used in ${holder} of firm "${firmId}"`;
  return new ConflictError(`id "${id}" ${where}; ids must be unique across the whole case, so pick another`, '/id');
}

/** The position after the last record of a collection in a case: where a new record goes. */
export async function nextPosition(db: Kysely<Database>, table: CollectionTable, workspaceId: string, firmId: string): Promise<number> {
  const last = await collectionDb(db)
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('max'))
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .executeTakeFirst();
  return last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
}

/** Appends a record after the last one of its collection; returns its version (1). */
export async function insertRecord<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: C,
  record: CollectionRecord<C>,
  now: string,
): Promise<number> {
  await touchFirm(db, workspaceId, firmId, now);
  const holder = (await recordKinds(db, workspaceId, firmId, [record.id])).get(record.id);
  if (holder !== undefined) throw idTaken(record.id, holder, firmId);
  const table = tableOf(collection);
  const position = await nextPosition(db, table, workspaceId, firmId);
  await collectionDb(db)
    .insertInto(table)
    .values(collectionRow(workspaceId, firmId, collection, record, position, 1, ''))
    .execute();
  // A new record has no references yet (a deleted one's went with it), as for bulk inserts.
  await insertReferenceRows(db, referenceRows(workspaceId, firmId, collection, record));
  return 1;
}

/** Why a versioned write matched no row: the record is gone, or its version moved on. */
async function missOrStale(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: CollectionName,
  id: string,
  expectedVersion: number,
): Promise<Error> {
  const current = await getRecord(db, workspaceId, firmId, collection, id);
  const what = RECORD_NOUN[collection];
  return current === undefined ? new NotFoundError(what, id) : new StaleVersionError(what, id, expectedVersion, current.version);
}

/** Replaces a record in place when expectedVersion is the stored one; returns the new version. */
export async function updateRecord<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: C,
  record: CollectionRecord<C>,
  expectedVersion: number,
  now: string,
): Promise<number> {
  await touchFirm(db, workspaceId, firmId, now);
  const next = expectedVersion + 1;
  const result = await collectionDb(db)
    .updateTable(tableOf(collection))
    .set({ record: storableJson(record, ''), version: next, ...queryColumnsOf(collection, record) })
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .where('id', '=', record.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw await missOrStale(db, workspaceId, firmId, collection, record.id, expectedVersion);
  await replaceReferencesOf(db, workspaceId, firmId, collection, record);
  return next;
}

/** Deletes a record; with expectedVersion only when that is the stored one. */
export async function deleteRecord(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: CollectionName,
  id: string,
  expectedVersion: number | undefined,
  now: string,
): Promise<void> {
  await touchFirm(db, workspaceId, firmId, now);
  let query = collectionDb(db).deleteFrom(tableOf(collection)).where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId).where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    if (expectedVersion === undefined) throw new NotFoundError(RECORD_NOUN[collection], id);
    throw await missOrStale(db, workspaceId, firmId, collection, id, expectedVersion);
  }
  await deleteReferencesFrom(db, workspaceId, firmId, id);
}

/** The stored JSON and version of the records with these ids (absent ones left out), a few hundred ids per statement. */
export async function storedByIds(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: CollectionName,
  ids: readonly string[],
): Promise<Map<string, { json: string; version: number }>> {
  const found = new Map<string, { json: string; version: number }>();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = await collectionDb(db)
      .selectFrom(tableOf(collection))
      .select(['id', 'record', 'version'])
      .where('workspace_id', '=', workspaceId)
      .where('firm_id', '=', firmId)
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.id, { json: row.record, version: Number(row.version) });
  }
  return found;
}
