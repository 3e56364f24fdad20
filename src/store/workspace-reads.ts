/**
 * Reads across a workspace, one statement each whatever the number of firms: the workspaces, the
 * firm list, and what the firm cards show, without a query per firm.
 */
import { sql, type Kysely } from 'kysely';
import type { CollectionName } from '../core/case-file/collections.js';
import type { Firm, Workspace } from '../core/model/index.js';
import { byId } from './code-unit-order.js';
import { collectionDb, tableOf } from './collection-tables.js';
import type { Database } from './db-schema.js';
import type { CollectionRecord, FirmSummary, RecordsOfFirm, Versioned } from './types.js';

/** Every workspace, by id. */
export async function listWorkspaces(db: Kysely<Database>): Promise<Workspace[]> {
  const rows = byId(await db.selectFrom('workspaces').select(['id', 'name', 'kind']).execute());
  // Trust boundary: kind was written from a validated Workspace.
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as Workspace['kind'] }));
}

/** The firms of a workspace as the firm list shows them, by id. */
export async function listFirms(db: Kysely<Database>, workspaceId: string): Promise<FirmSummary[]> {
  const rows = byId(await db.selectFrom('firms').select(['id', 'name', 'country', 'version', 'updated_at']).where('workspace_id', '=', workspaceId).execute());
  return rows.map((r) => ({ id: r.id, name: r.name, countryOfOrigin: r.country, version: Number(r.version), updatedAt: r.updated_at }));
}

/** Collection → firm id → number of records, for every firm of the workspace with any (counted without reading them). */
export async function countRecords(
  db: Kysely<Database>,
  workspaceId: string,
  collections: readonly CollectionName[],
): Promise<Map<CollectionName, Map<string, number>>> {
  const counts = new Map(collections.map((c) => [c, new Map<string, number>()]));
  const [first, ...rest] = [...counts.keys()].map((name) =>
    collectionDb(db)
      .selectFrom(tableOf(name))
      .select([sql<string>`${sql.lit(name)}`.as('collection'), 'firm_id'])
      .select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', workspaceId)
      .groupBy('firm_id'),
  );
  if (first === undefined) return counts;
  for (const row of await rest.reduce((query, branch) => query.unionAll(branch), first).execute()) {
    // PostgreSQL counts as bigint, which pg hands over as text.
    counts.get(row.collection as CollectionName)?.set(row.firm_id, Number(row.n));
  }
  return counts;
}

/** Firm id → the records of these collections in stored order, for every firm of the workspace that has any. */
export async function recordsOfFirms<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  collections: readonly C[],
): Promise<Map<string, RecordsOfFirm<C>>> {
  const byFirm = new Map<string, RecordsOfFirm<C>>();
  const [first, ...rest] = [...new Set(collections)].map((name) =>
    collectionDb(db)
      .selectFrom(tableOf(name))
      .select([sql<string>`${sql.lit(name)}`.as('collection'), 'firm_id', 'position', 'record'])
      .where('workspace_id', '=', workspaceId),
  );
  if (first === undefined) return byFirm;
  const rows = await rest.reduce((query, branch) => query.unionAll(branch), first).execute();
  rows.sort((a, b) => Number(a.position) - Number(b.position));
  for (const row of rows) {
    let records = byFirm.get(row.firm_id);
    if (records === undefined) byFirm.set(row.firm_id, (records = {}));
    const collection = row.collection as C;
    // Trust boundary: the JSON was written by this store from a validated record.
    (records[collection] ??= []).push(JSON.parse(row.record) as CollectionRecord<C>);
  }
  return byFirm;
}

/** Firm id → the firm record with its version, for every firm of the workspace. */
export async function firmRecords(db: Kysely<Database>, workspaceId: string): Promise<Map<string, Versioned<Firm>>> {
  const rows = await db.selectFrom('firms').select(['id', 'record', 'version']).where('workspace_id', '=', workspaceId).execute();
  // Trust boundary: written by this store from a validated Firm.
  return new Map(rows.map((row) => [row.id, { record: JSON.parse(row.record) as Firm, version: Number(row.version) }]));
}
