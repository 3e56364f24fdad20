/**
 * Use cases on single records of a case (create, read, update, delete) that keep the case whole:
 * every write is checked against the rest of the case before it lands, inside one transaction.
 */
import type { z } from 'zod';
import {
  CASE_COLLECTIONS,
  CASE_FORMAT,
  caseFileSchema,
  checkReferences,
  COLLECTION_NAMES,
  RECORD_NOUN,
  zodProblems,
  type CaseFile,
  type CollectionName,
} from '../core/case-file/index.js';
import { firmSchema, type Firm } from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError, type Problem } from '../shared/errors.js';
import type { CaseStore, CollectionRecord, Versioned } from '../store/types.js';
import { exportCase, importCases } from './case-service.js';

function parseWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error));
  return parsed.data;
}

/** Problems whose pointer lies inside `prefix`, re-rooted at the record so they point into the request body. */
function problemsUnder(problems: Problem[], prefix: string): Problem[] {
  return problems.filter((p) => p.pointer === prefix || p.pointer.startsWith(prefix + '/')).map((p) => ({ ...p, pointer: p.pointer.slice(prefix.length) }));
}

function idsOf(c: CaseFile): Map<string, string> {
  const ids = new Map<string, string>([[c.firm.id, 'firm']]);
  for (const name of COLLECTION_NAMES) c[name].forEach((r) => ids.set(r.id, RECORD_NOUN[name]));
  return ids;
}

async function loadCase(store: CaseStore, workspaceId: string, firmId: string): Promise<CaseFile> {
  return exportCase(store, workspaceId, firmId);
}

export async function listRecords<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
): Promise<Versioned<CollectionRecord<C>>[]> {
  if (!(await store.firmExists(workspaceId, firmId))) throw new NotFoundError('firm', firmId);
  return store.listRecords(workspaceId, firmId, collection);
}

export async function getRecord<C extends CollectionName>(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  collection: C,
  id: string,
): Promise<Versioned<CollectionRecord<C>>> {
  if (!(await store.firmExists(workspaceId, firmId))) throw new NotFoundError('firm', firmId);
  const found = await store.getRecord(workspaceId, firmId, collection, id);
  if (found === undefined) throw new NotFoundError(RECORD_NOUN[collection], id);
  return found;
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
  return store.transaction(async (tx) => {
    const c = await loadCase(tx, workspaceId, firmId);
    const taken = idsOf(c).get(record.id);
    if (taken !== undefined) throw new ConflictError(`id "${record.id}" is already used by a ${taken} in firm "${firmId}"`, '/id');
    const next = { ...c, [collection]: [...c[collection], record] } as CaseFile;
    const problems = problemsUnder(checkReferences(next), `/${collection}/${c[collection].length}`);
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
  return store.transaction(async (tx) => {
    const c = await loadCase(tx, workspaceId, firmId);
    const index = c[collection].findIndex((r) => r.id === id);
    if (index < 0) throw new NotFoundError(RECORD_NOUN[collection], id);
    const list = [...c[collection]];
    list[index] = record;
    const problems = problemsUnder(checkReferences({ ...c, [collection]: list } as CaseFile), `/${collection}/${index}`);
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
  await store.transaction(async (tx) => {
    const c = await loadCase(tx, workspaceId, firmId);
    if (!c[collection].some((r) => r.id === id)) throw new NotFoundError(RECORD_NOUN[collection], id);
    const without = { ...c, [collection]: c[collection].filter((r) => r.id !== id) } as CaseFile;
    const dangling = checkReferences(without).filter((p) => p.message.startsWith(`"${id}" does not exist`));
    if (dangling.length > 0) {
      throw new ConflictError(
        `${RECORD_NOUN[collection]} "${id}" is still referred to by ${dangling.map((p) => p.pointer).join(', ')} (pointers after its removal); change or delete those first`,
      );
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
  await importCases(store, workspaceId, [{ origin: 'request body', caseFile }], { replace: false });
  return { record: firm, version: 1 };
}

/** Replaces the firm record (not its collections); the id cannot change. */
export async function updateFirm(store: CaseStore, workspaceId: string, firmId: string, body: unknown, expectedVersion: number): Promise<Versioned<Firm>> {
  const firm = parseWith(firmSchema, body);
  if (firm.id !== firmId) throw new ValidationError([{ pointer: '/id', message: `expected "${firmId}" (the id in the address); ids cannot be changed` }]);
  return store.transaction(async (tx) => {
    const c = await loadCase(tx, workspaceId, firmId);
    const problems = problemsUnder(checkReferences({ ...c, firm }), '/firm');
    if (problems.length > 0) throw new ValidationError(problems);
    const version = await tx.updateFirm(workspaceId, firm, expectedVersion);
    return { record: firm, version };
  });
}
