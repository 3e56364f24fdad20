// The file edge of the case format, in-process (the CLI tests run the same code through the binary).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeCaseText } from '../core/case-file/index.js';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { InputError, ValidationError } from '../shared/errors.js';
import { DEFAULT_JSON_LIMITS } from '../shared/safe-json.js';
import { minimalCase } from '../test-support/cases.js';
import { REPO_ROOT } from '../test-support/samples.js';
import { caseFileText, checkCaseFile, readCaseFile, upgradeCaseFile, writeCaseFile } from './case-files.js';

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
    await expect(attempt).rejects.toThrow(`cannot write ${file} (`);
    expect(existsSync(file)).toBe(false);
  });
});

describe('upgradeCaseFile', () => {
  const v1Text = readFileSync(join(REPO_ROOT, 'test/fixtures/cases-v1/company-b.json'), 'utf8');
  const v1Changes = [
    'format: foothold.case/1 → foothold.case/2',
    'actors: "country" → "countries": 9',
    'actors: "region" → "regions": 2',
    'ties: status left out → "active" (what format 1 meant): 11',
    'markets: "entryMode" → "entryModes": 5',
    'markets: status "entered" → "serving": 3',
  ];
  // The text `foothold upgrade` writes: the upgraded value as two-space JSON with a trailing newline.
  const upgradedText = (() => {
    const upgraded = upgradeCaseText(v1Text);
    if (!upgraded.ok) throw new Error(JSON.stringify(upgraded.problems));
    return JSON.stringify(upgraded.value, null, 2) + '\n';
  })();
  // A current-format file as someone wrote it by hand: valid, but not in the layout Foothold writes.
  const currentText = JSON.stringify(sampleCaseInput('current'));
  const invalidV1Text = JSON.stringify({
    format: 'foothold.case/1',
    firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
    actors: [{ id: 'a', name: 'A', kind: 'person', country: 'XX' }],
  });
  /** A fresh folder holding one file, and an empty out folder beside it. */
  const setUp = (name: string, content: string) => {
    const root = mkdtempSync(join(dir, 'upgrade-'));
    mkdirSync(join(root, 'in'));
    mkdirSync(join(root, 'out'));
    const file = join(root, 'in', name);
    writeFileSync(file, content);
    return { file, inDir: join(root, 'in'), out: join(root, 'out') };
  };

  it('rewrites a format-1 file in place as format 2, two-space JSON with a trailing newline, listing the changes', async () => {
    const { file, inDir } = setUp('company-b.json', v1Text);
    const before = await checkCaseFile(file);
    expect(await upgradeCaseFile(file, undefined)).toEqual({ file, ok: true, written: file, changes: v1Changes });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(upgradedText);
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(JSON.parse(text).format).toBe('foothold.case/2');
    // The same case, read from either format; no temporary file left behind.
    expect(before.ok).toBe(true);
    expect(await checkCaseFile(file)).toEqual(before);
    expect(readdirSync(inDir)).toEqual(['company-b.json']);
  });

  it('writes into the out folder under the same name, leaving the format-1 file as it was', async () => {
    const { file, inDir, out } = setUp('company-b.json', v1Text);
    const target = join(out, 'company-b.json');
    expect(await upgradeCaseFile(file, out)).toEqual({ file, ok: true, written: target, changes: v1Changes });
    expect(readFileSync(target, 'utf8')).toBe(upgradedText);
    expect(readFileSync(file, 'utf8')).toBe(v1Text);
    expect(readdirSync(out)).toEqual(['company-b.json']);
    expect(readdirSync(inDir)).toEqual(['company-b.json']);
  });

  it('leaves a file in the current format alone in place: nothing written, no changes', async () => {
    const { file, inDir } = setUp('current.json', currentText);
    expect(await upgradeCaseFile(file, undefined)).toEqual({ file, ok: true, written: undefined, changes: [] });
    expect(readFileSync(file, 'utf8')).toBe(currentText);
    expect(readdirSync(inDir)).toEqual(['current.json']);
  });

  it('copies a file in the current format into the out folder, in the layout Foothold writes, with no changes', async () => {
    const { file, out } = setUp('current.json', currentText);
    const target = join(out, basename(file));
    expect(await upgradeCaseFile(file, out)).toEqual({ file, ok: true, written: target, changes: [] });
    expect(readFileSync(target, 'utf8')).toBe(JSON.stringify(JSON.parse(currentText), null, 2) + '\n');
    expect(readFileSync(file, 'utf8')).toBe(currentText);
  });

  it.each([
    ['in place', false],
    ['into a folder', true],
  ] as const)('writes nothing for an invalid file (%s), and names the file in every problem', async (_, toOut) => {
    const { file, inDir, out } = setUp('bad.json', invalidV1Text);
    expect(await upgradeCaseFile(file, toOut ? out : undefined)).toEqual({
      file,
      ok: false,
      problems: [{ file, pointer: '/actors/0/country', message: 'not an assigned ISO 3166-1 alpha-2 country code' }],
    });
    expect(readFileSync(file, 'utf8')).toBe(invalidV1Text);
    expect(readdirSync(inDir)).toEqual(['bad.json']);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ['missing.json', undefined, 'cannot read the file: no such file'],
    ['a-folder', 'folder', 'cannot read the file: is a folder, expected a .json file'],
  ] as const)('says why %s cannot be read, and writes nothing', async (name, kind, message) => {
    const { inDir, out } = setUp('other.json', currentText);
    const file = join(inDir, name);
    if (kind === 'folder') mkdirSync(file);
    expect(await upgradeCaseFile(file, out)).toEqual({ file, ok: false, problems: [{ file, pointer: '', message }] });
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a file over the size limit before reading it, and writes nothing', async () => {
    const { file, out } = setUp('company-b.json', v1Text);
    const check = await upgradeCaseFile(file, out, { ...DEFAULT_JSON_LIMITS, maxBytes: 100 * 1024 });
    expect(check).toEqual({
      file,
      ok: false,
      problems: [{ file, pointer: '', message: 'the file is 125 kB; at most 100 kB is accepted (FOOTHOLD_MAX_CASE_MB)' }],
    });
    expect(readdirSync(out)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(v1Text);
  });

  it('says where it could not write when the out folder is missing', async () => {
    const { file } = setUp('company-b.json', v1Text);
    const missing = join(dir, 'no-such-out-folder');
    const attempt = upgradeCaseFile(file, missing);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(`cannot write ${join(missing, 'company-b.json')} (ENOENT)`);
    expect(existsSync(missing)).toBe(false);
  });
});
