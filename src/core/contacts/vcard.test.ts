import { describe, expect, it } from 'vitest';
import { isVcardText, readVcard } from './vcard.js';

const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';

const read = (text: string) => {
  const reading = readVcard(text);
  if (!reading.ok) throw new Error(`expected ok, got ${JSON.stringify(reading.problems)}`);
  return reading;
};

/** As macOS Contacts exports: 3.0, grouped properties, Apple's escaped colons, a folded photo, a company card. */
const APPLE = crlf(
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//macOS 14.4//EN',
  'N:Doe;Jane;Marie;Dr.;',
  'FN:Dr. Jane Marie Doe',
  'ORG:Acme Pharma\\, Inc.;Regulatory',
  'TITLE:Head of Regulatory Affairs',
  'item1.EMAIL;type=INTERNET;type=WORK;type=pref:Jane.Doe@Acme.example',
  'item1.X-ABLabel:_$!<Work>!$_',
  'EMAIL;type=INTERNET;type=HOME:jane@home.example',
  'EMAIL;type=INTERNET:jane.doe@acme.example',
  'TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123',
  'TEL;type=WORK:+44 20 7946 0000',
  'item2.URL;type=pref:https\\://www.linkedin.com/in/jane-doe-123',
  'item2.X-ABLabel:_$!<HomePage>!$_',
  'NOTE:Met at CPhI 2023\\nFollow up on the EU dossier\\; call in May',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
  ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:;;;;',
  'FN:Ceylon Biotech (Pvt) Ltd',
  'ORG:Ceylon Biotech (Pvt) Ltd;',
  'X-ABShowAs:COMPANY',
  'item1.X-SOCIALPROFILE;type=linkedin;x-user=ceylon-biotech:x-apple:ceylon-biotech',
  'END:VCARD',
);

