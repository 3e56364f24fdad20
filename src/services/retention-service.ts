/**
 * Retention of imported contacts (issue 13, GDPR storage limitation): the workspace's setting, and
 * the purge that removes the imported contacts nobody used once their last import is older than it
 * (the rules are in core/privacy/contact-retention.ts). A purge removes the contacts and their
 * import ties from every firm, and leaves only `{ "id", "erased": true }` of them in the audit log,
 * in ONE transaction; a dry run writes nothing.
 */
import { daysBefore, planContactPurge, type KeptContact } from '../core/privacy/contact-retention.js';
import { auditRedactor } from '../core/privacy/redact-audit.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';

/** The longest retention period that can be set: about a hundred years. */
export const MAX_RETENTION_DAYS = 36_500;

export interface RetentionView {
  workspace: string;
  /** Days an imported contact is kept after its last import; null: until removed by hand. */
  contactsDays: number | null;
  /** When it was last set; null when never. */
  updatedAt: string | null;
}

async function requireWorkspace(store: CaseStore, workspaceId: string): Promise<void> {
  if (!(await store.listWorkspaces()).some((w) => w.id === workspaceId)) throw new NotFoundError('workspace', workspaceId);
}

export async function readRetention(store: CaseStore, workspaceId: string): Promise<RetentionView> {
  await requireWorkspace(store, workspaceId);
  const settings = await store.retention.get(workspaceId);
  return { workspace: workspaceId, contactsDays: settings?.contactsDays ?? null, updatedAt: settings?.updatedAt ?? null };
}

/**
 * Sets how many days imported contacts are kept (null: until removed by hand).
 *
 * @throws ValidationError for a period that is not a whole number from 1 to MAX_RETENTION_DAYS; NotFoundError for no such workspace.
 */
export async function setRetention(store: CaseStore, workspaceId: string, contactsDays: number | null, now: Date): Promise<RetentionView> {
  if (contactsDays !== null && (!Number.isInteger(contactsDays) || contactsDays < 1 || contactsDays > MAX_RETENTION_DAYS)) {
    throw new ValidationError([{ pointer: '/contactsDays', message: `expected a whole number of days from 1 to ${MAX_RETENTION_DAYS}, got ${contactsDays}` }]);
  }
  await store.retention.set(workspaceId, { contactsDays }, now.toISOString());
  return readRetention(store, workspaceId);
}

export interface PurgedFirm {
  firmId: string;
  purged: { id: string; name: string; lastImported: string }[];
  tiesRemoved: number;
  /** Contacts past the cutoff that stay, and why. */
  kept: KeptContact[];
  /** Audit items rewritten (0 on a dry run). */
  auditItems: number;
}

export interface PurgeResult {
  dryRun: boolean;
  workspace: string;
  contactsDays: number;
  /** Contacts last imported before this day (YYYY-MM-DD) go. */
  cutoff: string;
  firms: PurgedFirm[];
}

/**
 * Removes the workspace's imported contacts older than its setting that nothing else uses (on a
 * dry run, only says which).
 *
 * @throws ValidationError when the workspace has no retention period for contacts.
 */
export async function purgeContacts(store: CaseStore, workspaceId: string, options: { now: Date; dryRun?: boolean }): Promise<PurgeResult> {
  const { contactsDays } = await readRetention(store, workspaceId);
  if (contactsDays === null) {
    throw new ValidationError([
      {
        pointer: '/contactsDays',
        message: `workspace "${workspaceId}" keeps imported contacts until they are removed by hand; set a retention period for contacts first`,
      },
    ]);
  }
  const settings = { today: options.now.toISOString().slice(0, 10), days: contactsDays };
  const dryRun = options.dryRun === true;
  const purge = async (tx: CaseStore): Promise<PurgedFirm[]> => {
    const done: PurgedFirm[] = [];
    for (const firm of await tx.listFirms(workspaceId)) {
      const read = async () => {
        const c = await tx.getCase(workspaceId, firm.id);
        return c === undefined ? undefined : planContactPurge(c, settings);
      };
      let plan = await read();
      if (!dryRun && plan !== undefined && plan.purge.length > 0) {
        // Locked, then read and planned again: what is removed is what the case holds now.
        await tx.touchCase(workspaceId, firm.id);
        plan = await read();
      }
      if (plan === undefined || (plan.purge.length === 0 && plan.kept.length === 0)) continue;
      let auditItems = 0;
      if (!dryRun && plan.purge.length > 0) {
        for (const contact of plan.purge) for (const tie of contact.ties) await tx.deleteRecord(workspaceId, firm.id, 'ties', tie);
        for (const contact of plan.purge) await tx.deleteRecord(workspaceId, firm.id, 'actors', contact.id);
        // After the deletes: the purge's own audit items hold the contacts' records too.
        auditItems = await tx.audit.redactItems(workspaceId, firm.id, auditRedactor(plan.purge.map((p) => ({ identity: p.identity, tieIds: p.ties }))));
      }
      done.push({
        firmId: firm.id,
        purged: plan.purge.map(({ id, name, lastImported }) => ({ id, name, lastImported })),
        tiesRemoved: plan.purge.reduce((n, p) => n + p.ties.length, 0),
        kept: plan.kept,
        auditItems,
      });
    }
    return done;
  };
  const firms = dryRun ? await purge(store) : await store.transaction(purge);
  return { dryRun, workspace: workspaceId, contactsDays, cutoff: daysBefore(settings.today, contactsDays), firms };
}
