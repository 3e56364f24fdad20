import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importerRuns } from '../../test-support/fuzz.js';
import { LINKEDIN_HEADER } from './linkedin-csv.js';
import { detectContactFormat, normalizeEmail, normalizeName, normalizeProfileUrl, readContactFile } from './read-contacts.js';
import type { ContactReading } from './types.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 with a byte-order mark, as Outlook and Windows tools save "Unicode" text. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

const LINKEDIN = `Notes:\r\n"Some email addresses are missing."\r\n\r\n${LINKEDIN_HEADER}\r\nJane,Doe,https://www.linkedin.com/in/jane-doe,,Acme,CEO,12 Mar 2024\r\n`;
const VCARD = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nEND:VCARD\r\n';
const GOOGLE_OLD = 'Name,Given Name,Additional Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\r\nJane Doe,Jane,,Doe,* Work,jane@acme.com\r\n';
const GOOGLE_NEW =
  'First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value\r\nJane,,Doe,Acme,CEO,* Work,jane@acme.com\r\n';
const OUTLOOK = 'First Name,Middle Name,Last Name,Title,Suffix,Company,Job Title,E-mail Address\r\nJane,,Doe,Dr.,,Acme,CEO,jane@acme.com\r\n';

const names = (reading: ContactReading) => (reading.ok ? reading.contacts.map((c) => c.name) : reading.problems);

