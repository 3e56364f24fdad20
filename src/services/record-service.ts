/**
 * Use cases on single records of a case (create, read, update, delete) that keep the case whole.
 * Every write is checked against the rest of the case before it lands, inside one transaction,
 * by the same rules that check a whole file (core/case-file/references.ts) — but only against
 * what the record touches: the ids it names and the records that name it, looked up by index
 * (docs/decisions/0007-single-record-writes.md). A write costs the same on a firm with 100 ties
 * as on one with 100,000.
 */
import type { z } from 'zod';
import {
  CASE_COLLECTIONS,
  CASE_FORMAT,
  caseFileSchema,
  cellTakenMessage,
  hasLinkRule,
  kindName,
  linkProblem,
  mustCheckReferrer,
  recordRuleProblems,
  RECORD_NOUN,
  referenceProblems,
  referencesOf,
  zodProblems,
  type AnyRecord,
  type CollectionName,
  type RecordKind,
  type Reference,
} from '../core/case-file/index.js';
import { codeCycleProblems } from '../core/evidence/code-cycles.js';
import { firmSchema, type Firm } from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError, type Problem } from '../shared/errors.js';
import type { CaseStore, CollectionRecord, Referrer, Versioned } from '../store/types.js';
import { importCases } from './case-service.js';

function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, [], schema));
  return parsed.data;
}

/**
 * What is wrong with a record as it would stand in the stored case: ids it names that are missing
 * or of the wrong kind, its own rules, a table cell another record holds. Pointers are inside the record.
 */
async function problemsInCase(
  tx: CaseStore,
  workspaceId: string,
  firmId: string,
  kind: RecordKind,
  record: AnyRecord,
): Promise<{ problems: Problem[]; stored: RecordKind | undefined }> {
  const refs = referencesOf(kind, record);
  // What the record's own id is in the stored case comes with the ids it names, in one statement.
  const kinds = await tx.recordKinds(workspaceId, firmId, [record.id, ...refs.map((r) => r.id)]);
  const stored = kinds.get(record.id);
  // The record itself, as it will be: a reference to its own id resolves as it would in a file.
  kinds.set(record.id, kind);
  const find = (id: string) => {
    const found = kinds.get(id);
    return found === undefined ? undefined : { kind: found };
  };
  const problems = [...referenceProblems(refs, find, '', `the case of firm "${firmId}"`), ...recordRuleProblems(kind, record)];
  problems.push(...(await linkProblemsInCase(tx, workspaceId, firmId, kind, record, refs, kinds)));
  if (kind === 'codes') problems.push(...(await codeCyclesInCase(tx, workspaceId, firmId, record as CollectionRecord<'codes'>)));
  if (kind !== 'firm') {
    const [holder] = await tx.cellHolders(workspaceId, firmId, kind, record as CollectionRecord<typeof kind>);
    if (holder !== undefined) problems.push({ pointer: '', message: cellTakenMessage(kind, record, `${RECORD_NOUN[kind]} "${holder}"`) });
  }
  return { problems, stored };
}

/** Whether a code written would sit under itself: the rule needs the whole codebook, which is small. */
async function codeCyclesInCase(tx: CaseStore, workspaceId: string, firmId: string, code: CollectionRecord<'codes'>): Promise<Problem[]> {
  if (code.parent === undefined) return [];
  const codes = (await tx.listRecords(workspaceId, firmId, 'codes')).map((v) => (v.record.id === code.id ? code : v.record));
  if (!codes.some((c) => c.id === code.id)) codes.push(code);
  const index = codes.findIndex((c) => c.id === code.id);
  // The other codes caught in the same cycle are named by their messages, at no field of this record.
  return codeCycleProblems(codes).map((p) => ({ ...p, pointer: p.pointer === `/codes/${index}/parent` ? '/parent' : '' }));
}

/** A stored record of any kind: the firm or a record of a collection. */
async function storedRecord(tx: CaseStore, workspaceId: string, firmId: string, kind: RecordKind, id: string): Promise<AnyRecord | undefined> {
  if (kind === 'firm') return (await tx.getFirm(workspaceId, firmId))?.record;
  return (await tx.getRecord(workspaceId, firmId, kind, id))?.record;
}

/**
 * The rules between records (core/case-file/links.ts) that a write touches, both ways: what the
 * record names (a benefit's tie), and what names the record (the benefits of a tie whose network
 * type changes) — loading only records some rule could find at fault.
 */
async function linkProblemsInCase(
  tx: CaseStore,
  workspaceId: string,
  firmId: string,
  kind: RecordKind,
  record: AnyRecord,
  refs: readonly Reference[],
  kinds: ReadonlyMap<string, RecordKind>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const targetKind = kinds.get(ref.id);
    if (targetKind === undefined || !hasLinkRule(kind, ref.field, targetKind)) continue;
    const target = ref.id === record.id ? record : await storedRecord(tx, workspaceId, firmId, targetKind, ref.id);
    const problem = target === undefined ? undefined : linkProblem(kind, record, ref.field, targetKind, target);
    if (problem !== undefined) problems.push(problem);
  }
  const referrers = (await tx.referrersOf(workspaceId, firmId, record.id)).filter(
    (r) => r.id !== record.id && mustCheckReferrer(r.collection, r.field, kind, record),
  );
  for (const referrer of referrers) {
    const stored = await storedRecord(tx, workspaceId, firmId, referrer.collection, referrer.id);
    const problem = stored === undefined ? undefined : linkProblem(referrer.collection, stored, referrer.field, kind, record);
    if (problem !== undefined) {
      const where = referrer.collection === 'firm' ? 'the firm' : `${kindName(referrer.collection)} "${referrer.id}"`;
      problems.push({ pointer: '', message: `${where} names this record at ${referrer.field}: ${problem.message}` });
    }
  }
  return problems;
}

