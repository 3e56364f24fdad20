/**
 * Reads the text of a backup (backup-format.ts), already inflated by the caller, as input from
 * outside: every line goes through the safe JSON reader (size, UTF-8, depth, prototype keys, text
 * the stores cannot hold), every JSON column through it again. Two steps, because the columns a
 * row must have follow from the migrations the header names, which only the store can turn into
 * tables: readBackupHeader (header, format, migrations this Foothold knows, checksum), then
 * readBackupRows against the tables at those migrations. Either refuses with ValidationError
 * (problems naming the file, line, table and column) or TooLargeError; nothing else is thrown.
 */
import { TooLargeError, ValidationError, type Problem } from '../../shared/errors.js';
import { formatBytes, readJson } from '../../shared/safe-json.js';
import { VERSION } from '../../shared/version.js';
import { zodProblems } from '../case-file/problems.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_PREFIX,
  backupHeaderSchema,
  DEFAULT_BACKUP_LIMITS,
  MAX_HEADER_BYTES,
  MAX_INTEGER,
  MIN_INTEGER,
  type BackupColumn,
  type BackupHeader,
  type BackupLimits,
  type BackupSchema,
  type BackupTable,
  type CellValue,
} from './backup-format.js';

export interface BackupTextOptions {
  /** The file's name, for messages. */
  file: string;
  /** The migrations this Foothold knows, in the order they run. */
  knownMigrations: readonly string[];
  /** SHA-256 as lower-case hex; the caller's, since core imports no node module. */
  sha256: (bytes: Uint8Array) => string;
  limits?: Partial<BackupLimits>;
}

/** A backup whose header is valid and whose rows have the checksum the header names. */
export interface BackupEnvelope {
  file: string;
  header: BackupHeader;
  /** The whole text; the rows start at bodyStart. */
  text: Uint8Array;
  bodyStart: number;
  limits: BackupLimits;
}

/** One table's rows, each in the order of the table's columns (not necessarily the file's). */
export interface TableRows {
  table: BackupTable;
  rows: CellValue[][];
  /** The line of the first row, for messages about a row found bad later (a duplicate key). */
  firstLine: number;
}

/** Stop after this many problems: a damaged file should not print a million lines. */
const MAX_PROBLEMS = 50;
const NEWLINE = 10;

/** Reads and checks line 1 and the checksum of the rest. */
export function readBackupHeader(text: Uint8Array, options: BackupTextOptions): BackupEnvelope {
  const { file } = options;
  const limits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  const refuse = (problems: Problem[]) => new ValidationError(problems.map((p) => ({ file, pointer: p.pointer, message: p.message })));
  const refuseOne = (message: string, pointer = '') => refuse([{ pointer, message }]);
  if (text.byteLength > limits.maxTextBytes)
    throw new TooLargeError(`${file}: the backup is ${formatBytes(text.byteLength)} of text; at most ${formatBytes(limits.maxTextBytes)} is read`);
  if (text.byteLength === 0) throw refuseOne('the file is empty; expected a Foothold backup');
  const end = text.subarray(0, MAX_HEADER_BYTES + 1).indexOf(NEWLINE);
  if (end === -1) {
    throw refuseOne(
      text.byteLength > MAX_HEADER_BYTES
        ? `line 1 is longer than ${formatBytes(MAX_HEADER_BYTES)}; it is not the header of a Foothold backup`
        : 'line 1 (the header) has no end: the file was cut short, or it is not a Foothold backup',
    );
  }
  const json = readJson(text.subarray(0, end), { maxBytes: MAX_HEADER_BYTES, maxDepth: 4 });
  if (!json.ok) throw refuse(json.problems.map((p) => ({ pointer: p.pointer, message: `line 1 (the header): ${p.message}` })));
  const value = json.value;
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['format'] : undefined;
  if (typeof format === 'string' && format.startsWith(BACKUP_FORMAT_PREFIX) && format !== BACKUP_FORMAT) {
    const writer = (value as Record<string, unknown>)['foothold'];
    throw refuseOne(
      `line 1: this backup is in format "${format}"${typeof writer === 'string' ? `, written by Foothold ${writer}` : ''}; this Foothold (${VERSION}) reads ${BACKUP_FORMAT}: restore it with a newer Foothold`,
      '/format',
    );
  }
  if (format !== BACKUP_FORMAT)
    throw refuseOne(`line 1: not a Foothold backup: its first line should be a header with "format": "${BACKUP_FORMAT}"`, '/format');
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success)
    throw refuse(zodProblems(parsed.error, [], backupHeaderSchema).map((p) => ({ pointer: p.pointer, message: `line 1 (the header): ${p.message}` })));
  const header = parsed.data;
  const problems = [...migrationProblems(header, options.knownMigrations), ...tableListProblems(header)];
  if (problems.length > 0) throw refuse(problems);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  if (rows > limits.maxRows) throw new TooLargeError(`${file}: the header promises ${rows} rows; at most ${limits.maxRows} are read`);
  const computed = options.sha256(text.subarray(end + 1));
  if (computed !== header.sha256) {
    throw refuseOne(
      `line 1: the checksum does not match the rows (the header says sha256 ${header.sha256}, the rows give ${computed}): the file was damaged or cut short after it was written`,
      '/sha256',
    );
  }
  return { file, header, text, bodyStart: end + 1, limits };
}

