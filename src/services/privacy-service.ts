/**
 * Use cases of a person's data rights (issue 13, GDPR Art. 15 and 17) across a workspace: export
 * everything held about one person, and erase them. Ids are per firm, so the person is the actor
 * with that id in each firm that has one; other firms are searched by the names and addresses found
 * there (the export lists what they hold), and erased from only where the id matches. An erasure
 * writes every firm, and rewrites the audit log, in ONE transaction, and refuses when any case would
 * break a rule afterwards: nothing half-done.
 */
import { COLLECTION_NAMES, type CaseFile, type CollectionName } from '../core/case-file/index.js';
import { findPerson, type PersonFindings } from '../core/privacy/find-person.js';
import { personIdentity, type PersonIdentity } from '../core/privacy/person-identity.js';
import { planErasure, type ErasurePlan, type RecordId } from '../core/privacy/plan-erasure.js';
import { auditRedactor, type ErasedPerson } from '../core/privacy/redact-audit.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { AuditItemInChange, CaseStore, CollectionRecord } from '../store/types.js';

export interface PersonOptions {
  /** Other spellings of the person's name, e-mail or profile addresses, matched as whole names. */
  aliases?: readonly string[];
}

/** One firm's part of an export. */
export interface PersonExportFirm extends PersonFindings {
  firmId: string;
  firmName: string;
  /** "id": the firm has an actor with the id; "name": only names or addresses of the person were found there. */
  foundBy: 'id' | 'name';
  /** Every audit item of the firm that holds the person's record or names them, with its change. */
  audit: AuditItemInChange[];
}

export interface PersonExport {
  workspace: string;
  actorId: string;
  /** The names looked for: the actor's in each firm that has it, then the aliases. */
  names: string[];
  firms: PersonExportFirm[];
}

async function requireWorkspace(store: CaseStore, workspaceId: string): Promise<void> {
  if (!(await store.listWorkspaces()).some((w) => w.id === workspaceId)) throw new NotFoundError('workspace', workspaceId);
}

/** The firms of the workspace whose case has an actor with the id. */
async function firmsWithActor(store: CaseStore, workspaceId: string, actorId: string): Promise<{ id: string; name: string }[]> {
  const firms = await store.listFirms(workspaceId);
  const found: { id: string; name: string }[] = [];
  for (const firm of firms) if ((await store.recordKinds(workspaceId, firm.id, [actorId])).get(actorId) === 'actors') found.push(firm);
  return found;
}

/** The audit items of a firm that concern the people: those an erasure of them would rewrite. */
async function auditOf(store: CaseStore, workspaceId: string, firmId: string, people: readonly ErasedPerson[]): Promise<AuditItemInChange[]> {
  const redactor = auditRedactor(people);
  const items = await store.audit.findItems(workspaceId, firmId, redactor.needles);
  const concerns = (value: unknown, item: AuditItemInChange) => value !== null && redactor.redact(item.collection, item.recordId, value) !== undefined;
  return items.filter((item) => concerns(item.before, item) || concerns(item.after, item));
}

/**
 * Everything the workspace holds about the person: per firm the records, the quotes and texts that
 * name them, possible duplicates, and the audit items that hold or name them.
 *
 * @throws NotFoundError when the workspace, or an actor with the id in any of its firms, is not there.
 */
export async function exportPerson(store: CaseStore, workspaceId: string, actorId: string, options: PersonOptions = {}): Promise<PersonExport> {
  await requireWorkspace(store, workspaceId);
  const aliases = options.aliases ?? [];
  const cases = new Map<string, CaseFile>();
  for (const firm of await store.listFirms(workspaceId)) {
    const c = await store.getCase(workspaceId, firm.id);
    if (c !== undefined) cases.set(firm.id, c);
  }
  const own = new Map<string, PersonIdentity>();
  for (const [firmId, c] of cases) {
    const actor = c.actors.find((a) => a.id === actorId);
    if (actor !== undefined) own.set(firmId, personIdentity(c, actor, aliases));
  }
  if (own.size === 0) throw new NotFoundError(`actor "${actorId}" in workspace`, workspaceId);
  // Elsewhere only whole names and addresses count: a part of the name may be someone else's there.
  const wholeNames = [...own.values()].map((identity) => ({ ...identity, parts: [], sharedParts: [] }));
  const firms: PersonExportFirm[] = [];
  for (const [firmId, c] of cases) {
    const identity = own.get(firmId);
    const people = identity === undefined ? wholeNames : [identity];
    const findings = findPerson(c, actorId, people);
    const named = findings.quotes.length + findings.transcripts.length + findings.texts.length + findings.lookalikes.length > 0;
    if (identity === undefined && !named) continue;
    // Items of actors that may be the person under another id are listed too: they may be theirs.
    const erased = people.map((p) => ({ identity: p, tieIds: findings.ties.map((t) => t.id) }));
    firms.push({
      firmId,
      firmName: c.firm.name,
      foundBy: identity === undefined ? 'name' : 'id',
      ...findings,
      audit: await auditOf(store, workspaceId, firmId, erased),
    });
  }
  return { workspace: workspaceId, actorId, names: [...new Set([...own.values()].flatMap((p) => p.names))], firms };
}

