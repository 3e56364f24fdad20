// `foothold table`, `analyze` and `compare` on the sample cases through the built binary (SQLite):
// Tables 2–10 must equal the thesis's, cell by cell (2–6 with the readings the samples document).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { asThesisCells, expectedThesisCells } from '../case-table-cells.js';
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

  it.each([2, 3, 4, 5, 6] as const)('table %i company-a company-b --format json equals the thesis', (n) => {
    expect(asThesisCells(n, json(['table', String(n), 'company-a', 'company-b', '--format', 'json']))).toEqual(expectedThesisCells(n));
  });

  it('prints Tables 2–6 as Markdown and CSV in the thesis’s layout', () => {
    const t2 = cli(['table', '2', 'company-a', 'company-b'], env).stdout;
    expect(t2).toMatch(/^Table 2\. Interview background\n\n\| Category \| Company A \| Company B \|/);
    expect(t2).toContain('| Interviewee | Chief Development Officer (IA1) | Head of the Marketing Department (IB1)<br>Chief Executive Officer (IB2) |');
    const t5 = cli(['table', '5', 'company-a', '--format', 'csv'], env);
    expect(t5.stdout.split('\n')[0]).toBe('Position,Degree,Experience,International networking');
    expect(t5.stdout).toContain('Chief Scientific Officer,Doctor of Philosophy and MSc in Biochemistry,');
    expect(t5.stderr).toBe('');
    const t3 = cli(['table', '3', 'company-b', '--format', 'csv'], env).stdout;
    expect(t3).toContain('Types of secondary sources,"Company B website\nPharmaceutical regulations of Mongolia');
  });

  it('gives Table 4 of a firm the thesis has none for, and an empty one that says why', () => {
    const b = cli(['table', '4', 'company-b'], env).stdout;
    expect(b).toContain('| registered a single product in this country | Kyrgyzstan, EAEU | manage the registration work independently |');
    const none = cli(['table', '4', 'sl-it-sme'], env);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe(
      'Table 4. Internationalization activities\n\n| Activities | Country | Role |\n| --- | --- | --- |\n\nSri Lankan IT SME (focal company): no activities recorded.\n',
    );
    const csv = cli(['table', '4', 'sl-it-sme', '--format', 'csv'], env);
    expect(csv.stdout).toBe('Activities,Country,Role\n');
    expect(csv.stderr).toBe('Sri Lankan IT SME (focal company): no activities recorded.\n');
    expect(json(['table', '4', 'sl-it-sme', '--format', 'json'])).toEqual({ 'sl-it-sme': [] });
  });

  it('refuses a table the thesis does not have, and a firm that does not exist', () => {
    for (const n of ['11', '1', '7a', '0x7']) {
      const bad = cli(['table', n, 'company-a'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(`table number must be one of 2, 3, 4, 5, 6, 7, 8, 9, 10, got "${n}"`);
    }
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

  it('prints every section in words, the action plan first', () => {
    const text = cli(['analyze', 'company-a'], env).stdout;
    expect(text).toMatch(/^# Company A\n\n## What to do first\n1\. /);
    expect(text).toMatch(/- Regulatory and institutional challenges \(High\) × digital network: used little \(as recorded\)/);
    expect(text).toContain('## Benefits the networks brought (paper Figure 1)');
    expect(text).toContain('## Digital presence (paper Table 1)');
    expect(text).toMatch(/weighted kappa [\d.—-]+\.\nThe recorded levels and the ties /);
    expect(text).not.toContain('regulatory_institutional');
  });

  it('gives the Sri Lankan firm advice on its blind spots, its benefits and its digital presence', () => {
    const text = cli(['analyze', 'sl-it-sme'], env).stdout;
    expect(text).toMatch(/^- Market specific challenges: find out whether demand/m);
    expect(text).toMatch(/^- LinkedIn: \d+ followers/m);
    expect(text).toMatch(/^- Market access and expansion: /m);
    expect(text).not.toContain('Recommendations: None');
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
