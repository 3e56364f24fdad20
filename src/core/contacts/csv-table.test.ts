import { describe, expect, it } from 'vitest';
import { CsvColumns, findHeader, readCsvRows, type CsvHeader } from './csv-table.js';

const anyHeader = (columns: CsvColumns) => columns.has('name');

function rowsOf(text: string) {
  const header = findHeader(text, anyHeader);
  if (header === undefined) throw new Error('no header');
  return readCsvRows(text, header);
}

describe('findHeader', () => {
  it('passes over a preamble and reports the line and offset of the header', () => {
    const text = 'Notes:\r\n"A note, with a comma"\r\n\r\nName,Email\r\nJane,jane@x\r\n';
    const header = findHeader(text, anyHeader);
    expect(header?.line).toBe(4);
    expect(header?.offset).toBe(text.indexOf('Name,Email'));
    expect(header?.columns.names).toEqual(['Name', 'Email']);
  });

  it('reads quoted header cells, and gives up after the given number of lines', () => {
    expect(findHeader('"Name","E-mail, work"\n', anyHeader)?.columns.names).toEqual(['Name', 'E-mail, work']);
    expect(findHeader('a\nb\nName,Email\n', anyHeader, 2)).toBeUndefined();
    expect(findHeader('a\nb\nName,Email', anyHeader, 3)?.line).toBe(3);
    expect(findHeader('Name\n', anyHeader)).toBeUndefined();
    expect(findHeader('"Name,Email\n', anyHeader)).toBeUndefined();
    expect(findHeader('', anyHeader)).toBeUndefined();
  });
});

describe('CsvColumns', () => {
  const columns = new CsvColumns([' First Name ', 'E-mail 1 - Value', 'first name', 'E-mail 2 - Value', 'Notes']);
  const row = { line: 2, cells: [' Jane ', 'a@x', 'Other', '', ' note '] };

  it('finds columns by name ignoring case and surrounding spaces; the first of two with one name wins', () => {
    expect(columns.has('FIRST NAME')).toBe(true);
    expect(columns.cell(row, 'first name')).toBe('Jane');
    expect(columns.cell(row, 'Missing')).toBe('');
    expect(columns.first(row, 'Missing', 'E-mail 2 - Value', 'Notes')).toBe('note');
    expect(columns.first(row, 'Missing')).toBe('');
  });

  it('lists the columns a pattern matches and their non-empty cells', () => {
    const emails = columns.matching(/^e-mail \d+ - value$/);
    expect(emails).toEqual([1, 3]);
    expect(columns.cells(row, emails)).toEqual(['a@x']);
    expect(columns.cells({ line: 3, cells: ['x'] }, emails)).toEqual([]);
  });
});

describe('readCsvRows', () => {
  it('gives each row the line it starts on, across CRLF, LF and CR line ends and fields spanning lines', () => {
    const table = rowsOf('Name,Note\r\nA,"one\r\ntwo"\r\n\r\nB,"x\ny\rz"\r\nC,\r\n');
    expect(table.ok && table.rows).toEqual([
      { line: 2, cells: ['A', 'one\r\ntwo'] },
      { line: 5, cells: ['B', 'x\ny\rz'] },
      { line: 8, cells: ['C', ''] },
    ]);
    const cr = rowsOf('Name,Note\rA,1\r\rB,2');
    expect(cr.ok && cr.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('skips rows with the wrong number of fields, and passes over blank and whitespace-only lines', () => {
    const table = rowsOf('x\n\nName,Note\nA,1\nB\n  \nC,2,3\n\t\nD,"4\n"\n');
    expect(table).toEqual({
      ok: true,
      header: expect.objectContaining({ line: 3 }) as CsvHeader,
      rows: [
        { line: 4, cells: ['A', '1'] },
        { line: 9, cells: ['D', '4\n'] },
      ],
      skipped: [
        { line: 5, reason: 'has 1 field, but the header on line 3 has 2; a field with a comma in it needs double quotes around it' },
        { line: 7, reason: 'has 3 fields, but the header on line 3 has 2; a field with a comma in it needs double quotes around it' },
      ],
    });
  });

  it('refuses broken quoting with the line of the row it is in, after rows of several lines and skipped rows', () => {
    const table = rowsOf('Name,Note\nA,"1\n2"\nB\n\nC,"open\nD,4\n');
    expect(table).toEqual({
      ok: false,
      problems: [
        {
          line: 6,
          message:
            'the row starting on line 6 opens a quoted field that is never closed, so the rest of the file would be read as one field; close it with " (a quote inside a quoted field is written "")',
        },
      ],
    });
    expect(rowsOf('Name,Note\nA "x",1\n')).toMatchObject({ ok: false, problems: [{ line: 2 }] });
  });
});
