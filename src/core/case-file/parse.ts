/**
 * Reads a case file from bytes or text: the safe JSON reader (size, UTF-8, depth, syntax with line
 * and column, prototype keys, storable text), format version, schema, then references. Pure: the
 * caller reads the file and decides what to do with the problems.
 */
import type { Problem } from '../../shared/errors.js';
import { readJson, type JsonFailureKind, type JsonLimits } from '../../shared/safe-json.js';
import { checkPlacedRecords, checkReferences, type PlacedRecord } from './references.js';
import { CASE_COLLECTIONS, caseFileSchema, CASE_FORMAT, COLLECTION_NAMES, SUPPORTED_CASE_FORMATS, type CaseFile } from './schema.js';
import { firmSchema } from '../model/index.js';
import { zodProblems } from './problems.js';
import { CASE_FORMAT_1, pointerInFormat1, upgradeCaseFrom1 } from './upgrade.js';

/** `kind` says why a case was refused: unreadable as JSON (`too_large`, `malformed`) or `invalid` content. */
export type CaseParseResult = { ok: true; caseFile: CaseFile } | { ok: false; kind: JsonFailureKind; problems: Problem[] };

/**
 * The records of a case that failed the schema as a whole, each checked on its own: valid records
 * with their content, the others by id only (when they have a text id), so reference checks can
 * still run where the file allows.
 */
function placedRawRecords(value: Record<string, unknown>): PlacedRecord[] {
  const placed: PlacedRecord[] = [];
  const place = (kind: PlacedRecord['kind'], pointer: string, raw: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }) => {
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const parsed = schema.safeParse(raw);
    placed.push({ kind, pointer, id, record: parsed.success ? (parsed.data as PlacedRecord['record']) : undefined });
  };
  place('firm', '/firm', value['firm'], firmSchema);
  for (const name of COLLECTION_NAMES) {
    const list = value[name];
    if (Array.isArray(list)) list.forEach((raw: unknown, i) => place(name, `/${name}/${i}`, raw, CASE_COLLECTIONS[name]));
  }
  return placed;
}

/** Validates a value already parsed from JSON as a case file. */
export function validateCaseValue(value: unknown): CaseParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, kind: 'invalid', problems: [{ pointer: '', message: `expected a JSON object with "format": "${CASE_FORMAT}"` }] };
  }
  const format = (value as Record<string, unknown>)['format'];
  if (format === undefined) {
    return {
      ok: false,
      kind: 'invalid',
      problems: [{ pointer: '/format', message: `required field is missing: this file does not say its format; expected "${CASE_FORMAT}"` }],
    };
  }
  if (typeof format !== 'string' || !(SUPPORTED_CASE_FORMATS as readonly string[]).includes(format)) {
    const hint = typeof format === 'string' && format.startsWith('foothold.case/') ? ' (a newer Foothold may read it)' : '';
    return {
      ok: false,
      kind: 'invalid',
      problems: [
        { pointer: '/format', message: `unknown format version ${JSON.stringify(format)}${hint}; this Foothold reads ${SUPPORTED_CASE_FORMATS.join(', ')}` },
      ],
    };
  }
  // A format-1 file is read as format 2; its problems point where they are in the file as written.
  const fromFormat1 = format === CASE_FORMAT_1;
  const current = fromFormat1 ? upgradeCaseFrom1(value as Record<string, unknown>).value : value;
  const inFile = (problems: Problem[]) => (fromFormat1 ? problems.map((p) => ({ ...p, pointer: pointerInFormat1(p.pointer) })) : problems);
  const parsed = caseFileSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) {
    // Every problem at once where possible: the records that are valid on their own are checked against the rest too.
    const schemaProblems = zodProblems(parsed.error, [], caseFileSchema);
    const flagged = new Set(schemaProblems.map((p) => p.pointer));
    const more = checkPlacedRecords(placedRawRecords(current as Record<string, unknown>)).filter((p) => !flagged.has(p.pointer));
    return { ok: false, kind: 'invalid', problems: inFile([...schemaProblems, ...more]) };
  }
  const problems = checkReferences(parsed.data);
  return problems.length === 0 ? { ok: true, caseFile: parsed.data } : { ok: false, kind: 'invalid', problems: inFile(problems) };
}

/** Parses and validates a case file from its bytes (as read from disk) or its text. */
export function parseCaseText(input: Uint8Array | string, limits: Partial<JsonLimits> = {}): CaseParseResult {
  const json = readJson(input, limits);
  if (!json.ok) return json;
  return validateCaseValue(json.value);
}

export type CaseUpgradeResult =
  { ok: true; value: Record<string, unknown>; caseFile: CaseFile; changes: string[] } | { ok: false; kind: JsonFailureKind; problems: Problem[] };

/**
 * A case file as the current format writes it, keeping what its author wrote (no defaults filled
 * in): the text of `foothold upgrade`. Refused, with every problem, unless the file is valid;
 * `changes` is empty when the file is in the current format already.
 */
export function upgradeCaseText(input: Uint8Array | string, limits: Partial<JsonLimits> = {}): CaseUpgradeResult {
  const json = readJson(input, limits);
  if (!json.ok) return json;
  const checked = validateCaseValue(json.value);
  if (!checked.ok) return checked;
  const value = json.value as Record<string, unknown>;
  if (value['format'] !== CASE_FORMAT_1) return { ok: true, value, caseFile: checked.caseFile, changes: [] };
  const upgraded = upgradeCaseFrom1(value);
  return { ok: true, value: upgraded.value, caseFile: checked.caseFile, changes: upgraded.changes };
}
