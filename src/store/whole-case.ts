/** Writing and reading a firm's whole case: the firm row plus every collection in case-file order. */
import { sql, type Kysely } from 'kysely';
import { COLLECTION_NAMES, type CollectionName } from '../core/case-file/collections.js';
import type { CaseFile } from '../core/case-file/index.js';
import { CASE_FORMAT_2 as CASE_FORMAT } from '../core/case-file/upgrade.js';
import type { Firm } from '../core/model/index.js';
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../shared/errors.js';
import { caseReferenceRows, insertReferenceRows, REFERENCE_RULES_VERSION } from './case-references.js';
import { collectionDb, queryColumnsOf, tableOf, type LooseCollectionRow } from './collection-tables.js';
import { storableJson } from './storable.js';
import type { Database } from './db-schema.js';
import type { CollectionRecord, StoredCase } from './types.js';

/** The case file's own fields that are not records; kept so getCase gives back what putCase got. */
interface CaseMeta {
  $schema?: string;
  title?: string;
  notes?: string[];
}

function caseMetaOf(c: CaseFile): CaseMeta {
  return {
    ...(c.$schema === undefined ? {} : { $schema: c.$schema }),
    ...(c.title === undefined ? {} : { title: c.title }),
    ...(c.notes === undefined ? {} : { notes: c.notes }),
  };
}

/** Throws ConflictError when two records of the case (or a record and the firm) share an id. */
export function assertCaseIdsUnique(c: CaseFile): void {
  const seen = new Map<string, string>([[c.firm.id, '/firm']]);
  for (const name of COLLECTION_NAMES) {
    c[name].forEach((record, i) => {
      const pointer = `/${name}/${i}`;
      const earlier = seen.get(record.id);
      if (earlier !== undefined) {
        throw new ConflictError(
          `id "${record.id}" is used twice in the case of firm "${c.firm.id}", at ${earlier} and ${pointer}; ids must be unique across the whole case`,
          `${pointer}/id`,
        );
      }
      seen.set(record.id, pointer);
    });
  }
}

// Both dialects cap bound parameters per statement (SQLite 32766, PostgreSQL 65535); 500 rows stay far below.
const INSERT_CHUNK = 500;

/** A fresh value for firms.revision: every write to a case gets one, so no two states share it. */
export function newRevision(): string {
  return randomUUID();
}

/** Inserts the firm row, every record of the case (positions following the case's order) and its reference index. */
export async function writeCase(db: Kysely<Database>, workspaceId: string, c: CaseFile, now: string): Promise<void> {
  await db
    .insertInto('firms')
    .values({
      workspace_id: workspaceId,
      id: c.firm.id,
      name: c.firm.name,
      country: c.firm.countryOfOrigin,
      record: storableJson(c.firm, '/firm'),
      case_meta: storableJson(caseMetaOf(c), ''),
      version: 1,
      created_at: now,
      updated_at: now,
      revision: newRevision(),
      references_version: REFERENCE_RULES_VERSION,
    })
    .execute();
  for (const name of COLLECTION_NAMES) {
    const rows = collectionRows(workspaceId, c.firm.id, name, c[name]);
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await collectionDb(db)
        .insertInto(tableOf(name))
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
    }
  }
  await insertReferenceRows(db, caseReferenceRows(workspaceId, c));
}

/** A collection this large in one import can change the best query plans of its table. */
const LARGE_IMPORT_ROWS = 1000;

/**
 * PostgreSQL plans from table statistics that autovacuum refreshes only now and then: right after a
 * large import it still believes the tables are nearly empty and picks indexes that scan the whole
 * firm (a single tie write took 25 ms instead of 3 on a 100,000-tie firm). ANALYZE the tables the
 * import filled, inside its transaction, so the first writes after it are planned right.
 */
export async function refreshStatistics(db: Kysely<Database>, c: CaseFile): Promise<void> {
  const large = COLLECTION_NAMES.filter((name) => c[name].length >= LARGE_IMPORT_ROWS).map((name) => tableOf(name));
  if (large.length === 0) return;
  await sql`analyze ${sql.join([...large, 'case_references'].map((table) => sql.table(table)))}`.execute(db);
}