describe('readVcard', () => {
  it('reads an Apple Contacts export', () => {
    expect(read(APPLE)).toEqual({
      ok: true,
      format: 'vcard',
      skipped: [],
      contacts: [
        {
          line: 1,
          kind: 'person',
          name: 'Dr. Jane Marie Doe',
          givenName: 'Jane',
          familyName: 'Doe',
          organization: 'Acme Pharma, Inc.',
          position: 'Head of Regulatory Affairs',
          emails: ['jane.doe@acme.example', 'jane@home.example'],
          phones: ['+44 7700 900123', '+44 20 7946 0000'],
          profileUrl: 'https://www.linkedin.com/in/jane-doe-123',
          note: 'Met at CPhI 2023\nFollow up on the EU dossier; call in May',
        },
        {
          line: 20,
          kind: 'organization',
          name: 'Ceylon Biotech (Pvt) Ltd',
          organization: 'Ceylon Biotech (Pvt) Ltd',
          emails: [],
          phones: [],
          profileUrl: 'https://www.linkedin.com/in/ceylon-biotech',
        },
      ],
    });
  });

  it('reads 4.0: KIND:org, typed parameters in quotes, tel: URIs, non-Latin names, folded lines', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:org',
        'FN:ООО «Фарма»',
        'ORG:ООО «Фарма»',
        'EMAIL;TYPE=work:info@pharma.example',
        'TEL;VALUE=uri;TYPE="voice,work":tel:+7-495-555-0100',
        'URL:https://www.pharma.example',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:කමල් ',
        ' පෙරේරා',
        'N:පෙරේරා;කමල්;;;',
        'ORG:Ceylon Biotech',
        'SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://lk.linkedin.com/in/kamal-perera',
        'URL:https://www.linkedin.com/in/someone-else',
        'END:VCARD',
      ),
    );
    expect(reading.contacts).toEqual([
      {
        line: 1,
        kind: 'organization',
        name: 'ООО «Фарма»',
        organization: 'ООО «Фарма»',
        emails: ['info@pharma.example'],
        phones: ['+7-495-555-0100'],
      },
      {
        line: 10,
        kind: 'person',
        name: 'කමල් පෙරේරා',
        givenName: 'කමල්',
        familyName: 'පෙරේරා',
        organization: 'Ceylon Biotech',
        emails: [],
        phones: [],
        profileUrl: 'https://lk.linkedin.com/in/kamal-perera',
      },
    ]);
  });

  it('decodes quoted-printable with soft line breaks and its CHARSET (3.0 and Android 2.1)', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;;;',
        'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=',
        '=D0=B2',
        'TEL;CELL:+7 916 555-01-23',
        'EMAIL;HOME:ivan@example.ru',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:José García',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9 au lait =',
        'avec Jos=E9 =3D ami',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N;QUOTED-PRINTABLE:Doe;Jane=',
        '',
        'END:VCARD',
      ),
    );
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts.map((c) => [c.line, c.name, c.givenName, c.familyName, c.phones, c.emails, c.note])).toEqual([
      [1, 'Иван Петров', 'Иван', 'Петров', ['+7 916 555-01-23'], ['ivan@example.ru'], undefined],
      [9, 'José García', undefined, undefined, [], [], 'Café au lait avec José = ami'],
      [15, 'Jane Doe', 'Jane', 'Doe', [], [], undefined],
    ]);
  });

  it('makes the name from N when FN is missing, and reads an organization card with only ORG', () => {
    const reading = read(
      'BEGIN:VCARD\nVERSION:3.0\nN:García Núñez;José;Luis,María;Sr.;\nEND:VCARD\nbegin:vcard\nversion:3.0\nORG:Acme Pharma;R&D\nEND:VCARD\n',
    );
    expect(reading.contacts).toEqual([
      { line: 1, kind: 'person', name: 'José Luis María García Núñez', givenName: 'José', familyName: 'García Núñez', emails: [], phones: [] },
      { line: 5, kind: 'organization', name: 'Acme Pharma', organization: 'Acme Pharma', emails: [], phones: [] },
    ]);
  });

  it('skips cards it cannot read, with the line of their BEGIN:VCARD', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'EMAIL:nobody@example.com',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:5.0',
        'FN:Future Person',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:group',
        'FN:Export team',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'this line has no colon',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=klingon:=41',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN;ENCODING=QUOTED-PRINTABLE:=FF=FE',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ann Lee',
        'END:VCARD',
      ),
    );
    expect(reading.contacts.map((c) => [c.line, c.name])).toEqual([[28, 'Ann Lee']]);
    expect(reading.skipped).toEqual([
      { line: 1, reason: 'no name and no organization' },
      { line: 5, reason: 'VERSION 5.0 is not one Foothold reads (2.1, 3.0 or 4.0)' },
      { line: 9, reason: 'a contact group (KIND:group), not a person or an organization' },
      { line: 14, reason: 'line 17 "this line has no colon" is not a property (NAME:value)' },
      { line: 19, reason: 'line 22: CHARSET=klingon is not a character set Foothold knows; use UTF-8' },
      { line: 24, reason: 'line 26: the quoted-printable FN is not valid utf-8 text' },
    ]);
  });

  it('refuses a card without END:VCARD, naming its BEGIN:VCARD line', () => {
    expect(readVcard(crlf('BEGIN:VCARD', 'FN:Jane Doe', 'END:VCARD', 'BEGIN:VCARD', 'FN:John Smith', 'NOTE:folded', '  on'))).toEqual({
      ok: false,
      problems: [{ line: 4, message: 'the card that begins on line 4 has no END:VCARD; the file may have been cut short' }],
    });
    expect(readVcard(crlf('BEGIN:VCARD', 'FN:Jane Doe', 'BEGIN:VCARD', 'FN:John Smith', 'END:VCARD'))).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the card that begins on line 1 has no END:VCARD before the next BEGIN:VCARD on line 3' }],
    });
  });

  it('refuses text outside any card, naming its line', () => {
    expect(readVcard(crlf('BEGIN:VCARD', 'FN:Jane Doe', 'END:VCARD', '', 'FN:John Smith'))).toEqual({
      ok: false,
      problems: [{ line: 5, message: '"FN:John Smith" is outside any card; each card runs from a BEGIN:VCARD line to an END:VCARD line' }],
    });
  });

  it('decodes a long quoted-printable value', () => {
    const long = 'ab'.repeat(150_000);
    const reading = read(crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN:Jane Doe', `NOTE;ENCODING=QUOTED-PRINTABLE:${long}=C3=A9`, 'END:VCARD'));
    expect(reading.contacts[0]?.note).toBe(`${long}é`);
  });

  it('reads an empty card list as no contacts', () => {
    expect(readVcard('\r\n\r\n')).toEqual({ ok: true, format: 'vcard', contacts: [], skipped: [] });
  });

  it('reads 2.1 base64 photos that run on over unindented lines, up to a blank line or the next property', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N:Perera;Kamal',
        'TEL;CELL:+94 77 123 4567',
        'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
        'AAQSkZJRgABAQAAAQABAAD2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL',
        'DBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4z',
        '',
        'EMAIL;INTERNET:kamal@ceylon.example',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N:Silva',
        'FN:Nimal Silva',
        'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ',
        'AAQSkZJRgABAQAAAQABAAD',
        'item1.TEL;WORK:+94 11 255 0000',
        'END:VCARD',
      ),
    );
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts).toEqual([
      {
        line: 1,
        kind: 'person',
        name: 'Kamal Perera',
        givenName: 'Kamal',
        familyName: 'Perera',
        emails: ['kamal@ceylon.example'],
        phones: ['+94 77 123 4567'],
      },
      { line: 11, kind: 'person', name: 'Nimal Silva', familyName: 'Silva', emails: [], phones: ['+94 11 255 0000'] },
    ]);
  });

  it('ends a 2.1 base64 value at a line holding only spaces, and refuses a file cut short inside one', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Kamal Perera',
        'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
        'AAQSkZJRgABAQAAAQABAAD2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL',
        '   ',
        'Photo taken in Colombo',
        'END:VCARD',
      ),
    );
    expect(reading.contacts).toEqual([]);
    expect(reading.skipped).toEqual([{ line: 1, reason: 'line 7 "Photo taken in Colombo" is not a property (NAME:value)' }]);

    expect(readVcard('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Kamal Perera\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\r\nAAQSkZJRgABAQ')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the card that begins on line 1 has no END:VCARD; the file may have been cut short' }],
    });
  });

  it('leaves base64 values out, and does not take a line ending in = padding as a quoted-printable soft break', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
        ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy==',
        'TEL;TYPE=CELL:+44 7700 900123',
        'NOTE;ENCODING=b:TWV0IGF0IENQaEk=',
        'END:VCARD',
      ),
    );
    expect(reading.contacts).toEqual([{ line: 1, kind: 'person', name: 'Jane Doe', emails: [], phones: ['+44 7700 900123'] }]);
  });

  it('undoes folding with a space or a tab, even in the middle of a word', () => {
    const reading = read(
      crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Jane Doe', 'EMAIL;TYPE=work:jane.doe@acme.exa', '\tmple', 'TITLE:Head of Regul', ' atory Affairs', 'END:VCARD'),
    );
    expect(reading.contacts.map((c) => [c.emails, c.position])).toEqual([[['jane.doe@acme.example'], 'Head of Regulatory Affairs']]);
  });

  it('undoes escapes (\\, \\; \\n \\N \\\\), joins several notes, and keeps an unencoded = as written', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'ORG:Smith\\; Sons Ltd;Sales',
        'NOTE:Met at CPhI\\NBarcelona\\, 2023',
        'NOTE:ref=AB12 in C:\\\\Contacts\\nCall in May',
        'END:VCARD',
      ),
    );
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts.map((c) => [c.organization, c.note])).toEqual([
      ['Smith; Sons Ltd', 'Met at CPhI\nBarcelona, 2023\n\nref=AB12 in C:\\Contacts\nCall in May'],
    ]);
  });

  it('decodes quoted-printable named in lower case, and keeps a stray = that starts no escape', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Jane Doe',
        'TITLE;CHARSET=utf-8;ENCODING=quoted-printable:Directr=C3=ADz',
        'NOTE;ENCODING=QUOTED-PRINTABLE:Price = 10 EUR; caf=C3=A9',
        'END:VCARD',
      ),
    );
    expect(reading.contacts.map((c) => [c.position, c.note])).toEqual([['Directríz', 'Price = 10 EUR; café']]);
  });

  it('tolerates the spaces hand-edited files leave around names, parameters and values', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD ',
        'VERSION: 3.0 ',
        'FN :Jane Doe',
        'TITLE; QUOTED-PRINTABLE :Direct=C3=B6r',
        'NOTE ; ENCODING = QUOTED-PRINTABLE ; CHARSET = UTF-8 :Caf=C3=A9',
        'END:VCARD ',
      ),
    );
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts).toEqual([{ line: 1, kind: 'person', name: 'Jane Doe', position: 'Directör', note: 'Café', emails: [], phones: [] }]);
  });

  it('reads parameter values quoted with a colon or semicolon inside', () => {
    const reading = read(crlf('BEGIN:VCARD', 'VERSION:4.0', 'FN:Jane Doe', 'EMAIL;TYPE=work;X-LABEL="Desk: Acme; London":jane@acme.example', 'END:VCARD'));
    expect(reading.contacts.map((c) => c.emails)).toEqual([['jane@acme.example']]);
  });

  it('reads a card without VERSION as 3.0, wherever its VERSION line is', () => {
    const reading = read('BEGIN:VCARD\nFN:Jane Doe\nEMAIL:jane@acme.example\nEND:VCARD\nBEGIN:VCARD\nFN:John Smith\nVERSION:4.0\nEND:VCARD\n');
    expect(reading.skipped).toEqual([]);
    expect(reading.contacts.map((c) => [c.line, c.name])).toEqual([
      [1, 'Jane Doe'],
      [5, 'John Smith'],
    ]);
  });

  it('takes the LinkedIn profile from social profiles in every form Apple and others write them', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'URL:https://www.linkedin.com/in/jane-doe-old',
        'X-SOCIALPROFILE;type=twitter;x-user=janedoe:x-apple:janedoe',
        'X-SOCIALPROFILE;type=facebook:https://www.facebook.com/jane.doe',
        'X-SOCIALPROFILE;type=linkedin;type=pref;x-user=jane-doe:x-apple:jane-doe',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Kamal Perera',
        'X-SOCIALPROFILE;TYPE="linkedin";X-USER="kamal-perera":x-apple:kamal-perera',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Nimal Silva',
        'X-SOCIALPROFILE;TYPE=pref, LinkedIn;x-user=nimal-silva:x-apple:nimal-silva',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Ann Lee',
        'X-SOCIALPROFILE;LINKEDIN;X-USER=ann-lee:ann-lee',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Li Chen',
        'SOCIALPROFILE;SERVICE-TYPE=LinkedIn;X-USER=li-chen:li-chen',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ravi Kumar',
        'X-SOCIALPROFILE;type=linkedin:ravi-kumar',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Maria Rossi',
        'X-SOCIALPROFILE;type=linkedin;x-user=Maria Rossi:x-apple:Maria Rossi',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Sara Holm',
        // A quoted list of types, as RFC 6350 writes TYPE="voice,home".
        'X-SOCIALPROFILE;TYPE="pref,linkedin";X-USER=sara-holm:x-apple:sara-holm',
        'END:VCARD',
      ),
    );
    expect(reading.contacts.map((c) => [c.name, c.profileUrl])).toEqual([
      ['Jane Doe', 'https://www.linkedin.com/in/jane-doe'],
      ['Kamal Perera', 'https://www.linkedin.com/in/kamal-perera'],
      ['Nimal Silva', 'https://www.linkedin.com/in/nimal-silva'],
      ['Ann Lee', 'https://www.linkedin.com/in/ann-lee'],
      ['Li Chen', 'https://www.linkedin.com/in/li-chen'],
      ['Ravi Kumar', undefined],
      ['Maria Rossi', undefined],
      ['Sara Holm', 'https://www.linkedin.com/in/sara-holm'],
    ]);
  });

  it('reads the kind from KIND, Apple’s X-ADDRESSBOOKSERVER-KIND and X-ABShowAs', () => {
    const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'];
    const reading = read(
      crlf(
        ...card('KIND:individual', 'FN:Jane Doe', 'ORG:Acme Pharma'),
        ...card('KIND: org ', 'FN:Acme Pharma'),
        ...card('KIND:organization', 'FN:Ceylon Biotech'),
        ...card('X-ADDRESSBOOKSERVER-KIND:org', 'FN:Farmacia Núñez'),
        ...card('X-ADDRESSBOOKSERVER-KIND:group', 'FN:Export team'),
        ...card('FN:Acme Labs', 'X-ABShowAs: COMPANY '),
        ...card('FN:John Smith', 'ORG:Acme Labs', 'X-ABShowAs:PERSON'),
      ),
    );
    expect(reading.contacts.map((c) => [c.line, c.kind, c.name])).toEqual([
      [1, 'person', 'Jane Doe'],
      [7, 'organization', 'Acme Pharma'],
      [12, 'organization', 'Ceylon Biotech'],
      [17, 'organization', 'Farmacia Núñez'],
      [27, 'organization', 'Acme Labs'],
      [32, 'person', 'John Smith'],
    ]);
    expect(reading.skipped).toEqual([{ line: 22, reason: 'a contact group (KIND:group), not a person or an organization' }]);
  });

  it('skips a card with a line that is no property, unfolded text or a colon after words', () => {
    const reading = read(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Doe',
        'NOTE:Met at CPhI',
        'Barcelona',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:John Smith',
        'Met at CPhI: follow up',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ann Lee',
        'NOTE:vCard',
        'END:VCARD',
      ),
    );
    expect(reading.skipped).toEqual([
      { line: 1, reason: 'line 5 "Barcelona" is not a property (NAME:value)' },
      { line: 7, reason: 'line 10 "Met at CPhI: follow up" is not a property (NAME:value)' },
    ]);
    expect(reading.contacts.map((c) => [c.line, c.name, c.note])).toEqual([[12, 'Ann Lee', 'vCard']]);
  });

  it('skips blank and whitespace-only lines around cards', () => {
    const reading = read('  \t\r\n\r\nBEGIN:VCARD\r\nFN:Jane Doe\r\nEND:VCARD\r\n \r\n');
    expect(reading.contacts.map((c) => [c.line, c.name])).toEqual([[3, 'Jane Doe']]);
  });

  it('names a VERSION it does not read, shortened when long', () => {
    const reading = read(crlf('BEGIN:VCARD', 'VERSION:4.0-draft-ietf-vcarddav', 'FN:Jane Doe', 'END:VCARD'));
    expect(reading.skipped).toEqual([{ line: 1, reason: 'VERSION 4.0-draft-ietf-vcard… is not one Foothold reads (2.1, 3.0 or 4.0)' }]);
  });

  it('quotes text outside any card up to 60 characters', () => {
    expect(readVcard('Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi\r\nJane Doe,Jane,,Doe,,\r\n')).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          message:
            '"Name,Given Name,Additional Name,Family Name,Yomi Name,Given …" is outside any card; each card runs from a BEGIN:VCARD line to an END:VCARD line',
        },
      ],
    });
    const sixty = 'FN:Jane Doe, Head of Regulatory Affairs, Acme Pharma, London';
    expect(sixty).toHaveLength(60);
    expect(readVcard(`${sixty}\r\n`)).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: `"${sixty}" is outside any card; each card runs from a BEGIN:VCARD line to an END:VCARD line` }],
    });
  });

  it('refuses a calendar, whose BEGIN:VCALENDAR is no card', () => {
    expect(readVcard(crlf('BEGIN:VCALENDAR', 'BEGIN:VCARD', 'FN:Jane Doe', 'END:VCARD', 'END:VCALENDAR'))).toEqual({
      ok: false,
      problems: [{ line: 1, message: '"BEGIN:VCALENDAR" is outside any card; each card runs from a BEGIN:VCARD line to an END:VCARD line' }],
    });
  });
});

describe('isVcardText', () => {
  it('looks at the first non-blank line only', () => {
    expect(isVcardText('\r\n  BEGIN:VCARD  \r\n')).toBe(true);
    expect(isVcardText('begin:vcard\n')).toBe(true);
    expect(isVcardText('BEGIN:VCALENDAR\n')).toBe(false);
    expect(isVcardText('Name\nBEGIN:VCARD\n')).toBe(false);
    expect(isVcardText('BEGIN:VCARDS\n')).toBe(false);
    expect(isVcardText('NOTE:begin:vcard\n')).toBe(false);
  });
});