describe('readContactFile', () => {
  it.each([
    ['linkedin', LINKEDIN],
    ['vcard', VCARD],
    ['google', GOOGLE_OLD],
    ['google', GOOGLE_NEW],
    ['outlook', OUTLOOK],
  ] as const)('tells a %s file by its content', (format, text) => {
    const reading = readContactFile(utf8(text), 'contacts.txt');
    expect(reading.ok && reading.format).toBe(format);
    expect(names(reading)).toEqual(['Jane Doe']);
  });

  it('drops a UTF-8 byte-order mark, and a vCard may start after blank lines', () => {
    expect(names(readContactFile(utf8(`\uFEFF${OUTLOOK}`), 'contacts.csv'))).toEqual(['Jane Doe']);
    expect(readContactFile(utf8(`\uFEFF\r\n\r\n${VCARD}`), 'contacts.vcf')).toMatchObject({ ok: true, format: 'vcard', contacts: [{ line: 3 }] });
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = OUTLOOK.replace('Jane,,Doe', 'Zoë,,Ñúñez').replace('Acme', 'Аптека');
    for (const endian of ['le', 'be'] as const) {
      const reading = readContactFile(utf16(text, endian), 'contacts.csv');
      expect(reading).toMatchObject({ ok: true, format: 'outlook', contacts: [{ line: 2, name: 'Zoë Ñúñez', organization: 'Аптека' }] });
    }
  });

  it('refuses UTF-16 that breaks off mid-character', () => {
    const bytes = utf16(OUTLOOK, 'le').slice(0, -1);
    expect(readContactFile(bytes, 'contacts.csv')).toEqual({
      ok: false,
      problems: [{ message: 'the file starts with a UTF-16 byte-order mark but is not valid UTF-16 (little-endian) text; save it as UTF-8' }],
    });
  });

  it('refuses bytes that are not UTF-8, naming the byte offset and line', () => {
    // "José" in Windows-1252 on line 2: é is the single byte 0xE9.
    const latin1 = Uint8Array.from([...utf8('First Name,Last Name,Company,E-mail Address\r\nJos'), 0xe9, ...utf8(',Doe,Acme,\r\n')]);
    expect(readContactFile(latin1, 'contacts.csv')).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          message:
            'not valid UTF-8 at byte 48 (line 2): 0xE9 cannot appear there; save the file as UTF-8 (it may be Windows-1252 or Latin-1, as older Outlook versions write)',
        },
      ],
    });
    // A stray continuation byte after a whole "é" is itself the broken byte; a line break ends line 1.
    const stray = Uint8Array.from([...utf8('Name\r\nJosé'), 0x80]);
    expect(readContactFile(stray, 'x.csv')).toMatchObject({
      ok: false,
      problems: [{ line: 2, message: expect.stringMatching(/^not valid UTF-8 at byte 11 \(line 2\): 0x80 /) }],
    });
    const lf = Uint8Array.from([...utf8('a\nb\rc\n'), 0xff]);
    expect(readContactFile(lf, 'x.csv')).toMatchObject({ ok: false, problems: [{ line: 4 }] });
  });

  it('refuses a NUL character with its line: UTF-16 without a byte-order mark', () => {
    expect(readContactFile(utf8('First Name,Last Name\nJa\u0000ne,Doe\n'), 'contacts.csv')).toEqual({
      ok: false,
      problems: [
        { line: 2, message: 'line 2 holds a NUL character, which text files do not have; if the file is UTF-16 without a byte-order mark, save it as UTF-8' },
      ],
    });
  });

  it('says a blank file is empty', () => {
    for (const bytes of [new Uint8Array(), utf8('\uFEFF \r\n\t\n')]) {
      expect(readContactFile(bytes, 'Connections.csv')).toEqual({
        ok: false,
        problems: [
          {
            message: "Connections.csv is empty; expected LinkedIn's Connections.csv, vCard 3.0/4.0 (.vcf), Google Contacts CSV or Outlook CSV",
          },
        ],
      });
    }
  });

  it('says which formats it reads when it cannot tell', () => {
    expect(readContactFile(utf8('name;email\r\nJane;jane@acme.com\r\n'), 'export.csv')).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          message:
            'cannot tell what kind of contact file export.csv is: Foothold reads LinkedIn\'s Connections.csv, vCard 3.0/4.0 (.vcf), Google Contacts CSV or Outlook CSV, and its first line "name;email" is none of their headers; give the format (linkedin, vcard, google, outlook) if it is one of these',
        },
      ],
    });
  });

  it('reads the file as the format given, and says what was missing when it is not that format', () => {
    expect(readContactFile(utf8(OUTLOOK), 'contacts.csv', 'outlook')).toMatchObject({ ok: true, format: 'outlook' });
    const wrong = readContactFile(utf8(GOOGLE_NEW), 'contacts.csv', 'linkedin');
    expect(wrong.ok === false && wrong.problems[0]?.message).toMatch(/^no LinkedIn header row in the first 20 lines/);
    const notVcard = readContactFile(utf8(OUTLOOK), 'contacts.vcf', 'vcard');
    expect(notVcard).toMatchObject({ ok: false, problems: [{ line: 1 }] });
  });

  it('never throws, whatever the bytes', () => {
    const fragments = [
      'BEGIN:VCARD',
      'END:VCARD',
      'VERSION:3.0',
      'VERSION:2.1',
      'FN:Jane',
      'N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=98=',
      'NOTE;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:=FF',
      'item1.EMAIL;type="a;b":x@y',
      'X-SOCIALPROFILE;type=linkedin;x-user=j:x-apple:j',
      LINKEDIN_HEADER,
      'Notes:',
      'First Name,Middle Name,Last Name,E-mail 1 - Value,E-mail Address',
      'Jane,Doe,,,,,',
      '"',
      '""',
      ',',
      '=',
      '\\',
      ' ',
      '\t',
      '\r\n',
      '\n',
      '\r',
      '\uFEFF',
      'Ж',
      '😀',
      '\u0301',
    ];
    const textLike = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => utf8(parts.join('')));
    const anyText = fc.string({ unit: 'binary', maxLength: 200 }).map(utf8);
    const anyBytes = fc.uint8Array({ maxLength: 300 });
    const utf16Bytes = fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => utf16(parts.join(''), 'le'));
    const format = fc.option(fc.constantFrom('linkedin', 'vcard', 'google', 'outlook') as fc.Arbitrary<'linkedin' | 'vcard' | 'google' | 'outlook'>, {
      nil: undefined,
    });
    fc.assert(
      fc.property(fc.oneof(textLike, anyText, anyBytes, utf16Bytes), format, (bytes, given) => {
        const reading = readContactFile(bytes, 'f', given);
        if (!reading.ok) {
          expect(reading.problems.length).toBeGreaterThan(0);
          return;
        }
        for (const c of reading.contacts) {
          expect(c.name.trim()).toBe(c.name);
          expect(c.name).not.toBe('');
          expect(c.line).toBeGreaterThanOrEqual(1);
        }
        for (const s of reading.skipped) expect(s.line).toBeGreaterThanOrEqual(1);
      }),
      // A fifth of an importer's fuzz inputs: 2,000 by default, 10 in mutation runs (IMPORTER_FUZZ_RUNS=50).
      { numRuns: Math.ceil(importerRuns() / 5) },
    );
  });
});

