// The backup text reader on hand-made texts: what it gives back for a sound backup, and the
// typed error (with its line, table and column) for each way a backup can be wrong.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { VERSION } from '../../shared/version.js';
import { BACKUP_FORMAT, backupLine, type BackupHeader, type BackupSchema, type CellValue } from './backup-format.js';
import { readBackupHeader, readBackupRows, type BackupTextOptions } from './backup-reader.js';

const KNOWN = ['0001-first', '0002-second', '0003-third'];
const SCHEMA: BackupSchema = [
  {
    name: 'parents',
    columns: [
      { name: 'id', type: 'text', nullable: false, json: false },
      { name: 'size', type: 'integer', nullable: true, json: false },
    ],
  },
  {
    name: 'children',
    columns: [
      { name: 'parent_id', type: 'text', nullable: false, json: false },
      { name: 'id', type: 'text', nullable: false, json: false },
      { name: 'record', type: 'text', nullable: false, json: true },
    ],
  },
];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const options = (limits: BackupTextOptions['limits'] = {}): BackupTextOptions => ({ file: 'b.backup', knownMigrations: KNOWN, sha256, limits });

interface Draft {
  header?: Partial<BackupHeader>;
  tables?: { name: string; columns: string[]; rows: unknown[][] }[];
  /** Lines instead of the tables' rows (the header still counts the tables' rows). */
  body?: string;
}

const SOUND: NonNullable<Draft['tables']> = [
  {
    name: 'parents',
    columns: ['size', 'id'],
    rows: [
      [3, 'p1'],
      [null, 'p2'],
    ],
  },
  {
    name: 'children',
    columns: ['parent_id', 'id', 'record'],
    rows: [['p1', 'c1', '{"id":"c1","note":"ünïcödé 🚀"}']],
  },
];

/** A backup text; the checksum is right for the body unless the draft's header says otherwise. */
function backupText(draft: Draft = {}): Uint8Array {
  const tables = draft.tables ?? SOUND;
  const body = draft.body ?? tables.flatMap((t) => t.rows.map((row) => backupLine(row as CellValue[]))).join('');
  const header = {
    format: BACKUP_FORMAT,
    foothold: VERSION,
    createdAt: '2025-03-18T09:30:00.000Z',
    database: 'sqlite',
    migrations: KNOWN.slice(0, 2),
    tables: tables.map((t) => ({ name: t.name, columns: t.columns, rows: t.rows.length })),
    sha256: sha256(Buffer.from(body)),
    ...draft.header,
  } as BackupHeader;
  return Buffer.from(backupLine(header) + body);
}

function read(text: Uint8Array, limits: BackupTextOptions['limits'] = {}) {
  return readBackupRows(readBackupHeader(text, options(limits)), SCHEMA);
}

/** The messages of the ValidationError that reading throws. */
function refusal(text: Uint8Array, limits: BackupTextOptions['limits'] = {}): string[] {
  try {
    read(text, limits);
  } catch (err) {
    if (err instanceof ValidationError) {
      expect(err.problems.every((p) => p.file === 'b.backup')).toBe(true);
      return err.problems.map((p) => `${p.pointer} ${p.message}`);
    }
    throw err;
  }
  throw new Error('the text was read');
}

