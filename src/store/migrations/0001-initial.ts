/**
 * The first schema: workspaces, firms, and one table per case-file collection.
 * Frozen once released: it names its tables literally instead of importing them, so later code
 * changes cannot alter what this migration did. Only portable types (text, integer) are used so
 * the same file runs on SQLite and PostgreSQL.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

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
] as const;
type Table = (typeof COLLECTION_TABLES)[number];

/** Query columns per table, copied from the record on every write; nullable ones say so. */
const QUERY_COLUMNS: Partial<Record<Table, [name: string, type: 'text' | 'integer', nullable: boolean][]>> = {
  ties: [
    ['from_id', 'text', false],
    ['to_id', 'text', false],
    ['network_type', 'text', false],
    ['status', 'text', false],
    ['strength', 'integer', true],
  ],
  actors: [
    ['kind', 'text', false],
    ['name', 'text', false],
    ['country', 'text', true],
  ],
  markets: [
    ['country', 'text', true],
    ['region', 'text', true],
    ['status', 'text', false],
  ],
  challenge_ratings: [
    ['category', 'text', false],
    ['level', 'text', false],
    ['market_id', 'text', true],
  ],
  utilization_cells: [
    ['challenge', 'text', false],
    ['network_type', 'text', false],
    ['level', 'text', false],
  ],
  segments: [['source_id', 'text', false]],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('firms')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('case_meta', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('firms_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('firms_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();

  for (const table of COLLECTION_TABLES) {
    let create: CreateTableBuilder<string, string> = db.schema
      .createTable(table)
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('firm_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull());
    for (const [name, type, nullable] of QUERY_COLUMNS[table] ?? []) {
      create = create.addColumn(name, type, (c) => (nullable ? c : c.notNull()));
    }
    await create
      .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', 'firm_id', 'id'])
      .addForeignKeyConstraint(`${table}_firm_fk`, ['workspace_id', 'firm_id'], 'firms', ['workspace_id', 'id'], (fk) => fk.onDelete('cascade'))
      .execute();
  }

  // Warm-path and network queries walk ties from either end.
  await db.schema.createIndex('ties_from_idx').on('ties').columns(['workspace_id', 'firm_id', 'from_id']).execute();
  await db.schema.createIndex('ties_to_idx').on('ties').columns(['workspace_id', 'firm_id', 'to_id']).execute();
}
