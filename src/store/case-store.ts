/**
 * The CaseStore on Kysely: one implementation for SQLite, PostgreSQL and PGlite. Whole-case and
 * single-record SQL live in whole-case.ts and case-records.ts; this file owns transactions,
 * workspaces and the firm row.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { CaseFile, CollectionName, RecordKind } from '../core/case-file/index.js';
import type { Firm, Workspace } from '../core/model/index.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../shared/errors.js';
import { retryWhileLocked } from './busy.js';
import { recordKinds, referrersOf, replaceReferencesOf } from './case-references.js';
import * as bulk from './bulk-records.js';
import * as records from './case-records.js';
import { cellHolders } from './collection-tables.js';
import { isUniqueViolation } from './db-errors.js';
import type { Database } from './db-schema.js';
import { storableJson } from './storable.js';
import { createAccountStore } from './account-store.js';
import type { AccountStore, CaseStore, CollectionRecord, FirmSummary, Referrer, StoreKind, StoredCase, Versioned } from './types.js';
import { assertCaseIdsUnique, newRevision, readCase, refreshStatistics, writeCase } from './whole-case.js';

/** A running transaction; `open` turns false when it commits or rolls back. */
interface ActiveTransaction {
  trx: Transaction<Database>;
  open: boolean;
}

/** Everything the root store and the stores bound to its transactions share. */
interface StoreContext {
  kind: StoreKind;
  root: Kysely<Database>;
  /** Lets calls on the root store made inside `transaction(fn)` join that transaction instead of waiting for the connection it holds. */
  active: AsyncLocalStorage<ActiveTransaction>;
  now: () => string;
  closed: boolean;
}

/** Options for createCaseStore. */
export interface CaseStoreOptions {
  /** The clock for created_at / updated_at; ISO 8601 text. */
  now?: () => string;
}

