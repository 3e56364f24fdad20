/**
 * Reads vCard files (.vcf) as Apple Contacts, Google, Outlook and phones write them: 3.0 and 4.0,
 * and 2.1, which many Android phones still export. Several cards per file, folded lines, grouped
 * properties (`item1.EMAIL` with its `item1.X-ABLabel`), quoted-printable values with soft line
 * breaks and a CHARSET, backslash escapes (Apple writes `http\://…`).
 *
 * A small line parser of our own rather than ical.js's `ICAL.parse`: ical.js gives no line numbers
 * (a skipped card must name its BEGIN:VCARD line), throws on a quoted-printable soft line break (a
 * line ending in "=" continues on a next line that does not start with a space, which is not
 * folding), leaves quoted-printable undecoded, and throws on a card without END:VCARD without
 * saying where. The subset read here is small: names, organization, title, e-mail, phone, web and
 * social profile, note, kind.
 */
import { contactFrom, type FoundContact } from './contact-row.js';
import { isLinkedinUrl } from './normalize.js';
import type { ContactReading, ContactRow, SkippedContact } from './types.js';

const VERSIONS = ['2.1', '3.0', '4.0'];

/** Whether a text is a vCard file: its first non-blank line is BEGIN:VCARD. */
export function isVcardText(text: string): boolean {
  const firstLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /^begin:vcard$/i.test(firstLine.trim());
}

/**
 * Reads the cards of a vCard file. A card that cannot be a contact (no name and no organization,
 * a VERSION other than 2.1, 3.0 or 4.0, a contact group, a line that is no property) is skipped
 * with the line of its BEGIN:VCARD; a card without END:VCARD, or text outside any card, makes the
 * whole file unreadable, since where one card ends is then a guess. A card without VERSION is read
 * as 3.0.
 */
export function readVcard(text: string): ContactReading {
  const lines = text.split(/\r\n|\n|\r/);
  const contacts: ContactRow[] = [];
  const skipped: SkippedContact[] = [];
  let card: { begin: number; properties: Property[]; broken?: string } | undefined;

  for (let i = 0; i < lines.length;) {
    const lineNo = i + 1;
    const physical = lines[i]!;
    if (physical.trim() === '') {
      i++;
      continue;
    }
    const { property, next } = contentLine(lines, i);
    i = next;
    const marker = property === undefined ? undefined : cardMarker(property);
    if (card === undefined) {
      if (marker === 'begin') card = { begin: lineNo, properties: [] };
      else return fatal(lineNo, `"${shorten(physical)}" is outside any card; each card runs from a BEGIN:VCARD line to an END:VCARD line`);
      continue;
    }
    if (marker === 'begin')
      return fatal(card.begin, `the card that begins on line ${card.begin} has no END:VCARD before the next BEGIN:VCARD on line ${lineNo}`);
    if (marker === 'end') {
      const read = card.broken === undefined ? readCard(card.begin, card.properties) : { skip: card.broken };
      if ('skip' in read) skipped.push({ line: card.begin, reason: read.skip });
      else contacts.push(read);
      card = undefined;
    } else if (property === undefined) card.broken ??= `line ${lineNo} "${shorten(physical)}" is not a property (NAME:value)`;
    else card.properties.push(property);
  }
  if (card !== undefined) return fatal(card.begin, `the card that begins on line ${card.begin} has no END:VCARD; the file may have been cut short`);
  return { ok: true, format: 'vcard', contacts, skipped };
}

const fatal = (line: number, message: string): ContactReading => ({ ok: false, problems: [{ line, message }] });

interface Property {
  line: number;
  /** Upper-cased name without its group: EMAIL for `item1.EMAIL`. */
  name: string;
  /** Upper-cased parameter names; values as written, unquoted. Bare 2.1 parameters (`TEL;CELL`) are TYPE values. */
  params: Map<string, string[]>;
  /** The raw value: folding undone and quoted-printable soft breaks joined, not yet decoded. */
  value: string;
}

function cardMarker(p: Property): 'begin' | 'end' | undefined {
  if (p.value.trim().toUpperCase() !== 'VCARD') return undefined;
  return p.name === 'BEGIN' ? 'begin' : p.name === 'END' ? 'end' : undefined;
}

