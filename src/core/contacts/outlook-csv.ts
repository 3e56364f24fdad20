/**
 * Reads Outlook's contact CSV export, from Outlook on the web / Outlook.com ("First Name,Middle Name,
 * Last Name,Title,Suffix,…,E-mail Address,E-mail 2 Address,E-mail 3 Address,…,Job Title,Department,
 * Company,…,Web Page,…") and from classic desktop Outlook ("Title,First Name,Middle Name,Last Name,
 * Suffix,Company,Department,Job Title,…"). "Title" is the courtesy title (Dr., Ms.), not the job.
 * Columns are found by name, so either column order, and a file with only some columns, is read.
 * An Exchange contact's address written as an X.500 path (/o=ExchangeLabs/…) is not an e-mail
 * address and is left out.
 */
import { readCsvContacts, type CsvColumns, type CsvContactFormat, type CsvRow } from './csv-table.js';
import type { FoundContact } from './contact-row.js';
import { isLinkedinUrl } from './normalize.js';
import type { ContactReading } from './types.js';

const OUTLOOK_FIELDS = ['E-mail Address', 'Job Title', 'Company', 'Business Phone', 'Mobile Phone', 'Web Page'];

/** Outlook's header: a first or last name and one of Outlook's own field names. */
export function isOutlookHeader(columns: CsvColumns): boolean {
  return (columns.has('First Name') || columns.has('Last Name')) && OUTLOOK_FIELDS.some((n) => columns.has(n));
}

export const OUTLOOK_CSV: CsvContactFormat = {
  format: 'outlook',
  accepts: isOutlookHeader,
  headerWithin: 20,
  missingHeader:
    'no Outlook header row in the first 20 lines; Outlook\'s export starts "First Name,Middle Name,Last Name,Title,Suffix,…" (classic Outlook: "Title,First Name,Middle Name,Last Name,…") with columns such as "E-mail Address" and "Company"',
  rowReader: (columns) => {
    const emails = columns.matching(/^e-mail(?: \d)? address$/);
    // The contact's own numbers; "Assistant's Phone" is someone else's.
    const phones = columns.matching(/^(?!assistant's )[\w /]*\bphone(?: \d)?$/);
    const webPages = columns.matching(/web page$/);
    return (row: CsvRow): FoundContact => {
      const profileUrl = columns.cells(row, webPages).find(isLinkedinUrl);
      return {
        line: row.line,
        givenName: columns.cell(row, 'First Name'),
        middleName: columns.cell(row, 'Middle Name'),
        familyName: columns.cell(row, 'Last Name'),
        organization: columns.cell(row, 'Company'),
        position: columns.cell(row, 'Job Title'),
        emails: columns.cells(row, emails),
        phones: columns.cells(row, phones),
        ...(profileUrl !== undefined && { profileUrl }),
        note: columns.cell(row, 'Notes'),
      };
    };
  },
};

/** Reads an Outlook contact CSV export from its decoded text. */
export function readOutlookCsv(text: string): ContactReading {
  return readCsvContacts(text, OUTLOOK_CSV);
}
