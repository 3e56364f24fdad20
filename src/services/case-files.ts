/** Reading and writing case files on disk: the file edge of the case-file format. */
import { basename, join } from 'node:path';
import { parseCaseText, upgradeCaseText, type CaseFile } from '../core/case-file/index.js';
import { ValidationError, type Problem } from '../shared/errors.js';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from '../shared/safe-json.js';
import { readInputBytes, writeFileAtomically } from './user-files.js';

export type CaseFileCheck = { file: string; ok: true; caseFile: CaseFile } | { file: string; ok: false; problems: Problem[] };

/** Reads and validates one case file; never throws for bad content, only reports problems. */
export async function checkCaseFile(file: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): Promise<CaseFileCheck> {
  const read = await readInputBytes(file, limits.maxBytes, 'a .json file', 'FOOTHOLD_MAX_CASE_MB');
  if (!read.ok) return { file, ...read };
  const result = parseCaseText(read.bytes, limits);
  if (result.ok) return { file, ok: true, caseFile: result.caseFile };
  return { file, ok: false, problems: result.problems.map((p) => ({ ...p, file })) };
}

export type CaseFileUpgrade = { file: string; ok: true; written: string | undefined; changes: string[] } | { file: string; ok: false; problems: Problem[] };

/**
 * Rewrites a case file in the current format (`foothold upgrade`): in place, or into `outDir` under
 * the same name. Nothing is written for an invalid file, nor in place for one that is current already.
 */
export async function upgradeCaseFile(file: string, outDir: string | undefined, limits: JsonLimits = DEFAULT_JSON_LIMITS): Promise<CaseFileUpgrade> {
  const read = await readInputBytes(file, limits.maxBytes, 'a .json file', 'FOOTHOLD_MAX_CASE_MB');
  if (!read.ok) return { file, ...read };
  const result = upgradeCaseText(read.bytes, limits);
  if (!result.ok) return { file, ok: false, problems: result.problems.map((p) => ({ ...p, file })) };
  const target = outDir === undefined ? file : join(outDir, basename(file));
  if (result.changes.length === 0 && target === file) return { file, ok: true, written: undefined, changes: [] };
  await writeFileAtomically(target, JSON.stringify(result.value, null, 2) + '\n');
  return { file, ok: true, written: target, changes: result.changes };
}

/** Reads a case file or throws a ValidationError listing every problem with the file named. */
export async function readCaseFile(file: string): Promise<CaseFile> {
  const check = await checkCaseFile(file);
  if (!check.ok) throw new ValidationError(check.problems);
  return check.caseFile;
}

/** Serializes a case file the way Foothold writes them: two-space JSON with a trailing newline. */
export function caseFileText(caseFile: CaseFile): string {
  return JSON.stringify(caseFile, null, 2) + '\n';
}

/** Writes a case file atomically: a half-written file never replaces a good one. */
export async function writeCaseFile(file: string, caseFile: CaseFile): Promise<void> {
  await writeFileAtomically(file, caseFileText(caseFile));
}