describe('detectContactFormat', () => {
  it('tells Google from Outlook although both start with First Name,Middle Name,Last Name', () => {
    expect(detectContactFormat(GOOGLE_NEW)).toBe('google');
    expect(detectContactFormat(OUTLOOK)).toBe('outlook');
    expect(detectContactFormat('Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title\n')).toBe('outlook');
    expect(detectContactFormat('First Name,Last Name\n')).toBeUndefined();
    expect(detectContactFormat('hello\nBEGIN:VCARD\n')).toBeUndefined();
  });
});

describe('normalizers', () => {
  it('makes one key of the ways a LinkedIn profile address is written', () => {
    for (const url of [
      'https://www.linkedin.com/in/jane-doe-123',
      'http://linkedin.com/in/jane-doe-123/',
      'HTTPS://UK.LinkedIn.com/in/Jane-Doe-123/?trk=people&originalSubdomain=uk#about',
      'www.linkedin.com/in/jane-doe-123',
      '  linkedin.com/in/jane-doe-123  ',
      'https://m.linkedin.com:443/in/jane-doe-123',
    ])
      expect(normalizeProfileUrl(url)).toBe('linkedin.com/in/jane-doe-123');
    expect(normalizeProfileUrl('https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD')).toBe('linkedin.com/in/иван');
    expect(normalizeProfileUrl('https://www.linkedin.com/in/%E0%A4%A')).toBe('linkedin.com/in/%e0%a4%a');
    expect(normalizeProfileUrl('https://www.Example.com/People/Jane/')).toBe('example.com/People/Jane');
    expect(normalizeProfileUrl('https://de.example.com/x')).toBe('de.example.com/x');
    for (const notUrl of ['', 'n/a', 'jane-doe', 'https://', 'mailto'] as const) expect(normalizeProfileUrl(notUrl)).toBeUndefined();
  });

  it('makes one key of an e-mail address, and none of what is not one', () => {
    expect(normalizeEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normalizeEmail('mailto:jane@example.com')).toBe('jane@example.com');
    expect(normalizeEmail('<jane@example.com>')).toBe('jane@example.com');
    for (const notEmail of ['', 'n/a', 'jane@', '@example.com', 'jane doe@example.com', '/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=jane'])
      expect(normalizeEmail(notEmail)).toBeUndefined();
  });

  it('makes one key of a name written with or without accents, case and spacing', () => {
    expect(normalizeName('  José   GARCÍA  Núñez ')).toBe('jose garcia nunez');
    expect(normalizeName('Zoë Ångström')).toBe(normalizeName('zoe angstrom'));
    expect(normalizeName('Straße')).toBe('strasse');
    expect(normalizeName('ＡＢＣ')).toBe('abc');
    expect(normalizeName('Пётр Йодин')).toBe('петр иодин');
    // Sinhala vowel signs are marks too, but part of the letters: they stay.
    expect(normalizeName('කමල් පෙරේරා')).toBe('කමල් පෙරේරා'.normalize('NFC'));
    expect(normalizeName('කමල්')).not.toBe(normalizeName('කමල'));
    expect(normalizeName(' \t\n')).toBe('');
    // Marks of every accent block go, wherever they stand: a\u1ab0, e\u1dc0, o\u20d0, u\ufe20.
    expect(normalizeName('a\u1ab0e\u1dc0o\u20d0u\ufe20 x\u0301')).toBe('aeou x');
    // Letters outside the Basic Multilingual Plane (Gothic here) are kept whole.
    expect(normalizeName('𐌰𐌽𐌽𐌰 Doe')).toBe('𐌰𐌽𐌽𐌰 doe');
  });
});
