/** Reading and writing case files on disk: the file edge of the case-file format. */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseCaseText, type CaseFile } from '../core/case-file/index.js';
import { InputError, ValidationError, type Problem } from '../shared/errors.js';
import { DEFAULT_JSON_LIMITS, formatBytes, type JsonLimits } from '../shared/safe-json.js';

export type CaseFileCheck = { file: string; ok: true; caseFile: CaseFile } | { file: string; ok: false; problems: Problem[] };

/** Reads and validates one case file; never throws for bad content, only reports problems. */
export async function checkCaseFile(file: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): Promise<CaseFileCheck> {
  const refuse = (message: string): CaseFileCheck => ({ file, ok: false, problems: [{ file, pointer: '', message }] });
  let bytes: Uint8Array;
  try {
    // Check the size before reading, so a huge file is refused without filling memory.
    const { size } = await stat(file);
    if (size > limits.maxBytes) return refuse(`the file is ${formatBytes(size)}; at most ${formatBytes(limits.maxBytes)} is accepted (FOOTHOLD_MAX_CASE_MB)`);
    bytes = await readFile(file);
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
  const result = parseCaseText(bytes, limits);
  if (result.ok) return { file, ok: true, caseFile: result.caseFile };
  return { file, ok: false, problems: result.problems.map((p) => ({ ...p, file })) };
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
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, caseFileText(caseFile), 'utf8');
    await rename(tmp, file);
  } catch (err) {
    throw new InputError(`cannot write ${file}: ${(err as Error).message}`);
  }
}
