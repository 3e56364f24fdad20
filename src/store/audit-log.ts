/**
 * The audit log's SQL (migration 0008). Writers call `appendAuditItems` inside the transaction that
 * makes the change: the first item of a transaction creates its change row (who and when, from
 * shared/acting-user.ts), later ones join it, so one transaction — one user action — is one change.
 * Besides the records of cases, the log keeps items of the workspace itself (no firm): its
 * memberships (MEMBERS) and the restores of backups into it (RESTORES).
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { actingUser } from '../shared/acting-user.js';
import { findAuditItems, redactAuditItems } from './audit-redaction.js';
import type { Database } from './db-schema.js';
import type { AuditChange, AuditChangeFilter, AuditItem, AuditItemKind, AuditItemSummary, AuditStore, RestoredBackup } from './types.js';

/** What a transaction has written to the log so far. */
export interface AuditState {
  changeId?: string;
  seq: number;
  /** A change id the new change's id must sort after (a restore's: the newest the log holds, which another clock may have stamped). */
  sortsAfter?: string;
}

/** One record before and after, as the writers hand it over (JSON text, or null when absent). */
export interface AuditItemInput {
  workspaceId: string;
  firmId: string;
  collection: string;
  recordId: string;
  before: string | null;
  after: string | null;
  versionAfter: number | null;
}

/**
 * The collection of a membership's items (store/account-store.ts writes them): the record id is the
 * account's id, before and after are `{ "email", "role" }`, or null when it was added or removed.
 */
export const MEMBERS = 'members';
/**
 * The collection of a restore's item (recordRestore writes one in each restored workspace): the
 * record id is when the backup was taken, before is null, after is a RestoredBackup.
 */
export const RESTORES = 'restores';
/** The firm id of an item that belongs to the workspace rather than to a firm (a membership, a restore). */
export const NO_FIRM = '';
/** The collections whose items a listing names in words, read from their (small) JSON. */
const WORDED = [MEMBERS, RESTORES];

/** A membership as the log keeps it. */
export interface MemberState {
  email: string;
  role: string;
}

