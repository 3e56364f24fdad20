/** Reading and writing case files on disk: the file edge of the case-file format. */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseCaseText, upgradeCaseText, type CaseFile } from '../core/case-file/index.js';
import { InputError, ValidationError, type Problem } from '../shared/errors.js';
import { DEFAULT_JSON_LIMITS, formatBytes, type JsonLimits } from '../shared/safe-json.js';

export type CaseFileCheck = { file: string; ok: true; caseFile: CaseFile } | { file: string; ok: false; problems: Problem[] };

/** The bytes of a file within the size limit, or the one problem that stopped the reading. */
async function readCaseBytes(file: string, limits: JsonLimits): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] }> {
  const refuse = (message: string) => ({ ok: false as const, problems: [{ file, pointer: '', message }] });
  try {
    // Check the size before reading, so a huge file is refused without filling memory.
    const { size } = await stat(file);
    if (size > limits.maxBytes) return refuse(`the file is ${formatBytes(size)}; at most ${formatBytes(limits.maxBytes)} is accepted (FOOTHOLD_MAX_CASE_MB)`);
    return { ok: true, bytes: await readFile(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, expected a .json file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((err as Error).message);
    return refuse(`cannot read the file: ${why}`);
  }
}

/** Reads and validates one case file; never throws for bad content, only reports problems. */
export async function checkCaseFile(file: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): Promise<CaseFileCheck> {
  const read = await readCaseBytes(file, limits);
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
  const read = await readCaseBytes(file, limits);
  if (!read.ok) return { file, ...read };
  const result = upgradeCaseText(read.bytes, limits);
  if (!result.ok) return { file, ok: false, problems: result.problems.map((p) => ({ ...p, file })) };
  const target = outDir === undefined ? file : join(outDir, basename(file));
  if (result.changes.length === 0 && target === file) return { file, ok: true, written: undefined, changes: [] };
  await writeJsonAtomically(target, JSON.stringify(result.value, null, 2) + '\n');
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

/** Writes text atomically: a half-written file never replaces a good one. */
async function writeJsonAtomically(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new InputError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/** Writes a case file atomically: a half-written file never replaces a good one. */
export async function writeCaseFile(file: string, caseFile: CaseFile): Promise<void> {
  await writeJsonAtomically(file, caseFileText(caseFile));
}
