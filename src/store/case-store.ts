/**
 * The CaseStore on Kysely: one implementation for SQLite, PostgreSQL and PGlite. Whole-case and
 * single-record SQL live in whole-case.ts and case-records.ts; this file owns transactions,
 * workspaces and the firm row.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { CaseFile, CollectionName, RecordKind } from '../core/case-file/index.js';
import type { Firm, Workspace } from '../core/model/index.js';
import { retryWhileLocked } from './busy.js';
import { recordKinds, referrersOf } from './case-references.js';
import * as records from './case-records.js';
import * as writes from './record-writes.js';
import * as acrossFirms from './workspace-reads.js';
import { appendAuditItems, createAuditStore, type AuditState } from './audit-log.js';
import * as firmWrites from './firm-writes.js';
import type { AuditLog } from './firm-writes.js';
import { cellHolders } from './collection-tables.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Database } from './db-schema.js';
import { storableJson } from './storable.js';
import { createAccountStore } from './account-store.js';
import { createCohortSnapshotStore } from './cohort-snapshots.js';
import { createRetentionSettingsStore } from './retention-settings.js';
import type {
  RecordsOfFirm,
  AccountStore,
  CohortSnapshotStore,
  AuditStore,
  RetentionSettingsStore,
  CaseStore,
  CollectionRecord,
  FirmSummary,
  Referrer,
  StoreKind,
  StoredCase,
  Versioned,
} from './types.js';
import { assertCaseIdsUnique, readCase } from './whole-case.js';

/** A running transaction; `open` turns false when it commits or rolls back. */
interface ActiveTransaction {
  trx: Transaction<Database>;
  open: boolean;
  /** The change this transaction is writing to the audit log. */
  audit: AuditState;
}

/** Everything the root store and the stores bound to its transactions share. */
interface StoreContext {
  kind: StoreKind;
  root: Kysely<Database>;
  /** Lets calls on the root store made inside `transaction(fn)` join that transaction instead of waiting for the connection it holds. */
  active: AsyncLocalStorage<ActiveTransaction>;
  now: () => string;
  closed: boolean;
  /** This process's writers of each firm, one at a time (writeCase). */
  firmWriters: KeyedQueue;
}

/** Options for createCaseStore. */
export interface CaseStoreOptions {
  /** The clock for created_at / updated_at; ISO 8601 text. */
  now?: () => string;
}

/** Wraps an open, migrated Kysely database as a CaseStore; closing the store destroys the database. */
export function createCaseStore(kind: StoreKind, db: Kysely<Database>, options: CaseStoreOptions = {}): CaseStore {
  return new KyselyCaseStore(
    { kind, root: db, active: new AsyncLocalStorage(), now: options.now ?? (() => new Date().toISOString()), closed: false, firmWriters: new KeyedQueue() },
    undefined,
  );
}

/** The Kysely database under a store made by createCaseStore: for tests and diagnostics that inspect raw tables. */
export function kyselyOf(store: CaseStore): Kysely<Database> {
  if (!(store instanceof KyselyCaseStore)) throw new TypeError('kyselyOf expects a store made by openStore');
  return store.db;
}

class KyselyCaseStore implements CaseStore {
  readonly kind: StoreKind;
  readonly accounts: AccountStore;
  readonly cohortSnapshots: CohortSnapshotStore;
  readonly retention: RetentionSettingsStore;
  readonly audit: AuditStore;

  constructor(
    private readonly context: StoreContext,
    /** Set on the store handed to a transaction's fn. */
    private readonly bound: ActiveTransaction | undefined,
  ) {
    this.kind = context.kind;
    this.accounts = createAccountStore(
      () => this.db,
      (fn) => this.audited(fn),
    );
    this.cohortSnapshots = createCohortSnapshotStore(() => this.db);
    this.retention = createRetentionSettingsStore(() => this.db);
    this.audit = createAuditStore(
      () => this.db,
      (fn) => this.inTransaction((tx) => fn(tx.db, tx.bound?.audit.changeId, this.context.now())),
    );
  }

