/**
 * Rebuilds the reference index of firms whose rows were built by older rules, or by none (a
 * database upgraded from before migration 0003): run by openStore, with current code.
 */
import { sql, type Kysely } from 'kysely';
import { caseReferenceRows, insertReferenceRows, REFERENCE_RULES_VERSION } from './case-references.js';
import type { Database } from './db-schema.js';
import { readCase } from './whole-case.js';

/** Rebuilds one firm's rows from its stored records and marks them current. */
async function rebuildFirm(db: Kysely<Database>, workspaceId: string, firmId: string): Promise<void> {
  // Lock the firm row and re-check under the lock: a process opening the store at the same time may have done it.
  const claimed = await db
    .updateTable('firms')
    .set({ references_version: sql<number>`references_version` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', firmId)
    .where('references_version', '<', REFERENCE_RULES_VERSION)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) return;
  const c = await readCase(db, workspaceId, firmId);
  if (c === undefined) return;
  await db.deleteFrom('case_references').where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId).execute();
  await insertReferenceRows(db, caseReferenceRows(workspaceId, c.caseFile));
  await db.updateTable('firms').set({ references_version: REFERENCE_RULES_VERSION }).where('workspace_id', '=', workspaceId).where('id', '=', firmId).execute();
}

/**
 * Builds the rows of every firm indexed by older rules or not at all (after an upgrade): one
 * transaction per firm, so another process opening the same database at once only repeats work.
 * Returns how many firms were indexed.
 */
export async function indexStaleFirms(db: Kysely<Database>): Promise<number> {
  const stale = await db.selectFrom('firms').select(['workspace_id', 'id']).where('references_version', '<', REFERENCE_RULES_VERSION).execute();
  for (const firm of stale) await db.transaction().execute((trx) => rebuildFirm(trx, firm.workspace_id, firm.id));
  return stale.length;
}
