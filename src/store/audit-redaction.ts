/**
 * Reading and rewriting the audit items that mention someone (issue 13, GDPR export and erasure):
 * the items of one firm whose record id, before or after holds one of a few texts, found by SQL
 * LIKE on the stored JSON with the case of ASCII letters ignored on every dialect (an address spells
 * a name in any case: "…/aibek-asanov") and read in pages, so that a firm with a large log is never
 * loaded whole. The caller checks each item found exactly. What to find and what an item
 * becomes is decided by the caller (core/privacy/redact-audit.ts); this file only reads and writes.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import type { AuditItem } from './types.js';

/** An audit item with the change it belongs to. */
export interface AuditItemInChange extends AuditItem {
  changeId: string;
  at: string;
  actor: string;
  userId: string | null;
}

/** How an erasure rewrites the audit log (core/privacy/redact-audit.ts makes one). */
export interface AuditRedaction {
  /** Texts of which every item to rewrite holds one; "all" to read every item of the firm. */
  needles: readonly string[] | 'all';
  /** The value an item's before or after (parsed JSON, never null) becomes; undefined to keep it. */
  redact(collection: string, recordId: string, value: unknown): unknown;
}

/** Items read per statement. */
const PAGE = 500;

/** A text as it is spelt inside stored JSON, escaped for LIKE (with "\" as the escape character). */
function likePattern(text: string): string {
  return `%${JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\\%_]/g, '\\$&')}%`;
}

type ItemsBuilder = ExpressionBuilder<Database, 'audit_items'>;

function mentioning(eb: ItemsBuilder, needles: readonly string[]) {
  return eb.or(
    needles.flatMap((needle) => {
      const pattern = likePattern(needle);
      return [
        eb('audit_items.record_id', '=', needle),
        sql<boolean>`lower(${sql.ref('audit_items.before')}) like lower(${pattern}) escape '\\'`,
        sql<boolean>`lower(${sql.ref('audit_items.after')}) like lower(${pattern}) escape '\\'`,
      ];
    }),
  );
}

interface Cursor {
  changeId: string;
  seq: number;
}

/** One page of the firm's items after `cursor` that mention a needle, oldest first. */
async function page(db: Kysely<Database>, workspaceId: string, firmId: string, needles: readonly string[] | 'all', cursor: Cursor | undefined) {
  let query = db
    .selectFrom('audit_items')
    .innerJoin('audit_changes', 'audit_changes.id', 'audit_items.change_id')
    .select([
      'audit_items.change_id',
      'audit_items.seq',
      'audit_items.collection',
      'audit_items.record_id',
      'audit_items.before',
      'audit_items.after',
      'audit_items.version_after',
      'audit_changes.at',
      'audit_changes.actor',
      'audit_changes.user_id',
    ])
    .where('audit_items.workspace_id', '=', workspaceId)
    .where('audit_items.firm_id', '=', firmId);
  if (needles !== 'all') {
    if (needles.length === 0) return [];
    query = query.where((eb) => mentioning(eb as unknown as ItemsBuilder, needles));
  }
  if (cursor !== undefined) {
    const { changeId, seq } = cursor;
    query = query.where((eb) =>
      eb.or([eb('audit_items.change_id', '>', changeId), eb.and([eb('audit_items.change_id', '=', changeId), eb('audit_items.seq', '>', seq)])]),
    );
  }
  return query.orderBy('audit_items.change_id').orderBy('audit_items.seq').limit(PAGE).execute();
}

type Row = Awaited<ReturnType<typeof page>>[number];

/** Calls `fn` with every item of the firm that mentions a needle, page by page, oldest first. */
async function eachItem(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  needles: readonly string[] | 'all',
  fn: (row: Row) => Promise<void> | void,
): Promise<void> {
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await page(db, workspaceId, firmId, needles, cursor);
    for (const row of rows) await fn(row);
    const last = rows.at(-1);
    if (rows.length < PAGE || last === undefined) return;
    cursor = { changeId: last.change_id, seq: Number(last.seq) };
  }
}

// Trust boundary: before and after were written by this store as JSON of records.
const parsed = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

/** The firm's items whose record id, before or after holds one of `needles` ("all": every item), with their changes, oldest first. */
export async function findAuditItems(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  needles: readonly string[] | 'all',
): Promise<AuditItemInChange[]> {
  const found: AuditItemInChange[] = [];
  await eachItem(db, workspaceId, firmId, needles, (row) => {
    found.push({
      changeId: row.change_id,
      at: row.at,
      actor: row.actor,
      userId: row.user_id,
      firmId,
      collection: row.collection,
      recordId: row.record_id,
      kind: row.before === null ? 'insert' : row.after === null ? 'delete' : 'update',
      before: parsed(row.before),
      after: parsed(row.after),
      versionAfter: row.version_after === null ? null : Number(row.version_after),
    });
  });
  return found;
}

/** Rewrites the before and after of the firm's items as `redaction` says; answers how many items it changed. */
export async function redactAuditItems(db: Kysely<Database>, workspaceId: string, firmId: string, redaction: AuditRedaction): Promise<number> {
  let changed = 0;
  // The pages follow (change_id, seq), not the contents, so rewriting an item as it is read moves nothing.
  await eachItem(db, workspaceId, firmId, redaction.needles, async (row) => {
    const rewrite = (json: string | null) => {
      if (json === null) return json;
      const next = redaction.redact(row.collection, row.record_id, parsed(json));
      return next === undefined ? json : JSON.stringify(next);
    };
    const before = rewrite(row.before);
    const after = rewrite(row.after);
    if (before === row.before && after === row.after) return;
    changed++;
    await db.updateTable('audit_items').set({ before, after }).where('change_id', '=', row.change_id).where('seq', '=', row.seq).execute();
  });
  return changed;
}
