import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../src/core/case-file/index.js';
import { cli, freshDataDir, root } from './run-cli.js';

const samples = ['company-a', 'company-b', 'sl-it-sme'];
const sampleFile = (id: string) => join(root, 'examples/cases', `${id}.json`);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('foothold validate', () => {
  it('accepts every sample case', () => {
    const r = cli(['validate', ...samples.map(sampleFile)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('foothold import / export / show on a fresh data folder', () => {
  let env: Record<string, string>;
  beforeAll(() => {
    env = { FOOTHOLD_DATA: freshDataDir() };
    const r = cli(['import', ...samples.map(sampleFile)], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('lists the three firms', () => {
    const r = cli(['firms', '--json'], env);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((f) => f.id)).toEqual(['company-a', 'company-b', 'sl-it-sme']);
  });

  it('shows company-b serving KG, failed in CN, and its food subsidiary serving CN apart', () => {
    const r = cli(['show', 'company-b', '--json'], env);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout) as { markets: { country?: string; status: string }[]; derived: { economyClass: { value: string } } };
    expect(view.markets).toContainEqual(expect.objectContaining({ country: 'KG', status: 'serving' }));
    expect(view.markets).toContainEqual(expect.objectContaining({ country: 'CN', status: 'failed' }));
    expect(view.markets).toContainEqual(expect.objectContaining({ country: 'CN', status: 'serving', servedBy: 'actor-food-subsidiary' }));
    expect(view.derived.economyClass.value).toBe('emerging');
    const text = cli(['show', 'company-b'], env).stdout;
    expect(text).toMatch(/Kyrgyzstan\s+serving, subsidiary \+ registration \+ export/);
    expect(text).toMatch(/China\s+serving, [^\n]*served by Food manufacturing subsidiary of Company B/);
    expect(text).toMatch(/pathway\s+traditional/);
    expect(text).toMatch(/employees\s+about 150 → EU size class medium/);
  });

  it.each(samples)('round-trips %s: export, re-import into another workspace, export again — equal', (id) => {
    const out = join(env['FOOTHOLD_DATA']!, `${id}.json`);
    expect(cli(['export', id, '-o', out], env).code).toBe(0);
    expect(readJson(out)).toEqual(caseFileSchema.parse(readJson(sampleFile(id))));
    expect(cli(['import', out, '--workspace', 'copy'], env).code).toBe(0);
    const again = cli(['export', id, '--workspace', 'copy'], env);
    expect(JSON.parse(again.stdout)).toEqual(readJson(out));
  });
});

describe('bad input is refused, named, and leaves the store as it was', () => {
  const env = { FOOTHOLD_DATA: freshDataDir() };
  const dir = env.FOOTHOLD_DATA;
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const validCase = () => JSON.parse(readFileSync(sampleFile('company-a'), 'utf8')) as Record<string, unknown> & Record<string, Record<string, unknown>[]>;
  const snapshot = () => ({ firms: cli(['firms', '--json'], env).stdout, caseB: cli(['export', 'company-b'], env).stdout });
  let before: ReturnType<typeof snapshot>;

  beforeAll(() => {
    expect(cli(['import', sampleFile('company-b')], env).code).toBe(0);
    before = snapshot();
  });

  const cases: [string, () => string, RegExp][] = [
    ['an unreadable file', () => join(dir, 'missing.json'), /missing\.json: \/: cannot read the file: no such file/],
    [
      'text that is not JSON',
      () => write('broken.json', '{\n  "format": "foothold.case/1",\n  "firm": {\n'),
      /broken\.json: \/: not valid JSON at line 4, column 1: /,
    ],
    [
      'an unknown format version',
      () => write('v3.json', JSON.stringify({ ...validCase(), format: 'foothold.case/3' })),
      /v3\.json: \/format: unknown format version "foothold.case\/3" \(a newer Foothold may read it\); this Foothold reads foothold\.case\/1, foothold\.case\/2/,
    ],
    [
      'a schema error',
      () => {
        const c = validCase();
        c['ties']![3]!['networkType'] = 'formal';
        return write('schema.json', JSON.stringify(c));
      },
      /schema\.json: \/ties\/3\/networkType: expected one of social\|business\|institutional\|digital, got "formal"/,
    ],
    [
      'a dangling reference',
      () => {
        const c = validCase();
        c['ties']![0]!['to'] = 'no-such-actor';
        return write('dangling.json', JSON.stringify(c));
      },
      /dangling\.json: \/ties\/0\/to: "no-such-actor" does not exist in this file/,
    ],
    [
      'a duplicate id',
      () => {
        const c = validCase();
        c['actors']![1]!['id'] = c['actors']![0]!['id'];
        return write('duplicate.json', JSON.stringify(c));
      },
      /duplicate\.json: \/actors\/1\/id: duplicate id ".*": already used at \/actors\/0/,
    ],
    ['a firm that exists already', () => sampleFile('company-b'), /firm "company-b" already exists in workspace "default"; use --replace/],
  ];

  it.each(cases)('%s', (_what, makeFile, message) => {
    // A valid file goes along, to show that one bad file stops the whole import.
    const r = cli(['import', sampleFile('sl-it-sme'), makeFile()], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('validate reports the same problems with exit 1', () => {
    const c = validCase();
    c['ties']![3]!['networkType'] = 'formal';
    const r = cli(['validate', write('bad.json', JSON.stringify(c))]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`${join(dir, 'bad.json')}: /ties/3/networkType: expected one of social|business|institutional|digital, got "formal"`);
  });

  it('--replace overwrites an existing firm', () => {
    const r = cli(['import', sampleFile('company-b'), '--replace'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/replaced company-b/);
  });
});

describe('help', () => {
  it.each(['validate', 'import', 'export', 'firms', 'show', 'serve'])('foothold %s --help shows an example', (command) => {
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ foothold/);
  });
  it('foothold --help lists the commands and shows examples', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['validate', 'import', 'export', 'firms', 'show', 'serve']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(r.stdout).toMatch(/Examples:\n\s+\$ foothold/);
  });
  it('an unknown command exits 2 with a hint', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
  it('a missing firm exits 1 with its id', () => {
    const r = cli(['show', 'nope'], { FOOTHOLD_DATA: freshDataDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/firm "nope" was not found/);
  });
});
