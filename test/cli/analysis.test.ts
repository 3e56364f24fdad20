// `foothold table`, `analyze` and `compare` on the sample cases through the built binary (SQLite):
// Tables 7–10 must equal the thesis's, cell by cell.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_10, TABLE_7, TABLE_8, TABLE_9 } from '../thesis-tables.js';
import { cli, freshDataDir, root } from './run-cli.js';

let env: Record<string, string>;
beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  const r = cli(['import', ...['company-a', 'company-b', 'sl-it-sme'].map((id) => join(root, 'examples/cases', `${id}.json`))], env);
  expect(r.code).toBe(0);
});
const json = (args: string[]): unknown => {
  const r = cli(args, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('foothold table', () => {
  it.each([
    [7, TABLE_7],
    [8, TABLE_8],
    [9, TABLE_9],
    [10, TABLE_10],
  ])('table %i company-a company-b --format json equals the thesis', (n, expected) => {
    expect(json(['table', String(n), 'company-a', 'company-b', '--format', 'json'])).toEqual(expected);
  });

  it('prints Markdown and CSV with the firms as columns', () => {
    const md = cli(['table', '9', 'company-a', 'company-b'], env).stdout;
    expect(md).toContain('| Internationalization challenges | Company A | Company B |');
    expect(md).toContain('| Financial and resource constraints | High | Medium |');
    const csv = cli(['table', '10', 'company-a', 'company-b', '--format', 'csv'], env).stdout.split('\n');
    expect(csv[0]).toBe(
      'Challenges,Company A: Social network,Company A: Business network,Company A: Institutional network,Company A: Digital network,Company B: Social network,Company B: Business network,Company B: Institutional network,Company B: Digital network',
    );
    expect(csv[1]).toBe('Regulatory and institutional challenges,Moderate,High,High,Low,High,Moderate,Low,Not used');
  });

  it('adds the country-of-origin row with --all', () => {
    const all = json(['table', '9', 'company-b', '--format', 'json', '--all']) as Record<string, Record<string, string>>;
    expect(all['company-b']?.['country_of_origin']).toBe('High');
  });

  it('refuses a table the thesis does not have, and a firm that does not exist', () => {
    const bad = cli(['table', '11', 'company-a'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/table number must be one of 7, 8, 9, 10, got "11"/);
    const missing = cli(['table', '9', 'company-a', 'company-z'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/firm "company-z" was not found/);
  });
});

describe('foothold analyze', () => {
  it('gives company-b the gaps, blind spots and recommendations the thesis data implies', () => {
    const a = json(['analyze', 'company-b', '--json']) as {
      gaps: { challenge: string; networkType: string; countryOfOriginFlag: boolean }[];
      blindSpots: { challenge: string }[];
      recommendations: { challenge: string; networkType: string; citations: unknown[] }[];
    };
    for (const key of Object.keys({
      profile: 1,
      networkTypes: 1,
      challenges: 1,
      utilization: 1,
      suggestedUtilization: 1,
      agreement: 1,
      benefits: 1,
      digitalPresence: 1,
      gaps: 1,
      blindSpots: 1,
      recommendations: 1,
    })) {
      expect(a).toHaveProperty(key);
    }
    const gaps = a.gaps.map((g) => `${g.challenge}×${g.networkType}`);
    expect(gaps).toContain('regulatory_institutional×digital');
    expect(gaps).toContain('financial_resource×digital');
    expect(a.gaps.filter((g) => g.challenge === 'country_of_origin').every((g) => g.countryOfOriginFlag)).toBe(true);
    expect(a.blindSpots.map((b) => b.challenge)).toContain('market_specific');
    const recommended = new Set(a.recommendations.map((r) => `${r.challenge}×${r.networkType}`));
    expect(recommended.has('regulatory_institutional×digital')).toBe(true);
    expect(a.recommendations.every((r) => r.citations.length > 0)).toBe(true);
  });

  it('prints a readable summary', () => {
    const text = cli(['analyze', 'company-a'], env).stdout;
    expect(text).toMatch(/^# Company A \(company-a\)/);
    expect(text).toMatch(/## Gaps/);
    expect(text).toMatch(/regulatory_institutional \(High\) × digital: Low \(recorded\)/);
  });
});

describe('foothold compare', () => {
  it('marks the rows where the firms differ', () => {
    const text = cli(['compare', 'company-a', 'company-b'], env).stdout;
    expect(text).toContain('| Regulatory and institutional challenges | High | High |');
    expect(text).toContain('| Financial and resource constraints ≠ | High | Medium |');
  });
  it('needs two firms', () => {
    const r = cli(['compare', 'company-a'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/at least two firms/);
  });
});