/** Wraps an open, migrated Kysely database as a CaseStore; closing the store destroys the database. */
export function createCaseStore(kind: StoreKind, db: Kysely<Database>, options: CaseStoreOptions = {}): CaseStore {
  return new KyselyCaseStore(
    { kind, root: db, active: new AsyncLocalStorage(), now: options.now ?? (() => new Date().toISOString()), closed: false },
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

  constructor(
    private readonly context: StoreContext,
    /** Set on the store handed to a transaction's fn. */
    private readonly bound: ActiveTransaction | undefined,
  ) {
    this.kind = context.kind;
    this.accounts = createAccountStore(() => this.db);
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
        const active: ActiveTransaction = { trx, open: true };
        try {
          return await this.context.active.run(active, () => fn(new KyselyCaseStore(this.context, active)));
        } finally {
          active.open = false;
        }
      }),
    );
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
    const rows = byId(await this.db.selectFrom('workspaces').select(['id', 'name', 'kind']).execute());
    // Trust boundary: kind was written from a validated Workspace.
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as Workspace['kind'] }));
  }

  async listFirms(workspaceId: string): Promise<FirmSummary[]> {
    const rows = byId(
      await this.db.selectFrom('firms').select(['id', 'name', 'country', 'version', 'updated_at']).where('workspace_id', '=', workspaceId).execute(),
    );
    return rows.map((r) => ({ id: r.id, name: r.name, countryOfOrigin: r.country, version: Number(r.version), updatedAt: r.updated_at }));
  }

  firmExists(workspaceId: string, firmId: string): Promise<boolean> {
    return records.firmExists(this.db, workspaceId, firmId);
  }

  async getCase(workspaceId: string, firmId: string): Promise<CaseFile | undefined> {
    return (await readCase(this.db, workspaceId, firmId))?.caseFile;
  }

  getStoredCase(workspaceId: string, firmId: string): Promise<StoredCase | undefined> {
    return readCase(this.db, workspaceId, firmId);
  }

  async caseRevision(workspaceId: string, firmId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('firms').select('revision').where('workspace_id', '=', workspaceId).where('id', '=', firmId).executeTakeFirst();
    return row?.revision;
  }

  touchCase(workspaceId: string, firmId: string): Promise<void> {
    return this.atomically((db) => records.touchFirm(db, workspaceId, firmId, this.context.now()));
  }

  recordKinds(workspaceId: string, firmId: string, ids: readonly string[]): Promise<Map<string, RecordKind>> {
    return recordKinds(this.db, workspaceId, firmId, ids);
  }

  referrersOf(workspaceId: string, firmId: string, id: string): Promise<Referrer[]> {
    return referrersOf(this.db, workspaceId, firmId, id);
  }

  cellHolders<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<string[]> {
    return cellHolders(this.db, workspaceId, firmId, collection, record);
  }

  async putCase(workspaceId: string, caseFile: CaseFile, options: { replace: boolean }): Promise<void> {
    assertCaseIdsUnique(caseFile);
    const firmId = caseFile.firm.id;
    await this.atomically(async (db) => {
      const workspace = await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
      if (workspace === undefined) throw new NotFoundError('workspace', workspaceId);
      if (await records.firmExists(db, workspaceId, firmId)) {
        if (!options.replace) throw firmConflict(workspaceId, firmId);
        await db.deleteFrom('firms').where('workspace_id', '=', workspaceId).where('id', '=', firmId).execute();
      }
      try {
        await writeCase(db, workspaceId, caseFile, this.context.now());
      } catch (err) {
        // Another writer created the same firm between our check and our insert.
        if (isUniqueViolation(err)) throw firmConflict(workspaceId, firmId);
        throw err;
      }
      if (this.kind !== 'sqlite') await refreshStatistics(db, caseFile);
    });
  }

  async deleteFirm(workspaceId: string, firmId: string): Promise<void> {
    // Records and their reference rows go with the firm through ON DELETE CASCADE.
    const result = await this.atomically((db) => db.deleteFrom('firms').where('workspace_id', '=', workspaceId).where('id', '=', firmId).executeTakeFirst());
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError('firm', firmId);
  }

  async getFirm(workspaceId: string, firmId: string): Promise<Versioned<Firm> | undefined> {
    const row = await this.db
      .selectFrom('firms')
      .select(['record', 'version'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', firmId)
      .executeTakeFirst();
    // Trust boundary: written by this store from a validated Firm.
    return row === undefined ? undefined : { record: JSON.parse(row.record) as Firm, version: Number(row.version) };
  }

  async updateFirm(workspaceId: string, firm: Firm, expectedVersion: number): Promise<number> {
    return this.atomically(async (db) => {
      const next = expectedVersion + 1;
      const result = await db
        .updateTable('firms')
        .set({
          name: firm.name,
          country: firm.countryOfOrigin,
          record: storableJson(firm, ''),
          version: next,
          updated_at: this.context.now(),
          revision: newRevision(),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', firm.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) {
        await replaceReferencesOf(db, workspaceId, firm.id, 'firm', firm);
        return next;
      }
      const current = await db.selectFrom('firms').select('version').where('workspace_id', '=', workspaceId).where('id', '=', firm.id).executeTakeFirst();
      if (current === undefined) throw new NotFoundError('firm', firm.id);
      throw new StaleVersionError('firm', firm.id, expectedVersion, Number(current.version));
    });
  }

  listRecords<C extends CollectionName>(workspaceId: string, firmId: string, collection: C): Promise<Versioned<CollectionRecord<C>>[]> {
    return records.listRecords(this.db, workspaceId, firmId, collection);
  }

  countRecords(workspaceId: string, collection: CollectionName): Promise<Map<string, number>> {
    return records.countRecords(this.db, workspaceId, collection);
  }

  getRecord<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, id: string): Promise<Versioned<CollectionRecord<C>> | undefined> {
    return records.getRecord(this.db, workspaceId, firmId, collection, id);
  }

  insertRecord<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<number> {
    return this.atomically((db) => records.insertRecord(db, workspaceId, firmId, collection, record, this.context.now()));
  }

  updateRecord<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    record: CollectionRecord<C>,
    expectedVersion: number,
  ): Promise<number> {
    return this.atomically((db) => records.updateRecord(db, workspaceId, firmId, collection, record, expectedVersion, this.context.now()));
  }

  insertRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void> {
    return this.atomically((db) => bulk.insertRecords(db, this.kind, workspaceId, firmId, collection, records, this.context.now(), onProgress));
  }

  replaceRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void> {
    return this.atomically((db) => bulk.replaceRecords(db, this.kind, workspaceId, firmId, collection, records, this.context.now(), onProgress));
  }

  deleteRecord(workspaceId: string, firmId: string, collection: CollectionName, id: string, expectedVersion?: number): Promise<void> {
    return this.atomically((db) => records.deleteRecord(db, workspaceId, firmId, collection, id, expectedVersion, this.context.now()));
  }

  async close(): Promise<void> {
    if (this.bound !== undefined) throw new Error('close the store itself, not the store handed to a transaction');
    if (this.context.closed) return;
    this.context.closed = true;
    await this.context.root.destroy();
  }
}

/**
 * Sorts by id in code-unit order. Done here rather than in SQL because PostgreSQL orders text by the
 * database's collation (en_US puts "a-c" after "ab"), and listings must not differ between dialects.
 */
function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function firmConflict(workspaceId: string, firmId: string): ConflictError {
  return new ConflictError(`firm "${firmId}" exists already in workspace "${workspaceId}"; replace it explicitly or choose another firm id`, '/firm/id');
}
