/**
 * The record writers CaseStore exposes, each handing what it changed to the audit log: the single
 * record writes of case-records.ts and the bulk writes of bulk-records.ts, with the stored record
 * read first where the log needs its "before". Run inside a transaction (CaseStore wraps them).
 */
import type { Kysely } from 'kysely';
import type { CollectionName } from '../core/case-file/index.js';
import * as bulk from './bulk-records.js';
import * as records from './case-records.js';
import type { Database } from './db-schema.js';
import type { AuditLog } from './firm-writes.js';
import type { CollectionRecord, StoreKind } from './types.js';

/** Where a write goes: the firm's case in a workspace, and the collection. */
export interface Target<C extends CollectionName> {
  workspaceId: string;
  firmId: string;
  collection: C;
}

async function storedJson(db: Kysely<Database>, t: Target<CollectionName>, id: string): Promise<string | null> {
  return (await records.storedByIds(db, t.workspaceId, t.firmId, t.collection, [id])).get(id)?.json ?? null;
}

export async function insertRecord<C extends CollectionName>(
  db: Kysely<Database>,
  log: AuditLog,
  t: Target<C>,
  record: CollectionRecord<C>,
  now: string,
): Promise<number> {
  const version = await records.insertRecord(db, t.workspaceId, t.firmId, t.collection, record, now);
  await log([{ ...t, recordId: record.id, before: null, after: JSON.stringify(record), versionAfter: version }]);
  return version;
}

export async function updateRecord<C extends CollectionName>(
  db: Kysely<Database>,
  log: AuditLog,
  t: Target<C>,
  record: CollectionRecord<C>,
  expectedVersion: number,
  now: string,
): Promise<number> {
  const before = await storedJson(db, t, record.id);
  const version = await records.updateRecord(db, t.workspaceId, t.firmId, t.collection, record, expectedVersion, now);
  await log([{ ...t, recordId: record.id, before, after: JSON.stringify(record), versionAfter: version }]);
  return version;
}

export async function deleteRecord(
  db: Kysely<Database>,
  log: AuditLog,
  t: Target<CollectionName>,
  id: string,
  expectedVersion: number | undefined,
  now: string,
): Promise<void> {
  const before = await storedJson(db, t, id);
  await records.deleteRecord(db, t.workspaceId, t.firmId, t.collection, id, expectedVersion, now);
  await log([{ ...t, recordId: id, before, after: null, versionAfter: null }]);
}

export async function insertRecords<C extends CollectionName>(
  db: Kysely<Database>,
  kind: StoreKind,
  log: AuditLog,
  t: Target<C>,
  list: readonly CollectionRecord<C>[],
  now: string,
  onProgress?: (written: number) => void,
): Promise<void> {
  await bulk.insertRecords(db, kind, t.workspaceId, t.firmId, t.collection, list, now, onProgress);
  await log(list.map((r) => ({ ...t, recordId: r.id, before: null, after: JSON.stringify(r), versionAfter: 1 })));
}

export async function replaceRecords<C extends CollectionName>(
  db: Kysely<Database>,
  kind: StoreKind,
  log: AuditLog,
  t: Target<C>,
  list: readonly CollectionRecord<C>[],
  now: string,
  onProgress?: (written: number) => void,
): Promise<void> {
  const before = await records.storedByIds(
    db,
    t.workspaceId,
    t.firmId,
    t.collection,
    list.map((r) => r.id),
  );
  await bulk.replaceRecords(db, kind, t.workspaceId, t.firmId, t.collection, list, now, onProgress);
  await log(
    list.map((r) => ({
      ...t,
      recordId: r.id,
      before: before.get(r.id)?.json ?? null,
      after: JSON.stringify(r),
      versionAfter: (before.get(r.id)?.version ?? 0) + 1,
    })),
  );
}
