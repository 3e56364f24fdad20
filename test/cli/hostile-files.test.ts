// Files a careless export or an attacker would hand to `foothold validate` and `import`: each is
// refused with FILE: /pointer: message and exit 1 — never a stack trace (exit 70) — the other files
// are still checked, and the store is left as it was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../../src/core/case-file/test-case.js';
import { cli, freshDataDir } from './run-cli.js';

const dir = freshDataDir();
const env = { FOOTHOLD_DATA: dir };
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const good = write('good.json', JSON.stringify(sampleCaseInput('good-firm')));

const hostile: [name: string, content: string | Buffer, expected: RegExp][] = [
  ['deep-objects.json', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, /deep-objects\.json: \/: nested deeper than 64 levels at line 1, column \d+/],
  ['deep-arrays.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /deep-arrays\.json: \/: nested deeper than 64 levels/],
  [
    'proto.json',
    `{"format":"foothold.case/1","__proto__":${JSON.stringify({ firm: sampleCaseInput('smuggled').firm })}}`,
    /proto\.json: \/__proto__: the key "__proto__" is not allowed/,
  ],
  [
    'latin1.json',
    // "Müller" saved as Latin-1: ü is the single byte 0xFC.
    Buffer.concat([Buffer.from('{"name":"M'), Buffer.from([0xfc]), Buffer.from('ller"}')]),
    /latin1\.json: \/: not valid UTF-8 at byte 10 \(line 1, column 11\): 0xFC/,
  ],
  ['nul.json', JSON.stringify({ ...sampleCaseInput('nul'), title: 'a\u0000b' }), /nul\.json: \/title: this text contains the NUL character/],
  [
    'date.json',
    JSON.stringify({ ...sampleCaseInput('dates'), markets: [{ id: 'm', country: 'MN', status: 'entered', startedOn: '2023-02-29' }] }),
    /date\.json: \/markets\/0\/startedOn: no such day in the calendar/,
  ],
];

describe('foothold validate on hostile files', () => {
  it('reports every hostile file with its problem and still checks the good one', () => {
    const files = hostile.map(([name, content]) => write(name, content));
    const r = cli(['validate', ...files, good], env);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack|\n\s+at /);
    for (const [, , expected] of hostile) expect(r.stderr).toMatch(expected);
    expect(r.stdout).toContain('good.json: valid (good-firm)');
  });

  it('reads a file with a UTF-8 byte-order mark, as the API does', () => {
    const bom = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sampleCaseInput('bom-firm')))]));
    const r = cli(['validate', bom], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a file over FOOTHOLD_MAX_CASE_MB before reading it', () => {
    const big = write('big.json', JSON.stringify({ ...sampleCaseInput('big'), notes: ['x'.repeat(20_000)] }));
    const r = cli(['validate', big], { ...env, FOOTHOLD_MAX_CASE_MB: '0.01' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.json: \/: the file is 2\d kB; at most 10 kB is accepted \(FOOTHOLD_MAX_CASE_MB\)/);
  });
});

describe('foothold import on hostile files', () => {
  it('imports nothing when one file is hostile, and says so', () => {
    const r = cli(
      ['import', good, write('proto2.json', `{"format":"foothold.case/1","__proto__":{"firm":{"id":"x","name":"X","countryOfOrigin":"FI"}}}`)],
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written.');
    expect(JSON.parse(cli(['firms', '--json'], env).stdout)).toEqual([]);
  });

  it('refuses a workspace id the API would refuse', () => {
    const r = cli(['import', good, '--workspace', '<script>'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a workspace id');
  });
});