/** The header's migrations must be the first of this Foothold's, in its order; a later one means a newer Foothold wrote the backup. */
function migrationProblems(header: BackupHeader, known: readonly string[]): Problem[] {
  for (const [i, name] of header.migrations.entries()) {
    if (known[i] === name) continue;
    const message = known.includes(name)
      ? `line 1: the migrations are not in the order they run: found "${name}" where "${known[i] ?? '(none)'}" belongs`
      : `line 1: this backup was taken by Foothold ${header.foothold} at database migration "${name}", which this Foothold (${VERSION}) does not know; restore it with Foothold ${header.foothold} or later`;
    return [{ pointer: `/migrations/${i}`, message }];
  }
  return [];
}

function tableListProblems(header: BackupHeader): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  header.tables.forEach((table, i) => {
    if (seen.has(table.name)) problems.push({ pointer: `/tables/${i}/name`, message: `line 1: table "${table.name}" is listed twice` });
    seen.add(table.name);
    const columns = new Set<string>();
    table.columns.forEach((column, j) => {
      if (columns.has(column)) problems.push({ pointer: `/tables/${i}/columns/${j}`, message: `line 1: table "${table.name}" lists column "${column}" twice` });
      columns.add(column);
    });
  });
  return problems;
}

/**
 * Reads every row, checking it against its table as the schema (the tables at the header's
 * migrations) has it: the header must list exactly those tables and columns, every row must have a
 * value of the column's type in each column, JSON columns must hold a JSON object the safe reader
 * accepts, and the row counts must add up to the lines of the file. Tables come back in schema order.
 */
export function readBackupRows(envelope: BackupEnvelope, schema: BackupSchema): TableRows[] {
  const { file, header, text, limits } = envelope;
  const refuse = (problems: Problem[]) => new ValidationError(problems.map((p) => ({ file, pointer: p.pointer, message: p.message })));
  const shapeProblems = tablesAgainstSchema(header, schema);
  if (shapeProblems.length > 0) throw refuse(shapeProblems);

  const byName = new Map(schema.map((table) => [table.name, table]));
  const read = new Map<string, TableRows>();
  const problems: Problem[] = [];
  let at = envelope.bodyStart;
  let line = 2;
  for (const entry of header.tables) {
    const table = byName.get(entry.name)!;
    // For each column of the table, where its value is in the file's rows.
    const places = table.columns.map((column) => entry.columns.indexOf(column.name));
    const rows: CellValue[][] = [];
    read.set(table.name, { table, rows, firstLine: line });
    for (let r = 0; r < entry.rows; r++, line++) {
      const end = text.indexOf(NEWLINE, at);
      if (end === -1) {
        problems.push({
          pointer: '',
          message: `line ${line}: the file ends here, but the header promises ${entry.rows} rows of table "${entry.name}" (${entry.rows - r} missing): it was cut short`,
        });
        throw refuse(problems);
      }
      const row = readRow(text.subarray(at, end), { line, table, places, width: entry.columns.length, limits }, problems);
      if (row !== undefined) rows.push(row);
      if (problems.length >= MAX_PROBLEMS) throw refuse(problems);
      at = end + 1;
    }
  }
  if (at < text.byteLength) problems.push({ pointer: '', message: `line ${line}: the header's row counts end at line ${line - 1}, but the file goes on` });
  if (problems.length > 0) throw refuse(problems);
  return schema.map((table) => read.get(table.name)!);
}

