/**
 * Files from the user's disk: read whole within a size limit (checked before reading, so a huge file
 * is refused without filling memory), and written atomically (a half-written file never replaces a
 * good one). Every importer and exporter goes through these two.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, type Problem } from '../shared/errors.js';
import { formatBytes } from '../shared/safe-json.js';

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] };

/**
 * The bytes of a file within `maxBytes`, or the one problem that stopped the reading. `expected`
 * names what the file should be ("a .json file"), for the message when a folder is given; `limitHint`
 * names the setting that raises the limit, when there is one.
 */
export async function readInputBytes(file: string, maxBytes: number, expected: string, limitHint?: string): Promise<FileBytes> {
  const refuse = (message: string): FileBytes => ({ ok: false, problems: [{ file, pointer: '', message }] });
  try {
    const info = await stat(file);
    // A folder's own size says nothing about the limit: name what it is instead.
    if (info.isDirectory()) return refuse(`cannot read the file: is a folder, expected ${expected}`);
    const { size } = info;
    if (size > maxBytes)
      return refuse(`the file is ${formatBytes(size)}; at most ${formatBytes(maxBytes)} is accepted${limitHint === undefined ? '' : ` (${limitHint})`}`);
    return { ok: true, bytes: await readFile(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((err as Error).message);
    return refuse(`cannot read the file: ${why}`);
  }
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temporary file
 * beside it, then a rename.
 */
export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new InputError(`cannot write ${file} (${reason}); check that its folder exists and is writable`);
  }
}
