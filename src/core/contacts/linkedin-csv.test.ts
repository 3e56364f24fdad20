import { describe, expect, it } from 'vitest';
import { LINKEDIN_HEADER, parseConnectedOn, readLinkedinCsv, slashDateOrder } from './linkedin-csv.js';
import type { ContactReading } from './types.js';

/** LinkedIn's export as it arrives: the "Notes:" preamble, a blank line, the header, CRLF line ends. */
const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const connections = (...rows: string[]) => [...PREAMBLE, LINKEDIN_HEADER, ...rows].join('\r\n') + '\r\n';

const read = (text: string) => {
  const reading = readLinkedinCsv(text);
  if (!reading.ok) throw new Error(`expected ok, got ${JSON.stringify(reading.problems)}`);
  return reading;
};

describe('readLinkedinCsv', () => {
  it('reads a realistic export with its preamble, quoting and non-Latin names', () => {
    const reading = read(
      connections(
        'Jane,Doe,https://www.linkedin.com/in/jane-doe-123,,"Acme Pharma, Inc.",Head of Regulatory Affairs,12 Mar 2024',
        'Иван,Петров,https://www.linkedin.com/in/ivan-petrov,Ivan.Petrov@Example.RU,ООО «Фарма»,Директор,01 Feb 2023',
        'කමල්,පෙරේරා,https://lk.linkedin.com/in/kamal-perera,,Ceylon Biotech,"Manager, ""Export"" Markets",5 Jan 2022',
        'José,García Núñez,https://www.linkedin.com/in/jose-garcia,,,,30 Dec 2021',
      ),
    );
    expect(reading.format).toBe('linkedin');
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts).toEqual([
      {
        line: 5,
        kind: 'person',
        name: 'Jane Doe',
        givenName: 'Jane',
        familyName: 'Doe',
        organization: 'Acme Pharma, Inc.',
        position: 'Head of Regulatory Affairs',
        emails: [],
        phones: [],
        profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
        connectedOn: '2024-03-12',
      },
      {
        line: 6,
        kind: 'person',
        name: 'Иван Петров',
        givenName: 'Иван',
        familyName: 'Петров',
        organization: 'ООО «Фарма»',
        position: 'Директор',
        emails: ['ivan.petrov@example.ru'],
        phones: [],
        profileUrl: 'https://www.linkedin.com/in/ivan-petrov',
        connectedOn: '2023-02-01',
      },
      {
        line: 7,
        kind: 'person',
        name: 'කමල් පෙරේරා',
        givenName: 'කමල්',
        familyName: 'පෙරේරා',
        organization: 'Ceylon Biotech',
        position: 'Manager, "Export" Markets',
        emails: [],
        phones: [],
        profileUrl: 'https://lk.linkedin.com/in/kamal-perera',
        connectedOn: '2022-01-05',
      },
      {
        line: 8,
        kind: 'person',
        name: 'José García Núñez',
        givenName: 'José',
        familyName: 'García Núñez',
        emails: [],
        phones: [],
        profileUrl: 'https://www.linkedin.com/in/jose-garcia',
        connectedOn: '2021-12-30',
      },
    ]);
  });

  it('reads a file without the preamble, with LF line ends, and an old export without the URL column', () => {
    const plain = read(`${LINKEDIN_HEADER}\nJane,Doe,,,,,12 Mar 2024\n`);
    expect(plain.contacts.map((c) => [c.line, c.name])).toEqual([[2, 'Jane Doe']]);
    const old = read('First Name,Last Name,Email Address,Company,Position,Connected On\nJohn,Smith,john@acme.com,Acme,CTO,03 Apr 2018\n');
    expect(old.contacts[0]).toMatchObject({ line: 2, name: 'John Smith', emails: ['john@acme.com'], organization: 'Acme', connectedOn: '2018-04-03' });
    expect(old.contacts[0]?.profileUrl).toBeUndefined();
  });

  it('counts the lines of a field that spans lines, so later rows keep their own line', () => {
    const reading = read(connections('Jane,Doe,,,"Acme\r\nPharma",CEO,12 Mar 2024', 'John,Smith,,,"A\nB\nC",CTO,13 Mar 2024', 'Ann,Lee,,,,,14 Mar 2024'));
    expect(reading.contacts.map((c) => [c.line, c.organization])).toEqual([
      [5, 'Acme Pharma'],
      [7, 'A B C'],
      [10, undefined],
    ]);
  });

  it('skips rows with the wrong number of fields and rows with no name, each with its line; blank lines are passed over', () => {
    const reading = read(
      connections(
        'Jane,Doe,,,Acme,CEO,12 Mar 2024',
        'Broken,Row,Acme, Inc.,CEO',
        '',
        '   ',
        ',,https://www.linkedin.com/in/x,,Acme,CEO,12 Mar 2024',
        'Ann,,,,,,',
      ),
    );
    expect(reading.contacts.map((c) => [c.line, c.name])).toEqual([
      [5, 'Jane Doe'],
      [10, 'Ann'],
    ]);
    expect(reading.skipped).toEqual([
      { line: 6, reason: 'has 5 fields, but the header on line 4 has 7; a field with a comma in it needs double quotes around it' },
      { line: 9, reason: 'no name' },
    ]);
  });

  it('keeps a row whose company is all that is left as a skipped person, not an organization', () => {
    const reading = read(connections(',,,,Acme Pharma,,12 Mar 2024'));
    expect(reading.contacts).toEqual([]);
    expect(reading.skipped).toEqual([{ line: 5, reason: 'no name' }]);
  });

  it('refuses a file whose quote is never closed, naming the line of the row it opens in', () => {
    const reading = readLinkedinCsv(
      connections('Jane,Doe,,,"Acme\r\nPharma",CEO,12 Mar 2024', '', 'John,Smith,,,"Acme,CTO,12 Mar 2024', 'Ann,Lee,,,,,14 Mar 2024'),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]?.line).toBe(8);
    expect(reading.problems[0]?.message).toMatch(/^the row starting on line 8 opens a quoted field that is never closed/);
  });

  it.each([
    ['Jane "JJ",Doe,,,Acme,CEO,12 Mar 2024', /a field that does not start with " has a " in it/],
    ['Jane,Doe,,,"Acme" Pharma,CEO,12 Mar 2024', /a quoted field's closing " is followed by more text/],
    ['Jane,Doe,,,"Say "hi", then",CEO,12 Mar 2024', /a quoted field's closing " is followed by more text/],
  ])('refuses a stray quote (%s), naming the line of its row', (row, message) => {
    const reading = readLinkedinCsv(connections('Ann,Lee,,,"A\r\nB",,14 Mar 2024', '', row, 'John,Smith,,,,,13 Mar 2024'));
    expect(reading).toMatchObject({ ok: false, problems: [{ line: 8, message: expect.stringMatching(message) }] });
    expect(!reading.ok && reading.problems[0]?.message).toMatch(/^in the row starting on line 8, /);
  });

  it('answers which header it looked for when there is none', () => {
    const reading: ContactReading = readLinkedinCsv('Name,Email\nJane,jane@x.com\n');
    expect(reading).toEqual({
      ok: false,
      problems: [
        {
          message: `no LinkedIn header row in the first 20 lines; LinkedIn's Connections.csv has "${LINKEDIN_HEADER}" after a short "Notes:" preamble`,
        },
      ],
    });
  });

  it('reads 30,000 connections', () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) =>
        `Person${i},Family${i},https://www.linkedin.com/in/person-${i},${i % 10 === 0 ? `p${i}@example.com` : ''},"Company ${i % 500}, Ltd",Engineer,${(i % 28) + 1} Mar 2024`,
    );
    const reading = read(connections(...rows));
    expect(reading.contacts).toHaveLength(30_000);
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts[29_999]).toMatchObject({
      line: 30_004,
      name: 'Person29999 Family29999',
      organization: 'Company 499, Ltd',
      connectedOn: '2024-03-12',
    });
    expect(reading.contacts[10]?.emails).toEqual(['p10@example.com']);
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['12 Mar 2024', '2024-03-12'],
    ['1 Sep 2019', '2019-09-01'],
    ['01 sept 2019', '2019-09-01'],
    ['7 September 2015', '2015-09-07'],
    ['12-Mar-24', '2024-03-12'],
    ['12-Mar-98', '1998-03-12'],
    ['Mar 12, 2024', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['29 Feb 2024', '2024-02-29'],
    ['13/3/2024', '2024-03-13'],
    ['3/13/2024', '2024-03-13'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseConnectedOn(text)).toBe(iso);
  });

  it.each(['', 'yesterday', '29 Feb 2023', '31 Apr 2024', '12 Foo 2024', '12 Marc 2024', '2024-13-01', '0 Mar 2024', '13/13/2024'])('leaves out %j', (text) => {
    expect(parseConnectedOn(text)).toBeUndefined();
  });

  it('reads an ambiguous slash date only by the order the file shows', () => {
    expect(parseConnectedOn('3/12/2024')).toBeUndefined();
    expect(parseConnectedOn('3/12/2024', 'day-month')).toBe('2024-12-03');
    expect(parseConnectedOn('3/12/2024', 'month-day')).toBe('2024-03-12');
    expect(parseConnectedOn('3/12/24', 'month-day')).toBe('2024-03-12');
  });
});

describe('slashDateOrder', () => {
  it('settles the order from dates that can be read only one way', () => {
    expect(slashDateOrder(['3/12/2024', '25/1/2020'])).toBe('day-month');
    expect(slashDateOrder(['3/12/2024', '1/25/2020', '12 Mar 2024'])).toBe('month-day');
    expect(slashDateOrder(['3/12/2024', '4/5/2020'])).toBeUndefined();
    expect(slashDateOrder(['25/1/2020', '1/25/2020'])).toBeUndefined();
    expect(slashDateOrder([])).toBeUndefined();
  });

  it('reads the ambiguous dates of a file in the order its other dates show', () => {
    const reading = read(connections('Jane,Doe,,,,,3/12/2024', 'John,Smith,,,,,25/1/2020'));
    expect(reading.contacts.map((c) => c.connectedOn)).toEqual(['2024-12-03', '2020-01-25']);
    const ambiguous = read(connections('Jane,Doe,,,,,3/12/2024'));
    expect(ambiguous.contacts[0]).not.toHaveProperty('connectedOn');
  });
});
