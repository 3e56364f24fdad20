/**
 * Adds `retention_settings` (issue 13, GDPR storage limitation): per workspace, how many days an
 * imported contact is kept after its last import before `foothold retention purge` removes it
 * (`contacts_days`, null: kept until removed by hand). One row per workspace; rows go with their
 * workspace. Numbered 0010 because 0009 is the cohort snapshots'. Frozen once released: names are literal.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_settings')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('contacts_days', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
