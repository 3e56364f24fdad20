/**
 * What the rest of Foothold may ask of the store. Nothing outside src/store touches SQL;
 * services hold a CaseStore and call these methods (inside `transaction` when several must
 * succeed or fail together).
 */
import type { CaseFile, CollectionName, RecordKind } from '../core/case-file/index.js';
import type { Firm, Workspace } from '../core/model/index.js';
import type { CohortFigures } from '../core/cohort/types.js';
import type { AuditItemInChange, AuditRedaction } from './audit-redaction.js';
import type { RetentionSettingsStore } from './retention-settings.js';
import type { AccountStore } from './account-types.js';

export type { AuditItemInChange, AuditRedaction } from './audit-redaction.js';
export type { RetentionSettings, RetentionSettingsStore } from './retention-settings.js';
export type { AccountStore, ApiTokenRow, MembershipRow, NewApiToken, NewSession, SessionRow, TokenRow, UserRow, WorkspaceMembership } from './account-types.js';

/** A record of one collection as the case file has it (the zod output type of that collection). */
export type CollectionRecord<C extends CollectionName> = CaseFile[C][number];

export interface Versioned<T> {
  record: T;
  /** Starts at 1 on insert; every update adds 1. */
  version: number;
}

export interface FirmSummary {
  id: string;
  name: string;
  countryOfOrigin: string;
  version: number;
  updatedAt: string;
}

export type StoreKind = 'sqlite' | 'postgres' | 'pglite';

/** A case as stored, with the revision it was read at (changes on every write to the case). */
export interface StoredCase {
  caseFile: CaseFile;
  revision: string;
}

/** A record that names an id, and the field (a pointer inside that record) where it does. */
export interface Referrer {
  collection: RecordKind;
  id: string;
  field: string;
}

/** Some collections of one firm's case: those it has records in. */
export type RecordsOfFirm<C extends CollectionName> = { [K in C]?: CollectionRecord<K>[] };

export type AuditItemKind = 'insert' | 'update' | 'delete';

/** The backup a restore put in place, as its item in each restored workspace's log keeps it. */
export interface RestoredBackup {
  /** The file's base name (never its folder). */
  file: string;
  /** When the backup was taken (its header's createdAt, ISO 8601). */
  takenAt: string;
  /** The Foothold version that took it. */
  foothold: string;
  /** How many rows the restore wrote, in every table. */
  rows: number;
}

/** A record a change touched, without its contents (listings). */
export interface AuditItemSummary {
  /** The firm; '' for an item of the workspace itself (a membership, a restore). */
  firmId: string;
  /**
   * A collection name, "firm" for the firm record, "case" for a whole case (import, deleted firm),
   * "members" for a membership, or "restores" for a restore of a backup.
   */
  collection: string;
  /** The record's id; for a membership, the account's id; for a restore, when the backup was taken. */
  recordId: string;
  kind: AuditItemKind;
  /** For a membership: the member's e-mail and role after the change (before it, for a removal). */
  member?: { email: string; role: string };
  /** For a restore: the backup it put in place. */
  restore?: RestoredBackup;
}

/** A record a change touched, before and after (null when absent). */
export interface AuditItem extends AuditItemSummary {
  before: unknown;
  after: unknown;
  versionAfter: number | null;
}

/** One transaction that changed cases or a membership of the workspace, or a restore (one change in each workspace it restored). */
export interface AuditChange {
  id: string;
  workspaceId: string;
  at: string;
  userId: string | null;
  actor: string;
  undoOf: string | null;
  undoneBy: string | null;
  itemCount: number;
  items: AuditItemSummary[];
}

export interface AuditChangeFilter {
  firmId?: string;
  userId?: string;
  /** Changes older than this change id (paging). */
  before?: string;
  limit: number;
}

/** The audit log (store/audit-log.ts): written by the store's own writers, read here. */
export interface AuditStore {
  /** Newest first. */
  list(workspaceId: string, filter: AuditChangeFilter): Promise<AuditChange[]>;
  get(workspaceId: string, changeId: string): Promise<(AuditChange & { items: AuditItem[] }) | undefined>;
  /**
   * Inside a transaction, after writing the befores back: links the change these writes made to
   * the change it undoes, and answers that change's id; undefined when the transaction has written nothing.
   */
  linkUndo(undoneChangeId: string): Promise<string | undefined>;
  /**
   * Inside a restore's transaction, after its rows are written: a change of its own in the
   * workspace's log, by whoever acts, with one item (collection "restores", no firm) naming the
   * backup; its id sorts after every change the log holds, so it is the newest. Answers its id.
   */
  recordRestore(workspaceId: string, restore: RestoredBackup): Promise<string>;
  /** A firm's items whose record id, before or after holds one of `needles` as text ("all": every item), with their changes, oldest first. */
  findItems(workspaceId: string, firmId: string, needles: readonly string[] | 'all'): Promise<AuditItemInChange[]>;
  /** Rewrites the before and after of a firm's items as `redaction` says (an erasure); answers how many items changed. */
  redactItems(workspaceId: string, firmId: string, redaction: AuditRedaction): Promise<number>;
}

export interface CaseStore {
  readonly kind: StoreKind;
  /** The audit log of every change to the cases. */
  readonly audit: AuditStore;
  /** Accounts, sessions and tokens on the same database (and in the same transactions). */
  readonly accounts: AccountStore;
  /** Dated snapshots of a workspace's cohort figures, on the same database (and in the same transactions). */
  readonly cohortSnapshots: CohortSnapshotStore;
  /** Retention settings per workspace (how long imported contacts are kept), on the same database. */
  readonly retention: RetentionSettingsStore;

  /** Runs fn in one database transaction: everything it writes lands, or nothing does. */
  transaction<T>(fn: (tx: CaseStore) => Promise<T>): Promise<T>;

