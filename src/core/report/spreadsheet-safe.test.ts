import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../shared/spreadsheet-safe.js';
import { csvTable } from './table-views.js';

describe('csvTable', () => {
  it('parses back to the cells, with formula-like cells as text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const csv = csvTable({ header: ['a', 'b'], rows });
        const back = parse(csv, { relax_column_count: false }) as string[][];
        expect(back).toEqual([['a', 'b'], ...rows.map((r) => r.map(spreadsheetSafe))]);
        // What still starts like a formula is a plain signed number, which a spreadsheet reads as that number.
        for (const row of back.slice(1)) for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^[+-]?\d+(\.\d+)?$/);
      }),
    );
  });
});
