/** Which table holds each case-file collection, what its records are called, and its query columns. */
import type { CollectionName } from '../core/case-file/index.js';
import type { Kysely } from 'kysely';
import type { CollectionRecord } from './types.js';
import type { CollectionTable, CollectionTableBase, Database, QueryColumns } from './db-schema.js';

export const COLLECTION_TABLES = {
  keyPeople: 'key_people',
  facts: 'facts',
  actors: 'actors',
  ties: 'ties',
  markets: 'markets',
  activities: 'activities',
  challengeCategories: 'challenge_categories',
  challengeRatings: 'challenge_ratings',
  utilization: 'utilization_cells',
  benefits: 'benefits',
  digitalPresence: 'digital_presence',
  sources: 'sources',
  transcripts: 'transcripts',
  codes: 'codes',
  segments: 'segments',
  competenceAssessments: 'competence_assessments',
  partnerSearches: 'partner_searches',
} as const satisfies Record<CollectionName, CollectionTable>;

type TableOf<C extends CollectionName> = (typeof COLLECTION_TABLES)[C];

/** The table of a collection, widened so Kysely can build queries for "any collection". */
export function tableOf(collection: CollectionName): CollectionTable {
  return COLLECTION_TABLES[collection];
}

const none = (): Record<string, never> => ({});

/** Copies the columns later queries filter on out of a record; run on every insert and update. */
const QUERY_COLUMNS: { [C in CollectionName]: (record: CollectionRecord<C>) => QueryColumns<TableOf<C>> } = {
  keyPeople: none,
  facts: none,
  actors: (a) => ({ kind: a.kind, name: a.name, country: a.countries?.[0] ?? null }),
  ties: (t) => ({ from_id: t.from, to_id: t.to, network_type: t.networkType, status: t.status, strength: t.strength ?? null }),
  markets: (m) => ({ country: m.country ?? null, region: m.region ?? null, status: m.status }),
  activities: none,
  challengeCategories: none,
  challengeRatings: (r) => ({ category: r.category, level: r.level, market_id: r.market ?? null }),
  utilization: (u) => ({ challenge: u.challenge, network_type: u.networkType, level: u.level }),
  benefits: none,
  digitalPresence: none,
  sources: none,
  transcripts: (t) => ({ source_id: t.source }),
  codes: none,
  segments: (s) => ({ source_id: s.source }),
  competenceAssessments: none,
  partnerSearches: none,
};

export type ColumnValue = string | number | null;

/** The query columns of one record, as a plain row fragment. */
export function queryColumnsOf<C extends CollectionName>(collection: C, record: CollectionRecord<C>): Record<string, ColumnValue> {
  const extract: (record: CollectionRecord<C>) => QueryColumns<TableOf<C>> = QUERY_COLUMNS[collection];
  return extract(record) as Record<string, ColumnValue>;
}

/** A collection table seen through its shared columns plus loosely typed query columns. */
export type LooseCollectionRow = CollectionTableBase & { [column: string]: ColumnValue };

/**
 * Typing boundary: code that works on "whichever collection" cannot name the table statically, so
 * it sees every collection table through the shared columns. Only the shared columns and the
 * columns produced by queryColumnsOf are used through this view.
 */
export function collectionDb(db: Kysely<Database>): Kysely<Record<CollectionTable, LooseCollectionRow>> {
  return db as unknown as Kysely<Record<CollectionTable, LooseCollectionRow>>;
}

/**
 * The query columns that make up a table cell, where a cell holds one record: the storage side of
 * core's tableCellOf (a rating's category and market, a utilization cell's challenge and network type).
 */
const CELL_COLUMNS: Partial<Record<CollectionName, readonly string[]>> = {
  challengeRatings: ['category', 'market_id'],
  utilization: ['challenge', 'network_type'],
  transcripts: ['source_id'],
};

/** Ids of the other records of the firm's case that claim the same table cell as record. */
export async function cellHolders<C extends CollectionName>(
  db: Kysely<Database>,
  workspaceId: string,
  firmId: string,
  collection: C,
  record: CollectionRecord<C>,
): Promise<string[]> {
  const columns = CELL_COLUMNS[collection];
  if (columns === undefined) return [];
  const values = queryColumnsOf(collection, record);
  let query = collectionDb(db)
    .selectFrom(tableOf(collection))
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('firm_id', '=', firmId)
    .where('id', '!=', record.id);
  for (const column of columns) {
    const value = values[column] ?? null;
    query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value);
  }
  return (await query.orderBy('position').execute()).map((row) => row.id);
}