/**
 * The content line starting at physical line `start`: folded lines (a line break followed by a
 * space or tab) are joined, and so are a quoted-printable value's soft line breaks (a value ending
 * in "="). A 2.1 base64 value may run on over unindented lines up to a blank line.
 */
function contentLine(lines: readonly string[], start: number): { property: Property | undefined; next: number } {
  let { raw, next } = unfolded(lines, lines[start]!, start + 1);
  let property = parseProperty(raw, start + 1);
  const encoding = property?.params.get('ENCODING')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') {
    while (raw.endsWith('=') && next < lines.length) ({ raw, next } = unfolded(lines, raw.slice(0, -1) + lines[next]!, next + 1));
    property = parseProperty(raw, start + 1);
  } else if (encoding === 'BASE64') {
    while (next < lines.length && lines[next]!.trim() !== '' && !/^[\w.-]+[;:]/.test(lines[next]!)) raw += lines[next++]!.trim();
    property = parseProperty(raw, start + 1);
  }
  return { property, next };
}

/** `raw` with the folded lines from `next` on appended (each without its leading space or tab). */
function unfolded(lines: readonly string[], raw: string, next: number): { raw: string; next: number } {
  for (let line = lines[next]; line !== undefined && (line.startsWith(' ') || line.startsWith('\t')); line = lines[++next]) raw += line.slice(1);
  return { raw, next };
}

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT']);

/** `[group.]NAME[;param…]:value`, or undefined when the line has no colon after a name. */
function parseProperty(raw: string, line: number): Property | undefined {
  const colon = indexOutsideQuotes(raw, ':');
  if (colon === -1) return undefined;
  const [head = '', ...paramTexts] = splitOutsideQuotes(raw.slice(0, colon), ';');
  const name = head
    .slice(head.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  for (const text of paramTexts) {
    const eq = text.indexOf('=');
    const key = eq === -1 ? (BARE_ENCODINGS.has(text.trim().toUpperCase()) ? 'ENCODING' : 'TYPE') : text.slice(0, eq).trim().toUpperCase();
    let values = eq === -1 ? [text.trim()] : splitOutsideQuotes(text.slice(eq + 1), ',').map((v) => v.trim().replace(/^"(.*)"$/s, '$1'));
    // A type is a word, so a comma in a quoted TYPE separates types: RFC 6350 writes TYPE="voice,home".
    if (key === 'TYPE') values = values.flatMap((v) => v.split(',').map((t) => t.trim()));
    const known = params.get(key);
    if (known === undefined) params.set(key, values);
    else for (const v of values) known.push(v);
  }
  // One spelling per encoding, so that callers compare with one string: "b" (3.0, 4.0) is base64.
  const encoding = params.get('ENCODING')?.[0]?.toUpperCase();
  if (encoding !== undefined) params.set('ENCODING', [encoding === 'B' ? 'BASE64' : encoding]);
  return { line, name, params, value: raw.slice(colon + 1) };
}

function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let i = indexOutsideQuotes(rest, separator); i !== -1; i = indexOutsideQuotes(rest, separator)) {
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  return parts;
}

