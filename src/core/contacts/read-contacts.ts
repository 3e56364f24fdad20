/**
 * The one entry point for contact files: decodes the bytes, tells the format (or takes the one
 * given) and hands the text to its reader. Pure: bytes in, contacts and skipped records or
 * problems out; it never throws on any input.
 *
 * Text is strict UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark, which
 * Outlook and Windows tools write. Other 8-bit encodings (Windows-1252, Latin-1) are refused with
 * the byte offset and line of the first byte that is not UTF-8, rather than guessed at.
 */
import { firstInvalidUtf8 } from '../../shared/safe-json.js';
import { findHeader } from './csv-table.js';
import { isGoogleHeader, readGoogleCsv } from './google-csv.js';
import { isLinkedinHeader, readLinkedinCsv } from './linkedin-csv.js';
import { isOutlookHeader, readOutlookCsv } from './outlook-csv.js';
import { isVcardText, readVcard } from './vcard.js';
import { CONTACT_FORMATS, type ContactFormat, type ContactReading } from './types.js';

export { normalizeEmail, normalizeName, normalizeProfileUrl, isLinkedinUrl } from './normalize.js';

const READERS: Record<ContactFormat, (text: string) => ContactReading> = {
  linkedin: readLinkedinCsv,
  vcard: readVcard,
  google: readGoogleCsv,
  outlook: readOutlookCsv,
};

const FORMAT_NAMES: Record<ContactFormat, string> = {
  linkedin: "LinkedIn's Connections.csv",
  vcard: 'vCard 3.0/4.0 (.vcf)',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
};

/**
 * Reads a contact file. Without `format`, the content decides: a vCard starts with BEGIN:VCARD,
 * each CSV export has its own header row (LinkedIn's may follow a "Notes:" preamble). `fileName`
 * only goes into messages.
 */
export function readContactFile(bytes: Uint8Array, fileName: string, format?: ContactFormat): ContactReading {
  const decoded = decodeContactText(bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const { text } = decoded;
  if (text.trim() === '') return { ok: false, problems: [{ message: `${fileName} is empty; expected ${formatList()}` }] };
  const chosen = format ?? detectContactFormat(text);
  if (chosen === undefined) {
    const firstLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: `cannot tell what kind of contact file ${fileName} is: Foothold reads ${formatList()}, and its first line "${shorten(firstLine)}" is none of their headers; give the format (${CONTACT_FORMATS.join(', ')}) if it is one of these`,
        },
      ],
    };
  }
  return READERS[chosen](text);
}

/** The format a file's text is in, judged by its first line (vCard) or its header row (CSV exports). */
export function detectContactFormat(text: string): ContactFormat | undefined {
  if (isVcardText(text)) return 'vcard';
  let found: ContactFormat | undefined;
  // Google's 2024 export and Outlook's both start "First Name,Middle Name,Last Name", so Google
  // (told by its "E-mail 1 - Value" style columns) is asked before Outlook.
  findHeader(text, (columns) => {
    found = isLinkedinHeader(columns) ? 'linkedin' : isGoogleHeader(columns) ? 'google' : isOutlookHeader(columns) ? 'outlook' : undefined;
    return found !== undefined;
  });
  return found;
}

type Decoded = { text: string } | { problem: { line?: number; message: string } };

/** The bytes as text: UTF-16 with a byte-order mark, else strict UTF-8 (its byte-order mark dropped). */
export function decodeContactText(bytes: Uint8Array): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  let text: string;
  if (utf16 !== undefined) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return {
        problem: {
          message: `the file starts with a UTF-16 byte-order mark but is not valid UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian) text; save it as UTF-8`,
        },
      };
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const offset = brokenCharacterStart(bytes, Math.max(0, firstInvalidUtf8(bytes)));
      const line = lineOfByte(bytes, offset);
      const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0').toUpperCase();
      return {
        problem: {
          line,
          message: `not valid UTF-8 at byte ${offset} (line ${line}): 0x${byte} cannot appear there; save the file as UTF-8 (it may be Windows-1252 or Latin-1, as older Outlook versions write)`,
        },
      };
    }
  }
  // U+0000 cannot be stored (shared/text-rules.ts); in a text file it means UTF-16 without a byte-order mark, or not text at all.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const line = text.slice(0, nul).split(/\r\n|\n|\r/).length;
    return {
      problem: {
        line,
        message: `line ${line} holds a NUL character, which text files do not have; if the file is UTF-16 without a byte-order mark, save it as UTF-8`,
      },
    };
  }
  return { text };
}

/**
 * Where the broken character starts: firstInvalidUtf8 names the first byte that cannot follow, so
 * for Windows-1252 "é" (0xE9, which UTF-8 reads as the start of a three-byte character) it names
 * the byte after; the user needs to see the 0xE9.
 */
function brokenCharacterStart(bytes: Uint8Array, offset: number): number {
  for (let p = offset - 1; p >= Math.max(0, offset - 3); p--) {
    const b = bytes[p]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    return length > 0 && p + length >= offset ? p : offset;
  }
  return offset;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

const formatList = () => {
  const names = CONTACT_FORMATS.map((f) => FORMAT_NAMES[f]);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
};

const shorten = (text: string, max = 80) => (text.length <= max ? text : `${text.slice(0, max)}…`);
