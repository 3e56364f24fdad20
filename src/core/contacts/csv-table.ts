/**
 * The CSV plumbing the three CSV contact readers share (LinkedIn, Google, Outlook): finding the
 * header row (LinkedIn puts a "Notes:" preamble before it), reading the rows after it with
 * csv-parse, and the 1-based line of the file each row starts on.
 *
 * csv-parse's own line count (`info.lines`) counts a CRLF inside a quoted field twice, so lines are
 * counted here: every line of the file is either a record or a blank line that csv-parse hands
 * back as a one-field record, so a record starts one line after the previous one ends, and ends as
 * many lines later as its fields hold line breaks. A row with the wrong number of fields is skipped
 * with its line; broken quoting is fatal, because after it no later row can be trusted to be the
 * row it seems.
 */
import { parse, type CsvError } from 'csv-parse/sync';
import { contactFrom, type FoundContact } from './contact-row.js';
import type { ContactFormat, ContactReading, ContactRow, SkippedContact } from './types.js';

/** One data row and the line of the file it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The header row found in a file: its cells, its line, and where in the text it starts. */
export interface CsvHeader {
  readonly columns: CsvColumns;
  readonly line: number;
  /** Index in the text of the header row's first character. */
  readonly offset: number;
}

export type CsvProblem = { readonly line?: number; readonly message: string };

export type CsvTable =
  | { readonly ok: true; readonly header: CsvHeader; readonly rows: CsvRow[]; readonly skipped: SkippedContact[] }
  | { readonly ok: false; readonly problems: CsvProblem[] };

/** A header's column names, looked up the way exports vary: trimmed and ignoring case. */
export class CsvColumns {
  readonly names: readonly string[];
  private readonly indexByKey = new Map<string, number>();
  private readonly indexByName = new Map<string, number | undefined>();

  constructor(names: readonly string[]) {
    this.names = names.map((n) => n.trim());
    // The first of two columns with the same name wins, as a reader would look left to right.
    this.names.forEach((name, i) => {
      const key = name.toLowerCase();
      if (!this.indexByKey.has(key)) this.indexByKey.set(key, i);
    });
  }

  has(name: string): boolean {
    return this.indexByKey.has(name.toLowerCase());
  }

  /** Indexes of the columns whose lower-cased name matches, left to right. */
  matching(pattern: RegExp): number[] {
    return this.names.flatMap((name, i) => (pattern.test(name.toLowerCase()) ? [i] : []));
  }

