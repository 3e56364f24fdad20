// The migrator's view of the catalog on PostgreSQL (PGlite, and the server when TEST_DATABASE_URL is
// set): narrowed to the store's own schema, so a start-up neither lists nor depends on the other
// schemas of the database (tenants, test runs), and migrating a schema leaves the others alone.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { lookingOnlyAt } from './migrate.js';
import { openStore, type StoreConfig } from './open.js';
import { pgliteDialect } from './pglite-dialect.js';

interface Target {
  name: string;
  /** A database without a search path of its own, and the store config for one schema in it. */
  open: () => Promise<{ db: Kysely<unknown>; config: (schema: string) => StoreConfig; close: () => Promise<void> }>;
}

const url = process.env['TEST_DATABASE_URL'];
const targets: Target[] = [
  {
    name: 'pglite',
    open: async () => {
      const pglite = await PGlite.create();
      const db = new Kysely<unknown>({ dialect: pgliteDialect(pglite, undefined) });
      return { db, config: (schema) => ({ kind: 'pglite', pglite, schema }), close: () => pglite.close() };
    },
  },
  ...(url === undefined || url === ''
    ? []
    : [
        {
          name: 'postgres',
          open: async () => {
            const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
            return { db, config: (schema: string): StoreConfig => ({ kind: 'postgres', connectionString: url, schema }), close: async () => {} };
          },
        },
      ]),
];

describe.each(targets)('the migrator’s catalog on $name', (target) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const [mine, theirs] = [`t_mine_${suffix}`, `t_theirs_${suffix}`];
  let opened: Awaited<ReturnType<Target['open']>> | undefined;
  afterAll(async () => {
    if (opened === undefined) return;
    for (const schema of [mine, theirs]) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(opened.db);
    await opened.db.destroy();
    await opened.close();
  });

  it('lists only the store’s own schema and its tables, by name, and migrating it leaves another schema alone', async () => {
    opened = await target.open();
    const { db } = opened;
    await sql`create schema ${sql.id(theirs)}`.execute(db);
    await sql`create table ${sql.id(theirs)}.kysely_migration (name text primary key, timestamp text not null)`.execute(db);
    await sql`insert into ${sql.id(theirs)}.kysely_migration values ('9999-not-ours', 'x')`.execute(db);
    await sql`create view ${sql.id(theirs)}.a_view as select 1 as one`.execute(db);
    await sql`create schema ${sql.id(mine)}`.execute(db);

    const seen = lookingOnlyAt(db, mine).introspection;
    expect(await seen.getSchemas()).toEqual([{ name: mine }]);
    expect(await seen.getTables()).toEqual([]);

    // Opened twice: migrated, then up to date, whatever the other schema's migration table holds.
    for (let i = 0; i < 2; i++) await (await openStore(opened.config(mine))).close();
    const tables = await seen.getTables({ withInternalKyselyTables: true });
    expect(tables.every((t) => t.schema === mine && !t.isView)).toBe(true);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'firms']));
    expect((await seen.getMetadata()).tables).toEqual(tables);
    const applied = await sql<{ name: string }>`select name from ${sql.id(mine)}.kysely_migration`.execute(db);
    expect(applied.rows.length).toBeGreaterThan(5);
    const theirRows = await sql<{ name: string }>`select name from ${sql.id(theirs)}.kysely_migration`.execute(db);
    expect(theirRows.rows).toEqual([{ name: '9999-not-ours' }]);
    expect(await lookingOnlyAt(db, theirs).introspection.getTables()).toEqual([
      expect.objectContaining({ name: 'a_view', schema: theirs, isView: true }),
      expect.objectContaining({ name: 'kysely_migration', schema: theirs, isView: false }),
    ]);
  });
});
