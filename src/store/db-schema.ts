/**
 * The tables as Kysely sees them. Each collection row keeps the full record as JSON text plus a
 * few plain columns copied from it for queries (see docs/decisions/0003-storage.md).
 */

export interface WorkspaceTable {
  id: string;
  name: string;
  kind: string;
  /** ISO 8601 text: the same on every dialect. */
  created_at: string;
}

export interface FirmTable {
  workspace_id: string;
  id: string;
  name: string;
  country: string;
  /** JSON of the Firm record. */
  record: string;
  /** JSON of the case file's own fields ($schema, title, notes) that are not records. */
  case_meta: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** Changes (to a fresh random value) on every write to the case: a key for cached analyses. */
  revision: string;
  /** The REFERENCE_RULES_VERSION that built this firm's case_references rows; 0 before the first build. */
  references_version: number;
}

/** One id that a record (or the firm) names: "who refers to X" without loading the case. */
export interface CaseReferenceTable {
  workspace_id: string;
  firm_id: string;
  /** 'firm' or the collection name of the record that refers. */
  source_collection: string;
  source_id: string;
  /** JSON pointer inside the referring record, e.g. "/to" or "/evidence/0". */
  field: string;
  target_id: string;
}

/** Columns every collection table has. */
export interface CollectionTableBase {
  workspace_id: string;
  firm_id: string;
  id: string;
  /** Order of the record in its collection; gaps are allowed after deletes. */
  position: number;
  version: number;
  /** JSON of the record exactly as the case file has it. */
  record: string;
}

export interface TieTable extends CollectionTableBase {
  from_id: string;
  to_id: string;
  network_type: string;
  status: string;
  strength: number | null;
}

export interface ActorTable extends CollectionTableBase {
  kind: string;
  name: string;
  country: string | null;
}

export interface MarketTable extends CollectionTableBase {
  country: string | null;
  region: string | null;
  status: string;
}

export interface ChallengeRatingTable extends CollectionTableBase {
  category: string;
  level: string;
  market_id: string | null;
}

export interface UtilizationCellTable extends CollectionTableBase {
  challenge: string;
  network_type: string;
  level: string;
}

export interface SegmentTable extends CollectionTableBase {
  source_id: string;
}

export interface TranscriptTable extends CollectionTableBase {
  source_id: string;
}

export interface UserTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipTable {
  workspace_id: string;
  user_id: string;
  /** A Role of core/access/policy.ts. */
  role: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie value: a copy of the database does not log anyone in. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  /** 'read' or 'write'. */
  scope: string;
  /** SHA-256 (hex) of the token. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** One failed login, under "account:<email>" and again under "address:<ip>". */
export interface LoginFailureTable {
  key: string;
  at: string;
}

/** One transaction that changed cases: who and when (migration 0008). */
export interface AuditChangeTable {
  id: string;
  workspace_id: string;
  at: string;
  /** The account, when a logged-in user made it. */
  user_id: string | null;
  /** Who, in words: an e-mail, "cli:<login>", or "local" in the single-user mode. */
  actor: string;
  /** Set on a change that undid another. */
  undo_of: string | null;
  /** Set once the change has been undone. */
  undone_by: string | null;
}

/** One record a change inserted (before null), replaced, or deleted (after null); collection "case" for a whole case, "firm" for the firm record. */
export interface AuditItemTable {
  change_id: string;
  seq: number;
  workspace_id: string;
  firm_id: string;
  collection: string;
  record_id: string;
  before: string | null;
  after: string | null;
  version_after: number | null;
}

export interface Database {
  workspaces: WorkspaceTable;
  audit_changes: AuditChangeTable;
  audit_items: AuditItemTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_failures: LoginFailureTable;
  firms: FirmTable;
  case_references: CaseReferenceTable;
  key_people: CollectionTableBase;
  facts: CollectionTableBase;
  actors: ActorTable;
  ties: TieTable;
  markets: MarketTable;
  activities: CollectionTableBase;
  challenge_categories: CollectionTableBase;
  challenge_ratings: ChallengeRatingTable;
  utilization_cells: UtilizationCellTable;
  benefits: CollectionTableBase;
  digital_presence: CollectionTableBase;
  sources: CollectionTableBase;
  transcripts: TranscriptTable;
  codes: CollectionTableBase;
  segments: SegmentTable;
  competence_assessments: CollectionTableBase;
  partner_searches: CollectionTableBase;
  cohort_snapshots: CohortSnapshotTable;
  retention_settings: RetentionSettingsTable;
}

/** Tables of accounts (migration 0007), outside every case. */
export type AccountTable = 'users' | 'memberships' | 'sessions' | 'api_tokens' | 'login_failures';

/** Tables of the audit log (migration 0008). */
export type AuditTable = 'audit_changes' | 'audit_items';

export type CollectionTable = Exclude<
  keyof Database,
  'workspaces' | 'firms' | 'case_references' | AccountTable | AuditTable | 'cohort_snapshots' | 'retention_settings'
>;

/** The plain query columns of a collection table: what is copied out of the record on each write. */
export type QueryColumns<T extends CollectionTable> = Omit<Database[T], keyof CollectionTableBase>;

/** A workspace's cohort figures on one day (migration 0009): one row per workspace and day. */
export interface CohortSnapshotTable {
  workspace_id: string;
  /** YYYY-MM-DD. */
  taken_on: string;
  /** JSON of the CohortFigures of core/cohort. */
  figures: string;
  /** When it was taken or last replaced (ISO 8601). */
  taken_at: string;
}

/** A workspace's retention settings (migration 0010). */
export interface RetentionSettingsTable {
  workspace_id: string;
  /** Days an imported contact is kept after its last import; null: until removed by hand. */
  contacts_days: number | null;
  updated_at: string;
}