describe('readBackupHeader and readBackupRows', () => {
  it('give every row in the order of its table columns, tables in schema order, with the line of the first row', () => {
    const tables = read(backupText());
    expect(tables.map((t) => [t.table.name, t.firstLine, t.rows])).toEqual([
      [
        'parents',
        2,
        [
          ['p1', 3],
          ['p2', null],
        ],
      ],
      ['children', 4, [['p1', 'c1', '{"id":"c1","note":"ünïcödé 🚀"}']]],
    ]);
  });

  it('read the tables in the order the file has them', () => {
    const [parents, children] = SOUND;
    const tables = read(backupText({ tables: [children!, parents!] }));
    expect(tables.map((t) => [t.table.name, t.firstLine])).toEqual([
      ['parents', 3],
      ['children', 2],
    ]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /the file is empty/],
    ['a header without its newline', Buffer.from('{"format":"foothold.backup/1"}'), /line 1 \(the header\) has no end/],
    ['a header that is no JSON', Buffer.from('hello\n'), /^ line 1 \(the header\): not valid JSON at line 1, column 1/],
    ['a case file', Buffer.from('{"format":"foothold.case/2","firm":{}}\n'), /^\/format line 1: not a Foothold backup/],
    ['an unknown header field', backupText({ header: { extra: 1 } as Partial<BackupHeader> }), /^\/extra line 1 \(the header\)/],
    ['a header without migrations', backupText({ header: { migrations: [] } }), /^\/migrations line 1 \(the header\)/],
  ])('refuse %s', (_what, text, message) => {
    expect(refusal(text)[0]).toMatch(message);
  });

  it('refuse a backup in a later format, naming the Foothold that wrote it', () => {
    const text = backupText({ header: { format: 'foothold.backup/2', foothold: '9.0.0' } as unknown as Partial<BackupHeader> });
    expect(refusal(text)).toEqual([
      `/format line 1: this backup is in format "foothold.backup/2", written by Foothold 9.0.0; this Foothold (${VERSION}) reads foothold.backup/1: restore it with a newer Foothold`,
    ]);
  });

  it('refuse a backup taken at a migration this Foothold does not know', () => {
    const text = backupText({ header: { foothold: '9.0.0', migrations: [...KNOWN, '0004-fourth'] } });
    expect(refusal(text)).toEqual([
      `/migrations/3 line 1: this backup was taken by Foothold 9.0.0 at database migration "0004-fourth", which this Foothold (${VERSION}) does not know; restore it with Foothold 9.0.0 or later`,
    ]);
  });

  it('refuse migrations out of their order', () => {
    expect(refusal(backupText({ header: { migrations: ['0001-first', '0003-third'] } }))[0]).toMatch(
      /^\/migrations\/1 line 1: the migrations are not in the order they run: found "0003-third" where "0002-second" belongs/,
    );
  });

  it('refuse rows whose checksum is not the header’s', () => {
    const text = Buffer.from(backupText()).toString().replace('"p2"', '"p3"');
    expect(refusal(Buffer.from(text))[0]).toMatch(/^\/sha256 line 1: the checksum does not match the rows .*: the file was damaged or cut short/);
  });

  it('refuse a table listed twice, and a column listed twice', () => {
    const [parents] = SOUND;
    const text = backupText({ tables: [parents!, { ...parents!, columns: ['id', 'id'], rows: [] }] });
    expect(refusal(text)).toEqual([
      '/tables/1/name line 1: table "parents" is listed twice',
      '/tables/1/columns/1 line 1: table "parents" lists column "id" twice',
    ]);
  });

  it('refuse a table the migrations do not have, and miss one they have', () => {
    const [, children] = SOUND;
    const text = backupText({ tables: [{ name: 'sessions', columns: ['id'], rows: [] }, children!] });
    expect(refusal(text)).toEqual([
      '/tables/0/name line 1: unknown table "sessions": a backup taken at migration "0002-second" holds parents, children',
      '/tables line 1: the backup lacks table "parents", which a database at migration "0002-second" has',
    ]);
  });

  it('refuse a column the table does not have, and one it lacks', () => {
    const [parents, children] = SOUND;
    const text = backupText({ tables: [{ ...parents!, columns: ['id', 'weight'], rows: [['p1', 3]] }, children!] });
    expect(refusal(text)).toEqual([
      '/tables/0/columns/1 line 1: table "parents" has no column "weight" at migration "0002-second"; its columns are id, size',
      '/tables/0/columns line 1: table "parents" lacks its column "size", which it has at migration "0002-second"',
    ]);
  });

  it.each<[string, unknown[], string]>([
    [
      'text in a whole-number column',
      ['3', 'p1'],
      '/0 line 2 (table "parents", column "size"): expected a whole number from -2147483648 to 2147483647 or null, got "3"',
    ],
    ['a fraction', [1.5, 'p1'], '/0 line 2 (table "parents", column "size"): expected a whole number from -2147483648 to 2147483647 or null, got number 1.5'],
    [
      'a number PostgreSQL cannot hold',
      [2 ** 31, 'p1'],
      '/0 line 2 (table "parents", column "size"): expected a whole number from -2147483648 to 2147483647 or null, got number 2147483648',
    ],
    ['null where a value is required', [null, null], '/1 line 2 (table "parents", column "id"): cannot be null: the column requires a value'],
    ['a number where text belongs', [1, 2], '/1 line 2 (table "parents", column "id"): expected text, got number 2'],
    ['an array in a cell', [2, []], '/1 line 2 (table "parents", column "id"): expected text, got an array of 0'],
    ['a row of the wrong width', [1], ' line 2 (table "parents"): expected a JSON array of 2 values, one per column of the header, got an array of 1'],
  ])('refuse %s, naming the line, table and column', (_what, row, message) => {
    const [parents, children] = SOUND;
    // parents' columns in the file: size, id.
    expect(refusal(backupText({ tables: [{ ...parents!, rows: [row] }, children!] }))).toEqual([message]);
  });

  it.each([
    ['JSON that is no object', '[1]', 'expected the text of a JSON object, got an array of 1 as JSON'],
    ['text that is no JSON', '{"id":', 'the JSON it holds is refused: not valid JSON at line 1, column 7: expected a value'],
    ['a prototype key', '{"__proto__":{"admin":true}}', 'the JSON it holds is refused: /__proto__: the key "__proto__" is not allowed'],
    ['nesting deeper than any record', '['.repeat(70) + ']'.repeat(70), 'the JSON it holds is refused: nested deeper than 64 levels'],
  ])('refuse a record column holding %s', (_what, record, message) => {
    const [parents, children] = SOUND;
    const problems = refusal(backupText({ tables: [parents!, { ...children!, rows: [['p1', 'c1', record]] }] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`/2 line 4 (table "children", column "record"): ${message}`);
  });

  it('refuse a line the safe JSON reader refuses, naming the line', () => {
    expect(refusal(backupText({ body: '[1, "p1"]\n[2, "\\u0000"]\n["p1","c1","{}"]\n' }))).toEqual([
      '/1 line 3 (table "parents"): this text contains the NUL character (U+0000), which cannot be stored; remove it',
    ]);
  });

  it('refuse a file cut short, and one that goes on after the rows the header counts', () => {
    expect(refusal(backupText({ body: '[1,"p1"]\n[2,"p2"]\n' }))).toEqual([
      ' line 4: the file ends here, but the header promises 1 rows of table "children" (1 missing): it was cut short',
    ]);
    expect(refusal(backupText({ body: '[1,"p1"]\n[2,"p2"]\n["p1","c1","{}"]\n["p1","c2","{}"]\n' }))).toEqual([
      " line 5: the header's row counts end at line 4, but the file goes on",
    ]);
  });

  it('stop listing after 50 problems', () => {
    const [parents, children] = SOUND;
    const rows = Array.from({ length: 80 }, () => ['x', 'x']);
    expect(refusal(backupText({ tables: [{ ...parents!, rows }, children!] }))).toHaveLength(50);
  });

  it('refuse with TooLargeError what is over the limits', () => {
    expect(() => read(backupText(), { maxTextBytes: 100 })).toThrow(TooLargeError);
    expect(() => read(backupText(), { maxRows: 2 })).toThrow(/the header promises 3 rows; at most 2 are read/);
    const longest = Buffer.byteLength(backupLine(SOUND[1]!.rows[0] as CellValue[])) - 1;
    expect(refusal(backupText(), { maxLineBytes: 20 })).toEqual([` line 4 (table "children"): the line is ${longest} bytes; at most 20 bytes is read`]);
  });
});
