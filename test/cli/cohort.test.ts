// `foothold cohort` through the built binary (SQLite): an agency's workspace of five made-up firms of
// five sectors and countries plus one not yet rated; the empty state; and a snapshot taken twice.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTOR_FIRMS, sectorFirmCase } from '../../src/test-support/sector-firms.js';
import { cli, freshDataDir, root } from './run-cli.js';

const WS = 'export-advisory';
const SECTOR_IDS = Object.values(SECTOR_FIRMS).map((f) => f.id);
let env: Record<string, string>;

beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  const dir = mkdtempSync(join(tmpdir(), 'foothold-cohort-'));
  const files = Object.keys(SECTOR_FIRMS).map((family) => {
    const c = sectorFirmCase(family as keyof typeof SECTOR_FIRMS);
    const file = join(dir, `${c.firm.id}.json`);
    writeFileSync(file, JSON.stringify(c));
    return file;
  });
  const r = cli(['import', '-w', WS, ...files, join(root, 'examples/cases/sl-it-sme.json')], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

describe('foothold cohort', () => {
  it('prints the cohort as tables: counts, unmet challenges, shared gaps, institutions, firms not yet rated', () => {
    const r = cli(['cohort', '-w', WS], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cohort of export-advisory on \d{4}-\d{2}-\d{2}: 6 firms, 5 rated, 1 not yet rated\n/);
    // Every sector firm rates the regulatory challenge High and uses no network type against it.
    expect(r.stdout).toMatch(/^Regulatory and institutional challenges +5 +5 +5$/m);
    expect(r.stdout).toContain('Firms with the same gap (two firms or more)');
    expect(r.stdout).toMatch(/^ {2}Regulatory and institutional challenges × digital presence: 5 firms$/m);
    expect(r.stdout).toContain('Institutions most needed');
    expect(r.stdout).toContain('no snapshots yet');
    expect(r.stdout).toContain('  sl-it-sme  Sri Lankan IT SME (focal company): every challenge rated Unknown');
  });

  it('prints the same cohort as JSON with --json', () => {
    const r = cli(['cohort', '-w', WS, '--json'], env);
    expect(r.code).toBe(0);
    const cohort = JSON.parse(r.stdout) as { counts: unknown; unmetChallenges: { category: string; firms: { firmId: string }[] }[] };
    expect(cohort.counts).toEqual({ firms: 6, rated: 5, notYetRated: 1 });
    const regulatory = cohort.unmetChallenges.find((u) => u.category === 'regulatory_institutional');
    expect(regulatory?.firms.map((f) => f.firmId).sort()).toEqual([...SECTOR_IDS].sort());
  });

  it('says how to add firms to a workspace with none', () => {
    const r = cli(['cohort', '-w', 'nobody-yet'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('workspace "nobody-yet" has no firms yet: import case files into it with `foothold import -w nobody-yet FILE…`\n');
  });

  it('keeps a snapshot with --snapshot, replaces it the same day, and refuses a workspace that does not exist', () => {
    const first = cli(['cohort', '-w', WS, '--snapshot'], env);
    expect(first.code).toBe(0);
    const firstDate = /^kept a snapshot of (\d{4}-\d{2}-\d{2}) for workspace "export-advisory"\n/.exec(first.stdout)?.[1];
    expect(firstDate).toBeDefined();
    expect(first.stdout).toMatch(/^Change over time \(1 snapshot\)$/m);
    expect(first.stdout).toMatch(/^Firms +6$/m);

    const again = cli(['cohort', '-w', WS, '--snapshot', '--json'], env);
    expect(again.code).toBe(0);
    const taken = JSON.parse(again.stdout) as {
      replaced: boolean;
      snapshot: { date: string; figures: { firms: number } };
      cohort: { trend: { dates: string[] } };
    };
    // Replaced, unless midnight (UTC) came between the two runs.
    expect(taken.replaced).toBe(taken.snapshot.date === firstDate);
    expect(taken.snapshot.figures.firms).toBe(6);
    expect(taken.cohort.trend.dates).toHaveLength(taken.replaced ? 1 : 2);

    const missing = cli(['cohort', '-w', 'nobody-yet', '--snapshot'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nobody-yet/);
  });
});
