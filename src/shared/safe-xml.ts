/**
 * The one reader for XML that comes from outside (GraphML now, REFI-QDA .qde/.qdc later).
 * In order: size, encoding (strict UTF-8 as in safe-json.ts; a declaration naming any other encoding
 * is refused), then one streaming pass with saxes: no DOCTYPE at all (so no entity is ever expanded
 * and nothing external is ever fetched), bounded depth and element count, well-formedness with
 * line and column. Nothing builds a tree: the caller's handler sees each element as it comes, so a
 * million-node graph costs only what the caller keeps. Pure: bytes or text in, events and an answer out.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Problem } from './errors.js';
import { decodeUtf8, formatBytes, lineColumn } from './safe-json.js';

export interface XmlLimits {
  /** Largest input in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest nesting of elements. */
  maxDepth: number;
  /** Most elements in one document. */
  maxElements: number;
}

/** Room for a GraphML file of a few million nodes and ties with a little data on each. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 200 * 1024 * 1024, maxDepth: 256, maxElements: 25_000_000 };

/**
 * `too_large` (HTTP 413): over the size or element limit; `malformed` (400): not readable as XML;
 * `invalid` (422): well-formed XML that Foothold refuses (a DOCTYPE) or whose content the handler refused.
 */
export type XmlFailureKind = 'too_large' | 'malformed' | 'invalid';
export type XmlReading = { ok: true } | { ok: false; kind: XmlFailureKind; problems: Problem[] };

/** One start tag, with namespaces resolved: real files write `y:ShapeNode` or `gexf:node` as they like. */
export interface XmlStartTag {
  /** Local name, without any prefix. */
  name: string;
  /** Namespace URI, "" for none. */
  uri: string;
  /**
   * Attributes without a prefix under their name; prefixed ones as `{uri}local` (Clark notation, as
   * ElementTree writes them); namespace declarations (xmlns, xmlns:y) are left out.
   */
  attributes: ReadonlyMap<string, string>;
  /** 1-based line and column of the tag's name. */
  line: number;
  column: number;
}

/**
 * What the caller does with each event. Returning a message stops the reading there; it becomes the
 * one problem of an `invalid` answer, so it should say where (the tag's line) and what was expected.
 */
export interface XmlHandler {
  open(tag: XmlStartTag): string | void;
  /** Character data, CDATA included; whitespace between elements too. */
  text?(text: string): string | void;
  close?(name: string, uri: string): string | void;
}

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

/** Thrown inside saxes's callbacks to leave its loop at once with an answer. */
class Stop {
  constructor(readonly reading: XmlReading) {}
}

const answer = (kind: XmlFailureKind, message: string): XmlReading => ({ ok: false, kind, problems: [{ pointer: '', message }] });

/** Reads XML from raw bytes (a file, an upload) or from text already decoded, calling the handler per element. */
export function readXml(input: Uint8Array | string, handler: XmlHandler, limits: Partial<XmlLimits> = {}): XmlReading {
  const { maxBytes, maxDepth, maxElements } = { ...DEFAULT_XML_LIMITS, ...limits };
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) return answer('too_large', `the input is ${formatBytes(size)}; at most ${formatBytes(maxBytes)} is accepted`);

  const decoded = typeof input === 'string' ? { text: input } : decodeXmlBytes(input);
  if ('problem' in decoded) return answer('malformed', decoded.problem);
  // One rule everywhere: a UTF-8 byte-order mark (as Windows tools write) is dropped.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return answer('malformed', 'the input is empty; expected XML');

  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let elements = 0;
  let startLine = 1;
  let startColumn = 1;
  const obey = (message: string | void) => {
    if (typeof message === 'string') throw new Stop(answer('invalid', message));
  };

  // Six handlers at most: saxes stores each as a new property of the parser, and past six V8 turns
  // the parser into a slow dictionary object, which makes a large file parse three times slower.
  // So the declaration's encoding and any DOCTYPE are checked when the root element starts (or the
  // document fails before it): saxes expands no entity of a DTD and fetches nothing, so nothing
  // before the root can do harm, and no element reaches the handler first.
  parser.on('error', (err) => {
    const inProlog = elements === 0 || err.message.includes('doctype');
    throw new Stop((inProlog ? prologProblem(text, parser) : undefined) ?? notWellFormed(parser, err.message));
  });
  parser.on('opentagstart', (tag) => {
    if (elements === 0) {
      const refused = prologProblem(text, parser);
      if (refused !== undefined) throw new Stop(refused);
    }
    // saxes has read "<", the name and one character after it: the tag starts that much earlier.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
    if (++elements > maxElements) {
      throw new Stop(
        answer('too_large', `more than ${maxElements.toLocaleString('en')} elements (the next at line ${parser.line}); at most that many are accepted`),
      );
    }
    if (++depth > maxDepth) {
      throw new Stop(answer('malformed', `elements nested deeper than ${maxDepth} levels at line ${parser.line}; files Foothold reads are never that deep`));
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    obey(handler.open({ name: tag.local, uri: tag.uri, attributes: attributesOf(tag), line: startLine, column: startColumn }));
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    depth--; // saxes reports a self-closing tag's close right after its open.
    if (handler.close !== undefined) obey(handler.close(tag.local, tag.uri));
  });
  if (handler.text !== undefined) {
    const onText = handler.text.bind(handler);
    parser.on('text', (t) => obey(onText(t)));
    parser.on('cdata', (t) => obey(onText(t)));
  }

  try {
    parser.write(text).close();
  } catch (caught) {
    if (caught instanceof Stop) return caught.reading;
    throw caught;
  }
  return { ok: true };
}