  /** The executor for the next statement: the bound or ambient transaction, else the pool. */
  get db(): Kysely<Database> {
    if (this.bound !== undefined) {
      if (!this.bound.open) throw new Error('this transaction has ended; use the store itself (or start a new transaction) for further work');
      return this.bound.trx;
    }
    const ambient = this.context.active.getStore();
    return ambient?.open === true ? ambient.trx : this.context.root;
  }

  transaction<T>(fn: (tx: CaseStore) => Promise<T>): Promise<T> {
    return this.inTransaction(fn);
  }

  private inTransaction<T>(fn: (tx: KyselyCaseStore) => Promise<T>): Promise<T> {
    // Already in a transaction (this store is bound to one, or the call comes from inside one):
    // join it. A second BEGIN would wait forever for the single SQLite/PGlite connection.
    if (this.bound !== undefined) return fn(this);
    const ambient = this.context.active.getStore();
    if (ambient?.open === true) return fn(new KyselyCaseStore(this.context, ambient));
    // A whole transaction is the unit of retry: it was rolled back, so running fn again is safe.
    return retryWhileLocked(() =>
      this.context.root.transaction().execute(async (trx) => {
        const active: ActiveTransaction = { trx, open: true, audit: { seq: 0 } };
        try {
          return await this.context.active.run(active, () => fn(new KyselyCaseStore(this.context, active)));
        } finally {
          active.open = false;
        }
      }),
    );
  }

  /** As atomically, with a function that adds what the operation changed to the transaction's audit change. */
  private audited<T>(fn: (db: Kysely<Database>, log: AuditLog) => Promise<T>): Promise<T> {
    return this.inTransaction((tx) => {
      const state = tx.bound?.audit ?? { seq: 0 };
      return fn(tx.db, (items) => appendAuditItems(tx.db, state, items, this.context.now()));
    });
  }