/** One firm's part of an erasure. */
export interface ErasureFirm {
  firmId: string;
  firmName: string;
  /** The actor's name there (before the erasure). */
  name: string;
  removed: RecordId[];
  changed: RecordId[];
  /** Occurrences of a name masked in the case. */
  masked: number;
  addressesDropped: number;
  /** Parts of the name left unmasked because someone else in the case has them too. */
  sharedParts: string[];
  /** Other actors of the firm that may be the same person: not erased. */
  lookalikes: ErasurePlan['lookalikes'];
  /** Audit items rewritten (on a dry run: that would be). */
  auditItems: number;
}

export interface ErasureResult {
  dryRun: boolean;
  workspace: string;
  actorId: string;
  firms: ErasureFirm[];
}

/** The plan for one firm, refused when the actor is not a person or the case would break a rule. */
function checkedPlan(c: CaseFile, actorId: string, aliases: readonly string[]): ErasurePlan {
  const index = c.actors.findIndex((a) => a.id === actorId);
  const actor = c.actors[index];
  if (actor !== undefined && actor.kind !== 'person') {
    throw new ValidationError([
      {
        pointer: `/actors/${index}/kind`,
        message: `actor "${actorId}" of firm "${c.firm.id}" is ${actor.kind === 'organization' ? 'an' : 'a'} ${actor.kind}; only people are erased`,
      },
    ]);
  }
  const plan = planErasure(c, actorId, aliases);
  if (plan === undefined) throw new NotFoundError('actor', actorId);
  if (plan.problems.length > 0) {
    throw new ValidationError(
      plan.problems.map((p) => ({ ...p, message: `after the erasure, ${p.message}` })),
      `erasing "${actorId}" would leave the case of firm "${c.firm.id}" broken: ${plan.problems[0]?.message ?? ''}; nothing was erased`,
    );
  }
  return plan;
}

function summary(firm: { id: string; name: string }, before: CaseFile, plan: ErasurePlan, auditItems: number): ErasureFirm {
  return {
    firmId: firm.id,
    firmName: firm.name,
    name: before.actors.find((a) => a.id === plan.identity.actorId)?.name ?? '',
    removed: plan.removed,
    changed: plan.changed,
    masked: plan.masked,
    addressesDropped: plan.addressesDropped,
    sharedParts: plan.identity.sharedParts,
    lookalikes: plan.lookalikes,
    auditItems,
  };
}

/** Writes what the plan changed: kept records first (they stop naming what goes), then the ties, then the actor. */
async function writePlan(tx: CaseStore, workspaceId: string, firmId: string, plan: ErasurePlan): Promise<void> {
  const after = plan.caseFile;
  if (plan.metaChanged) {
    // The case's title and notes have no writer of their own: the case is written whole.
    await tx.putCase(workspaceId, after, { replace: true });
    return;
  }
  if (plan.firmChanged) {
    const firm = await tx.getFirm(workspaceId, firmId);
    if (firm === undefined) throw new NotFoundError('firm', firmId);
    await tx.updateFirm(workspaceId, after.firm, firm.version);
  }
  for (const collection of COLLECTION_NAMES) {
    const ids = new Set(plan.changed.filter((r) => r.collection === collection).map((r) => r.id));
    if (ids.size === 0) continue;
    const records = (after[collection] as CollectionRecord<CollectionName>[]).filter((r) => ids.has(r.id));
    await tx.replaceRecords(workspaceId, firmId, collection, records as never);
  }
  for (const { collection, id } of [...plan.removed].reverse()) await tx.deleteRecord(workspaceId, firmId, collection, id);
}

/**
 * Erases the person from every firm of the workspace that has an actor with the id (the plan only,
 * on a dry run), and rewrites the audit log of those firms so that it no longer holds their data.
 *
 * @throws NotFoundError when no firm has such an actor; ValidationError when it is not a person or
 *   a case would break a rule afterwards (then nothing is written).
 */
export async function erasePerson(
  store: CaseStore,
  workspaceId: string,
  actorId: string,
  options: PersonOptions & { dryRun?: boolean } = {},
): Promise<ErasureResult> {
  await requireWorkspace(store, workspaceId);
  const aliases = options.aliases ?? [];
  const dryRun = options.dryRun === true;
  const erase = async (tx: CaseStore): Promise<ErasureFirm[]> => {
    const firms = await firmsWithActor(tx, workspaceId, actorId);
    if (firms.length === 0) throw new NotFoundError(`actor "${actorId}" in workspace`, workspaceId);
    const done: ErasureFirm[] = [];
    for (const firm of firms) {
      if (!dryRun) await tx.touchCase(workspaceId, firm.id);
      const before = await tx.getCase(workspaceId, firm.id);
      if (before === undefined) throw new NotFoundError('firm', firm.id);
      const plan = checkedPlan(before, actorId, aliases);
      const erased = [
        {
          identity: plan.identity,
          tieIds: plan.removed.filter((r) => r.collection === 'ties').map((r) => r.id),
          lookalikes: plan.lookalikes.map((l) => l.id),
        },
      ];
      if (dryRun) {
        done.push(summary(firm, before, plan, (await auditOf(tx, workspaceId, firm.id, erased)).length));
        continue;
      }
      await writePlan(tx, workspaceId, firm.id, plan);
      // After the writes: this erasure's own audit items hold the person's record and names too.
      done.push(summary(firm, before, plan, await tx.audit.redactItems(workspaceId, firm.id, auditRedactor(erased))));
    }
    return done;
  };
  const firms = dryRun ? await erase(store) : await store.transaction(erase);
  return { dryRun, workspace: workspaceId, actorId, firms };
}
