/**
 * Real databases for store tests: every suite runs on SQLite and PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set. Each open() gives an empty database of its own (a temp file or a fresh
 * schema), so tests never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { kyselyOf } from '../store/case-store.js';
import { COLLECTION_TABLES } from '../store/collection-tables.js';
import type { AccountTable, CollectionTable } from '../store/db-schema.js';
import { dropSchema, openStore, type StoreConfig } from '../store/open.js';
import type { CaseStore, StoreKind } from '../store/types.js';

export interface StoreTarget {
  readonly name: StoreKind;
  /** Opens a store on a new, empty, migrated database. */
  open(): Promise<CaseStore>;
  /** Opens a second store on the same database as `store` (migrations run again on open). */
  reopen(store: CaseStore): Promise<CaseStore>;
  /** Closes every store this target opened and removes their files or schemas. */
  cleanup(): Promise<void>;
}

/**
 * The targets a store suite runs on: sqlite and pglite always, postgres when TEST_DATABASE_URL is
 * set. FOOTHOLD_TEST_STORES=sqlite narrows that to SQLite, for mutation runs that repeat the store
 * tests for every mutant and cannot afford PGlite's start-up each time.
 */
export function storeTargets(env: Readonly<Record<string, string | undefined>> = process.env): StoreTarget[] {
  if (env['FOOTHOLD_TEST_STORES'] === 'sqlite') return [sqliteTarget()];
  const url = env['TEST_DATABASE_URL'];
  return [sqliteTarget(), pgliteTarget(), ...(url === undefined || url === '' ? [] : [postgresTarget(url)])];
}

/** Keeps track of stores and their configs so cleanup can close them and reopen can find the database. */
class OpenedStores {
  private readonly configs = new Map<CaseStore, StoreConfig>();

  async open(config: StoreConfig): Promise<CaseStore> {
    const store = await openStore(config);
    this.configs.set(store, config);
    return store;
  }

  configOf(store: CaseStore): StoreConfig {
    const config = this.configs.get(store);
    if (config === undefined) throw new Error('reopen expects a store opened by the same target');
    return config;
  }

  async closeAll(): Promise<void> {
    for (const store of this.configs.keys()) await store.close();
    this.configs.clear();
  }
}

function sqliteTarget(): StoreTarget {
  const stores = new OpenedStores();
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'foothold-store-'));
      dirs.push(dir);
      return stores.open({ kind: 'sqlite', file: join(dir, 'foothold.sqlite') });
    },
    reopen: (store) => stores.open(stores.configOf(store)),
    async cleanup() {
      await stores.closeAll();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const schemaName = (): string => `t_${randomBytes(6).toString('hex')}`;

// PGlite takes seconds to start, so one instance serves every pglite target of a test file (vitest
// runs each file in its own module graph); it closes when the last target using it is cleaned up.
let sharedPglite: { instance: Promise<PGlite>; users: number } | undefined;

function pgliteTarget(): StoreTarget {
  const stores = new OpenedStores();
  const schemas: string[] = [];
  let instance: Promise<PGlite> | undefined;
  return {
    name: 'pglite',
    async open() {
      if (instance === undefined) {
        sharedPglite ??= { instance: PGlite.create(), users: 0 };
        sharedPglite.users++;
        instance = sharedPglite.instance;
      }
      const schema = schemaName();
      schemas.push(schema);
      return stores.open({ kind: 'pglite', pglite: await instance, schema });
    },
    reopen: (store) => stores.open(stores.configOf(store)),
    async cleanup() {
      await stores.closeAll();
      if (instance === undefined) return;
      const pglite = await instance;
      for (const schema of schemas.splice(0)) await pglite.exec(`drop schema if exists "${schema}" cascade`);
      instance = undefined;
      if (sharedPglite !== undefined && --sharedPglite.users === 0) {
        sharedPglite = undefined;
        await pglite.close();
      }
    },
  };
}

function postgresTarget(connectionString: string): StoreTarget {
  const stores = new OpenedStores();
  const schemas: string[] = [];
  return {
    name: 'postgres',
    open() {
      const schema = schemaName();
      schemas.push(schema);
      return stores.open({ kind: 'postgres', connectionString, schema });
    },
    reopen: (store) => stores.open(stores.configOf(store)),
    async cleanup() {
      await stores.closeAll();
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        for (const schema of schemas.splice(0)) await dropSchema(client, schema);
      } finally {
        await client.end();
      }
    },
  };
}

/** Every table of the store: workspaces, firms, one per case collection, and the reference index. */
export const STORE_TABLES: readonly ('workspaces' | 'firms' | 'case_references' | CollectionTable | AccountTable | 'cohort_snapshots')[] = [
  'workspaces',
  'firms',
  ...Object.values(COLLECTION_TABLES),
  'case_references',
  'users',
  'memberships',
  'sessions',
  'api_tokens',
  'login_failures',
  'cohort_snapshots',
];

/** The primary key (or, for login_failures, the natural order) of the tables outside the cases. */
const ACCOUNT_ORDER: Readonly<Record<AccountTable | 'cohort_snapshots', readonly string[]>> = {
  users: ['id'],
  memberships: ['workspace_id', 'user_id'],
  sessions: ['id_hash'],
  api_tokens: ['id'],
  login_failures: ['key', 'at'],
  cohort_snapshots: ['workspace_id', 'taken_on'],
};
export type StoreTable = (typeof STORE_TABLES)[number];

/** Every row of every table, in primary-key order: compare two dumps to prove nothing changed. */
export async function dumpTables(store: CaseStore): Promise<Record<StoreTable, Record<string, unknown>[]>> {
  const db = kyselyOf(store);
  const dump = {} as Record<StoreTable, Record<string, unknown>[]>;
  for (const table of STORE_TABLES) {
    const order: readonly string[] =
      table in ACCOUNT_ORDER
        ? ACCOUNT_ORDER[table as keyof typeof ACCOUNT_ORDER]
        : table === 'workspaces'
          ? ['id']
          : table === 'firms'
            ? ['workspace_id', 'id']
            : table === 'case_references'
              ? ['workspace_id', 'firm_id', 'source_id', 'field']
              : ['workspace_id', 'firm_id', 'id'];
    let query = db.selectFrom(table).selectAll();
    for (const column of order) query = query.orderBy(column as 'id');
    dump[table] = (await query.execute()) as Record<string, unknown>[];
  }
  return dump;
}

/** How many rows each table holds for one firm (workspaces: 0, they belong to no firm). */
export async function rowCountsOfFirm(store: CaseStore, workspaceId: string, firmId: string): Promise<Record<StoreTable, number>> {
  const dump = await dumpTables(store);
  const counts = {} as Record<StoreTable, number>;
  for (const table of STORE_TABLES) {
    counts[table] = dump[table].filter(
      (row) => row['workspace_id'] === workspaceId && (table === 'firms' ? row['id'] === firmId : row['firm_id'] === firmId),
    ).length;
  }
  return counts;
}