  /** Runs a multi-statement operation atomically, joining the caller's transaction when there is one. */
  private atomically<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.inTransaction((tx) => fn(tx.db));
  }

  async ensureWorkspace(workspace: Workspace): Promise<void> {
    storableJson(workspace, '');
    // An existing workspace keeps its name and kind: "ensure" never overwrites what a user set.
    await this.atomically((db) =>
      db
        .insertInto('workspaces')
        .values({ id: workspace.id, name: workspace.name, kind: workspace.kind, created_at: this.context.now() })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),
    );
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return acrossFirms.listWorkspaces(this.db);
  }

  async listFirms(workspaceId: string): Promise<FirmSummary[]> {
    return acrossFirms.listFirms(this.db, workspaceId);
  }

  async firmExists(workspaceId: string, firmId: string): Promise<boolean> {
    return records.firmExists(this.db, workspaceId, firmId);
  }

  async getCase(workspaceId: string, firmId: string): Promise<CaseFile | undefined> {
    return (await readCase(this.db, workspaceId, firmId))?.caseFile;
  }

  getStoredCase(workspaceId: string, firmId: string): Promise<StoredCase | undefined> {
    return readCase(this.db, workspaceId, firmId);
  }

  async caseRevision(workspaceId: string, firmId: string): Promise<string | undefined> {
    return records.caseRevision(this.db, workspaceId, firmId);
  }

  writeCase<T>(workspaceId: string, firmId: string, fn: (tx: CaseStore) => Promise<T>): Promise<T> {
    const write = () =>
      this.inTransaction(async (tx) => {
        await tx.touchCase(workspaceId, firmId);
        return fn(tx);
      });
    if (this.bound !== undefined || this.context.active.getStore()?.open === true) return write();
    return this.context.firmWriters.run(JSON.stringify([workspaceId, firmId]), write);
  }

  touchCase(workspaceId: string, firmId: string): Promise<void> {
    return this.atomically((db) => records.touchFirm(db, workspaceId, firmId, this.context.now()));
  }

  async recordKinds(workspaceId: string, firmId: string, ids: readonly string[]): Promise<Map<string, RecordKind>> {
    return recordKinds(this.db, workspaceId, firmId, ids);
  }

  async referrersOf(workspaceId: string, firmId: string, id: string): Promise<Referrer[]> {
    return referrersOf(this.db, workspaceId, firmId, id);
  }

  async cellHolders<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<string[]> {
    return cellHolders(this.db, workspaceId, firmId, collection, record);
  }

  async putCase(workspaceId: string, caseFile: CaseFile, options: { replace: boolean }): Promise<void> {
    assertCaseIdsUnique(caseFile);
    await this.audited((db, log) => firmWrites.putCase(db, this.kind, log, workspaceId, caseFile, options, this.context.now()));
  }

  deleteFirm(workspaceId: string, firmId: string): Promise<void> {
    return this.audited((db, log) => firmWrites.deleteFirm(db, log, workspaceId, firmId));
  }

  async getFirm(workspaceId: string, firmId: string): Promise<Versioned<Firm> | undefined> {
    return records.getFirm(this.db, workspaceId, firmId);
  }

  updateFirm(workspaceId: string, firm: Firm, expectedVersion: number): Promise<number> {
    return this.audited((db, log) => firmWrites.updateFirm(db, log, workspaceId, firm, expectedVersion, this.context.now()));
  }

  async listRecords<C extends CollectionName>(workspaceId: string, firmId: string, collection: C): Promise<Versioned<CollectionRecord<C>>[]> {
    return records.listRecords(this.db, workspaceId, firmId, collection);
  }

  async countRecords(workspaceId: string, collections: readonly CollectionName[]): Promise<Map<CollectionName, Map<string, number>>> {
    return acrossFirms.countRecords(this.db, workspaceId, collections);
  }

  async recordsOfFirms<C extends CollectionName>(workspaceId: string, collections: readonly C[]): Promise<Map<string, RecordsOfFirm<C>>> {
    return acrossFirms.recordsOfFirms(this.db, workspaceId, collections);
  }

  async firmRecords(workspaceId: string): Promise<Map<string, Versioned<Firm>>> {
    return acrossFirms.firmRecords(this.db, workspaceId);
  }

  async getRecord<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    id: string,
  ): Promise<Versioned<CollectionRecord<C>> | undefined> {
    return records.getRecord(this.db, workspaceId, firmId, collection, id);
  }

  insertRecord<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<number> {
    return this.audited((db, log) => writes.insertRecord(db, log, { workspaceId, firmId, collection }, record, this.context.now()));
  }

  updateRecord<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    record: CollectionRecord<C>,
    expectedVersion: number,
  ): Promise<number> {
    return this.audited((db, log) => writes.updateRecord(db, log, { workspaceId, firmId, collection }, record, expectedVersion, this.context.now()));
  }

  insertRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void> {
    return this.audited((db, log) => writes.insertRecords(db, this.kind, log, { workspaceId, firmId, collection }, records, this.context.now(), onProgress));
  }

  replaceRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void> {
    return this.audited((db, log) => writes.replaceRecords(db, this.kind, log, { workspaceId, firmId, collection }, records, this.context.now(), onProgress));
  }

  deleteRecord(workspaceId: string, firmId: string, collection: CollectionName, id: string, expectedVersion?: number): Promise<void> {
    return this.audited((db, log) => writes.deleteRecord(db, log, { workspaceId, firmId, collection }, id, expectedVersion, this.context.now()));
  }

  async close(): Promise<void> {
    if (this.bound !== undefined) throw new Error('close the store itself, not the store handed to a transaction');
    if (this.context.closed) return;
    this.context.closed = true;
    await this.context.root.destroy();
  }
}