function describeReferrers(referrers: readonly Referrer[]): string {
  const shown = referrers.slice(0, 10).map((r) => `${r.collection === 'firm' ? 'the firm' : `${RECORD_NOUN[r.collection]} "${r.id}"`} at ${r.field}`);
  return shown.join(', ') + (referrers.length > shown.length ? ` and ${referrers.length - shown.length} more` : '');
}

export async function listRecords<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
): Promise<Versioned<CollectionRecord<C>>[]> {
  // The store answers NotFoundError for a missing firm (it looks only when the list is empty).
  return store.listRecords(workspaceId, firmId, collection);
}

export async function getRecord<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
  id: string,
): Promise<Versioned<CollectionRecord<C>>> {
  const found = await store.getRecord(workspaceId, firmId, collection, id);
  if (found !== undefined) return found;
  // Only a miss needs to know which is missing: the firm, or the record in it.
  if (!(await store.firmExists(workspaceId, firmId))) throw new NotFoundError('firm', firmId);
  throw new NotFoundError(RECORD_NOUN[collection], id);
}

/** Adds a record after checking its schema and that everything it refers to exists in the case. */
export async function createRecord<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
  body: unknown,
): Promise<Versioned<CollectionRecord<C>>> {
  const record = parseWith(CASE_COLLECTIONS[collection], body) as CollectionRecord<C>;
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const { problems } = await problemsInCase(tx, workspaceId, firmId, collection, record);
    if (problems.length > 0) throw new ValidationError(problems);
    const version = await tx.insertRecord(workspaceId, firmId, collection, record);
    return { record, version };
  });
}

/** Replaces a record; the stored version must equal expectedVersion (optimistic concurrency). */
export async function updateRecord<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
  id: string,
  body: unknown,
  expectedVersion: number,
): Promise<Versioned<CollectionRecord<C>>> {
  const record = parseWith(CASE_COLLECTIONS[collection], body) as CollectionRecord<C>;
  if (record.id !== id) throw new ValidationError([{ pointer: '/id', message: `expected "${id}" (the id in the address); ids cannot be changed` }]);
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const { problems, stored } = await problemsInCase(tx, workspaceId, firmId, collection, record);
    if (stored !== collection) throw new NotFoundError(RECORD_NOUN[collection], id);
    if (problems.length > 0) throw new ValidationError(problems);
    const version = await tx.updateRecord(workspaceId, firmId, collection, record, expectedVersion);
    return { record, version };
  });
}

/** Deletes a record unless other records still refer to it (those are named in the error). */
export async function deleteRecord(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: CollectionName,
  id: string,
  expectedVersion?: number,
): Promise<void> {
  await store.writeCase(workspaceId, firmId, async (tx) => {
    if ((await tx.recordKinds(workspaceId, firmId, [id])).get(id) !== collection) throw new NotFoundError(RECORD_NOUN[collection], id);
    // A record's references to itself go with it.
    const referrers = (await tx.referrersOf(workspaceId, firmId, id)).filter((r) => r.id !== id);
    if (referrers.length > 0) {
      throw new ConflictError(`${RECORD_NOUN[collection]} "${id}" is still referred to by ${describeReferrers(referrers)}; change or delete those first`);
    }
    await tx.deleteRecord(workspaceId, firmId, collection, id, expectedVersion);
  });
}

export async function getFirm(store: CaseStore, workspaceId: string, firmId: string): Promise<Versioned<Firm>> {
  const found = await store.getFirm(workspaceId, firmId);
  if (found === undefined) throw new NotFoundError('firm', firmId);
  return found;
}

/** Starts a new, empty case for a firm; ConflictError when the workspace has that firm already. */
export async function createFirm(store: CaseStore, workspaceId: string, body: unknown): Promise<Versioned<Firm>> {
  const firm = parseWith(firmSchema, body);
  const caseFile = parseWith(caseFileSchema, { format: CASE_FORMAT, firm });
  try {
    await importCases(store, workspaceId, [{ origin: 'request body', caseFile }], { replace: false });
  } catch (err) {
    // Starting a case never overwrites one, so an import's hint to replace the firm does not apply.
    if (err instanceof ConflictError && err.hint !== undefined) throw new ConflictError(err.message, err.path);
    throw err;
  }
  return { record: firm, version: 1 };
}

/** Replaces the firm record (not its collections); the id cannot change. */
export async function updateFirm(store: CaseStore, workspaceId: string, firmId: string, body: unknown, expectedVersion: number): Promise<Versioned<Firm>> {
  const firm = parseWith(firmSchema, body);
  if (firm.id !== firmId) throw new ValidationError([{ pointer: '/id', message: `expected "${firmId}" (the id in the address); ids cannot be changed` }]);
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const { problems } = await problemsInCase(tx, workspaceId, firmId, 'firm', firm);
    if (problems.length > 0) throw new ValidationError(problems);
    const version = await tx.updateFirm(workspaceId, firm, expectedVersion);
    return { record: firm, version };
  });
}
