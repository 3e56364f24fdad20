// `foothold blocs` in-process, on a program of its own (the command needs no store): membership on
// the day asked for or today, one country's blocs, the JSON document, and the arguments it refuses.
import { CommanderError } from 'commander';
import { runCommand } from '../../test-support/command-run.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blocReference } from '../../services/market-reference.js';
// The command loads this when it runs; loaded here, its top level runs before any test, as in every
// other test file, so a mutation run counts the mutants there as static (QUALITY.md, "How it is set up").
import '../../services/reference-data.js';
import { dayArgument } from '../options.js';
import { blocOnDay, type BlocOnDay } from '../../core/markets/blocs.js';
import { registerBlocsCommand } from './blocs.js';

let out: string[];
let err: string[];

/** Runs `foothold blocs` with these arguments. */
async function run(args: string[]): Promise<void> {
  await runCommand(registerBlocsCommand, ['blocs', ...args], { out, err });
}

/** The JSON the command printed. */
function printed(): { recordedOn: string; on: string; country?: string; blocs: BlocOnDay[] } {
  return JSON.parse(out.join('\n')) as { recordedOn: string; on: string; country?: string; blocs: BlocOnDay[] };
}

const text = () => out.join('\n');

beforeEach(() => {
  out = [];
  err = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dayArgument', () => {
  it('takes a calendar day as YYYY-MM-DD and refuses anything else, saying what it expected', () => {
    expect(dayArgument('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '2024', '01.02.2020', '']) {
      expect(() => dayArgument(bad)).toThrow(`expected a day of the calendar as YYYY-MM-DD, e.g. 2020-02-01; got "${bad}"`);
    }
  });
});

describe('blocOnDay', () => {
  const eu = blocReference().blocs.find((b) => b.id === 'eu');
  if (eu === undefined) throw new Error('no EU in data/reference/blocs.json');

  it('puts a member that left apart from the members of the day, and leaves out those yet to join', () => {
    const day = blocOnDay(eu, '2020-02-01');
    expect(day.inForce).toBe(true);
    expect(day.members.map((m) => m.country)).not.toContain('GB');
    expect(day.outside.map((m) => m.country)).toEqual(['GB']);
    const before = blocOnDay(eu, '2000-01-01');
    expect(before.members.map((m) => m.country)).toContain('GB');
    expect(before.members.map((m) => m.country)).not.toContain('HR');
    expect(before.outside).toEqual([]);
  });

  it('lists no one before the bloc is in force', () => {
    const day = blocOnDay(eu, '1957-12-31');
    expect(day).toMatchObject({ inForce: false, members: [], outside: [] });
  });
});

describe('foothold blocs', () => {
  it('explains itself in its help, with examples', async () => {
    await run(['--help']);
    const help = text().replace(/\s+/g, ' ');
    expect(help).toContain('--country <country>');
    expect(help).toContain('--on <day>');
    expect(help).toContain('--json');
    expect(help).toContain('recorded without network access');
    expect(help).toContain('$ foothold blocs --country KG');
    expect(help).toContain('$ foothold blocs --country GB --on 2020-02-01 --json');
  });

  it('lists every bloc with its members on the day, those out apart, recognitions, source and how the file was recorded', async () => {
    await run(['--on', '2020-02-01']);
    const lines = text();
    for (const bloc of blocReference().blocs) expect(lines).toContain(`${bloc.code} — ${bloc.name}`);
    expect(lines).toContain('EU — European Union (economic union), in force since 1958-01-01');
    expect(lines).toMatch(/members on 2020-02-01 \(27\): BE 1958-01-01, DE 1958-01-01/);
    expect(lines).toContain('not members on 2020-02-01: GB (joined 1973-01-01, left 2020-02-01)');
    expect(lines).toContain('VE (joined 2012-07-31, suspended since 2016-12-01)');
    expect(lines).toContain('recognition (professional qualifications): Qualifications for regulated professions');
    expect(lines).toContain('source: https://european-union.europa.eu/ (European Union), as of 2026-12-01');
    // Timor-Leste had not joined ASEAN yet, and the AfCFTA was in force.
    expect(lines).not.toMatch(/TL 2025-10-26/);
    expect(out.at(-1)).toBe(blocReference().method);
    expect(out.at(-1)).toContain('without network access');
  });

  it('says when a bloc was not yet in force on the day', async () => {
    await run(['--on', '2014-06-01']);
    const lines = text();
    expect(lines).toContain('EAEU — Eurasian Economic Union (economic union), in force since 2015-01-01\n  not yet in force on 2014-06-01');
    expect(lines).not.toContain('members on 2014-06-01 (0)');
  });

  it('shows membership on today’s date when no day is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2016-06-01T12:00:00Z'));
    await run(['--country', 'VE', '--json']);
    const doc = printed();
    expect(doc.on).toBe('2016-06-01');
    expect(doc.blocs.map((b) => b.id)).toEqual(['mercosur']);
  });

  it('keeps to the blocs one country belongs to on the day, its own note included', async () => {
    await run(['--country', 'gb', '--on', '2020-02-01']);
    const lines = text();
    expect(out[0]).toBe('United Kingdom (GB) on 2020-02-01 belongs to 2 blocs and zones:');
    expect(lines).toContain('EEA — European Economic Area');
    expect(lines).toContain('EMA — EMA centralised procedure for medicines (regulatory zone)');
    expect(lines).not.toContain('EU — European Union');
    expect(lines).toContain('  GB: The UK stopped being a contracting party when it left the EU at the end of 2020-01-31');
  });

  it('says so when the country belongs to none of them on the day', async () => {
    await run(['--country', 'KG', '--on', '2015-08-11']);
    expect(out[0]).toBe('Kyrgyzstan (KG) belongs to none of the blocs and zones recorded here on 2015-08-11.');
    expect(text()).not.toContain('EAEU —');
  });

  it('prints the blocs as JSON with members, dates and sources', async () => {
    await run(['--country', 'KG', '--on', '2026-12-01', '--json']);
    const doc = printed();
    expect(doc).toMatchObject({ recordedOn: '2026-12-01', on: '2026-12-01', country: 'KG' });
    expect(doc.blocs).toHaveLength(1);
    const [eaeu] = doc.blocs;
    expect(eaeu).toMatchObject({
      id: 'eaeu',
      code: 'EAEU',
      kind: 'economic_union',
      inForceSince: '2015-01-01',
      inForce: true,
      asOf: '2026-12-01',
      outside: [],
    });
    expect(eaeu?.members).toContainEqual({ country: 'KG', joined: '2015-08-12' });
    expect(eaeu?.members.map((m) => m.country).sort()).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU']);
    expect(eaeu?.source.url).toMatch(/^https:\/\//);
    expect(eaeu?.recognition.map((r) => r.domain)).toContain('medicines');
    expect(eaeu?.note).toContain('Uzbekistan');
  });

  it('prints every bloc as JSON without --country, and no country field', async () => {
    await run(['--on', '2020-02-01', '--json']);
    const doc = printed();
    expect(doc.country).toBeUndefined();
    expect(doc.blocs.map((b) => b.id)).toEqual(blocReference().blocs.map((b) => b.id));
    const eu = doc.blocs.find((b) => b.id === 'eu');
    expect(eu?.outside).toEqual([expect.objectContaining({ country: 'GB', joined: '1973-01-01', left: '2020-02-01' })]);
  });

  it.each([
    [['--on', '2020-02-30'], 'expected a day of the calendar as YYYY-MM-DD, e.g. 2020-02-01; got "2020-02-30"'],
    [['--on', 'yesterday'], 'expected a day of the calendar as YYYY-MM-DD'],
    [['--country', 'GBR'], 'expected a two-letter ISO 3166 country code, e.g. KG'],
  ])('refuses %j with what it expected', async (args, expected) => {
    const refused = run(args);
    await expect(refused).rejects.toBeInstanceOf(CommanderError);
    await expect(refused).rejects.toMatchObject({ code: 'commander.invalidArgument' });
    expect(err.join('\n')).toContain(expected);
    expect(out).toEqual([]);
  });
});
