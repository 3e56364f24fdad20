import { describe, expect, it } from 'vitest';
import { readOutlookCsv } from './outlook-csv.js';

const read = (text: string) => {
  const reading = readOutlookCsv(text);
  if (!reading.ok) throw new Error(`expected ok, got ${JSON.stringify(reading.problems)}`);
  return reading;
};

/** Outlook on the web / Outlook.com's export header. */
const WEB_HEADER =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes";

function row(header: string, fields: Partial<Record<string, string>>): string {
  return header
    .split(',')
    .map((column) => {
      const value = fields[column] ?? '';
      // Outlook quotes every field.
      return `"${value.replace(/"/g, '""')}"`;
    })
    .join(',');
}

/** Classic desktop Outlook's export header (abridged: the columns are found by name). */
const CLASSIC_HEADER =
  'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business City,Business Country/Region,Business Fax,Business Phone,Mobile Phone,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,Notes,Web Page';

describe('readOutlookCsv', () => {
  it('reads an Outlook on the web export', () => {
    const text = [
      WEB_HEADER,
      row(WEB_HEADER, {
        'First Name': 'Jane',
        'Middle Name': 'Marie',
        'Last Name': 'Doe',
        Title: 'Dr.',
        'E-mail Address': 'Jane.Doe@acme.example',
        'E-mail 2 Address': 'jane@home.example',
        'Business Phone': '+44 20 7946 0000',
        'Mobile Phone': '+44 7700 900123',
        'Business Fax': '+44 20 7946 0001',
        "Assistant's Phone": '+44 20 7946 0002',
        'TTY/TDD Phone': '+44 20 7946 0003',
        'Job Title': 'Head of Regulatory Affairs',
        Company: 'Acme Pharma, Inc.',
        'Web Page': 'https://www.linkedin.com/in/jane-doe-123',
        Notes: 'Met at CPhI\r\nfollow up',
      }),
      row(WEB_HEADER, { 'First Name': 'Иван', 'Last Name': 'Петров', Company: 'ООО «Фарма»', 'Personal Web Page': 'http://uk.linkedin.com/in/ivan' }),
      row(WEB_HEADER, { 'First Name': 'කමල්', 'Last Name': 'පෙරේරා' }),
      row(WEB_HEADER, { Company: 'Ceylon Biotech (Pvt) Ltd' }),
      row(WEB_HEADER, { 'E-mail Address': 'nobody@example.com' }),
    ].join('\r\n');
    const reading = read(text);
    expect(reading.format).toBe('outlook');
    expect(reading.contacts).toEqual([
      {
        line: 2,
        kind: 'person',
        name: 'Jane Marie Doe',
        givenName: 'Jane',
        familyName: 'Doe',
        organization: 'Acme Pharma, Inc.',
        position: 'Head of Regulatory Affairs',
        emails: ['jane.doe@acme.example', 'jane@home.example'],
        phones: ['+44 20 7946 0000', '+44 7700 900123', '+44 20 7946 0003'],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
        note: 'Met at CPhI\nfollow up',
      },
      {
        line: 4,
        kind: 'person',
        name: 'Иван Петров',
        givenName: 'Иван',
        familyName: 'Петров',
        organization: 'ООО «Фарма»',
        emails: [],
        phones: [],
        profileUrl: 'http://uk.linkedin.com/in/ivan',
      },
      { line: 5, kind: 'person', name: 'කමල් පෙරේරා', givenName: 'කමල්', familyName: 'පෙරේරා', emails: [], phones: [] },
      { line: 6, kind: 'organization', name: 'Ceylon Biotech (Pvt) Ltd', organization: 'Ceylon Biotech (Pvt) Ltd', emails: [], phones: [] },
    ]);
    expect(reading.skipped).toEqual([{ line: 7, reason: 'no name and no organization' }]);
  });

  it('reads a classic Outlook export, leaving out Exchange X.500 addresses', () => {
    const text = [
      CLASSIC_HEADER,
      row(CLASSIC_HEADER, {
        Title: 'Mr.',
        'First Name': 'José',
        'Last Name': 'García',
        Company: 'Farmacia Núñez',
        'Job Title': 'Director',
        'E-mail Address': '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jose',
        'E-mail Type': 'EX',
        'E-mail 2 Address': 'jose@farmacia.example',
        'Web Page': 'https://farmacia.example',
      }),
    ].join('\r\n');
    expect(read(text).contacts).toEqual([
      {
        line: 2,
        kind: 'person',
        name: 'José García',
        givenName: 'José',
        familyName: 'García',
        organization: 'Farmacia Núñez',
        position: 'Director',
        emails: ['jose@farmacia.example'],
        phones: [],
      },
    ]);
  });

  it('reads a file with only a name column and an e-mail', () => {
    expect(read('Last Name,E-mail Address\nDoe,jane@acme.example\n').contacts).toEqual([
      { line: 2, kind: 'person', name: 'Doe', familyName: 'Doe', emails: ['jane@acme.example'], phones: [] },
    ]);
  });

  it('finds the header by a first name alone, and not without a first or last name', () => {
    expect(read('First Name,E-mail Address\r\nJane,jane@acme.example\r\n').contacts).toEqual([
      { line: 2, kind: 'person', name: 'Jane', givenName: 'Jane', emails: ['jane@acme.example'], phones: [] },
    ]);
    const reading = readOutlookCsv('Company,Job Title,E-mail Address\r\nAcme Pharma,Director,jane@acme.example\r\n');
    expect(reading.ok === false && reading.problems[0]?.message).toMatch(/^no Outlook header row in the first 20 lines; /);
  });

  it("reads e-mail, phone and web page only from Outlook's own columns for them, numbered ones included", () => {
    const header =
      "First Name,E-mail Address,Assistant's E-mail Address,E-mail Address (Old),Business Phone,Business Phone 2,Mobile Phone (Old),Web Page (Old),Web Page";
    const text = `${header}\r\nJane,jane@acme.example,pa@acme.example,jane@old.example,+44 20 7946 0000,+44 20 7946 0001,+44 7700 900000,https://www.linkedin.com/in/jane-doe-old,https://www.linkedin.com/in/jane-doe-123\r\n`;
    expect(read(text).contacts.map((c) => [c.emails, c.phones, c.profileUrl])).toEqual([
      [['jane@acme.example'], ['+44 20 7946 0000', '+44 20 7946 0001'], 'https://www.linkedin.com/in/jane-doe-123'],
    ]);
  });

  it('refuses a quote never closed, naming its line', () => {
    const reading = readOutlookCsv(`First Name,Last Name,Company\r\n"Jane","Doe","Acme"\r\n"John","Smith","Acme\r\n"Ann","Lee",""\r\n`);
    expect(reading).toMatchObject({ ok: false, problems: [{ line: 3 }] });
  });
});
