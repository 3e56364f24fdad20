import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.js';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `'=HYPERLINK("http://evil.example")`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tindent', `'\tindent`],
    ['\rreturn', `'\rreturn`],
    ['-', `'-`],
    ['-3', '-3'],
    ['+4.5', '+4.5'],
    ['High', 'High'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });
});