function collectionRows<C extends CollectionName>(workspaceId: string, firmId: string, collection: C, records: CollectionRecord<C>[]): LooseCollectionRow[] {
  return records.map((record, position) => collectionRow(workspaceId, firmId, collection, record, position, 1, `/${collection}/${position}`));
}

/** One collection row: the shared columns, the record as JSON, and its query columns; `pointer` locates the record in messages. */
export function collectionRow<C extends CollectionName>(
  workspaceId: string,
  firmId: string,
  collection: C,
  record: CollectionRecord<C>,
  position: number,
  version: number,
  pointer: string,
): LooseCollectionRow {
  return {
    workspace_id: workspaceId,
    firm_id: firmId,
    id: record.id,
    position,
    version,
    record: storableJson(record, pointer),
    ...queryColumnsOf(collection, record),
  };
}

interface CaseRow {
  collection: string;
  position: number;
  record: string;
  meta: string | null;
  revision: string | null;
}

/**
 * Reads one firm's whole case in ONE statement (a UNION ALL over the firm row and the 13 tables),
 * so a concurrent replace is seen entirely or not at all, on PostgreSQL's read committed as well.
 */
export async function readCase(db: Kysely<Database>, workspaceId: string, firmId: string): Promise<StoredCase | undefined> {
  const firmBranch = db
    .selectFrom('firms')
    .select([
      sql<string>`'firm'`.as('collection'),
      sql<number>`0`.as('position'),
      'record',
      sql<string | null>`case_meta`.as('meta'),
      sql<string | null>`revision`.as('revision'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', firmId);
  const branches = COLLECTION_NAMES.map((name) =>
    collectionDb(db)
      .selectFrom(tableOf(name))
      .select([
        sql<string>`${sql.lit(name)}`.as('collection'),
        'position',
        'record',
        sql<string | null>`null`.as('meta'),
        sql<string | null>`null`.as('revision'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('firm_id', '=', firmId),
  );
  const rows: CaseRow[] = await branches.reduce<typeof firmBranch>((query, branch) => query.unionAll(branch), firmBranch).execute();

  const firmRow = rows.find((r) => r.collection === 'firm');
  if (firmRow === undefined) return undefined;
  const byCollection = new Map<string, CaseRow[]>();
  for (const row of rows) {
    if (row.collection === 'firm') continue;
    const list = byCollection.get(row.collection) ?? [];
    list.push(row);
    byCollection.set(row.collection, list);
  }
  // Trust boundary: these JSON texts were written by this store from validated records.
  const records = <C extends CollectionName>(name: C): CollectionRecord<C>[] =>
    (byCollection.get(name) ?? []).sort((a, b) => a.position - b.position).map((r) => JSON.parse(r.record) as CollectionRecord<C>);
  const meta = JSON.parse(firmRow.meta ?? '{}') as CaseMeta;

  const caseFile: CaseFile = {
    ...(meta.$schema === undefined ? {} : { $schema: meta.$schema }),
    format: CASE_FORMAT,
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(meta.notes === undefined ? {} : { notes: meta.notes }),
    firm: JSON.parse(firmRow.record) as Firm,
    keyPeople: records('keyPeople'),
    facts: records('facts'),
    actors: records('actors'),
    ties: records('ties'),
    markets: records('markets'),
    activities: records('activities'),
    challengeCategories: records('challengeCategories'),
    challengeRatings: records('challengeRatings'),
    utilization: records('utilization'),
    benefits: records('benefits'),
    digitalPresence: records('digitalPresence'),
    sources: records('sources'),
    transcripts: records('transcripts'),
    codes: records('codes'),
    segments: records('segments'),
    competenceAssessments: records('competenceAssessments'),
    partnerSearches: records('partnerSearches'),
  };
  return { caseFile, revision: firmRow.revision ?? '' };
}
