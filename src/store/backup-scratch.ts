/**
 * Where a restore puts a backup's rows before the store sees any of them: an empty SQLite database
 * in memory, at the migrations the backup was taken at. Loading the rows there checks what a
 * line-by-line reading cannot (keys used twice, references to rows that are not there); running
 * the later migrations brings an older backup to this Foothold's tables, exactly as opening an old
 * database would; and a CaseStore on it lets the service read and check every case. Only then are
 * the rows copied into the store, in one transaction (backup-tables.ts#writeAllRows). The cost is a
 * second copy of the data in memory for the length of the restore.
 */
import type { Database as BetterSqlite } from 'better-sqlite3';
import { sql } from 'kysely';
import type { TableRows } from '../core/backup/backup-reader.js';
import type { CellValue } from '../core/backup/backup-format.js';
import { COLLECTION_NAMES, type CollectionName } from '../core/case-file/collections.js';
import { ValidationError, type Problem } from '../shared/errors.js';
import { backupTablesAt, describeTables, isCarried, memoryDatabaseAt, type StoredTable } from './backup-schema.js';
import type { RowSource } from './backup-tables.js';
import { createCaseStore } from './case-store.js';
import { queryColumnsOf, tableOf } from './collection-tables.js';
import { migrateToLatest } from './migrate.js';
import { indexStaleFirms } from './reference-rebuild.js';
import { caseReferenceRows, REFERENCE_RULES_VERSION } from './case-references.js';
import type { CaseReferenceTable } from './db-schema.js';
import { readCase } from './whole-case.js';
import type { CaseStore, CollectionRecord } from './types.js';

export interface Scratch {
  /** A store on the scratch database, for reading its cases and accounts. */
  readonly store: CaseStore;
  /** Inserts one table's rows; ValidationError naming the line of a row whose key is taken or whose reference leads nowhere. */
  load(rows: TableRows): void;
  /** Runs the migrations after the backup's; returns their names. */
  upgrade(): Promise<string[]>;
  /**
   * Makes every row agree with its record, as the store's own writes do: the id must be the
   * record's (else ValidationError), and the query columns are copied from it again.
   */
  alignWithRecords(): void;
  /** Builds the reference index again, by this Foothold's rules, of every firm whose rows are not what its records give. */
  rebuildReferences(): Promise<void>;
  /** The rows as they are now, for writing into the store. */
  source(): RowSource;
  close(): Promise<void>;
}

