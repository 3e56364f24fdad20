/**
 * Reads the user's own LinkedIn export of their connections (Settings → Data privacy → Get a copy
 * of your data → Connections), `Connections.csv`. LinkedIn writes a "Notes:" preamble of a few lines
 * before the header, fills "Email Address" only for people who allow it, and writes "Connected On"
 * as `12 Mar 2024`; exports from before 2020 have no URL column and may write other date forms.
 */
import { daysInMonth } from '../../shared/calendar-date.js';
import { readCsvContacts, type CsvColumns, type CsvContactFormat, type CsvRow } from './csv-table.js';
import type { FoundContact } from './contact-row.js';
import type { ContactReading } from './types.js';

/** The header of today's export. */
export const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** LinkedIn's header: first and last name and "Connected On", the column no other export has. */
export function isLinkedinHeader(columns: CsvColumns): boolean {
  return columns.has('First Name') && columns.has('Last Name') && columns.has('Connected On');
}

export const LINKEDIN_CSV: CsvContactFormat = {
  format: 'linkedin',
  accepts: isLinkedinHeader,
  headerWithin: 20,
  missingHeader: `no LinkedIn header row in the first 20 lines; LinkedIn's Connections.csv has "${LINKEDIN_HEADER}" after a short "Notes:" preamble`,
  rowReader: (columns, rows) => {
    const order = slashDateOrder(rows.map((row) => columns.cell(row, 'Connected On')));
    return (row: CsvRow): FoundContact => {
      const found: FoundContact = {
        line: row.line,
        kind: 'person',
        givenName: columns.cell(row, 'First Name'),
        familyName: columns.cell(row, 'Last Name'),
        organization: columns.cell(row, 'Company'),
        position: columns.cell(row, 'Position'),
        emails: [columns.first(row, 'Email Address', 'E-mail Address')],
        profileUrl: columns.cell(row, 'URL'),
      };
      // Set, not spread in: a spread copies the whole object, on every row of a large export.
      const connectedOn = parseConnectedOn(columns.cell(row, 'Connected On'), order);
      if (connectedOn !== undefined) found.connectedOn = connectedOn;
      return found;
    };
  },
};

/** Reads LinkedIn's Connections.csv from its decoded text. */
export function readLinkedinCsv(text: string): ContactReading {
  return readCsvContacts(text, LINKEDIN_CSV);
}

/** Which way round `3/12/2024` is read: day first, month first, or not known. */
export type SlashDateOrder = 'day-month' | 'month-day' | undefined;

/**
 * How a file writes its slash dates, judged from all of them: one with a first number above 12
 * (`13/3/2024`) shows day-month, one with a second number above 12 shows month-day. A file that
 * shows neither, or both, has no order, and its dates that could be read either way are left out.
 */
export function slashDateOrder(values: readonly string[]): SlashDateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = SLASH.exec(value.trim());
    if (m === null) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-month' : 'month-day';
}

const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{4}|\d{2})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

/**
 * "Connected On" as an ISO date. Reads `12 Mar 2024` (today's exports), `12-Mar-24`, `Mar 12, 2024`,
 * `2024-03-12`, and slash dates: `13/3/2024` and `3/13/2024` by themselves, `3/12/2024` by the
 * file's order (slashDateOrder). A two-digit year is 20yy below 70 and 19yy from 70 (LinkedIn began
 * in 2003). Anything else, or a day the month does not have, gives undefined: the contact is still
 * read, without the date.
 */
export function parseConnectedOn(value: string, order: SlashDateOrder = undefined): string | undefined {
  const text = value.trim();
  let m = DAY_MONTH_YEAR.exec(text);
  if (m !== null) return isoDate(year(m[3]!), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m !== null) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = ISO.exec(text);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH.exec(text);
  if (m === null) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const dayFirst = first > 12 ? true : second > 12 ? false : order === undefined ? undefined : order === 'day-month';
  if (dayFirst === undefined) return undefined;
  return dayFirst ? isoDate(year(m[3]!), second, first) : isoDate(year(m[3]!), first, second);
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for an English month name or its abbreviation ("Sept" too), 0 for anything else. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower.slice(0, 3)));
  return index !== -1 && (lower.length === 3 || lower === 'sept' || MONTH_NAMES[index] === lower) ? index + 1 : 0;
}

function year(digits: string): number {
  const n = Number(digits);
  return digits.length === 4 ? n : n < 70 ? 2000 + n : 1900 + n;
}

function isoDate(y: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(y, month)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
