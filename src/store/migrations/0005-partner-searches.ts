/**
 * Adds the table of partner searches (case collection `partnerSearches`,
 * docs/decisions/0014-partner-search.md), with the (firm, position) index every collection table
 * has since 0003. Frozen once released, like every migration: it names its table and columns literally.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('partner_searches')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('firm_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_searches_pk', ['workspace_id', 'firm_id', 'id'])
    .addForeignKeyConstraint('partner_searches_firm_fk', ['workspace_id', 'firm_id'], 'firms', ['workspace_id', 'id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('partner_searches_position_idx').on('partner_searches').columns(['workspace_id', 'firm_id', 'position']).execute();
}
