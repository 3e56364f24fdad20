/**
 * Test helper beside the code it serves (not used by Foothold itself): backup files made by hand,
 * or changed after writing, for the tests of restores, of the reader and of the command line.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, backupLine, type BackupHeader, type CellValue } from '../core/backup/backup-format.js';
import { VERSION } from '../shared/version.js';
import { backupTablesAt } from '../store/backup-schema.js';

export interface EditableBackup {
  header: BackupHeader;
  /** The lines after the header, without their newlines. */
  lines: string[];
  /** A table's entry in the header, and the index in `lines` of its first row (as the header counts them now). */
  table(name: string): { entry: BackupHeader['tables'][number]; first: number };
}

export type BackupEdit = (backup: EditableBackup) => void;

/** The text of a backup file, inflated when it is gzip. */
export function backupText(bytes: Uint8Array): string {
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
}

/** Changes a backup in place; the checksum is made right again unless keepChecksum, and the file is gzip'd again unless gzip is false. */
export function editBackup(file: string, edit: BackupEdit, options: { keepChecksum?: boolean; gzip?: boolean } = {}): void {
  const [first, ...rest] = backupText(readFileSync(file)).split('\n');
  const header = JSON.parse(first!) as BackupHeader;
  const lines = rest.slice(0, -1);
  edit({
    header,
    lines,
    table(name) {
      let at = 0;
      for (const entry of header.tables) {
        if (entry.name === name) return { entry, first: at };
        at += entry.rows;
      }
      throw new Error(`no table ${name} in the backup`);
    },
  });
  const body = lines.map((line) => `${line}\n`).join('');
  if (options.keepChecksum !== true) header.sha256 = createHash('sha256').update(body).digest('hex');
  const text = JSON.stringify(header) + '\n' + body;
  writeFileSync(file, options.gzip === false ? text : gzipSync(text));
}

/** Writes a backup at the given migrations holding these rows (objects by column name); tables not given are empty. */
export async function backupFile(
  file: string,
  migrations: readonly string[],
  rows: Readonly<Record<string, readonly Record<string, CellValue>[]>>,
): Promise<void> {
  const tables = await backupTablesAt(migrations);
  const body = tables.flatMap((table) => (rows[table.name] ?? []).map((row) => backupLine(table.columns.map((c) => row[c.name] ?? null)))).join('');
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    foothold: VERSION,
    createdAt: '2025-03-18T09:30:00.000Z',
    database: 'sqlite',
    migrations: [...migrations],
    tables: tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), rows: (rows[t.name] ?? []).length })),
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  writeFileSync(file, gzipSync(backupLine(header) + body));
}
