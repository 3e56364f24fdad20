/**
 * A small LinkedIn Connections.csv for the contact-import tests of the service, the API and the CLI:
 * LinkedIn's "Notes:" preamble (three lines), its header on line 4, so data rows start on line 5.
 */
import { LINKEDIN_HEADER } from '../core/contacts/linkedin-csv.js';

/** Rows of the export, as LinkedIn writes them. */
export const JANE = 'Jane,Doe,https://www.linkedin.com/in/jane-doe-42,jane@nordicpharma.se,Nordic Pharma AB,Head of Regulatory Affairs,14 Mar 2021';
export const OLA = 'Ola,Nordmann,https://www.linkedin.com/in/ola-n,,Nordic Pharma AB,CEO,02 Nov 2019';
export const ANNA = 'Anna,Berg,https://www.linkedin.com/in/anna-berg,,Apotek Hjärtat,Buyer,30 Jan 2024';

/** The text of an export holding `rows` (each a CSV line). */
export function connectionsCsv(...rows: string[]): string {
  return [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    LINKEDIN_HEADER,
    ...rows,
    '',
  ].join('\n');
}
