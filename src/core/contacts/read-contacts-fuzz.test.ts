/**
 * The contact-file entry (readContactFile: decoding, telling the format, the four readers) fuzzed as
 * issue 13 asks: random bytes and text, and realistic LinkedIn, vCard 3.0/4.0/2.1, Google and
 * Outlook exports damaged byte by byte, read as found and as each named format. Whatever comes
 * in, it answers with contacts or problems as data; never an exception, never a hang.
 *
 * Inputs (IMPORTER_FUZZ_RUNS = 10,000 by default): 2,000 random + 5,000 damaged files, format told
 * by their content + 3,000 damaged files read as a format given = 10,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FootholdError } from '../../shared/errors.js';
import { FUZZ_TEST_TIMEOUT_MS, expectProblemsAsData, mutatedFile, readOrRefuse, splitRuns } from '../../test-support/fuzz.js';
import { ANNA, connectionsCsv, JANE, OLA } from '../../test-support/linkedin-export.js';
import { LINKEDIN_HEADER } from './linkedin-csv.js';
import { readContactFile } from './read-contacts.js';
import { CONTACT_FORMATS, type ContactFormat } from './types.js';

const [RANDOM, DETECTED, GIVEN] = splitRuns(2_000, 5_000, 3_000);

const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';

/** A CSV row of `header`'s columns from the fields given, the rest empty; Outlook quotes every field. */
function row(header: string, fields: Partial<Record<string, string>>, quoteAll = false): string {
  return header
    .split(',')
    .map((column) => {
      const value = fields[column] ?? '';
      return quoteAll || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

const GOOGLE_OLD =
  'Name,Given Name,Additional Name,Family Name,Name Prefix,Nickname,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value';
const GOOGLE_NEW =
  'First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value';
const OUTLOOK_WEB =
  'First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Business Phone,Mobile Phone,Job Title,Department,Company,Web Page,Notes';
const OUTLOOK_CLASSIC =
  'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,Notes,Web Page';

/** One export of each kind the readers know, with what makes each hard: quoting, folding, several values per cell, non-Latin names. */
const SAMPLES: Record<string, string> = {
  linkedin: connectionsCsv(JANE, OLA, ANNA, 'Иван,Петров,https://www.linkedin.com/in/ivan-petrov,Ivan.Petrov@Example.RU,ООО «Фарма»,Директор,01 Feb 2023'),
  linkedinCrlf: crlf(
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    LINKEDIN_HEADER,
    'කමල්,පෙරේරා,https://lk.linkedin.com/in/kamal-perera,,Ceylon Biotech,"Manager, ""Export"" Markets",5 Jan 2022',
    'José,García Núñez,https://www.linkedin.com/in/jose-garcia,,,,12/30/2021',
  ),
  vcard3: crlf(
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:Doe;Jane;Marie;Dr.;',
    'FN:Dr. Jane Marie Doe',
    'ORG:Acme Pharma\\, Inc.;Regulatory',
    'TITLE:Head of Regulatory Affairs',
    'item1.EMAIL;type=INTERNET;type=WORK;type=pref:Jane.Doe@Acme.example',
    'item1.X-ABLabel:_$!<Work>!$_',
    'TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123',
    'item2.URL;type=pref:https\\://www.linkedin.com/in/jane-doe-123',
    'NOTE:Met at CPhI 2023\\nFollow up\\; call in May',
    'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
    ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:;;;;',
    'FN:Ceylon Biotech (Pvt) Ltd',
    'X-ABShowAs:COMPANY',
    'item1.X-SOCIALPROFILE;type=linkedin;x-user=ceylon-biotech:x-apple:ceylon-biotech',
    'END:VCARD',
  ),
  vcard4: crlf(
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    'FN:ООО «Фарма»',
    'EMAIL;TYPE=work:info@pharma.example',
    'TEL;VALUE=uri;TYPE="voice,work":tel:+7-495-555-0100',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:කමල් ',
    ' පෙරේරා',
    'N:පෙරේරා;කමල්;;;',
    'SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://lk.linkedin.com/in/kamal-perera',
    'END:VCARD',
  ),
  vcard21: crlf(
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;;;',
    'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=',
    '=D0=B2',
    'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9 au lait',
    'END:VCARD',
  ),
  googleOld: crlf(
    GOOGLE_OLD,
    row(GOOGLE_OLD, {
      Name: 'Jane Doe',
      'Given Name': 'Jane',
      'Family Name': 'Doe',
      Notes: 'Met at CPhI,\nfollow up',
      'E-mail 1 - Type': '* Work ::: Other',
      'E-mail 1 - Value': 'Jane.Doe@acme.example ::: jdoe@acme.example',
      'Phone 1 - Value': '+44 7700 900123 ::: +44 20 7946 0000',
      'Organization 1 - Name': 'Acme Pharma, Inc.',
      'Website 1 - Value': 'https://acme.example ::: https://www.linkedin.com/in/jane-doe-123',
    }),
    row(GOOGLE_OLD, { Name: 'Иван Петров', 'Given Name': 'Иван', 'Family Name': 'Петров', 'Organization 1 - Name': 'ООО «Фарма»' }),
    'Broken,row',
  ),
  googleNew: crlf(
    GOOGLE_NEW,
    row(GOOGLE_NEW, {
      'First Name': 'Jane',
      'Last Name': 'Doe',
      'Organization Name': 'Acme',
      'E-mail 1 - Label': '* Work',
      'E-mail 1 - Value': 'jane@acme.com',
    }),
    row(GOOGLE_NEW, { 'Organization Name': 'Ceylon Biotech (Pvt) Ltd', 'Phone 1 - Value': '+94 11 255 0000' }),
  ),
  outlookWeb: crlf(
    OUTLOOK_WEB,
    row(
      OUTLOOK_WEB,
      { 'First Name': 'Jane', 'Last Name': 'Doe', Title: 'Dr.', 'E-mail Address': 'Jane.Doe@acme.example', Company: 'Acme', Notes: 'two\r\nlines' },
      true,
    ),
    row(OUTLOOK_WEB, { Company: 'Nordic Pharma AB', 'Web Page': 'https://www.linkedin.com/company/nordic' }, true),
  ),
  outlookClassic: crlf(
    OUTLOOK_CLASSIC,
    row(OUTLOOK_CLASSIC, {
      'First Name': 'Ola',
      'Last Name': 'Nordmann',
      'E-mail Address': '/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=ola',
      'E-mail Type': 'EX',
    }),
  ),
};

/** UTF-16 with a byte-order mark, as Outlook and Windows tools save "Unicode" text. */
function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}

const FILES = [...Object.values(SAMPLES), utf16le(SAMPLES['outlookWeb']!)];

/** What contact files are made of, for insertions: delimiters, quotes, card markers, folding, escapes. */
const TOKENS = [
  ',',
  '"',
  '""',
  '\r\n',
  '\n',
  '\r',
  '\r\n ',
  ';',
  ':',
  '=',
  '=\r\n',
  '\\',
  '\\,',
  '=D0=',
  ' ::: ',
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  'VERSION:2.1\r\n',
  'ENCODING=QUOTED-PRINTABLE:',
  'CHARSET=klingon;',
  'KIND:group\r\n',
  LINKEDIN_HEADER,
  'E-mail 1 - Value',
  '\uFEFF',
  'https://www.linkedin.com/in/',
  '@',
  'Ж',
  '😀',
  '\u0301',
];

/** Lines of the file as the reader decodes it (a UTF-16 byte-order mark says which). */
const lineCount = (bytes: Uint8Array) =>
  new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8')
    .decode(bytes)
    .split(/\r\n|\n|\r/).length;

/** Every input gets contacts that keep the readers' promises, or problems as data. */
function expectAnswer(bytes: Uint8Array, format?: ContactFormat): void {
  const answer = readOrRefuse(() => readContactFile(bytes, 'contacts.csv', format));
  // readContactFile promises never to throw: not even a typed error.
  expect(answer).not.toBeInstanceOf(FootholdError);
  if (answer instanceof FootholdError) return;
  expectProblemsAsData(answer);
  if (!answer.ok) return;
  const lines = lineCount(bytes);
  for (const contact of answer.contacts) {
    expect(contact.name).not.toBe('');
    expect(contact.name.trim()).toBe(contact.name);
    expect(contact.line >= 1 && contact.line <= lines).toBe(true);
    expect(new Set(contact.emails).size).toBe(contact.emails.length);
    for (const email of contact.emails) expect(email).toBe(email.trim().toLowerCase());
  }
  for (const skipped of answer.skipped) expect(skipped.line >= 1 && skipped.line <= lines && skipped.reason !== '').toBe(true);
}

describe('readContactFile under fuzzing (issue 13)', () => {
  it('reads each sample as its format', () => {
    for (const [name, text] of Object.entries(SAMPLES)) {
      const reading = readContactFile(new TextEncoder().encode(text), name);
      expect([name, reading.ok && reading.contacts.length > 0]).toEqual([name, true]);
    }
  });

  it('counts lines right in a file whose line breaks change from LF to CRLF after the header (found by fuzzing)', () => {
    // csv-parse took "\n" as the row separator from the header line and kept each later CRLF's "\r"
    // in the row's last field, which the line count then took for one more line: lines 2 and 4 were reported here.
    const reading = readContactFile(new TextEncoder().encode(`${LINKEDIN_HEADER}\nBEGIN:VCARD\r\n,`), 'mixed.csv');
    expect(reading.ok && reading.skipped.map((s) => s.line)).toEqual([2, 3]);
    const rows = readContactFile(new TextEncoder().encode(`${LINKEDIN_HEADER}\n${JANE}\r\n${OLA}\r\n\r\n${ANNA}\r\n`), 'mixed.csv');
    expect(rows.ok && rows.contacts.map((c) => [c.line, c.connectedOn])).toEqual([
      [2, '2021-03-14'],
      [3, '2019-11-02'],
      [5, '2024-01-30'],
    ]);
  });

  it(
    'answers random bytes and text with problems',
    () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 300 }).map((t) => new TextEncoder().encode(t)),
        fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => new TextEncoder().encode(t.join(''))),
        fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
      );
      fc.assert(fc.property(input, fc.option(fc.constantFrom(...CONTACT_FORMATS), { nil: undefined }), expectAnswer), { numRuns: RANDOM });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers damaged exports, telling the format by their content',
    () => {
      fc.assert(
        fc.property(mutatedFile(FILES, { tokens: TOKENS }), (bytes) => expectAnswer(bytes)),
        { numRuns: DETECTED },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers damaged exports read as any format given',
    () => {
      fc.assert(fc.property(mutatedFile(FILES, { tokens: TOKENS }), fc.constantFrom(...CONTACT_FORMATS), expectAnswer), { numRuns: GIVEN });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
