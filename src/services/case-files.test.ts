// The file edge of the case format, in-process (the CLI tests run the same code through the binary).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { InputError, ValidationError } from '../shared/errors.js';
import { DEFAULT_JSON_LIMITS } from '../shared/safe-json.js';
import { minimalCase } from '../test-support/cases.js';
import { caseFileText, checkCaseFile, readCaseFile, writeCaseFile } from './case-files.js';

const dir = mkdtempSync(join(tmpdir(), 'foothold-files-'));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('checkCaseFile', () => {
  it('reads a valid file into a case', async () => {
    const file = write('ok.json', JSON.stringify(sampleCaseInput('ok')));
    const check = await checkCaseFile(file);
    expect(check.ok && check.caseFile.firm.id).toBe('ok');
    expect(check.file).toBe(file);
  });

  it.each([
    ['missing.json', undefined, 'cannot read the file: no such file'],
    ['a-folder', 'folder', 'cannot read the file: is a folder, expected a .json file'],
  ] as const)('says why %s cannot be read', async (name, kind, message) => {
    const file = join(dir, name);
    if (kind === 'folder') mkdirSync(file, { recursive: true });
    expect(await checkCaseFile(file)).toEqual({ file, ok: false, problems: [{ file, pointer: '', message }] });
  });

  it('refuses a file over the limit before reading it, naming the setting', async () => {
    const file = write('big.json', JSON.stringify({ ...sampleCaseInput('big'), notes: ['x'.repeat(3000)] }));
    const check = await checkCaseFile(file, { ...DEFAULT_JSON_LIMITS, maxBytes: 1024 });
    expect(check).toEqual({ file, ok: false, problems: [{ file, pointer: '', message: 'the file is 5 kB; at most 1 kB is accepted (FOOTHOLD_MAX_CASE_MB)' }] });
  });

  it('names the file in every problem of its content', async () => {
    const input = sampleCaseInput('bad');
    (input.ties as { to: string }[])[0]!.to = 'nobody';
    (input.ties as { networkType: string }[])[1]!.networkType = 'formal';
    const file = write('bad.json', JSON.stringify(input));
    const check = await checkCaseFile(file);
    expect(check.ok).toBe(false);
    // The schema problem and the dangling reference of another, valid record: all at once.
    expect(check.ok ? [] : check.problems.map((p) => [p.file, p.pointer])).toEqual([
      [file, '/ties/1/networkType'],
      [file, '/ties/0/to'],
    ]);
    await expect(readCaseFile(file)).rejects.toBeInstanceOf(ValidationError);
    await expect(readCaseFile(file)).rejects.toMatchObject({
      problems: [
        { file, pointer: '/ties/1/networkType' },
        { file, pointer: '/ties/0/to' },
      ],
    });
  });
});

describe('writing case files', () => {
  it('writes two-space JSON with a trailing newline, and reads back the same case', async () => {
    const file = join(dir, 'out.json');
    await writeCaseFile(file, minimalCase('written'));
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(caseFileText(minimalCase('written')));
    expect(text.startsWith('{\n  "format": "foothold.case/2",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(await readCaseFile(file)).toStrictEqual(minimalCase('written'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says where it could not write, and leaves no half-written file', async () => {
    const file = join(dir, 'no-such-folder', 'out.json');
    const attempt = writeCaseFile(file, minimalCase());
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(`cannot write ${file}: `);
    expect(existsSync(file)).toBe(false);
  });
});
