/**
 * Reads a case file from text: JSON syntax (with line and column), format version, schema, then
 * references. Pure: the caller reads the file and decides what to do with the problems.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from '../../shared/errors.js';
import { checkReferences } from './references.js';
import { caseFileSchema, CASE_FORMAT, SUPPORTED_CASE_FORMATS, type CaseFile } from './schema.js';
import { zodProblems } from './problems.js';

export type CaseParseResult = { ok: true; caseFile: CaseFile } | { ok: false; problems: Problem[] };

function lineColumn(text: string, offset: number): { line: number; column: number } {
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

/** Parses strict JSON, reporting the first syntax error as "not valid JSON at line L, column C: …". */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined) {
    const { line, column } = lineColumn(text, first.offset);
    const code = printParseErrorCode(first.error);
    return { ok: false, problem: { pointer: '', message: `not valid JSON at line ${line}, column ${column}: ${SYNTAX_HINT[code] ?? code}` } };
  }
  return { ok: true, value };
}

/** Validates a value already parsed from JSON as a case file. */
export function validateCaseValue(value: unknown): CaseParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ pointer: '', message: `expected a JSON object with "format": "${CASE_FORMAT}"` }] };
  }
  const format = (value as Record<string, unknown>)['format'];
  if (format === undefined) {
    return {
      ok: false,
      problems: [{ pointer: '/format', message: `required field is missing: this file does not say its format; expected "${CASE_FORMAT}"` }],
    };
  }
  if (typeof format !== 'string' || !(SUPPORTED_CASE_FORMATS as readonly string[]).includes(format)) {
    const hint = typeof format === 'string' && format.startsWith('foothold.case/') ? ' (a newer Foothold may read it)' : '';
    return {
      ok: false,
      problems: [
        { pointer: '/format', message: `unknown format version ${JSON.stringify(format)}${hint}; this Foothold reads ${SUPPORTED_CASE_FORMATS.join(', ')}` },
      ],
    };
  }
  const parsed = caseFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkReferences(parsed.data);
  return problems.length === 0 ? { ok: true, caseFile: parsed.data } : { ok: false, problems };
}

/** Parses and validates the text of a case file. */
export function parseCaseText(text: string): CaseParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return validateCaseValue(json.value);
}
