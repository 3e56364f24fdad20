// `foothold markets`, `blocs` and `institutions` through the built binary: the ranking with its parts
// and sources, candidates, weights and JSON; the refusals with their reasons and exit codes.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from './run-cli.js';

let env: Record<string, string>;
beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  expect(cli(['import', join(root, 'examples/cases/company-a.json'), join(root, 'examples/cases/company-b.json')], env).code).toBe(0);
});

describe('foothold markets', () => {
  it('ranks the candidates given, each with its parts, and says where the figures come from', () => {
    const r = cli(['markets', 'company-b', '--candidates', 'kz, KG,CN'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Markets for Company B \(home MN\), as of \d{4}-\d{2}-\d{2}, best first:$/);
    const ranks = ['Kazakhstan', 'Kyrgyzstan', 'China'].map((name) => lines.findIndex((l) => /^ {2}\d\. /.test(l) && l.includes(name)));
    expect(ranks[0]).toBeLessThan(ranks[2]!);
    expect(ranks[1]).toBeLessThan(ranks[2]!);
    expect(r.stdout).toMatch(/ {7}bloc {7}\+0\.\d{3} {2}\(0\.75 × 1\.5\) Eurasian Economic Union \(EAEU\) with Kyrgyzstan, where the firm already is/);
    expect(r.stdout).toContain('Sources: world-countries');
    expect(r.stdout).toContain('World Bank income groups FY2026');
  });

  it('prints every country as JSON with the weights given, and lists the top without parts on request', () => {
    const json = cli(['markets', 'company-a', '--weights', 'reach=3,income=0', '--json'], env);
    expect(json.code).toBe(0);
    const ranking = JSON.parse(json.stdout) as { home: string; weights: Record<string, number>; markets: { country: string }[]; firmName?: string };
    expect(ranking.home).toBe('FI');
    expect(ranking.weights).toMatchObject({ reach: 3, income: 0, bloc: 1.5 });
    expect(ranking.markets.length).toBeGreaterThan(240);
    expect(ranking.firmName).toBeUndefined();
    const short = cli(['markets', 'company-a', '--top', '3', '--no-explain'], env);
    expect(short.stdout.split('\n').filter((l) => /^ {2}\d\. /.test(l))).toHaveLength(3);
    expect(short.stdout).not.toContain('language ');
    expect(short.stdout).toMatch(/… \d+ more \(--top N, or --json for all\)\./);
  });

  it('refuses weights it cannot read, a candidate that is no code, and a firm it does not have', () => {
    const weights = cli(['markets', 'company-a', '--weights', 'size=2'], env);
    expect(weights.code).toBe(1);
    expect(weights.stderr).toContain(
      'unknown ranking part "size" in "size=2"; expected one of language, contiguity, region, bloc, income, reach, experience, challenges',
    );
    const code = cli(['markets', 'company-a', '--candidates', 'SE,Sweden'], env);
    expect(code.code).toBe(1);
    expect(code.stderr).toContain('candidate "SWEDEN" is not an ISO 3166-1 alpha-2 country code');
    const empty = cli(['markets', 'company-a', '--candidates', ' , '], env);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('expected country codes separated by commas, e.g. KZ,KG,CN');
    expect(cli(['markets', 'nobody'], env).code).toBe(1);
  });
});

describe('foothold blocs and foothold institutions', () => {
  it('lists a country’s blocs and the bodies of a country, as the reference data has them', () => {
    const blocs = cli(['blocs', '--country', 'kg', '--on', '2026-01-01'], env);
    expect(blocs.code).toBe(0);
    expect(blocs.stdout).toContain('EAEU — Eurasian Economic Union');
    const institutions = cli(['institutions', '--country', 'KR', '--json'], env);
    expect(institutions.code).toBe(0);
    const body = JSON.parse(institutions.stdout) as { institutions: { id: string; country: string; source: { url: string }; asOf: string }[] };
    expect(body.institutions.map((i) => i.id)).toContain('kotra');
    expect(body.institutions.every((i) => i.country === 'KR' && i.source.url.startsWith('https://') && /^\d{4}-\d{2}-\d{2}$/.test(i.asOf))).toBe(true);
    expect(cli(['institutions', '--helps', 'weather'], env).code).toBe(2);
  });
});
