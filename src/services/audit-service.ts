/**
 * The audit log's use cases: list and read changes, and undo one. Undo writes every "before" of a
 * change back, newest item first, in one transaction, and only when nothing has happened since that
 * depends on it: each record must still be exactly as the change left it (its version, or for a
 * whole case its contents), a record the undo removes must not be referred to by another, and the
 * case must pass every rule afterwards. The undo is itself a change in the log, linked both ways.
 * A change of a membership is refused: a member's role is set again instead; so is a restore: an
 * earlier backup is restored instead.
 */
import { isDeepStrictEqual } from 'node:util';
import { COLLECTION_NAMES, RECORD_NOUN, type CollectionName } from '../core/case-file/collections.js';
import { validateCaseValue, type CaseFile } from '../core/case-file/index.js';
import type { Firm } from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { MEMBERS, RESTORES } from '../store/audit-log.js';
import type { AuditChange, AuditChangeFilter, AuditItem, AuditItemSummary, CaseStore, CollectionRecord, Versioned } from '../store/types.js';

export const DEFAULT_AUDIT_LIMIT = 50;
export const MAX_AUDIT_LIMIT = 500;

export function listAudit(store: CaseStore, workspaceId: string, filter: Partial<AuditChangeFilter>): Promise<AuditChange[]> {
  const limit = Math.min(Math.max(1, filter.limit ?? DEFAULT_AUDIT_LIMIT), MAX_AUDIT_LIMIT);
  return store.audit.list(workspaceId, { ...filter, limit });
}

export async function auditChange(store: CaseStore, workspaceId: string, changeId: string): Promise<AuditChange & { items: AuditItem[] }> {
  const change = await store.audit.get(workspaceId, changeId);
  if (change === undefined) throw new NotFoundError('change', changeId);
  return change;
}

/** A record an erasure replaced in the log by its id alone (services/privacy-service.ts). */
function isErased(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['erased'] === true;
}

function isCollection(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name);
}

/** The record in words: "challenge rating", "the case of firm", "firm". */
function whatOf(item: AuditItem): string {
  if (item.collection === 'case') return 'the case of firm';
  return isCollection(item.collection) ? RECORD_NOUN[item.collection] : item.collection;
}

function changedSince(item: AuditItem): ConflictError {
  return new ConflictError(`${whatOf(item)} "${item.recordId}" has changed since; undo the later changes first, or change it by hand`);
}

/**
 * The record is still as the change left it: at the version the change gave it or, when later
 * changes to it were undone since (each undo moves the version on), with the same contents.
 */
function asLeft(current: Versioned<unknown> | undefined, item: AuditItem): current is Versioned<unknown> {
  return current !== undefined && (current.version === item.versionAfter || isDeepStrictEqual(current.record, item.after));
}

function firmGone(firmId: string): ConflictError {
  return new ConflictError(`firm "${firmId}" has been deleted since; undo its deletion first`);
}

/**
 * A case as JSON with each collection in id order, for comparing contents: a deleted record that an
 * undo brings back comes last, and the order of records is nothing a later change could depend on.
 */
