/**
 * The audit log in words: what a change did ("updated tie t-1 of company-a", "imported case
 * company-b", "ann@example.org became analyst", "restored from nightly.backup.gz, taken …",
 * "+3 more") and by whom, from the change as GET …/audit answers it (when: momentText in lib/format.ts).
 */
import { RECORD_NOUN, type CollectionName } from '../../../core/case-file/collections';
import type { Schemas } from '../../lib/api';
import { momentText } from '../../lib/format';

export type AuditChange = Schemas['AuditChange'];
export type AuditChangeDetail = Schemas['AuditChangeDetail'];
export type AuditItem = AuditChange['items'][number];
export type AuditItemDetail = AuditChangeDetail['items'][number];

const VERBS: Readonly<Record<AuditItem['kind'], string>> = { insert: 'added', update: 'updated', delete: 'deleted' };

function noun(collection: string): string {
  return collection in RECORD_NOUN ? RECORD_NOUN[collection as CollectionName] : collection;
}

/** The collection of a membership of the workspace: it has no firm, its record id is the account's. */
export const MEMBERS = 'members';

/** A membership without its e-mail and role (not one this version wrote): by the account's id. */
const MEMBER_VERBS: Readonly<Record<AuditItem['kind'], string>> = { insert: 'added member', update: 'changed the role of member', delete: 'removed member' };

/** A membership added, changed or removed, by the member's e-mail and role (the role they had, for a removal). */
function memberText(item: Pick<AuditItem, 'recordId' | 'kind' | 'member'>): string {
  const { member } = item;
  if (member === undefined) return `${MEMBER_VERBS[item.kind]} ${item.recordId}`;
  if (item.kind === 'insert') return `${member.email} was added as ${member.role}`;
  if (item.kind === 'delete') return `${member.email} (${member.role}) was removed`;
  return `${member.email} became ${member.role}`;
}

/** The collection of a restore of a backup: no firm, its record id is when the backup was taken; one change in each workspace restored. */
export const RESTORES = 'restores';

/** A restore, by the backup's file, when and by which Foothold it was taken, and the rows written; by its record id when the item has no words. */
function restoreText(item: Pick<AuditItem, 'recordId' | 'restore'>): string {
  const { restore } = item;
  if (restore === undefined) return `restored a backup (${item.recordId})`;
  const rows = `${restore.rows.toLocaleString('en')} row${restore.rows === 1 ? '' : 's'}`;
  return `restored from ${restore.file}, taken ${momentText(restore.takenAt)} by Foothold ${restore.foothold}, ${rows}`;
}

/** What one item of a change did, in words. */
export function itemText(item: Pick<AuditItem, 'firmId' | 'collection' | 'recordId' | 'kind' | 'member' | 'restore'>): string {
  if (item.collection === MEMBERS) return memberText(item);
  if (item.collection === RESTORES) return restoreText(item);
  if (item.collection === 'case') {
    if (item.kind === 'insert') return `imported case ${item.firmId}`;
    if (item.kind === 'update') return `replaced case ${item.firmId}`;
    return `deleted firm ${item.firmId} with its case`;
  }
  if (item.collection === 'firm') return `${VERBS[item.kind]} the firm record of ${item.firmId}`;
  return `${VERBS[item.kind]} ${noun(item.collection)} ${item.recordId} of ${item.firmId}`;
}

/** How many items a row of the table names; the rest are counted ("+3 more"). */
export const ITEMS_SHOWN = 2;

/** The first items of a change in words, and how many more it has (itemCount counts them all, the list holds at most 20). */
export function changeWhat(change: Pick<AuditChange, 'items' | 'itemCount'>): { items: string[]; more: number } {
  const items = change.items.slice(0, ITEMS_SHOWN).map(itemText);
  return { items, more: Math.max(0, change.itemCount - items.length) };
}

/** "+3 more", or nothing. */
export function moreText(more: number): string {
  return more === 0 ? '' : `+${more} more`;
}

/** Who made a change, in words: an account's e-mail as it is, the command line and the single-user mode said so. */
export function actorText(actor: string): string {
  if (actor.startsWith('cli:')) return `${actor.slice(4)} (command line)`;
  if (actor === 'local') return 'local user (no login)';
  return actor;
}

/** The people a filter can choose: each account that made one of the changes seen, by e-mail, once. */
export function peopleOf(changes: readonly Pick<AuditChange, 'userId' | 'actor'>[]): { userId: string; actor: string }[] {
  const people = new Map<string, string>();
  for (const c of changes) if (c.userId !== null && !people.has(c.userId)) people.set(c.userId, c.actor);
  return [...people].map(([userId, actor]) => ({ userId, actor })).sort((a, b) => a.actor.localeCompare(b.actor));
}
