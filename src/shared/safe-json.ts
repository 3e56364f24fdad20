/**
 * The one reader for JSON that comes from outside (case files, request bodies, later importers).
 * In order: size, encoding (strict UTF-8; a UTF-8 byte-order mark is dropped, UTF-16/32 refused),
 * nesting depth (counted before parsing, so nothing recursive ever sees a deep document), syntax
 * (line and column), then every key and string: no prototype keys, no text the stores cannot hold.
 * Pure: bytes or text in, a value or problems out.
 */
import { isUtf8 } from 'node:buffer';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from './errors.js';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from './limits.js';
import { pointerSegment, shortPointer, unstorableText } from './text-rules.js';

export { DEFAULT_JSON_LIMITS, type JsonLimits } from './limits.js';

/**
 * What went wrong decides the answer: `too_large` (HTTP 413), `malformed` — not readable as
 * JSON at all (400), `invalid` — JSON whose keys or text break Foothold's rules (422).
 */
export type JsonFailureKind = 'too_large' | 'malformed' | 'invalid';
export type JsonReading = { ok: true; value: unknown } | { ok: false; kind: JsonFailureKind; problems: Problem[] };

/** Keys that would reach an object's prototype in some JavaScript code path; never meaningful in Foothold data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Stop listing problems after this many: one bad file should not print a million lines. */
const MAX_PROBLEMS = 50;

const fail = (kind: JsonFailureKind, message: string, pointer = ''): JsonReading => ({ ok: false, kind, problems: [{ pointer, message }] });

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} bytes`;
}

/** Reads JSON from raw bytes (a file, a request body) or from text already decoded. */
export function readJson(input: Uint8Array | string, limits: Partial<JsonLimits> = {}): JsonReading {
  const { maxBytes, maxDepth } = { ...DEFAULT_JSON_LIMITS, ...limits };
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) return fail('too_large', `the input is ${formatBytes(size)}; at most ${formatBytes(maxBytes)} is accepted`);

  const decoded = typeof input === 'string' ? { text: input } : decodeUtf8(input);
  if ('problem' in decoded) return fail('malformed', decoded.problem);
  // One rule everywhere: a UTF-8 byte-order mark (as Windows tools write) is dropped.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return fail('malformed', 'the input is empty; expected JSON');

  const tooDeep = depthProblem(text, maxDepth);
  if (tooDeep !== undefined) return fail('malformed', tooDeep);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('malformed', syntaxProblem(text));
  }
  const problems = contentProblems(value);
  return problems.length === 0 ? { ok: true, value } : { ok: false, kind: 'invalid', problems };
}

/** Decodes bytes as strict UTF-8 (a byte-order mark is kept for the caller to drop); UTF-16 and invalid bytes get a message saying where. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { problem: 'the input is UTF-16 (little-endian) text; save it as UTF-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { problem: 'the input is UTF-16 (big-endian) text; save it as UTF-8' };
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, offset);
    const byte = bytes[offset] ?? 0;
    return {
      problem: `not valid UTF-8 at byte ${offset} (line ${line}, column ${column}): 0x${byte.toString(16).padStart(2, '0').toUpperCase()} cannot appear there; save the file as UTF-8 (it may be Latin-1 or Windows-1252)`,
    };
  }
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i + k;
    }
    i += need + 1;
  }
  return -1;
}

function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Line and column (1-based, in UTF-16 code units) of an offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Scans brackets outside strings; says where the nesting first goes deeper than maxDepth. */
function depthProblem(text: string, maxDepth: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > maxDepth) {
        const { line, column } = lineColumn(text, i);
        return `nested deeper than ${maxDepth} levels at line ${line}, column ${column}; Foothold data is never that deep`;
      }
    } else if (ch === 125 || ch === 93) depth--;
  }
  return undefined;
}

const SYNTAX_HINT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** Locates the first syntax error (only called on text JSON.parse refused, whose depth is bounded). */
function syntaxProblem(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return 'not valid JSON';
  const { line, column } = lineColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  return `not valid JSON at line ${line}, column ${column}: ${SYNTAX_HINT[code] ?? code}`;
}

/** Walks a value without recursion: forbidden keys and unstorable text, each with its pointer under base. */
export function contentProblems(root: unknown, base = ''): Problem[] {
  const problems: Problem[] = [];
  // Problems found on keys wait on the stack in their place, so all come out in document order.
  const stack: ({ value: unknown; pointer: string } | { problem: Problem })[] = [{ value: root, pointer: base }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const item = stack.pop()!;
    if ('problem' in item) {
      problems.push(item.problem);
      continue;
    }
    const { value, pointer } = item;
    if (typeof value === 'string') {
      const why = unstorableText(value);
      if (why !== undefined) problems.push({ pointer: shortPointer(pointer), message: `this text ${why}` });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: `${pointer}/${i}` });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const at = `${pointer}/${pointerSegment(key)}`;
        const why = FORBIDDEN_KEYS.has(key) ? `the key "${key}" is not allowed (it could change how objects behave); remove it` : unstorableText(key);
        if (why === undefined) stack.push({ value: (value as Record<string, unknown>)[key], pointer: at });
        else stack.push({ problem: { pointer: shortPointer(at), message: FORBIDDEN_KEYS.has(key) ? why : `this key ${why}` } });
      }
    }
  }
  return problems;
}