function caseContents(value: unknown): unknown {
  // Trust boundary: a CaseFile, or its JSON as the log keeps it.
  const json = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const name of COLLECTION_NAMES) {
    const list = json[name];
    if (Array.isArray(list)) (list as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return json;
}

/** A record of one firm's case, as a key: ids are unique within a case. */
const recordKey = (firmId: string, id: string): string => `${firmId}\u0000${id}`;

/**
 * Writes one item's "before" back, after checking that the record is still as the change left it.
 * `ownRecords` are the records the change itself wrote: one of them referring to a record the undo
 * removes is no later dependency (the undo puts it back as it was too; the final check catches the rest).
 */
async function undoItem(tx: CaseStore, workspaceId: string, item: AuditItem, ownRecords: ReadonlySet<string>): Promise<void> {
  if (isErased(item.before) || isErased(item.after)) {
    throw new ConflictError(`${item.collection} "${item.recordId}" was erased as personal data; an erasure is not undone`);
  }
  const { firmId } = item;
  if (item.collection === 'case') {
    const current = await tx.getCase(workspaceId, firmId);
    if (item.after === null) {
      if (current !== undefined) throw new ConflictError(`a firm "${firmId}" exists again; delete or rename it before undoing its deletion`);
    } else if (current === undefined || !isDeepStrictEqual(caseContents(current), caseContents(item.after))) {
      throw changedSince(item);
    }
    if (item.before === null) await tx.deleteFirm(workspaceId, firmId);
    else await tx.putCase(workspaceId, item.before as CaseFile, { replace: current !== undefined });
    return;
  }
  if (item.collection === 'firm') {
    const current = await tx.getFirm(workspaceId, firmId);
    if (current === undefined) throw firmGone(firmId);
    if (!asLeft(current, item)) throw changedSince(item);
    await tx.updateFirm(workspaceId, item.before as Firm, current.version);
    return;
  }
  if (!isCollection(item.collection)) throw new ConflictError(`this change touched "${item.collection}", which this version of Foothold cannot undo`);
  const collection = item.collection;
  const current = await tx.getRecord(workspaceId, firmId, collection, item.recordId);
  if (item.kind === 'delete') {
    const holder = (await tx.recordKinds(workspaceId, firmId, [item.recordId])).get(item.recordId);
    if (holder !== undefined) throw new ConflictError(`id "${item.recordId}" is used again (in ${holder}); undoing its deletion would clash`);
    if (!(await tx.firmExists(workspaceId, firmId))) throw firmGone(firmId);
    await tx.insertRecord(workspaceId, firmId, collection, item.before as CollectionRecord<typeof collection>);
    return;
  }
  if (!asLeft(current, item)) throw changedSince(item);
  if (item.kind === 'update') {
    await tx.updateRecord(workspaceId, firmId, collection, item.before as CollectionRecord<typeof collection>, current.version);
    return;
  }
  const referrers = (await tx.referrersOf(workspaceId, firmId, item.recordId)).filter((r) => !ownRecords.has(recordKey(firmId, r.id)));
  if (referrers.length > 0) {
    const names = referrers.slice(0, 3).map((r) => `${r.collection} "${r.id}"`);
    throw new ConflictError(
      `${collection} "${item.recordId}" is referred to by ${names.join(', ')}${referrers.length > 3 ? ` and ${referrers.length - 3} more` : ''}, added later; undo or change those first`,
    );
  }
  await tx.deleteRecord(workspaceId, firmId, collection, item.recordId, current.version);
}

/**
 * A membership is not put back by an undo: who may do what is set by an owner, on purpose, with the
 * rule that a workspace keeps an owner; setting the role again says so, an undo would not.
 */
function membershipNotUndone(workspaceId: string, changeId: string, item: AuditItemSummary): ConflictError {
  const who = item.member?.email ?? item.recordId;
  return new ConflictError(
    `change ${changeId} changed the membership of ${who}, and a membership change is not undone: set the role again on the Members page ` +
      `(or with foothold user add ${who} --workspace ${workspaceId} --role <role>), or remove the member there`,
  );
}

/**
 * A restore is not undone: it replaced the whole store, every workspace at once, and what it
 * replaced is in no log; the way back is a backup taken before it.
 */
function restoreNotUndone(_workspaceId: string, changeId: string, item: AuditItemSummary): ConflictError {
  const what = item.restore === undefined ? `a backup (${item.recordId})` : `${item.restore.file} (taken ${item.restore.takenAt})`;
  return new ConflictError(
    `change ${changeId} restored ${what}, and a restore is not undone: restore an earlier backup in its place (foothold restore OLDER-BACKUP --replace)`,
  );
}

/** The items of the workspace an undo does not put back, by collection, with the refusal that says what to do instead. */
const NOT_UNDONE: ReadonlyMap<string, (workspaceId: string, changeId: string, item: AuditItemSummary) => ConflictError> = new Map([
  [MEMBERS, membershipNotUndone],
  [RESTORES, restoreNotUndone],
]);

/** Undoes a change; answers the id of the change the undo made. */
export async function undoChange(store: CaseStore, workspaceId: string, changeId: string): Promise<{ undoneChange: string; undoChange: string }> {
  return store.transaction(async (tx) => {
    const change = await auditChange(tx, workspaceId, changeId);
    if (change.undoneBy !== null) throw new ConflictError(`change ${changeId} was undone already, by ${change.undoneBy}`);
    for (const item of change.items) {
      const refusal = NOT_UNDONE.get(item.collection);
      if (refusal !== undefined) throw refusal(workspaceId, changeId, item);
    }
    const firms = new Set<string>();
    const ownRecords = new Set(change.items.map((item) => recordKey(item.firmId, item.recordId)));
    for (const item of [...change.items].reverse()) {
      firms.add(item.firmId);
      await undoItem(tx, workspaceId, item, ownRecords);
    }
    // Whatever the undo left must still be a valid case: no reference to a record that is gone.
    for (const firmId of firms) {
      const caseFile = await tx.getCase(workspaceId, firmId);
      if (caseFile === undefined) continue;
      const checked = validateCaseValue(JSON.parse(JSON.stringify(caseFile)));
      if (!checked.ok) {
        throw new ValidationError(
          checked.problems.map((p) => ({ ...p, message: `after the undo, ${p.message}` })),
          `undoing change ${changeId} would leave the case of firm "${firmId}" broken: ${checked.problems[0]?.message ?? ''}; undo or change the later records first`,
        );
      }
    }
    const own = await tx.audit.linkUndo(changeId);
    if (own === undefined) throw new ConflictError(`change ${changeId} changed nothing that could be undone`);
    return { undoneChange: changeId, undoChange: own };
  });
}
