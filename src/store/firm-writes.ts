/**
 * Writes of a whole case and of the firm row, each handing what it changed to the audit log: a
 * case put or deleted is logged whole (collection "case"), the firm record before and after
 * (collection "firm"). Run inside a transaction (CaseStore wraps them).
 */
import type { Kysely } from 'kysely';
import type { CaseFile } from '../core/case-file/index.js';
import type { Firm } from '../core/model/index.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../shared/errors.js';
import type { AuditItemInput } from './audit-log.js';
import { replaceReferencesOf } from './case-references.js';
import { firmExists, forgetTouched } from './case-records.js';
import { isUniqueViolation } from './db-errors.js';
import type { Database } from './db-schema.js';
import { storableJson } from './storable.js';
import type { StoreKind } from './types.js';
import { newRevision, readCase, refreshStatistics, writeCase } from './whole-case.js';

export type AuditLog = (items: AuditItemInput[]) => Promise<void>;

function firmConflict(workspaceId: string, firmId: string): ConflictError {
  return new ConflictError(`firm "${firmId}" exists already in workspace "${workspaceId}"; replace it explicitly or choose another firm id`, '/firm/id');
}

export async function putCase(
  db: Kysely<Database>,
  kind: StoreKind,
  log: AuditLog,
  workspaceId: string,
  caseFile: CaseFile,
  options: { replace: boolean },
  now: string,
): Promise<void> {
  const firmId = caseFile.firm.id;
  const workspace = await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
  if (workspace === undefined) throw new NotFoundError('workspace', workspaceId);
  let before: string | null = null;
  if (await firmExists(db, workspaceId, firmId)) {
    if (!options.replace) throw firmConflict(workspaceId, firmId);
    before = JSON.stringify((await readCase(db, workspaceId, firmId))?.caseFile ?? null);
    await db.deleteFrom('firms').where('workspace_id', '=', workspaceId).where('id', '=', firmId).execute();
  }
  try {
    await writeCase(db, workspaceId, caseFile, now);
  } catch (err) {
    // Another writer created the same firm between our check and our insert.
    if (isUniqueViolation(err)) throw firmConflict(workspaceId, firmId);
    throw err;
  }
  if (kind !== 'sqlite') await refreshStatistics(db, caseFile);
  await log([{ workspaceId, firmId, collection: 'case', recordId: firmId, before, after: JSON.stringify(caseFile), versionAfter: null }]);
}

export async function deleteFirm(db: Kysely<Database>, log: AuditLog, workspaceId: string, firmId: string): Promise<void> {
  const stored = await readCase(db, workspaceId, firmId);
  if (stored === undefined) throw new NotFoundError('firm', firmId);
  // Records and their reference rows go with the firm through ON DELETE CASCADE.
  await db.deleteFrom('firms').where('workspace_id', '=', workspaceId).where('id', '=', firmId).execute();
  forgetTouched(db, workspaceId, firmId);
  await log([{ workspaceId, firmId, collection: 'case', recordId: firmId, before: JSON.stringify(stored.caseFile), after: null, versionAfter: null }]);
}

export async function updateFirm(db: Kysely<Database>, log: AuditLog, workspaceId: string, firm: Firm, expectedVersion: number, now: string): Promise<number> {
  const current = await db
    .selectFrom('firms')
    .select(['record', 'version'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', firm.id)
    .executeTakeFirst();
  if (current === undefined) throw new NotFoundError('firm', firm.id);
  const next = expectedVersion + 1;
  const after = storableJson(firm, '');
  const result = await db
    .updateTable('firms')
    .set({ name: firm.name, country: firm.countryOfOrigin, record: after, version: next, updated_at: now, revision: newRevision() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', firm.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const latest = await db.selectFrom('firms').select('version').where('workspace_id', '=', workspaceId).where('id', '=', firm.id).executeTakeFirst();
    if (latest === undefined) throw new NotFoundError('firm', firm.id);
    throw new StaleVersionError('firm', firm.id, expectedVersion, Number(latest.version));
  }
  await replaceReferencesOf(db, workspaceId, firm.id, 'firm', firm);
  await log([{ workspaceId, firmId: firm.id, collection: 'firm', recordId: firm.id, before: current.record, after, versionAfter: next }]);
  return next;
}
