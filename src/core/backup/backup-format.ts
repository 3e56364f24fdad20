/**
 * The Foothold backup file: what a line holds and what a header promises. The text is JSON Lines,
 * one line each, every line ending in "\n":
 *
 *   line 1   the header: format, Foothold version, database migrations, created-at, the tables
 *            with their columns and row counts, and the SHA-256 of everything after line 1;
 *   then     each table's rows in the order the header lists the tables, a row a line, as a JSON
 *            array of its values in the order of the header's columns (text, whole number or null).
 *
 * Why JSON Lines: a row is read, checked and reported by its line number without holding a parse
 * tree of the whole file, every line goes through the one safe JSON reader, and `zcat | head -1`
 * shows what a backup is. Why arrays: the column names are said once in the header, not per row.
 * The service wraps the text in gzip (node:zlib, which core does not import; see
 * services/backup-service.ts): rows repeat their keys and ids, and compress eight to ten times.
 * A reader accepts the plain text too, for a backup someone unpacked to look into.
 */
import { z } from 'zod';
import { DEFAULT_JSON_LIMITS } from '../../shared/limits.js';

export const BACKUP_FORMAT = 'foothold.backup/1';
/** What any version of the format starts with: a header that says a later version is recognisable as one. */
export const BACKUP_FORMAT_PREFIX = 'foothold.backup/';

/** One cell as it is stored: the store's columns are text or integer (docs/decisions/0003-storage.md). */
export type CellValue = string | number | null;
export type ColumnType = 'text' | 'integer';

export interface BackupColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** Text that holds a JSON object (a stored record): read again with the safe JSON reader. */
  readonly json: boolean;
}

export interface BackupTable {
  readonly name: string;
  readonly columns: readonly BackupColumn[];
}

/** The tables a backup taken at some migrations carries, each table after the tables it refers to. */
export type BackupSchema = readonly BackupTable[];

/** Limits on a backup being read; the container's size is judged by whoever inflates it. */
export interface BackupLimits {
  /** Largest text after inflation, header and rows together. */
  maxTextBytes: number;
  /** Largest single line: one row. */
  maxLineBytes: number;
  /** Most rows in all tables together. */
  maxRows: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxTextBytes: 512 * 1024 * 1024,
  // A row may hold a whole case as JSON text (the audit log keeps imported cases), escaped once more on its line.
  maxLineBytes: 2 * DEFAULT_JSON_LIMITS.maxBytes + 1024 * 1024,
  maxRows: 20_000_000,
};

/** The header line is small: a few dozen tables and migrations. */
export const MAX_HEADER_BYTES = 1024 * 1024;
/** PostgreSQL's integer is 32 bits: a backup from SQLite must fit it too. */
export const MIN_INTEGER = -(2 ** 31);
export const MAX_INTEGER = 2 ** 31 - 1;

const NAME = /^[a-z][a-z0-9_]{0,62}$/;
const MIGRATION = /^[0-9]{4}-[a-z0-9][a-z0-9-]{0,99}$/;

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  /** The Foothold version that wrote the backup. */
  foothold: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  /** The kind of database it was taken from: for people reading the header. */
  database: z.enum(['sqlite', 'postgres', 'pglite']),
  /** Every migration the database had run, in order: the columns of each table follow from these. */
  migrations: z.array(z.string().regex(MIGRATION)).min(1).max(1000),
  tables: z
    .array(
      z.strictObject({
        name: z.string().regex(NAME),
        columns: z.array(z.string().regex(NAME)).min(1).max(200),
        rows: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      }),
    )
    .max(500),
  /** SHA-256 (lower-case hex) of every byte after the header line's "\n". */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A line of the file: the value as JSON and its newline (JSON.stringify escapes every newline inside). */
export function backupLine(value: BackupHeader | readonly CellValue[]): string {
  return `${JSON.stringify(value)}\n`;
}
