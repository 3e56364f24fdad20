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
});

describe('isVcardText', () => {
  it('looks at the first non-blank line only', () => {
    expect(isVcardText('\r\n  BEGIN:VCARD  \r\n')).toBe(true);
    expect(isVcardText('begin:vcard\n')).toBe(true);
    expect(isVcardText('BEGIN:VCALENDAR\n')).toBe(false);
    expect(isVcardText('Name\nBEGIN:VCARD\n')).toBe(false);
  });
});