/** An item's JSON as an object; undefined for null, for JSON that is no object, and for text that is no JSON (a listing still lists the item). */
function objectOf(json: string | null): Record<string, unknown> | undefined {
  if (json === null) return undefined;
  try {
    // Trust boundary: written by this store (account-store.ts, recordRestore), checked field by field below.
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function memberOf({ email, role }: Record<string, unknown>): MemberState | undefined {
  return typeof email === 'string' && typeof role === 'string' ? { email, role } : undefined;
}

function restoreOf({ file, takenAt, foothold, rows }: Record<string, unknown>): RestoredBackup | undefined {
  const whole = typeof rows === 'number' && Number.isSafeInteger(rows) && rows >= 0;
  return typeof file === 'string' && typeof takenAt === 'string' && typeof foothold === 'string' && whole ? { file, takenAt, foothold, rows } : undefined;
}

/**
 * What an item of the workspace says in words, from its JSON after the change (before it, for a
 * removal): the member of a membership, the backup of a restore; nothing for the items of cases,
 * nor for JSON that is not what its collection writes.
 */
function wordsOf(collection: string, json: string | null): Pick<AuditItemSummary, 'member' | 'restore'> {
  const value = WORDED.includes(collection) ? objectOf(json) : undefined;
  if (value === undefined) return {};
  const member = collection === MEMBERS ? memberOf(value) : undefined;
  if (member !== undefined) return { member };
  const restore = collection === RESTORES ? restoreOf(value) : undefined;
  return restore === undefined ? {} : { restore };
}

/** Rows per INSERT of items: 9 parameters each, far below every dialect's limit. */
const ITEMS_PER_STATEMENT = 500;
/** Items listed per change in a listing; the detail has them all. */
export const LISTED_ITEMS = 20;

/** The last change id this process made: its millisecond and its count within that millisecond. */
let lastStamp = { ms: Number.NEGATIVE_INFINITY, count: 0 };

/** The millisecond and count of a change id; undefined for an id not made by newChangeId. */
function stampOf(id: string): { ms: number; count: number } | undefined {
  const match = /^chg-(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})-([0-9a-f]{4})/.exec(id);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, milli, count] = match;
  const ms = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${milli}Z`);
  return Number.isNaN(ms) ? undefined : { ms, count: parseInt(count!, 16) };
}

/**
 * Sortable and unique: the time to the millisecond (17 digits), a count, then randomness. Listings
 * order by id, so within one process each id is greater than the last even when two changes share
 * a millisecond, the clock is fixed or steps back; randomness keeps two processes' ids apart.
 * Given `sortsAfter`, the id (and every later one of this process) is greater than that one too.
 */
export function newChangeId(at: string, sortsAfter?: string): string {
  const floor = sortsAfter === undefined ? undefined : stampOf(sortsAfter);
  if (floor !== undefined && (floor.ms > lastStamp.ms || (floor.ms === lastStamp.ms && floor.count > lastStamp.count))) lastStamp = floor;
  const parsed = Date.parse(at);
  let ms = Number.isNaN(parsed) ? Date.now() : parsed;
  let count = 0;
  if (ms <= lastStamp.ms) {
    ms = lastStamp.ms;
    count = lastStamp.count + 1;
    if (count > 0xffff) {
      ms += 1;
      count = 0;
    }
  }
  lastStamp = { ms, count };
  const stamp = new Date(ms).toISOString().replace(/[^0-9]/g, '');
  return `chg-${stamp}-${count.toString(16).padStart(4, '0')}${randomBytes(3).toString('hex')}`;
}

export async function appendAuditItems(db: Kysely<Database>, state: AuditState, items: readonly AuditItemInput[], now: string): Promise<void> {
  const first = items[0];
  if (first === undefined) return;
  if (state.changeId === undefined) {
    const user = actingUser();
    const id = newChangeId(now, state.sortsAfter);
    await db
      .insertInto('audit_changes')
      .values({ id, workspace_id: first.workspaceId, at: now, user_id: user.userId, actor: user.label, undo_of: null, undone_by: null })
      .execute();
    state.changeId = id;
  }
  const changeId = state.changeId;
  for (let start = 0; start < items.length; start += ITEMS_PER_STATEMENT) {
    const rows = items.slice(start, start + ITEMS_PER_STATEMENT).map((item) => ({
      change_id: changeId,
      seq: state.seq++,
      workspace_id: item.workspaceId,
      firm_id: item.firmId,
      collection: item.collection,
      record_id: item.recordId,
      before: item.before,
      after: item.after,
      version_after: item.versionAfter,
    }));
    await db.insertInto('audit_items').values(rows).execute();
  }
}

function kindOf(row: { before_absent: unknown; after_absent: unknown }): AuditItemKind {
  if (Number(row.before_absent) === 1 || row.before_absent === true) return 'insert';
  if (Number(row.after_absent) === 1 || row.after_absent === true) return 'delete';
  return 'update';
}

type ChangeRow = Database['audit_changes'];

function changeOf(row: ChangeRow, items: AuditItemSummary[], itemCount: number): AuditChange {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    at: row.at,
    userId: row.user_id,
    actor: row.actor,
    undoOf: row.undo_of,
    undoneBy: row.undone_by,
    itemCount,
    items,
  };
}

/** The workspace's changes, newest first, each with its first LISTED_ITEMS items (without before and after). */
export async function listAuditChanges(db: Kysely<Database>, workspaceId: string, filter: AuditChangeFilter): Promise<AuditChange[]> {
  let query = db.selectFrom('audit_changes').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  if (filter.firmId !== undefined) {
    const firmId = filter.firmId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('audit_items').select('change_id').where('workspace_id', '=', workspaceId).where('firm_id', '=', firmId),
    );
  }
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const itemRows = await db
    .selectFrom('audit_items')
    .select(['change_id', 'seq', 'firm_id', 'collection', 'record_id'])
    .select((eb) => [eb('before', 'is', null).as('before_absent'), eb('after', 'is', null).as('after_absent')])
    // A membership or a restore is named in the listing too (its JSON is small); the records of cases are not read here.
    .select(
      sql<string | null>`case when ${sql.ref('collection')} in (${sql.join(WORDED)}) then coalesce(${sql.ref('after')}, ${sql.ref('before')}) end`.as('words'),
    )
    .where('change_id', 'in', ids)
    .where('seq', '<', LISTED_ITEMS)
    .orderBy('change_id')
    .orderBy('seq')
    .execute();
  const counts = await db
    .selectFrom('audit_items')
    .select('change_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('change_id', 'in', ids)
    .groupBy('change_id')
    .execute();
  const countOf = new Map(counts.map((c) => [c.change_id, Number(c.n)]));
  return rows.map((row) =>
    changeOf(
      row,
      itemRows
        .filter((i) => i.change_id === row.id)
        .map((i) => ({ firmId: i.firm_id, collection: i.collection, recordId: i.record_id, kind: kindOf(i), ...wordsOf(i.collection, i.words) })),
      countOf.get(row.id) ?? 0,
    ),
  );
}

/** One change with every item, before and after parsed; undefined when the workspace has no such change. */
export async function getAuditChange(db: Kysely<Database>, workspaceId: string, changeId: string): Promise<(AuditChange & { items: AuditItem[] }) | undefined> {
  const row = await db.selectFrom('audit_changes').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', changeId).executeTakeFirst();
  if (row === undefined) return undefined;
  const items = await db.selectFrom('audit_items').selectAll().where('change_id', '=', changeId).orderBy('seq').execute();
  const full = items.map((i): AuditItem => ({
    firmId: i.firm_id,
    collection: i.collection,
    recordId: i.record_id,
    kind: i.before === null ? 'insert' : i.after === null ? 'delete' : 'update',
    ...wordsOf(i.collection, i.after ?? i.before),
    // Trust boundary: written by this store as JSON of validated records.
    before: i.before === null ? null : (JSON.parse(i.before) as unknown),
    after: i.after === null ? null : (JSON.parse(i.after) as unknown),
    versionAfter: i.version_after === null ? null : Number(i.version_after),
  }));
  return { ...changeOf(row, [], full.length), items: full };
}

/** Links an undo to the change it undid, both ways. */
async function linkUndo(db: Kysely<Database>, undoneId: string, undoId: string): Promise<void> {
  await db.updateTable('audit_changes').set({ undone_by: undoId }).where('id', '=', undoneId).execute();
  await db.updateTable('audit_changes').set({ undo_of: undoneId }).where('id', '=', undoId).execute();
}

/**
 * A change of its own (never the transaction's: one restore makes one in each workspace) with the
 * restore's one item, after every change the log holds: the restored rows' ids were stamped by
 * other clocks, which may run ahead of this one.
 */
async function recordRestore(db: Kysely<Database>, workspaceId: string, restore: RestoredBackup, now: string): Promise<string> {
  const newest = await db
    .selectFrom('audit_changes')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const state: AuditState = { seq: 0, ...(typeof newest?.id === 'string' ? { sortsAfter: newest.id } : {}) };
  const { file, takenAt, foothold, rows } = restore;
  const after = JSON.stringify({ file, takenAt, foothold, rows });
  await appendAuditItems(db, state, [{ workspaceId, firmId: NO_FIRM, collection: RESTORES, recordId: takenAt, before: null, after, versionAfter: null }], now);
  return state.changeId!;
}

/** Runs fn in the caller's transaction (or a new one) with the id of the change that transaction has written so far, and the store's time now. */
export type InOwnChange = <T>(fn: (db: Kysely<Database>, changeId: string | undefined, now: string) => Promise<T>) => Promise<T>;

export function createAuditStore(db: () => Kysely<Database>, inOwnChange: InOwnChange): AuditStore {
  return {
    list: (workspaceId, filter) => listAuditChanges(db(), workspaceId, filter),
    get: (workspaceId, changeId) => getAuditChange(db(), workspaceId, changeId),
    linkUndo: (undoneChangeId) =>
      inOwnChange(async (trx, own) => {
        if (own !== undefined) await linkUndo(trx, undoneChangeId, own);
        return own;
      }),
    recordRestore: (workspaceId, restore) => inOwnChange((trx, _own, now) => recordRestore(trx, workspaceId, restore, now)),
    findItems: (workspaceId, firmId, needles) => findAuditItems(db(), workspaceId, firmId, needles),
    // In a transaction of its own when the caller has none: an erasure's log is rewritten whole or not at all.
    redactItems: (workspaceId, firmId, redaction) => inOwnChange((trx) => redactAuditItems(trx, workspaceId, firmId, redaction)),
  };
}
