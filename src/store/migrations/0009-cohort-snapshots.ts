/**
 * Adds `cohort_snapshots` (issue 13, the advisor's cohort dashboard): a workspace's cohort figures
 * on one day (`taken_on`, YYYY-MM-DD) as JSON, one row per workspace and day — taking a snapshot
 * again the same day replaces the row. Rows go with their workspace. Numbered 0009 because 0008 is
 * the audit log's. Frozen once released: names are literal.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cohort_snapshots')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_snapshots_pk', ['workspace_id', 'taken_on'])
    .execute();
}
