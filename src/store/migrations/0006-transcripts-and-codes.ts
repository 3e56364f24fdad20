/**
 * Adds the tables of transcripts (the stored text of a source, with the source as a query column:
 * one transcript per source) and of the case's own codes (case collections `transcripts` and
 * `codes`, issue 12). Frozen once released, like every migration: it names its tables and columns literally.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['transcripts', 'codes'] as const) {
    let create = db.schema
      .createTable(table)
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('firm_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull());
    if (table === 'transcripts') create = create.addColumn('source_id', 'text', (c) => c.notNull());
    await create
      .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', 'firm_id', 'id'])
      .addForeignKeyConstraint(`${table}_firm_fk`, ['workspace_id', 'firm_id'], 'firms', ['workspace_id', 'id'], (fk) => fk.onDelete('cascade'))
      .execute();
    await db.schema.createIndex(`${table}_position_idx`).on(table).columns(['workspace_id', 'firm_id', 'position']).execute();
  }
}
