import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalCase } from '../test-support/cases.js';
import { STORE_TABLES, dumpTables, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from './case-store.js';
import type { Database } from './db-schema.js';
import { migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openStore, SQLITE_BUSY_TIMEOUT_MS } from './open.js';

/** Kysely's own bookkeeping: which migrations ran, and when. */
async function migrationRows(db: Kysely<Database>): Promise<{ name: string; timestamp: string }[]> {
  return (await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name`.execute(db)).rows;
}

describe.each(storeTargets())('migrations on $name', (target) => {
  afterAll(() => target.cleanup());

  it('creates every table, and running them again changes nothing', async () => {
    const store = await target.open();
    const db = kyselyOf(store);
    const applied = await migrationRows(db);
    expect(applied.map((m) => m.name)).toEqual(Object.keys(MIGRATIONS));
    expect(Object.keys(await dumpTables(store))).toEqual([...STORE_TABLES]);

    await store.ensureWorkspace({ id: 'ws', name: 'Research', kind: 'research' });
    await store.putCase('ws', minimalCase(), { replace: false });
    const before = await dumpTables(store);

    // Once through the same Kysely instance, once through a fresh open of the same database.
    const schema = target.name === 'sqlite' ? undefined : (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s;
    expect(await migrateToLatest(db, schema)).toEqual([]);
    const reopened = await target.reopen(store);
    expect(await migrationRows(kyselyOf(reopened))).toEqual(applied);
    expect(await dumpTables(reopened)).toEqual(before);
    expect(await reopened.getCase('ws', 'nomad-tea')).toStrictEqual(minimalCase());
  });

  // Registered only where it applies, so other targets do not report it as skipped.
  if (target.name === 'sqlite') {
    it('reports which migration failed and why, and adds none of its tables', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'foothold-migrate-')), 'clash.sqlite');
      const raw = new SqliteDatabase(file);
      raw.exec('create table workspaces (something_else text)');
      raw.close();
      await expect(openStore({ kind: 'sqlite', file })).rejects.toThrow(/^database migration "0001-initial" failed: table "workspaces" already exists/);
      const after = new SqliteDatabase(file);
      expect(after.prepare("select name from sqlite_master where type = 'table' order by name").all()).toEqual([
        { name: 'kysely_migration' },
        { name: 'kysely_migration_lock' },
        { name: 'workspaces' },
      ]);
      after.close();
    });

    it('opens SQLite in WAL mode with foreign keys on', async () => {
      const store = await target.open();
      const db = kyselyOf(store);
      expect((await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db)).rows).toEqual([{ journal_mode: 'wal' }]);
      expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows).toEqual([{ foreign_keys: 1 }]);
      expect((await sql<{ timeout: number }>`pragma busy_timeout`.execute(db)).rows).toEqual([{ timeout: SQLITE_BUSY_TIMEOUT_MS }]);
    });
  }

  if (target.name !== 'sqlite') {
    it('keeps each store in its own schema', async () => {
      const a = await target.open();
      const b = await target.open();
      await a.ensureWorkspace({ id: 'only-in-a', name: 'A', kind: 'firm' });
      expect(await a.listWorkspaces()).toEqual([{ id: 'only-in-a', name: 'A', kind: 'firm' }]);
      expect(await b.listWorkspaces()).toEqual([]);
      const schemaOf = async (s: typeof a) => (await sql<{ s: string }>`select current_schema() as s`.execute(kyselyOf(s))).rows[0]?.s;
      expect(await schemaOf(a)).toMatch(/^t_[0-9a-f]{12}$/);
      expect(await schemaOf(a)).not.toEqual(await schemaOf(b));
    });
  }
});
