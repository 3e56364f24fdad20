/**
 * The reference index of each case (table case_references): one row per id a record names, kept
 * in step with the records on every write, so that single-record writes can ask "what is this
 * id?" and "who still refers to it?" with indexed queries instead of loading the whole case.
 * The rows are derived data: the rules that produce them live in core (referencesOf), and a firm
 * whose rows were built by older rules (or none) is rebuilt when the store opens (reference-rebuild.ts).
 */
import { sql, type Kysely } from 'kysely';
// The index's own modules, not core/case-file/index.js: the store loads without the schemas.
import { COLLECTION_NAMES } from '../core/case-file/collections.js';
import type { AnyRecord, CaseFile, RecordKind } from '../core/case-file/index.js';
import { referencesOf } from '../core/case-file/references.js';
import { collectionDb, tableOf } from './collection-tables.js';
import type { CaseReferenceTable, Database } from './db-schema.js';
import type { Referrer } from './types.js';

/** Bump when referencesOf changes what it returns: every firm's rows are rebuilt on the next open. */
export const REFERENCE_RULES_VERSION = 2;

// Both dialects cap bound parameters per statement (SQLite 32766, PostgreSQL 65535); 500 rows of 6 stay far below.
const CHUNK = 500;

/** The index rows of one record (or of the firm itself). */
export function referenceRows(workspaceId: string, firmId: string, kind: RecordKind, record: AnyRecord): CaseReferenceTable[] {
  return referencesOf(kind, record).map((ref) => ({
    workspace_id: workspaceId,
    firm_id: firmId,
    source_collection: kind,
    source_id: record.id,
    field: ref.field,
    target_id: ref.id,
  }));
}

/** The index rows of a whole case. */
export function caseReferenceRows(workspaceId: string, c: CaseFile): CaseReferenceTable[] {
  const rows = referenceRows(workspaceId, c.firm.id, 'firm', c.firm);
  for (const name of COLLECTION_NAMES) for (const record of c[name]) rows.push(...referenceRows(workspaceId, c.firm.id, name, record));
  return rows;
}

export async function insertReferenceRows(db: Kysely<Database>, rows: readonly CaseReferenceTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('case_references')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Removes the rows of one referring record. */
export async function deleteReferencesFrom(db: Kysely<Database>, workspaceId: string, firmId: string, sourceId: string): Promise<void> {
  await db.deleteFrom('case_references').where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId).where('source_id', '=', sourceId).execute();
}

/** Rewrites the rows of one record after it was inserted or replaced. */
export async function replaceReferencesOf(db: Kysely<Database>, workspaceId: string, firmId: string, kind: RecordKind, record: AnyRecord): Promise<void> {
  await deleteReferencesFrom(db, workspaceId, firmId, record.id);
  await insertReferenceRows(db, referenceRows(workspaceId, firmId, kind, record));
}

/** Every record of the case that names targetId, in a stable order. */
export async function referrersOf(db: Kysely<Database>, workspaceId: string, firmId: string, targetId: string): Promise<Referrer[]> {
  const rows = await db
    .selectFrom('case_references')
    .select(['source_collection', 'source_id', 'field'])
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .where('target_id', '=', targetId)
    .orderBy('source_collection')
    .orderBy('source_id')
    .orderBy('field')
    .execute();
  // Trust boundary: source_collection was written from a RecordKind by this module.
  return rows.map((r) => ({ collection: r.source_collection as RecordKind, id: r.source_id, field: r.field }));
}

/** What each of the ids is in this firm's case: the firm, or the collection holding it. Absent ids are left out. */
export async function recordKinds(db: Kysely<Database>, workspaceId: string, firmId: string, ids: readonly string[]): Promise<Map<string, RecordKind>> {
  const found = new Map<string, RecordKind>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const [first, ...rest] = COLLECTION_NAMES.map((name) =>
      collectionDb(db)
        .selectFrom(tableOf(name))
        .select([sql<string>`${sql.lit(name)}`.as('collection'), 'id'])
        .where('workspace_id', '=', workspaceId)
        .where('firm_id', '=', firmId)
        .where('id', 'in', chunk),
    );
    if (first === undefined) break;
    // The firm itself, when named, in the same statement (ids are unique across the case, firm included).
    // Typing boundary: the branch selects the same two text columns from firms, which the collection tables' view does not name.
    const firm = chunk.includes(firmId)
      ? [
          db
            .selectFrom('firms')
            .select([sql<string>`'firm'`.as('collection'), 'id'])
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', firmId) as unknown as typeof first,
        ]
      : [];
    const rows = await [...rest, ...firm].reduce((query, branch) => query.unionAll(branch), first).execute();
    for (const row of rows) {
      const kind: RecordKind | undefined = row.collection === 'firm' ? 'firm' : COLLECTION_NAMES.find((name) => name === row.collection);
      if (kind !== undefined && !found.has(row.id)) found.set(row.id, kind);
    }
  }
  return found;
}