/** One card's contact, or why it is skipped. */
function readCard(begin: number, properties: readonly Property[]): ContactRow | { skip: string } {
  const version = properties.find((p) => p.name === 'VERSION')?.value.trim() ?? '3.0';
  if (!VERSIONS.includes(version)) return { skip: `VERSION ${shorten(version, 20)} is not one Foothold reads (2.1, 3.0 or 4.0)` };

  const found: FoundContact & { emails: string[]; phones: string[] } = { line: begin, emails: [], phones: [] };
  const urls: string[] = [];
  const socialProfiles: string[] = [];
  const notes: string[] = [];
  for (const p of properties) {
    const value = decodedValue(p);
    if (typeof value !== 'string') return value;
    switch (p.name) {
      case 'FN':
        found.fullName ??= unescapeText(value);
        break;
      case 'N': {
        const [family = '', given = '', additional = ''] = splitEscaped(value, ';').map((part) => splitEscaped(part, ',').map(unescapeText).join(' '));
        found.familyName ??= family;
        found.givenName ??= given;
        found.middleName ??= additional;
        break;
      }
      case 'ORG':
        found.organization ??= unescapeText(splitEscaped(value, ';')[0] ?? '');
        break;
      case 'TITLE':
        found.position ??= unescapeText(value);
        break;
      case 'EMAIL':
        found.emails.push(unescapeText(value));
        break;
      case 'TEL':
        found.phones.push(unescapeText(value).replace(/^tel:/i, ''));
        break;
      case 'URL':
        urls.push(unescapeText(value));
        break;
      case 'X-SOCIALPROFILE':
      case 'SOCIALPROFILE': {
        const profile = linkedinProfile(p, unescapeText(value));
        if (profile !== undefined) socialProfiles.push(profile);
        break;
      }
      case 'NOTE':
        notes.push(unescapeText(value));
        break;
      case 'KIND':
      case 'X-ADDRESSBOOKSERVER-KIND': {
        const kind = value.trim().toLowerCase();
        if (kind === 'group') return { skip: 'a contact group (KIND:group), not a person or an organization' };
        if (kind === 'org' || kind === 'organization') found.kind = 'organization';
        break;
      }
      case 'X-ABSHOWAS':
        if (value.trim().toUpperCase() === 'COMPANY') found.kind = 'organization';
        break;
    }
  }
  const profileUrl = socialProfiles[0] ?? urls.find(isLinkedinUrl);
  if (profileUrl !== undefined) found.profileUrl = profileUrl;
  if (notes.length > 0) found.note = notes.join('\n\n');
  return contactFrom(found);
}

/** A LinkedIn profile from a social-profile property: its URL, or one made from Apple's x-user parameter. */
function linkedinProfile(p: Property, value: string): string | undefined {
  const types = [...(p.params.get('TYPE') ?? []), ...(p.params.get('SERVICE-TYPE') ?? [])].map((t) => t.toLowerCase());
  if (isLinkedinUrl(value)) return value.trim();
  const user = p.params.get('X-USER')?.[0]?.trim();
  return types.includes('linkedin') && user !== undefined && /^[\w.%-]+$/u.test(user) ? `https://www.linkedin.com/in/${user}` : undefined;
}

/** The value with quoted-printable decoded in its CHARSET (UTF-8 when none is given); base64 values are not read. */
function decodedValue(p: Property): string | { skip: string } {
  const encoding = p.params.get('ENCODING')?.[0];
  if (encoding === 'BASE64') return '';
  if (encoding !== 'QUOTED-PRINTABLE') return p.value;
  const charset = p.params.get('CHARSET')?.[0] ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { skip: `line ${p.line}: CHARSET=${shorten(charset, 30)} is not a character set Foothold knows; use UTF-8` };
  }
  try {
    return decoder.decode(quotedPrintableBytes(p.value));
  } catch {
    return { skip: `line ${p.line}: the quoted-printable ${p.name} is not valid ${charset} text` };
  }
}

/** Quoted-printable to bytes: "=C3=A9" is one byte each; other text stands for its own UTF-8 bytes. */
function quotedPrintableBytes(value: string): Uint8Array {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  let literalFrom = 0;
  const flushLiteral = (to: number) => {
    // A loop, not push(...): a long value would overflow the call stack with that many arguments.
    if (to > literalFrom) for (const byte of encoder.encode(value.slice(literalFrom, to))) bytes.push(byte);
  };
  for (let i = value.indexOf('='); i !== -1; i = value.indexOf('=', i)) {
    const hex = value.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      flushLiteral(i);
      bytes.push(parseInt(hex, 16));
      i += 3;
      literalFrom = i;
    } else if (i === value.length - 1) {
      // A soft line break at the very end of the value: nothing follows it.
      flushLiteral(i);
      literalFrom = value.length;
      i++;
    } else i++;
  }
  flushLiteral(value.length);
  return Uint8Array.from(bytes);
}

/** Splits at separators not escaped with a backslash; the parts keep their escapes. */
function splitEscaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === separator) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

/** Undoes vCard text escapes: \n and \N are line breaks, a backslash before anything else stands for that character. */
function unescapeText(value: string): string {
  return value.replace(/\\(.)/gs, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const shorten = (text: string, max = 60) => (text.length <= max ? text : `${text.slice(0, max)}…`);
