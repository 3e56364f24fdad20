import { describe, expect, it } from 'vitest';
import { readGoogleCsv } from './google-csv.js';

const read = (text: string) => {
  const reading = readGoogleCsv(text);
  if (!reading.ok) throw new Error(`expected ok, got ${JSON.stringify(reading.problems)}`);
  return reading;
};

/** The header of Google's export until 2024 ("Google CSV"). */
const OLD_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value';

/** One row of the old export from its interesting fields; the rest are empty. */
function oldRow(fields: Partial<Record<string, string>>): string {
  return OLD_HEADER.split(',')
    .map((column) => {
      const value = fields[column] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

/** The header of today's export. */
const NEW_HEADER =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Website 1 - Label,Website 1 - Value';

describe('readGoogleCsv', () => {
  it('reads the export used until 2024, with several values in one cell', () => {
    const text = [
      OLD_HEADER,
      oldRow({
        Name: 'Jane Doe',
        'Given Name': 'Jane',
        'Family Name': 'Doe',
        Notes: 'Met at CPhI,\nfollow up',
        'Group Membership': '* myContacts',
        'E-mail 1 - Type': '* Work ::: Other',
        'E-mail 1 - Value': 'Jane.Doe@acme.example ::: jdoe@acme.example',
        'E-mail 2 - Type': 'Home',
        'E-mail 2 - Value': 'jane@home.example ::: JANE.DOE@acme.example',
        'Phone 1 - Type': 'Mobile',
        'Phone 1 - Value': '+44 7700 900123 ::: +44 20 7946 0000',
        'Organization 1 - Name': 'Acme Pharma, Inc.',
        'Organization 1 - Title': 'Head of Regulatory Affairs',
        'Website 1 - Type': 'Profile',
        'Website 1 - Value': 'https://acme.example ::: https://www.linkedin.com/in/jane-doe-123',
      }),
      oldRow({ Name: 'Иван Петров', 'Given Name': 'Иван', 'Family Name': 'Петров', 'Organization 1 - Name': 'ООО «Фарма»' }),
      oldRow({ 'Given Name': 'කමල්', 'Family Name': 'පෙරේරා', 'E-mail 1 - Value': 'kamal@ceylon.example' }),
      oldRow({ 'Organization 1 - Name': 'Ceylon Biotech (Pvt) Ltd', 'Phone 1 - Value': '+94 11 255 0000' }),
      oldRow({ 'E-mail 1 - Value': 'nobody@example.com' }),
      'Broken,row',
    ].join('\r\n');
    const reading = read(text);
    expect(reading.format).toBe('google');
    expect(reading.contacts).toEqual([
      {
        line: 2,
        kind: 'person',
        name: 'Jane Doe',
        givenName: 'Jane',
        familyName: 'Doe',
        organization: 'Acme Pharma, Inc.',
        position: 'Head of Regulatory Affairs',
        emails: ['jane.doe@acme.example', 'jdoe@acme.example', 'jane@home.example'],
        phones: ['+44 7700 900123', '+44 20 7946 0000'],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
        note: 'Met at CPhI,\nfollow up',
      },
      { line: 4, kind: 'person', name: 'Иван Петров', givenName: 'Иван', familyName: 'Петров', organization: 'ООО «Фарма»', emails: [], phones: [] },
      { line: 5, kind: 'person', name: 'කමල් පෙරේරා', givenName: 'කමල්', familyName: 'පෙරේරා', emails: ['kamal@ceylon.example'], phones: [] },
      { line: 6, kind: 'organization', name: 'Ceylon Biotech (Pvt) Ltd', organization: 'Ceylon Biotech (Pvt) Ltd', emails: [], phones: ['+94 11 255 0000'] },
    ]);
    expect(reading.skipped).toEqual([
      { line: 7, reason: 'no name and no organization' },
      { line: 8, reason: 'has 2 fields, but the header on line 1 has 45; a field with a comma in it needs double quotes around it' },
    ]);
  });

  it('reads the 2024 export, joining first, middle and last name', () => {
    const text = [
      NEW_HEADER,
      'José,Luis,García Núñez,,,,Dr.,,Pepe,,Farmacia Núñez,Director,,,,,* myContacts,Work,jose@farmacia.example ::: Jose@Farmacia.example,,,Mobile,+34 600 000 000,,,LinkedIn,https://es.linkedin.com/in/jose-garcia/',
      ',,,,,,,,Pepa,,,,,,,,,,,,,,,,,,',
      ',,,,,,,,,,,,,,,,,,,,,,,,,,',
    ].join('\n');
    const reading = read(text);
    expect(reading.contacts).toEqual([
      {
        line: 2,
        kind: 'person',
        name: 'José Luis García Núñez',
        givenName: 'José',
        familyName: 'García Núñez',
        organization: 'Farmacia Núñez',
        position: 'Director',
        emails: ['jose@farmacia.example'],
        phones: ['+34 600 000 000'],
        profileUrl: 'https://es.linkedin.com/in/jose-garcia/',
      },
      { line: 3, kind: 'person', name: 'Pepa', emails: [], phones: [] },
    ]);
    expect(reading.skipped).toEqual([{ line: 4, reason: 'no name and no organization' }]);
  });

  it('reads a file with only some of the columns', () => {
    const reading = read('Given Name,Family Name,E-mail 1 - Value\r\nJane,Doe,jane@acme.example\r\n');
    expect(reading.contacts).toEqual([
      { line: 2, kind: 'person', name: 'Jane Doe', givenName: 'Jane', familyName: 'Doe', emails: ['jane@acme.example'], phones: [] },
    ]);
  });

  it('makes the name from the parts when Name is empty, and falls back to the nickname only when there are none', () => {
    const text = [
      OLD_HEADER,
      oldRow({ Name: 'Dr. Jane Doe', 'Given Name': 'Jane', 'Family Name': 'Doe', 'Name Prefix': 'Dr.' }),
      oldRow({ 'Given Name': 'Jane', 'Additional Name': 'Marie', 'Family Name': 'Doe' }),
      oldRow({ 'Given Name': 'Kamal', Nickname: 'Kami' }),
      oldRow({ 'Additional Name': 'Marie', Nickname: 'Mimi' }),
      oldRow({ 'Family Name': 'Perera', Nickname: 'Pere' }),
      oldRow({ Nickname: 'Pepa' }),
    ].join('\r\n');
    expect(read(text).contacts.map((c) => [c.line, c.name])).toEqual([
      [2, 'Dr. Jane Doe'],
      [3, 'Jane Marie Doe'],
      [4, 'Kamal'],
      [5, 'Marie'],
      [6, 'Perera'],
      [7, 'Pepa'],
    ]);
  });

  it('reads the tenth and later e-mail, phone and website columns', () => {
    const header = 'Name,E-mail 1 - Value,E-mail 10 - Value,Phone 1 - Value,Phone 12 - Value,Website 1 - Value,Website 11 - Value';
    const reading = read(
      `${header}\r\nJane Doe,jane@acme.example,jane10@acme.example,+44 20 7946 0000,+44 7700 900123,https://acme.example,https://www.linkedin.com/in/jane-doe-123\r\n`,
    );
    expect(reading.contacts).toEqual([
      {
        line: 2,
        kind: 'person',
        name: 'Jane Doe',
        emails: ['jane@acme.example', 'jane10@acme.example'],
        phones: ['+44 20 7946 0000', '+44 7700 900123'],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
      },
    ]);
  });

  it('reads e-mail, phone and website only from columns named exactly as Google names them', () => {
    const header =
      'Name,E-mail 1 - Value,Old E-mail 1 - Value,E-mail 1 - Value (old),Phone 1 - Value,Work Phone 1 - Value,Phone 1 - Value (old),Company Website 1 - Value,Website 1 - Value (old),Website 1 - Value';
    const reading = read(
      `${header}\r\nJane Doe,jane@acme.example,jane@old.example,jd@old.example,+44 20 7946 0000,+44 20 7946 0001,+44 20 7946 0002,https://www.linkedin.com/company/acme,https://www.linkedin.com/in/jane-doe-old,https://www.linkedin.com/in/jane-doe-123\r\n`,
    );
    expect(reading.contacts.map((c) => [c.emails, c.phones, c.profileUrl])).toEqual([
      [['jane@acme.example'], ['+44 20 7946 0000'], 'https://www.linkedin.com/in/jane-doe-123'],
    ]);
  });

  it('says which header it looked for when there is none', () => {
    const reading = readGoogleCsv('First Name,Last Name,E-mail Address\r\n');
    expect(reading.ok === false && reading.problems[0]?.message).toMatch(
      /^no Google Contacts header row in the first 20 lines; Google's export starts "First Name,Middle Name,Last Name,…"/,
    );
  });
});
