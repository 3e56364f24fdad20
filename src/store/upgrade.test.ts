// Migrations never lose data: a database written at an old migration, holding the three sample
// cases (a frozen copy of real rows, test/fixtures/store-0001-sample-cases.json), is opened by the
// current store, which migrates it to the latest schema; every case must come back as the same
// case-format-1 files (frozen in test/fixtures/cases-v1/) read by the current code (test/format-upgrade.test.ts
// checks that those analyse as they did before format 2).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCaseOrThrow, SAMPLE_IDS } from '../test-support/samples.js';
import { caseReferenceRows } from './case-references.js';
import { kyselyOf } from './case-store.js';
import { migrateTo } from './migrate.js';
import { dropSchema, openStore, type StoreConfig } from './open.js';
import { pgliteDialect } from './pglite-dialect.js';

const root = new URL('../..', import.meta.url).pathname;
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/store-0001-sample-cases.json'), 'utf8')) as {
  migration: string;
  tables: Record<string, Record<string, unknown>[]>;
};
const samples = SAMPLE_IDS.map((id) => parseCaseOrThrow(readFileSync(join(root, `test/fixtures/cases-v1/${id}.json`), 'utf8')));

/** Writes the fixture's rows into a database that is at the fixture's migration. */
async function loadOldDatabase(db: Kysely<Record<string, Record<string, unknown>>>, schema?: string): Promise<void> {
  expect(await migrateTo(db, fixture.migration, schema)).toEqual(['0001-initial']);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 200))
        .execute();
  }
  await db.destroy();
}

async function expectSamplesAfterUpgrade(config: StoreConfig): Promise<void> {
  const store = await openStore(config);
  try {
    for (const sample of samples) expect(await store.getCase('default', sample.firm.id)).toEqual(sample);
    expect((await store.listFirms('default')).map((f) => f.version)).toEqual([1, 1, 1]);
    // Migration 0003's reference index is built on open, from the upgraded rows, exactly as for a fresh import.
    for (const sample of samples) {
      const rows = await kyselyOf(store)
        .selectFrom('case_references')
        .select(['workspace_id', 'firm_id', 'source_collection', 'source_id', 'field', 'target_id'])
        .where('firm_id', '=', sample.firm.id)
        .execute();
      const key = (r: { source_id: string; field: string }) => `${r.source_id} ${r.field}`;
      expect(rows.map(key).sort()).toEqual(caseReferenceRows('default', sample).map(key).sort());
      expect(rows.length).toBeGreaterThan(100);
    }
    // Migration 0004 keeps the markets' status column, which queries filter on, as their records now say ("entered" is no status any more).
    const markets = await kyselyOf(store).selectFrom('markets').select(['status', 'record']).execute();
    expect(markets.length).toBe(16);
    for (const m of markets) expect(m.status).toBe((JSON.parse(m.record) as { status: string }).status);
  } finally {
    await store.close();
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe('upgrading a database written at migration 0001', () => {
  it('on SQLite', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'foothold-upgrade-')), 'old.sqlite');
    await loadOldDatabase(new Kysely({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) }));
    await expectSamplesAfterUpgrade({ kind: 'sqlite', file });
  });

  // FOOTHOLD_TEST_STORES=sqlite (mutation runs) leaves PGlite out, as storeTargets() does.
  if (process.env['FOOTHOLD_TEST_STORES'] !== 'sqlite') {
    it('on PGlite', async () => {
      const pglite = new PGlite();
      cleanups.push(() => pglite.close());
      await loadOldDatabase(new Kysely({ dialect: pgliteDialect(pglite, undefined) }));
      await expectSamplesAfterUpgrade({ kind: 'pglite', pglite });
    });
  }

  const url = process.env['TEST_DATABASE_URL'];
  if (url !== undefined && url !== '') {
    it('on PostgreSQL', async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Pool({ connectionString: url });
      await admin.query(`create schema ${schema}`);
      cleanups.push(async () => {
        await dropSchema(admin, schema);
        await admin.end();
      });
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
      await loadOldDatabase(new Kysely({ dialect: new PostgresDialect({ pool }) }), schema);
      await expectSamplesAfterUpgrade({ kind: 'postgres', connectionString: url, schema });
    });
  }
});