  ensureWorkspace(workspace: Workspace): Promise<void>;
  listWorkspaces(): Promise<Workspace[]>;

  listFirms(workspaceId: string): Promise<FirmSummary[]>;
  firmExists(workspaceId: string, firmId: string): Promise<boolean>;
  /** The whole case of one firm, records in their stored order; undefined when there is no such firm. */
  getCase(workspaceId: string, firmId: string): Promise<CaseFile | undefined>;
  /** getCase with the revision read in the same statement. */
  getStoredCase(workspaceId: string, firmId: string): Promise<StoredCase | undefined>;
  /** The case's current revision (one indexed row); undefined when there is no such firm. */
  caseRevision(workspaceId: string, firmId: string): Promise<string | undefined>;
  /**
   * Marks the case changed and, inside a transaction, locks it against other writers until the
   * transaction ends: call it first in a write that checks the case before changing it.
   * NotFoundError when there is no such firm.
   */
  touchCase(workspaceId: string, firmId: string): Promise<void>;
  /**
   * Runs fn in a transaction that first locks the firm's case (touchCase): the way to write to one
   * case. Writers of one firm in this process wait their turn before taking a database connection,
   * so a busy firm cannot hold every connection of the pool while its writers queue for the lock.
   * Inside a transaction already, it joins it (and only touches the case).
   */
  writeCase<T>(workspaceId: string, firmId: string, fn: (tx: CaseStore) => Promise<T>): Promise<T>;
  /** What each id is in the firm's case ('firm' or the collection holding it); ids not in the case are absent. */
  recordKinds(workspaceId: string, firmId: string, ids: readonly string[]): Promise<Map<string, RecordKind>>;
  /** Every record of the case that names id (from the reference index, not by reading the case). */
  referrersOf(workspaceId: string, firmId: string, id: string): Promise<Referrer[]>;
  /** Ids of the other records claiming the same table cell as record (challenge ratings, utilization cells). */
  cellHolders<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<string[]>;
  /**
   * Writes a whole case. When the firm exists: with replace=false throws ConflictError naming the
   * firm; with replace=true deletes the old case first. Callers wrap it in `transaction`.
   */
  putCase(workspaceId: string, caseFile: CaseFile, options: { replace: boolean }): Promise<void>;
  /** Deletes a firm and everything under it; throws NotFoundError when absent. */
  deleteFirm(workspaceId: string, firmId: string): Promise<void>;

  getFirm(workspaceId: string, firmId: string): Promise<Versioned<Firm> | undefined>;
  /** Throws NotFoundError when absent, StaleVersionError when expectedVersion is not the stored one. */
  updateFirm(workspaceId: string, firm: Firm, expectedVersion: number): Promise<number>;

  listRecords<C extends CollectionName>(workspaceId: string, firmId: string, collection: C): Promise<Versioned<CollectionRecord<C>>[]>;
  /** Per collection, how many records each firm of the workspace has, counted without reading them in one statement; firms with none are absent. */
  countRecords(workspaceId: string, collections: readonly CollectionName[]): Promise<Map<CollectionName, Map<string, number>>>;
  /** Per firm of the workspace, its records of these collections in stored order, in one statement; firms with none are absent. */
  recordsOfFirms<C extends CollectionName>(workspaceId: string, collections: readonly C[]): Promise<Map<string, RecordsOfFirm<C>>>;
  /** Every firm record of the workspace with its version, by firm id, in one statement. */
  firmRecords(workspaceId: string): Promise<Map<string, Versioned<Firm>>>;
  getRecord<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, id: string): Promise<Versioned<CollectionRecord<C>> | undefined>;
  /** Appends a record; throws ConflictError when the id is taken in that firm's case (in any collection). */
  insertRecord<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, record: CollectionRecord<C>): Promise<number>;
  /** Replaces a record keeping its position; NotFoundError / StaleVersionError as for firms. Returns the new version. */
  updateRecord<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    record: CollectionRecord<C>,
    expectedVersion: number,
  ): Promise<number>;
  /**
   * Appends many records of one collection in a few statements (imports of thousands), in the order
   * given, each at version 1; ConflictError naming the first id given twice or already used in the case.
   * `onProgress` hears how many are written so far.
   */
  insertRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void>;
  /**
   * Replaces many records by id, each keeping its position, its version raised by one; NotFoundError
   * for the first not stored. No version check: lock the case first (touchCase) and replace only what
   * was read in the same transaction.
   */
  replaceRecords<C extends CollectionName>(
    workspaceId: string,
    firmId: string,
    collection: C,
    records: readonly CollectionRecord<C>[],
    onProgress?: (written: number) => void,
  ): Promise<void>;
  /** NotFoundError when absent; StaleVersionError when expectedVersion is given and differs. */
  deleteRecord(workspaceId: string, firmId: string, collection: CollectionName, id: string, expectedVersion?: number): Promise<void>;

  close(): Promise<void>;
}

/** A workspace's cohort figures on one day. */
export interface CohortSnapshotRow {
  /** YYYY-MM-DD. */
  date: string;
  figures: CohortFigures;
  /** When it was taken or last replaced (ISO 8601). */
  takenAt: string;
}

/** Snapshots of cohort figures (store/cohort-snapshots.ts): one per workspace and day. */
export interface CohortSnapshotStore {
  /** Keeps the figures as the workspace's snapshot of that day, replacing one taken earlier that day (then true). NotFoundError when there is no such workspace. */
  put(workspaceId: string, date: string, figures: CohortFigures, now: string): Promise<boolean>;
  /** The workspace's snapshots, oldest first. */
  list(workspaceId: string): Promise<CohortSnapshotRow[]>;
}
