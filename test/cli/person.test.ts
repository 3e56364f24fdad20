// `foothold person` and `foothold retention` through the built binary: an erasure is a dry run until
// --yes, the export names what the workspace holds (into a file only its owner can read), and after
// the erasure the exported cases pass `foothold validate` with no spelling of the name left. The
// retention purge removes an old imported contact nobody used and keeps one edited by hand.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYRILLIC, EMAIL, NAME, PERSON, alaTooCase } from '../../src/core/privacy/test-case.js';
import { cli, freshDataDir } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'foothold-person-cli-'));
const SPELLINGS = ['Aibek', 'Asanov', 'Айбек', 'Асанов', EMAIL];
let env: Record<string, string>;

function run(...args: string[]): string {
  const r = cli(args, env);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r.stdout;
}

function caseFile(name: string, value: unknown): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  // Issyk Felt: an imported contact untouched since 2021, with the tie the import made.
  const issyk = {
    format: 'foothold.case/2',
    firm: { id: 'issyk-felt', name: 'Issyk Felt', countryOfOrigin: 'KG' },
    actors: [{ id: 'act-bakyt', name: 'Bakyt Osmonov', kind: 'person', contact: { emails: [], importedFrom: [{ format: 'linkedin', on: '2021-03-01' }] } }],
    ties: [{ id: 'tie-bakyt', from: 'issyk-felt', to: 'act-bakyt', networkType: 'business', subtype: 'linkedin_connection' }],
  };
  run(
    'import',
    caseFile('ala-too', alaTooCase('ala-too', { notes: true })),
    caseFile('tien-shan', alaTooCase('tien-shan-wool')),
    caseFile('issyk', issyk),
    '-w',
    'kg',
  );
});

describe('foothold person', () => {
  it('prints what an erasure would do and erases nothing without --yes', () => {
    const out = run('person', 'erase', PERSON, '-w', 'kg', '--also-named', CYRILLIC);
    expect(out).toContain(`firm ala-too (Ala-Too Textile LLC): ${NAME}\n  would remove: actor ${PERSON}, 3 ties (tie-aibek, tie-kp-aibek, tie-aibek-dana)`);
    expect(out).toContain('would mask: 8 occurrences of the name; 1 address dropped');
    expect(out).toContain('firm tien-shan-wool');
    expect(out.trimEnd().split('\n').at(-1)).toBe('dry run: nothing was erased. Run again with --yes to erase.');
    expect(run('export', 'ala-too', '-w', 'kg')).toContain(NAME);
  });

  it('exports everything about the person as JSON, to a file only its owner can read', () => {
    const file = join(dir, 'aibek.json');
    const r = cli(['person', 'export', PERSON, '-w', 'kg', '--also-named', CYRILLIC, '-o', file], env);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe(`wrote ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      names: string[];
      firms: { firmId: string; quotes: { segment: string }[]; audit: unknown[] }[];
    };
    expect(exported.names).toEqual([NAME, CYRILLIC]);
    expect(exported.firms.map((f) => f.firmId)).toEqual(['ala-too', 'tien-shan-wool']);
    expect(exported.firms[0]?.quotes.map((q) => q.segment)).toEqual(['seg-friend', 'seg-buyers', 'seg-cousin', 'seg-order']);
    expect(exported.firms[0]?.audit.length).toBe(1);
  });

  it('refuses to erase an organization, and names an actor no firm has', () => {
    const organization = cli(['person', 'erase', 'act-chamber', '-w', 'kg', '--yes'], env);
    expect(organization.code).toBe(1);
    expect(organization.stderr).toContain('is an organization; only people are erased');
    const nobody = cli(['person', 'export', 'act-nobody', '-w', 'kg'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr.trim()).toBe('error: actor "act-nobody" in workspace "kg" was not found');
  });

  it('with --yes erases the person from both firms; the cases stay valid and hold no spelling of the name', () => {
    const result = JSON.parse(run('person', 'erase', PERSON, '-w', 'kg', '--also-named', CYRILLIC, '--yes', '--json')) as {
      dryRun: boolean;
      firms: { auditItems: number }[];
    };
    expect(result.dryRun).toBe(false);
    expect(result.firms.length).toBe(2);
    for (const firm of ['ala-too', 'tien-shan-wool']) {
      const exported = run('export', firm, '-w', 'kg');
      for (const spelling of SPELLINGS) expect(exported, spelling).not.toContain(spelling);
      const file = caseFile(`${firm}-after`, JSON.parse(exported));
      run('validate', file);
    }
    // The erasure's own change keeps who and when, and the person's record only as { id, erased }.
    const [change] = JSON.parse(run('audit', '-w', 'kg', '--limit', '1', '--json')) as { id: string }[];
    const detail = run('audit', '-w', 'kg', '--change', change?.id ?? '');
    for (const spelling of SPELLINGS) expect(detail, spelling).not.toContain(spelling);
    expect(detail).toContain('"erased": true');
    expect(cli(['person', 'export', PERSON, '-w', 'kg'], env).code).toBe(1);
  });
});

describe('foothold retention', () => {
  it('refuses a purge before a period is set, and a period that is not a number of days', () => {
    const unset = cli(['retention', 'purge', '-w', 'kg'], env);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('keeps imported contacts until they are removed by hand; set a retention period for contacts first');
    expect(cli(['retention', 'set', '--contacts-days', '0', '-w', 'kg'], env).code).toBe(2);
    expect(run('retention', 'show', '-w', 'kg').trim()).toBe('workspace "kg" keeps imported contacts until they are removed by hand');
  });

  it('purges the old imported contact nobody used, after a dry run that writes nothing', () => {
    expect(run('retention', 'set', '--contacts-days', '365', '-w', 'kg').trim()).toBe(
      'workspace "kg" keeps imported contacts 365 days after their last import',
    );
    const dry = run('retention', 'purge', '-w', 'kg', '--dry-run');
    expect(dry).toContain('firm issyk-felt: 1 contact would be removed (1 tie)\n  - Bakyt Osmonov [act-bakyt], last imported 2021-03-01');
    expect(dry.trimEnd().split('\n').at(-1)).toBe('dry run: nothing was removed.');
    expect(run('export', 'issyk-felt', '-w', 'kg')).toContain('Bakyt Osmonov');
    const done = JSON.parse(run('retention', 'purge', '-w', 'kg', '--json')) as { firms: { firmId: string; purged: { id: string }[] }[] };
    expect(done.firms.map((f) => [f.firmId, f.purged.map((p) => p.id)])).toEqual([['issyk-felt', ['act-bakyt']]]);
    const issyk = JSON.parse(run('export', 'issyk-felt', '-w', 'kg')) as { actors: unknown[]; ties: unknown[] };
    expect([issyk.actors, issyk.ties]).toEqual([[], []]);
  });
});
