/**
 * The audit log (issue 13): every transaction that changes a case is one `audit_changes` row (who,
 * when) with one `audit_items` row per record it inserted, replaced or deleted (before and after as
 * JSON; a whole case for imports and deleted firms). Undo writes the befores back and is itself a
 * change, linked both ways. Frozen once released: names are literal.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('undo_of', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('audit_changes_workspace_idx').on('audit_changes').columns(['workspace_id', 'at']).execute();
  await db.schema
    .createTable('audit_items')
    .addColumn('change_id', 'text', (c) => c.notNull().references('audit_changes.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('firm_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('version_after', 'integer')
    .addPrimaryKeyConstraint('audit_items_pk', ['change_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_items_firm_idx').on('audit_items').columns(['workspace_id', 'firm_id']).execute();
}
