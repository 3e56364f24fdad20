/**
 * Lets a single-record write check only what it touches (docs/decisions/0007-single-record-writes.md):
 * - `case_references`: one row per id a record (or the firm) names, indexed by the id named, so
 *   "who still refers to X?" is one indexed query instead of loading the whole case;
 * - `firms.revision`: changes on every write to a case, so analyses of an unchanged case can be
 *   reused; `firms.references_version`: which version of the reference rules built that firm's
 *   rows (0 = not built yet — existing firms are indexed when the store opens, by current code);
 * - an index on each collection's (firm, position), for appending and listing in order.
 * Frozen once released: names are literal, and no rows are computed here.
 */
import type { Kysely } from 'kysely';

const COLLECTION_TABLES = [
  'key_people',
  'facts',
  'actors',
  'ties',
  'markets',
  'activities',
  'challenge_categories',
  'challenge_ratings',
  'utilization_cells',
  'benefits',
  'digital_presence',
  'sources',
  'segments',
  'competence_assessments',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_references')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('firm_id', 'text', (c) => c.notNull())
    .addColumn('source_collection', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_references_pk', ['workspace_id', 'firm_id', 'source_id', 'field'])
    .addForeignKeyConstraint('case_references_firm_fk', ['workspace_id', 'firm_id'], 'firms', ['workspace_id', 'id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('case_references_target_idx').on('case_references').columns(['workspace_id', 'firm_id', 'target_id']).execute();

  await db.schema
    .alterTable('firms')
    .addColumn('revision', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('firms')
    .addColumn('references_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  for (const table of COLLECTION_TABLES) {
    await db.schema.createIndex(`${table}_position_idx`).on(table).columns(['workspace_id', 'firm_id', 'position']).execute();
  }
}