  /** A row's cell in the named column, trimmed; "" when the file has no such column. */
  cell(row: CsvRow, name: string): string {
    const i = this.indexOf(name);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  /** The column's index, remembered per name as asked: readers ask for the same few names on every row. */
  private indexOf(name: string): number | undefined {
    if (this.indexByName.has(name)) return this.indexByName.get(name);
    const i = this.indexByKey.get(name.toLowerCase());
    this.indexByName.set(name, i);
    return i;
  }

  /** The first non-empty cell among the named columns: for fields two export versions name differently. */
  first(row: CsvRow, ...names: string[]): string {
    for (const name of names) {
      const value = this.cell(row, name);
      if (value !== '') return value;
    }
    return '';
  }

  /** A row's trimmed cells in the given columns, empty ones left out. */
  cells(row: CsvRow, indexes: readonly number[]): string[] {
    return indexes.map((i) => (row.cells[i] ?? '').trim()).filter((v) => v !== '');
  }
}

/**
 * The first of the file's first `maxLines` lines that reads as a header the predicate accepts.
 * Lines are looked at one by one, so a preamble before the header (LinkedIn's "Notes:") is passed over.
 */
export function findHeader(text: string, accepts: (columns: CsvColumns) => boolean, maxLines = 20): CsvHeader | undefined {
  const lineBreak = /\r\n|\n|\r/g;
  let offset = 0;
  for (let line = 1; line <= maxLines && offset <= text.length; line++) {
    const match = lineBreak.exec(text);
    const end = match === null ? text.length : match.index;
    const cells = cellsOfLine(text.slice(offset, end));
    if (cells !== undefined && cells.length > 1) {
      const columns = new CsvColumns(cells);
      if (accepts(columns)) return { columns, line, offset };
    }
    if (match === null) break;
    offset = lineBreak.lastIndex;
  }
  return undefined;
}

/** One line's cells, or undefined when the line alone is not a whole CSV record. */
function cellsOfLine(line: string): string[] | undefined {
  if (line.trim() === '') return undefined;
  if (!line.includes('"')) return line.split(',');
  try {
    const records = parse(line, { relax_quotes: true });
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}

/** CRLF before CR, so that a Windows line break is one break. */
const LINE_BREAKS = ['\r\n', '\n', '\r'];

/**
 * Reads the rows after a header found by findHeader. A row whose number of fields differs from
 * the header's is skipped with its line and why; blank lines are passed over. Broken quoting — a
 * quote never closed, text after a closing quote, a quote inside an unquoted field — answers
 * `ok: false` with the line of the row it is in: csv-parse could read some of it leniently
 * (relax_quotes), but then a quote left open runs on to the next stray quote and rows merge
 * quietly, so the file is refused with a message saying how to write the field.
 */
export function readCsvRows(text: string, header: CsvHeader): CsvTable {
  const expected = header.columns.names.length;
  /** Rows csv-parse left out (wrong length, and blank lines, which it reads as one empty field), each after `afterRecords` records. */
  const leftOut: { afterRecords: number; cells: string[] }[] = [];
  const body = text.slice(header.offset);
  let records: string[][] = [];
  let failure: unknown;
  try {
    // Blank lines are not skipped by csv-parse (skip_empty_lines) but come back as one-field
    // records to on_skip, so that every line of the file is accounted for and line numbers follow
    // from counting. on_record and info would give positions too, but cost as much again as parsing.
    records = parse(body, {
      // Every line break ends a record, as the line count here and findHeader have it: left to find
      // one from the first line, csv-parse keeps a "\r" of a later CRLF in the row's last field,
      // which was then counted as a line of its own.
      record_delimiter: LINE_BREAKS,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined): undefined => {
        if (err?.code !== 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') throw err;
        leftOut.push({ afterRecords: Number(err['records']), cells: Array.isArray(err['record']) ? (err['record'] as string[]) : [] });
        return undefined;
      },
    });
  } catch (err) {
    failure = err;
    // The records before the broken one, to count their lines: read again, stopping after them.
    const before = Number((err as { records?: unknown }).records);
    try {
      if (before > 0) records = parse(body, { record_delimiter: LINE_BREAKS, skip_records_with_error: true, on_skip: () => undefined, to: before });
    } catch {
      // Cannot happen (the same records read well the first time); the line is then a lower bound.
    }
  }

  const rows: CsvRow[] = [];
  const skipped: SkippedContact[] = [];
  let line = header.line;
  let next = 0;
  const take = (cells: string[]) => {
    const start = line;
    line += 1 + lineBreaks(cells);
    return start;
  };
  records.forEach((cells, i) => {
    for (; next < leftOut.length && leftOut[next]!.afterRecords <= i; next++) skip(leftOut[next]!.cells);
    const start = take(cells);
    if (i > 0) rows.push({ line: start, cells });
  });
  for (; next < leftOut.length; next++) skip(leftOut[next]!.cells);

  function skip(cells: string[]) {
    const start = take(cells);
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    skipped.push({
      line: start,
      reason: `has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'}, but the header on line ${header.line} has ${expected}; a field with a comma in it needs double quotes around it`,
    });
  }

  if (failure !== undefined) return { ok: false, problems: [{ line, message: quotingMessage(failure, line) }] };
  return { ok: true, header, rows, skipped };
}

/** Line breaks inside a record's fields (a quoted field may span lines); CRLF, LF and a lone CR each count once. */
function lineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) if (cell.includes('\n') || cell.includes('\r')) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}

function quotingMessage(err: unknown, line: number): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (code === 'CSV_QUOTE_NOT_CLOSED')
    return `the row starting on line ${line} opens a quoted field that is never closed, so the rest of the file would be read as one field; close it with " (a quote inside a quoted field is written "")`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE')
    return `in the row starting on line ${line}, a quoted field's closing " is followed by more text; a quote inside a quoted field is written "" ("Say ""hi"", then")`;
  if (code === 'INVALID_OPENING_QUOTE')
    return `in the row starting on line ${line}, a field that does not start with " has a " in it; put the field in double quotes and double the quote inside ("Jane ""JJ"" Doe")`;
  return `the row starting on line ${line} is not valid CSV: ${err instanceof Error ? err.message.replace(/ at line \d+/, '') : String(err)}`;
}

/** What tells one CSV contact format from another, and how it reads a row. */
export interface CsvContactFormat {
  readonly format: ContactFormat;
  /** Whether a row's cells are this format's header. */
  readonly accepts: (columns: CsvColumns) => boolean;
  /** The problem when no header is found: what header was looked for. */
  readonly missingHeader: string;
  /** How many lines from the top the header may be (LinkedIn's preamble is a few lines). */
  readonly headerWithin: number;
  /** The reader of one row; it sees all rows first (LinkedIn settles the file's date order from them). */
  readonly rowReader: (columns: CsvColumns, rows: readonly CsvRow[]) => (row: CsvRow) => FoundContact;
}

/** Reads a CSV contact file of the given format: every row with a name becomes a contact, the others are skipped with their line. */
export function readCsvContacts(text: string, spec: CsvContactFormat): ContactReading {
  const header = findHeader(text, spec.accepts, spec.headerWithin);
  if (header === undefined) return { ok: false, problems: [{ message: spec.missingHeader }] };
  const table = readCsvRows(text, header);
  if (!table.ok) return table;

  const readRow = spec.rowReader(header.columns, table.rows);
  const contacts: ContactRow[] = [];
  const skipped = [...table.skipped];
  for (const row of table.rows) {
    const contact = contactFrom(readRow(row));
    if ('skip' in contact) skipped.push({ line: row.line, reason: contact.skip });
    else contacts.push(contact);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { ok: true, format: spec.format, contacts, skipped };
}
