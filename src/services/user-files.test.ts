// Reading a file from the user's disk within a size limit, with a plain reason when it cannot be read,
// and writing one atomically. Permission denied cannot be caused for root (tests run as root in CI),
// so that one answer comes from a stat() told to fail; every other case uses real files.
import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../shared/errors.js';
import { readInputBytes, writeFileAtomically } from './user-files.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return { ...real, stat: vi.fn(real.stat) };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foothold-user-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileOf(name: string, size: number): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, 'x'.repeat(size));
  return file;
}

describe('readInputBytes', () => {
  it('reads a file of exactly the limit, and refuses one byte more, naming both sizes', async () => {
    const atLimit = await fileOf('at-limit.json', 2048);
    expect(await readInputBytes(atLimit, 2048, 'a .json file')).toEqual({ ok: true, bytes: Buffer.from('x'.repeat(2048)) });
    const over = await fileOf('over.json', 2049);
    expect(await readInputBytes(over, 2048, 'a .json file')).toEqual({
      ok: false,
      problems: [{ file: over, pointer: '', message: 'the file is 2 kB; at most 2 kB is accepted' }],
    });
  });

  it('names the setting that raises the limit, when there is one', async () => {
    const over = await fileOf('big.csv', 11);
    const reading = await readInputBytes(over, 10, 'a .csv file', 'raise it with --max-bytes');
    expect(reading).toEqual({
      ok: false,
      problems: [{ file: over, pointer: '', message: 'the file is 11 bytes; at most 10 bytes is accepted (raise it with --max-bytes)' }],
    });
  });

  it.each([
    ['a missing file', (d: string) => join(d, 'absent.json'), 'cannot read the file: no such file'],
    ['a folder', (d: string) => d, 'cannot read the file: is a folder, expected a .json file'],
  ])('says why it cannot read %s', async (_, path, message) => {
    const file = path(dir);
    expect(await readInputBytes(file, 1000, 'a .json file')).toEqual({ ok: false, problems: [{ file, pointer: '', message }] });
  });

  it('says permission denied when the file may not be read', async () => {
    const file = await fileOf('locked.json', 3);
    vi.mocked(stat).mockRejectedValueOnce(Object.assign(new Error(`EACCES: permission denied, stat '${file}'`), { code: 'EACCES' }));
    expect(await readInputBytes(file, 1000, 'a .json file')).toEqual({
      ok: false,
      problems: [{ file, pointer: '', message: 'cannot read the file: permission denied' }],
    });
  });

  it('passes on the system’s own words for any other reason', async () => {
    const file = join(await fileOf('plain.txt', 1), 'inside.json');
    const reading = await readInputBytes(file, 1000, 'a .json file');
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.problems[0]?.message).toMatch(/^cannot read the file: ENOTDIR: not a directory/);
  });
});

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file beside it', async () => {
    const file = await fileOf('out.json', 5);
    await writeFileAtomically(file, '{"new":true}');
    expect(await readFile(file, 'utf8')).toBe('{"new":true}');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder that does not exist with an InputError naming the file and the reason', async () => {
    const file = join(dir, 'no-such-folder', 'out.json');
    const writing = writeFileAtomically(file, 'x');
    await expect(writing).rejects.toBeInstanceOf(InputError);
    await expect(writing).rejects.toThrow(`cannot write ${file} (ENOENT); check that its folder exists and is writable`);
  });
});
