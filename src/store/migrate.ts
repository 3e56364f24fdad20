/** Runs the migrations of src/store/migrations against an open database. */
import { Migrator, sql, type DatabaseIntrospector, type Kysely, type MigrationResultSet, type TableMetadata } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Brings the database to the latest migration and returns the names it applied ([] when it was
 * up to date already). On PostgreSQL pass the schema the tables live in: Kysely otherwise takes a
 * kysely_migration table in ANY schema of the database as its own.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, migrationTableSchema?: string): Promise<string[]> {
  return migrate(db, migrationTableSchema, (m) => m.migrateToLatest());
}

/** Brings the database up to the named migration only: for upgrade tests that start from an old release. */
export async function migrateTo<DB>(db: Kysely<DB>, target: string, migrationTableSchema?: string): Promise<string[]> {
  if (!(target in MIGRATIONS)) throw new Error(`no migration named "${target}"; known: ${Object.keys(MIGRATIONS).join(', ')}`);
  return migrate(db, migrationTableSchema, (m) => m.migrateTo(target));
}

async function migrate<DB>(db: Kysely<DB>, migrationTableSchema: string | undefined, run: (m: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrator = new Migrator({
    db: migrationTableSchema === undefined ? db : lookingOnlyAt(db, migrationTableSchema),
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
  const { error, results = [] } = await run(migrator);
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed === undefined ? '' : `"${failed}" `}failed: ${message}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The database as the migrator sees it, its catalog narrowed to one schema. Kysely's migrator asks
 * whether its own schema and tables exist by listing every column of every table of every schema
 * (PostgresIntrospector#getTables), several times per start-up: with many schemas in a database
 * (tenants, test runs) every command's start-up grows with all of them, reads the names of schemas
 * not its own, and fails when one is dropped during the scan. These answers hold only what it asks
 * about: the one schema, and the names of the tables and views in it.
 */
export function lookingOnlyAt<DB>(db: Kysely<DB>, schema: string): Kysely<DB> {
  const introspection: DatabaseIntrospector = {
    async getSchemas() {
      const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
      return rows;
    },
    async getTables() {
      const { rows } = await sql<{ name: string; kind: string }>`
        select c.relname as name, c.relkind as kind from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${schema} and c.relkind in ('r', 'v', 'p') order by c.relname`.execute(db);
      return rows.map((r): TableMetadata => ({ name: r.name, schema, isView: r.kind === 'v', columns: [] }));
    },
    async getMetadata() {
      return { tables: await this.getTables() };
    },
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      // Kysely's methods use private fields: they must run on the instance itself, not on the proxy.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
