// `foothold institutions` in-process, on a program of its own (the command needs no store, and
// src/cli/program.ts registers it): the listing and its filters, the JSON document, an empty result,
// and the arguments it refuses.
import { CommanderError } from 'commander';
import { runCommand } from '../../test-support/command-run.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Institution } from '../../core/markets/reference.js';
import { institutionReference } from '../../services/market-reference.js';
// The command loads these when it runs; loaded here, their top level runs before any test, as in every
// other test file, so a mutation run counts the mutants there as static (QUALITY.md, "How it is set up").
import '../../services/reference-data.js';
import '../../core/markets/institutions.js';
import { institutionLine, registerInstitutionsCommand } from './institutions.js';

let out: string[];
let err: string[];

/** Runs `foothold institutions` with these arguments. */
async function run(args: string[]): Promise<void> {
  await runCommand(registerInstitutionsCommand, ['institutions', ...args], { out, err });
}

const text = () => out.join('\n');
const printed = () => JSON.parse(text()) as { recordedOn: string; institutions: Institution[] };
const directory = institutionReference().institutions;

beforeEach(() => {
  out = [];
  err = [];
});

describe('institutionLine', () => {
  const base = directory.find((i) => i.id === 'mncci');
  if (base === undefined) throw new Error('no MNCCI in data/reference/institutions.json');

  it('gives name, abbreviation, country, kind, what it helps with and its home page', () => {
    expect(institutionLine(base, (code) => `<${code}>`)).toBe(
      `- Mongolian National Chamber of Commerce and Industry (MNCCI) — <MN>, chamber; helps ${base.helps.join(', ')}; https://www.mongolchamber.mn`,
    );
  });

  it('leaves out the brackets when the body has no usual abbreviation', () => {
    const { abbreviation: _none, ...rest } = base;
    expect(institutionLine(rest, (code) => code)).toMatch(/^- Mongolian National Chamber of Commerce and Industry — MN, chamber; /);
  });
});

describe('foothold institutions', () => {
  it('explains itself in its help, with the choices and examples', async () => {
    await run(['--help']);
    const help = text().replace(/\s+/g, ' ');
    expect(help).toContain('--country <country>');
    expect(help).toContain(
      '(choices: "regulatory_institutional", "financial_resource", "knowledge_experience", "market_specific", "cultural_communication", "technological_digital", "country_of_origin")',
    );
    expect(help).toContain('"export_credit_agency"');
    expect(help).toContain('recorded without network access');
    expect(help).toContain('$ foothold institutions --country KG');
    expect(help).toContain('$ foothold institutions --helps financial_resource --kind export_credit_agency');
  });

  it('lists every institution, one line each, sorted by country, with the directory’s date', async () => {
    await run([]);
    expect(out[0]).toBe(`${directory.length} institutions:`);
    const lines = out.filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(directory.length);
    expect(text()).toContain('- Korea Trade-Investment Promotion Agency (KOTRA) — South Korea, trade promotion; helps ');
    expect(text()).toContain(
      '- European Medicines Agency (EMA) — Netherlands, regulator; helps regulatory_institutional, knowledge_experience; https://www.ema.europa.eu',
    );
    expect(out.at(-1)).toBe('Directory as of 2026-12-01, recorded without network access: verify on each body’s site before relying on an entry.');
  });

  it('keeps to one country, given in any case', async () => {
    await run(['--country', 'kg']);
    expect(out[0]).toBe('1 institution based in Kyrgyzstan (KG):');
    expect(out[1]).toMatch(/^- Chamber of Commerce and Industry of the Kyrgyz Republic \(CCI KR\) — Kyrgyzstan, chamber; helps .*; https:\/\/cci\.kg$/);
  });

  it('combines the challenge and kind filters', async () => {
    await run(['--country', 'LK', '--helps', 'financial_resource']);
    const lines = out.filter((l) => l.startsWith('- '));
    expect(out[0]).toBe(`${lines.length} institutions based in Sri Lanka (LK), helping with financial_resource:`);
    expect(lines.some((l) => l.includes('(ICTA)'))).toBe(true);
    expect(lines.every((l) => l.includes('financial_resource'))).toBe(true);
    out = [];
    await run(['--helps', 'financial_resource', '--kind', 'export_credit_agency', '--json']);
    const doc = printed();
    expect(doc.institutions.length).toBeGreaterThan(10);
    expect(doc.institutions.every((i) => i.kind === 'export_credit_agency' && i.helps.includes('financial_resource'))).toBe(true);
  });

  it('prints the institutions as JSON with country, source and as-of date', async () => {
    await run(['--country', 'LK', '--json']);
    const doc = printed();
    expect(doc.recordedOn).toBe('2026-12-01');
    expect(doc.institutions.map((i) => i.id)).toContain('edb-sri-lanka');
    for (const i of doc.institutions) {
      expect(i.country).toBe('LK');
      expect('url' in i.source && i.source.url).toMatch(/^https:\/\//);
      expect(i.asOf).toBe('2026-12-01');
    }
    expect(doc.institutions.find((i) => i.id === 'icta')).toEqual(directory.find((i) => i.id === 'icta'));
  });

  it('says which filter matched nothing and how to widen the search', async () => {
    await run(['--country', 'MN', '--kind', 'event']);
    expect(out[0]).toBe('No institution in the directory is based in Mongolia (MN), of the kind event.');
    expect(out[1]).toBe(`Widen the search: drop one of --country, --kind, or all of them to see all ${directory.length} institutions.`);
    out = [];
    await run(['--kind', 'standards_body']);
    expect(out[0]).toBe('No institution in the directory is of the kind standards body.');
    expect(out[1]).toBe(`Widen the search: drop --kind to see all ${directory.length} institutions.`);
    out = [];
    await run(['--kind', 'standards_body', '--json']);
    expect(printed()).toEqual({ recordedOn: '2026-12-01', institutions: [] });
  });

  it.each([
    [['--helps', 'money'], 'Allowed choices are regulatory_institutional, financial_resource'],
    [['--kind', 'bank'], 'Allowed choices are trade_promotion, chamber'],
    [['--country', 'KGZ'], 'expected a two-letter ISO 3166 country code, e.g. KG'],
  ])('refuses %j with what it expected', async (args, expected) => {
    const refused = run(args);
    await expect(refused).rejects.toBeInstanceOf(CommanderError);
    expect(err.join('\n')).toContain(expected);
    expect(out).toEqual([]);
  });
});