/**
 * The encoding check of safe-json.ts, plus the byte patterns XML 1.0 (appendix F) names for UTF-16
 * without a byte-order mark: "<?" as two-byte units would otherwise pass as UTF-8 full of NULs.
 */
function decodeXmlBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00)
    return { problem: 'the input is UTF-16 (little-endian) text; save it as UTF-8' };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f)
    return { problem: 'the input is UTF-16 (big-endian) text; save it as UTF-8' };
  return decodeUtf8(bytes);
}

function attributesOf(tag: SaxesTagNS): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attr of Object.values(tag.attributes)) {
    if (attr.uri === XMLNS_URI) continue;
    attributes.set(attr.uri === '' ? attr.local : `{${attr.uri}}${attr.local}`, attr.value);
  }
  return attributes;
}

/** What saxes's terse messages leave a reader to guess. */
const HINTS: Record<string, string> = {
  'undefined entity': 'without a DOCTYPE, XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#233;',
  'malformed character entity': 'a numeric reference must name a character XML 1.0 allows (not U+0000, not a surrogate)',
  'disallowed character': 'XML 1.0 allows no control characters other than tab, line feed and carriage return',
};

/**
 * What Foothold refuses before the root element: an encoding other than UTF-8 declared, or a
 * DOCTYPE (found in the text before the current position, so one that never ends, or one after the
 * root that saxes calls misplaced, is refused as a DOCTYPE too; "<!DOCTYPE" in a comment before the
 * root is refused as well, a price worth paying for one simple rule).
 */
function prologProblem(text: string, parser: SaxesParser): XmlReading | undefined {
  const encoding = parser.xmlDecl.encoding;
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    return answer(
      'malformed',
      `the XML declaration says encoding="${encoding}"; Foothold reads UTF-8 only: save the file as UTF-8 and declare encoding="UTF-8"`,
    );
  }
  const doctype = text.lastIndexOf('<!DOCTYPE', parser.position);
  if (doctype < 0) return undefined;
  const { line, column } = lineColumn(text, doctype);
  return answer(
    'invalid',
    `a DOCTYPE declaration at line ${line}, column ${column}: Foothold refuses DOCTYPEs in XML it reads, ` +
      'so that no entity is ever expanded and no external file or URL is ever fetched; remove the <!DOCTYPE …> declaration',
  );
}

/** saxes words the problem ("unclosed tag: graph"); Foothold adds where, 1-based, and a hint where saxes is terse. */
function notWellFormed(parser: SaxesParser, saxesMessage: string): XmlReading {
  const message = saxesMessage.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  const hint = HINTS[message.replace(/:.*$/, '')];
  return answer(
    'malformed',
    `not well-formed XML at line ${parser.line}, column ${Math.max(1, parser.column)}: ${message}${hint === undefined ? '' : `; ${hint}`}`,
  );
}