/** A scratch database at the backup's migrations; `file` names the backup in messages. */
export async function openScratch(migrations: readonly string[], file: string): Promise<Scratch> {
  const { database, db } = await memoryDatabaseAt(migrations);
  const refuse = (message: string) => new ValidationError([{ file, pointer: '', message }]);
  const parentsOf = new Map((await backupTablesAt(migrations)).map((t) => [t.name, t.parents]));
  return {
    store: createCaseStore('sqlite', db),
    load({ table, rows, firstLine }) {
      const names = table.columns.map((c) => `"${c.name}"`).join(', ');
      const insert = database.prepare(`insert into "${table.name}" (${names}) values (${table.columns.map(() => '?').join(', ')})`);
      database.transaction(() => {
        rows.forEach((row, i) => {
          try {
            insert.run(row);
          } catch (err) {
            const why = rowRefusal(err, parentsOf.get(table.name) ?? []);
            if (why === undefined) throw err;
            throw refuse(`line ${firstLine + i} (table "${table.name}"): ${why}`);
          }
        });
      })();
    },
    async upgrade() {
      try {
        return await migrateToLatest(db);
      } catch (err) {
        throw refuse(`its rows cannot be brought to this Foothold's tables: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    alignWithRecords() {
      const problems = alignRows(database);
      if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ ...p, file })));
    },
    async rebuildReferences() {
      // The index is derived from the records; a backup's rows are input like any other. Comparing is
      // cheaper than building, and a sound backup needs no building.
      for (const firm of await db.selectFrom('firms').select(['workspace_id', 'id']).where('references_version', '=', REFERENCE_RULES_VERSION).execute()) {
        const stored = await readCase(db, firm.workspace_id, firm.id);
        const expected = caseReferenceRows(firm.workspace_id, stored!.caseFile).map(referenceKey).sort();
        const rows = await db.selectFrom('case_references').selectAll().where('workspace_id', '=', firm.workspace_id).where('firm_id', '=', firm.id).execute();
        const actual = rows.map(referenceKey).sort();
        if (actual.length !== expected.length || actual.some((key, i) => key !== expected[i]))
          await sql`update firms set references_version = 0 where workspace_id = ${firm.workspace_id} and id = ${firm.id}`.execute(db);
      }
      await indexStaleFirms(db);
    },
    source: () => sourceOf(database),
    close: () => db.destroy(),
  };
}

/** What a constraint the row broke means, or undefined for an error that is no constraint. */
function rowRefusal(err: unknown, parents: readonly string[]): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE')
    return `an earlier row has the same key (${(err as Error).message.replace(/^UNIQUE constraint failed: /, '')})`;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return `refers to a row that is not in the backup (of ${parents.join(' or ')})`;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return (err as Error).message;
  return undefined;
}

interface RecordRow {
  workspace_id: string;
  firm_id: string;
  id: string;
  position: number;
  record: string;
  [column: string]: CellValue;
}

/** Problems of rows whose id is not their record's, or that share a place in their collection; query columns rewritten. */
function alignRows(database: BetterSqlite): Problem[] {
  const problems: Problem[] = [];
  const where = (table: string, row: { workspace_id: string; id: string }, firm?: string) =>
    `table "${table}", workspace "${row.workspace_id}"${firm === undefined ? '' : `, firm "${firm}"`}, row "${row.id}"`;
  for (const firm of database.prepare('select workspace_id, id, name, country, record from firms').all() as RecordRow[]) {
    const record = JSON.parse(firm.record) as { id: string; name: string; countryOfOrigin: string };
    if (record.id !== firm.id) problems.push({ pointer: '', message: `${where('firms', firm)}: its record has the id "${record.id}"` });
    else if (record.name !== firm.name || record.countryOfOrigin !== firm.country)
      database
        .prepare('update firms set name = ?, country = ? where workspace_id = ? and id = ?')
        .run(record.name, record.countryOfOrigin, firm.workspace_id, firm.id);
  }
  for (const collection of COLLECTION_NAMES) {
    const table = tableOf(collection);
    const places = new Set<string>();
    // Rows are changed after the reading: better-sqlite3 runs no other statement while one is being iterated.
    const changes: { row: RecordRow; columns: [string, CellValue][] }[] = [];
    for (const row of database.prepare(`select * from "${table}"`).iterate() as Iterable<RecordRow>) {
      const record = JSON.parse(row.record) as CollectionRecord<CollectionName>;
      const place = `${row.workspace_id}\n${row.firm_id}\n${row.position}`;
      if (record.id !== row.id) problems.push({ pointer: '', message: `${where(table, row, row.firm_id)}: its record has the id "${record.id}"` });
      else if (places.has(place)) problems.push({ pointer: '', message: `${where(table, row, row.firm_id)}: another row has its position ${row.position}` });
      places.add(place);
      const columns = Object.entries(queryColumnsOf(collection, record)).filter(([column, value]) => row[column] !== value);
      if (columns.length > 0) changes.push({ row, columns });
    }
    for (const { row, columns } of changes) {
      database
        .prepare(`update "${table}" set ${columns.map(([column]) => `"${column}" = ?`).join(', ')} where workspace_id = ? and firm_id = ? and id = ?`)
        .run(...columns.map(([, value]) => value), row.workspace_id, row.firm_id, row.id);
    }
    if (problems.length >= 50) break;
  }
  return problems;
}

function sourceOf(database: BetterSqlite): RowSource {
  const tables: StoredTable[] = describeTables(database).filter((t) => isCarried(t.name));
  return {
    tables,
    count: (table) => database.prepare(`select count(*) from "${table.name}"`).pluck().get() as number,
    rows: (table) => {
      const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name)).map((c) => `"${c}"`).join(', ');
      const columns = table.columns.map((c) => `"${c.name}"`).join(', ');
      return database.prepare(`select ${columns} from "${table.name}" order by ${order}`).raw(true).iterate() as Iterable<CellValue[]>;
    },
  };
}

function referenceKey(row: CaseReferenceTable): string {
  return [row.source_collection, row.source_id, row.field, row.target_id].join('\n');
}
