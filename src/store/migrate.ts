/** Runs the migrations of src/store/migrations against an open database. */
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
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
    db,
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
