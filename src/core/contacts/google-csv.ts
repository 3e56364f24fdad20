/**
 * Reads Google Contacts' CSV export (contacts.google.com → Export → Google CSV), in both of its
 * shapes: the one used until 2024 ("Name,Given Name,Additional Name,Family Name,…,E-mail 1 - Type,
 * E-mail 1 - Value,…,Organization 1 - Name,Organization 1 - Title,…") and today's ("First Name,
 * Middle Name,Last Name,…,Organization Name,Organization Title,…,E-mail 1 - Label,E-mail 1 - Value,
 * …"). A cell may hold several values joined by " ::: ". Columns are found by name, so a file with
 * only some of them is read as far as it goes.
 */
import { readCsvContacts, type CsvColumns, type CsvContactFormat, type CsvRow } from './csv-table.js';
import type { FoundContact } from './contact-row.js';
import { isLinkedinUrl } from './normalize.js';
import type { ContactReading } from './types.js';

const NAME_COLUMNS = ['Name', 'Given Name', 'Family Name', 'First Name', 'Last Name'];
/** Columns only Google's export has: numbered "E-mail 1 - Value" style fields and a few names of its own. */
const GOOGLE_ONLY =
  /^(?:(?:e-mail|phone|website|organization|address|relation|event|im|custom field) \d+ - |given name$|family name$|organization name$|labels$|group membership$|file as$)/;

/** Google's header: a name column and at least one column no other export has. */
export function isGoogleHeader(columns: CsvColumns): boolean {
  return NAME_COLUMNS.some((n) => columns.has(n)) && columns.matching(GOOGLE_ONLY).length > 0;
}

export const GOOGLE_CSV: CsvContactFormat = {
  format: 'google',
  accepts: isGoogleHeader,
  headerWithin: 20,
  missingHeader:
    'no Google Contacts header row in the first 20 lines; Google\'s export starts "First Name,Middle Name,Last Name,…" (or, before 2024, "Name,Given Name,Additional Name,Family Name,…") with columns such as "E-mail 1 - Value"',
  rowReader: (columns) => {
    const emails = columns.matching(/^e-mail \d+ - value$/);
    const phones = columns.matching(/^phone \d+ - value$/);
    const websites = columns.matching(/^website \d+ - value$/);
    return (row: CsvRow): FoundContact => {
      const givenName = columns.first(row, 'Given Name', 'First Name');
      const middleName = columns.first(row, 'Additional Name', 'Middle Name');
      const familyName = columns.first(row, 'Family Name', 'Last Name');
      const hasParts = givenName !== '' || middleName !== '' || familyName !== '';
      const profileUrl = severalValues(columns.cells(row, websites)).find(isLinkedinUrl);
      return {
        line: row.line,
        fullName: columns.cell(row, 'Name') || (hasParts ? '' : columns.cell(row, 'Nickname')),
        givenName,
        middleName,
        familyName,
        organization: columns.first(row, 'Organization 1 - Name', 'Organization Name'),
        position: columns.first(row, 'Organization 1 - Title', 'Organization Title'),
        emails: severalValues(columns.cells(row, emails)),
        phones: severalValues(columns.cells(row, phones)),
        ...(profileUrl !== undefined && { profileUrl }),
        note: columns.cell(row, 'Notes'),
      };
    };
  },
};

/** Reads a Google Contacts CSV export from its decoded text. */
export function readGoogleCsv(text: string): ContactReading {
  return readCsvContacts(text, GOOGLE_CSV);
}

/** Google writes a field's several values (two work addresses) in one cell, joined by " ::: ". */
function severalValues(cells: readonly string[]): string[] {
  return cells.flatMap((cell) => cell.split(':::').map((v) => v.trim())).filter((v) => v !== '');
}
