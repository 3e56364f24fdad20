/**
 * Adds the table of network-competence self-assessments (case collection `competenceAssessments`).
 * Frozen once released, like every migration: it names its table and columns literally.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('competence_assessments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('firm_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('competence_assessments_pk', ['workspace_id', 'firm_id', 'id'])
    .addForeignKeyConstraint('competence_assessments_firm_fk', ['workspace_id', 'firm_id'], 'firms', ['workspace_id', 'id'], (fk) => fk.onDelete('cascade'))
    .execute();
}
