/**
 * Rewrites stored records from case format 1 to format 2 (docs/decisions/0009-case-format-2.md):
 * actors' country/region become lists, markets' entryMode a list and status "entered" becomes
 * "serving" (or "past" with an end date). No table changes shape. Frozen once released: it uses the
 * format-1 upgrade functions, which are frozen with format 1, and names its tables literally.
 */
import { sql, type Kysely } from 'kysely';
import { upgradeRecordFrom1 } from '../../core/case-file/upgrade.js';

const TABLES = [
  { table: 'actors', collection: 'actors' },
  { table: 'markets', collection: 'markets' },
  { table: 'ties', collection: 'ties' },
] as const;

interface Row {
  workspace_id: string;
  firm_id: string;
  id: string;
  record: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, collection } of TABLES) {
    const rows = (await sql<Row>`select workspace_id, firm_id, id, record from ${sql.table(table)}`.execute(db)).rows;
    for (const row of rows) {
      const before: unknown = JSON.parse(row.record);
      const after = upgradeRecordFrom1(collection, before);
      const text = JSON.stringify(after);
      if (text === row.record) continue;
      const where = sql`workspace_id = ${row.workspace_id} and firm_id = ${row.firm_id} and id = ${row.id}`;
      if (table === 'markets') {
        const status = (after as { status?: unknown }).status;
        await sql`update markets set record = ${text}, status = ${String(status)} where ${where}`.execute(db);
      } else {
        await sql`update ${sql.table(table)} set record = ${text} where ${where}`.execute(db);
      }
    }
  }
}