/** The header's tables and columns against the schema's: the same tables, each with the same columns. */
function tablesAgainstSchema(header: BackupHeader, schema: BackupSchema): Problem[] {
  const problems: Problem[] = [];
  const migration = header.migrations[header.migrations.length - 1] ?? '';
  const byName = new Map(schema.map((table) => [table.name, table]));
  header.tables.forEach((entry, i) => {
    const table = byName.get(entry.name);
    if (table === undefined) {
      const known = schema.map((t) => t.name).join(', ');
      problems.push({
        pointer: `/tables/${i}/name`,
        message: `line 1: unknown table "${entry.name}": a backup taken at migration "${migration}" holds ${known}`,
      });
      return;
    }
    const expected = table.columns.map((c) => c.name);
    entry.columns.forEach((column, j) => {
      if (!expected.includes(column))
        problems.push({
          pointer: `/tables/${i}/columns/${j}`,
          message: `line 1: table "${entry.name}" has no column "${column}" at migration "${migration}"; its columns are ${expected.join(', ')}`,
        });
    });
    for (const column of expected) {
      if (!entry.columns.includes(column))
        problems.push({
          pointer: `/tables/${i}/columns`,
          message: `line 1: table "${entry.name}" lacks its column "${column}", which it has at migration "${migration}"`,
        });
    }
  });
  const listed = new Set(header.tables.map((t) => t.name));
  for (const table of schema) {
    if (!listed.has(table.name))
      problems.push({ pointer: '/tables', message: `line 1: the backup lacks table "${table.name}", which a database at migration "${migration}" has` });
  }
  return problems;
}

interface RowContext {
  line: number;
  table: BackupTable;
  places: readonly number[];
  width: number;
  limits: BackupLimits;
}

/** One row's values in the table's column order, or undefined with its problems added. */
function readRow(bytes: Uint8Array, context: RowContext, problems: Problem[]): CellValue[] | undefined {
  const { line, table, places, width, limits } = context;
  const where = `line ${line} (table "${table.name}")`;
  if (bytes.byteLength > limits.maxLineBytes) {
    problems.push({ pointer: '', message: `${where}: the line is ${formatBytes(bytes.byteLength)}; at most ${formatBytes(limits.maxLineBytes)} is read` });
    return undefined;
  }
  const json = readJson(bytes, { maxBytes: limits.maxLineBytes, maxDepth: 2 });
  if (!json.ok) {
    problems.push(...json.problems.map((p) => ({ pointer: p.pointer, message: `${where}: ${p.message}` })));
    return undefined;
  }
  const value = json.value;
  if (!Array.isArray(value) || value.length !== width) {
    problems.push({ pointer: '', message: `${where}: expected a JSON array of ${width} values, one per column of the header, got ${describe(value)}` });
    return undefined;
  }
  const before = problems.length;
  const row = table.columns.map((column, k) => {
    const place = places[k]!;
    const cell: unknown = value[place];
    const why = cellProblem(cell, column, limits);
    if (why !== undefined) problems.push({ pointer: `/${place}`, message: `line ${line} (table "${table.name}", column "${column.name}"): ${why}` });
    return cell as CellValue;
  });
  return problems.length === before ? row : undefined;
}

/** Why a value cannot be stored in the column, or undefined when it can. */
function cellProblem(cell: unknown, column: BackupColumn, limits: BackupLimits): string | undefined {
  if (cell === null) return column.nullable ? undefined : 'cannot be null: the column requires a value';
  if (column.type === 'integer') {
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= MIN_INTEGER && cell <= MAX_INTEGER) return undefined;
    return `expected a whole number from ${MIN_INTEGER} to ${MAX_INTEGER}${column.nullable ? ' or null' : ''}, got ${describe(cell)}`;
  }
  if (typeof cell !== 'string') return `expected text${column.nullable ? ' or null' : ''}, got ${describe(cell)}`;
  if (!column.json) return undefined;
  const inner = readJson(cell, { maxBytes: limits.maxLineBytes });
  if (!inner.ok) {
    const first = inner.problems[0];
    return `the JSON it holds is refused: ${first === undefined ? 'not valid' : `${first.pointer === '' ? '' : `${first.pointer}: `}${first.message}`}`;
  }
  if (typeof inner.value !== 'object' || inner.value === null || Array.isArray(inner.value))
    return `expected the text of a JSON object, got ${describe(inner.value)} as JSON`;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
