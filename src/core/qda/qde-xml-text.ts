/**
 * Text as the .qde and .qdc writers put it into XML 1.0. Two things a naive writer gets wrong:
 * XML cannot carry some characters at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF),
 * and a reader normalises line ends (CR LF and CR become LF) and, in attributes, tabs and line ends
 * to spaces. Source texts must come back byte for byte with their positions, so CR, tab and line
 * feed are written as character references where a reader would otherwise change them.
 */

/** Characters XML 1.0 allows (its production 2, "Char"); `u` so that a lone surrogate is one unmatched character. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The first character XML 1.0 cannot carry: its code-point position and a name such as "U+0001", or undefined. */
export function firstNonXmlCharacter(text: string): { position: number; character: string } | undefined {
  const match = NOT_XML_CHAR.exec(text);
  if (match === null) return undefined;
  const unit = match.index;
  let position = 0;
  for (const _ of text.slice(0, unit)) position++;
  const code = match[0].codePointAt(0) ?? 0;
  return { position, character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The text without the characters XML 1.0 cannot carry (for names, descriptions and notes, where none can matter). */
export function withoutNonXmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHARS, '');
}

/** Character data: markup escaped, and CR as a reference so that CR LF is not read back as LF. */
export function xmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch] ?? ch);
}

/** An attribute value in double quotes: also the quote, and tab and line ends, which a reader would turn into spaces. */
export function xmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** Attributes in the order the schema lists them; an undefined value is left out. */
export type XmlAttributes = ReadonlyArray<readonly [name: string, value: string | undefined]>;

/**
 * Writes an XML document element by element, indented, with every text and attribute value
 * escaped and stripped of characters XML 1.0 cannot carry (callers refuse those first where
 * dropping them would matter, as in a source's text).
 */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private depth = 0;

  open(name: string, attributes: XmlAttributes = []): void {
    this.line(`<${name}${attributeList(attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.line(`</${name}>`);
  }

  empty(name: string, attributes: XmlAttributes = []): void {
    this.line(`<${name}${attributeList(attributes)}/>`);
  }

  /** An element holding only text, written on one line so that no indentation enters the text. */
  textElement(name: string, text: string): void {
    this.line(`<${name}>${xmlText(withoutNonXmlCharacters(text))}</${name}>`);
  }

  toString(): string {
    return this.parts.join('');
  }

  private line(markup: string): void {
    this.parts.push('  '.repeat(this.depth), markup, '\n');
  }
}

function attributeList(attributes: XmlAttributes): string {
  let list = '';
  for (const [name, value] of attributes) {
    if (value !== undefined) list += ` ${name}="${xmlAttribute(withoutNonXmlCharacters(value))}"`;
  }
  return list;
}
