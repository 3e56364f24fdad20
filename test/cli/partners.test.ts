// `foothold partners` through the built binary: Company A's route (long list → referral → audit →
// contract) on its sample case, with the errors a user meets naming what would be right, and the
// case exported with its search and imported again unchanged.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir, root } from './run-cli.js';

const S = 'api-contract-manufacturer';
let env: Record<string, string>;
const today = new Date().toISOString().slice(0, 10);

/** Runs a command that must succeed, returning its standard output. */
function ok(args: string[]): string {
  const r = cli(['partners', ...args], env);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r.stdout;
}

interface Board {
  version: number;
  active: number;
  total: number;
  columns: {
    stage: string;
    candidates: { id: string; rank: number; score: { value: number | null; missing: { id: string }[] }; referredBy?: { name: string } }[];
  }[];
  decisions: { on: string; candidate: string; from: string; to: string; reason?: string }[];
}

beforeAll(() => {
  env = { FOOTHOLD_DATA: freshDataDir() };
  expect(cli(['import', join(root, 'examples/cases/company-a.json')], env).code).toBe(0);
});

describe('foothold partners, the whole route', () => {
  it('says how to start when the firm has no search yet', () => {
    expect(ok(['list', 'company-a'])).toBe('company-a has no partner searches yet; open one with: foothold partners open company-a --title "…"\n');
  });

  it('opens a search with weighted criteria under an id made from its title', () => {
    const out = ok([
      'open',
      'company-a',
      '--title',
      'API contract manufacturer',
      '--purpose',
      'contract manufacturer in the EU',
      '--market',
      'de',
      '--org-kind',
      'company',
      '--criterion',
      'GMP certified:5',
      '--criterion',
      'Cultural fit:3',
    ]);
    expect(out).toContain(`Opened partner search "${S}" (API contract manufacturer), dated ${today}.`);
    expect(out).toContain('Criteria: GMP certified (gmp-certified) ×5, Cultural fit (cultural-fit) ×3');
    const [listed] = JSON.parse(ok(['list', 'company-a', '--json'])) as { version: number; record: { id: string; market: string; organizationType: string } }[];
    expect(listed).toMatchObject({ version: 1, record: { id: S, market: 'DE', organizationType: 'company' } });
  });

  it('suggests the German companies Company A knows, with who holds the tie', () => {
    const { suggestions } = JSON.parse(ok(['suggest', 'company-a', S, '--json'])) as {
      suggestions: { actorId: string; hops: number; heldBy: { id: string } }[];
    };
    expect(suggestions.map((s) => [s.actorId, s.hops, s.heldBy.id])).toEqual([
      ['actor-de-api-cmo', 1, 'company-a'],
      ['actor-clinical-trial-partners', 1, 'company-a'],
    ]);
    expect(ok(['suggest', 'company-a', S])).toContain(
      '- Contract API manufacturer (Germany) (actor-de-api-cmo): known to Company A: Company A → Contract API manufacturer (Germany) (strength not recorded); path strength 0.40',
    );
  });

  it('adds candidates, scores, notes and moves them, and shows the board ranked by weighted score', () => {
    expect(ok(['add', 'company-a', S, '--actor', 'actor-de-api-cmo', '--referred-by', 'actor-nl-consulting'])).toBe(
      `Added "Contract API manufacturer (Germany)" to the long list of "${S}" as candidate actor-de-api-cmo.\n`,
    );
    ok(['add', 'company-a', S, '--name', 'Polish CMO (trade fair)']);
    ok(['add', 'company-a', S, '--actor', 'actor-nl-manufacturing']);
    expect(ok(['score', 'company-a', S, 'actor-de-api-cmo', 'gmp-certified=5', 'Cultural fit=4'])).toBe(
      'Contract API manufacturer (Germany): GMP certified 5, Cultural fit 4; weighted score 93 %\n',
    );
    expect(ok(['score', 'company-a', S, 'actor-nl-manufacturing', 'gmp-certified=3'])).toBe(
      'Product manufacturing and analytics companies (Netherlands): GMP certified 3, Cultural fit —; weighted score 60 % (1 of 2 criteria)\nmissing: Cultural fit\n',
    );
    expect(ok(['move', 'company-a', S, 'actor-de-api-cmo', 'referred', '--reason', 'Recommended by the Dutch consultancy'])).toBe(
      `Moved actor-de-api-cmo from long list to referred on ${today}: Recommended by the Dutch consultancy\n`,
    );
    ok(['move', 'company-a', S, 'actor-de-api-cmo', 'audit']);
    ok(['move', 'company-a', S, 'polish-cmo-trade-fair', 'dropped', '--reason', 'No personal engagement']);
    ok(['note', 'company-a', S, 'actor-de-api-cmo', 'Site check done by the consultancy; we did not visit']);

    const board = JSON.parse(ok(['board', 'company-a', S, '--json'])) as Board;
    expect(board.version).toBe(10);
    expect([board.active, board.total]).toEqual([2, 3]);
    const ids = Object.fromEntries(board.columns.map((c) => [c.stage, c.candidates.map((x) => x.id)]));
    expect(ids).toEqual({
      long_list: ['actor-nl-manufacturing'],
      contacted: [],
      referred: [],
      audit: ['actor-de-api-cmo'],
      negotiation: [],
      contract: [],
      dropped: ['polish-cmo-trade-fair'],
    });
    expect(board.columns[3]?.candidates[0]?.score.value).toBeCloseTo(37 / 40, 12);
    expect(board.columns[0]?.candidates[0]?.score.missing.map((m) => m.id)).toEqual(['cultural-fit']);
    expect(board.decisions.map((d) => [d.candidate, d.from, d.to, d.reason])).toEqual([
      ['polish-cmo-trade-fair', 'long_list', 'dropped', 'No personal engagement'],
      ['actor-de-api-cmo', 'referred', 'audit', undefined],
      ['actor-de-api-cmo', 'long_list', 'referred', 'Recommended by the Dutch consultancy'],
    ]);

    const text = ok(['board', 'company-a', S]);
    expect(text).toContain('2 of 3 candidates in the running.');
    expect(text).toContain(
      'Audit (1)\n  1. Contract API manufacturer (Germany) (actor-de-api-cmo) — 93 %; referred by Consulting firm (Netherlands)\n     last note',
    );
    expect(text).toContain(`  ${today} polish-cmo-trade-fair: long list → dropped — No personal engagement`);
    // The German manufacturer is a candidate now, so it is no longer suggested.
    const { suggestions } = JSON.parse(ok(['suggest', 'company-a', S, '--json'])) as { suggestions: { actorId: string }[] };
    expect(suggestions.map((s) => s.actorId)).toEqual(['actor-clinical-trial-partners']);
  });

  it('exports the case with its search, and the export imports again into a fresh store unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-partners-'));
    const file = join(dir, 'company-a.json');
    expect(cli(['export', 'company-a', '-o', file], env).code).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { partnerSearches: { id: string; candidates: unknown[] }[] };
    expect(exported.partnerSearches.map((s) => [s.id, s.candidates.length])).toEqual([[S, 3]]);
    const fresh = { FOOTHOLD_DATA: freshDataDir() };
    expect(cli(['validate', file], fresh).code).toBe(0);
    expect(cli(['import', file], fresh).code).toBe(0);
    const again = cli(['export', 'company-a'], fresh);
    expect(again.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('foothold partners, when something is wrong', () => {
  const fails = (args: string[], code: number) => {
    const r = cli(['partners', ...args], env);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(code);
    return r.stderr;
  };

  it('names the searches, candidates, criteria and stages there are', () => {
    expect(fails(['board', 'company-a', 'nope'], 1)).toBe(`error: partner search "nope" was not found for firm "company-a"; expected one of ${S}\n`);
    expect(fails(['note', 'company-a', S, 'nobody', 'x'], 1)).toBe(
      `error: candidate "nobody" was not found in partner search "${S}"; expected one of actor-de-api-cmo, polish-cmo-trade-fair, actor-nl-manufacturing\n`,
    );
    expect(fails(['score', 'company-a', S, 'actor-de-api-cmo', 'price=3'], 1)).toBe(
      `/scores/price: unknown criterion "price" in partner search "${S}"; expected one of gmp-certified (GMP certified), cultural-fit (Cultural fit)\nnothing was written.\n`,
    );
    expect(fails(['move', 'company-a', S, 'actor-de-api-cmo', 'shortlist'], 2)).toMatch(
      /argument 'stage'\. Allowed choices are long_list, contacted, referred, audit, negotiation, contract, dropped\./,
    );
    expect(fails(['board', 'ghost', S], 1)).toBe('error: firm "ghost" was not found\n');
  });

  it('needs a reason to drop a candidate, and says how a score or criterion is written', () => {
    expect(fails(['move', 'company-a', S, 'actor-nl-manufacturing', 'dropped'], 1)).toBe(
      '/reason: dropping candidate "actor-nl-manufacturing" needs a reason, e.g. "no personal engagement"\nnothing was written.\n',
    );
    expect(fails(['score', 'company-a', S, 'actor-nl-manufacturing', 'gmp-certified:4'], 1)).toBe(
      'error: expected CRITERION=SCORE with a score from 0 to 5, or CRITERION=- to take a score back; got "gmp-certified:4"\n',
    );
    expect(fails(['score', 'company-a', S, 'actor-nl-manufacturing', 'gmp-certified=7'], 1)).toContain(
      'expected a score from 0 (not met) to 5 (fully met) for "GMP certified", got 7',
    );
    expect(fails(['criteria', 'company-a', S, 'Price'], 1)).toBe(
      'error: expected NAME:WEIGHT with a weight from 1 (counts a little) to 5 (decisive), e.g. "GMP certified:5"; got "Price"\n',
    );
    expect(fails(['open', 'company-a', '--title', 'X', '--criterion', 'Price:9'], 2)).toContain('expected NAME:WEIGHT with a weight from 1');
    expect(fails(['open', 'company-a', '--title', 'X', '--org-kind', 'factory'], 1)).toMatch(
      /^\/organizationType: expected one of company\|government_agency\|.*\|other, got "factory"\nnothing was written\.\n$/,
    );
    expect(fails(['add', 'company-a', S], 1)).toBe(
      'error: give one of --actor ACTOR_ID (an actor of the case) or --name NAME (a candidate not in the network yet)\n',
    );
    expect(fails(['add', 'company-a', S, '--actor', 'actor-de-api-cmo'], 1)).toBe(
      `error: actor "actor-de-api-cmo" is a candidate of partner search "${S}" already (candidate "actor-de-api-cmo", stage audit)\n`,
    );
  });

  it('explains itself with examples', () => {
    const r = cli(['partners', '--help'], env);
    expect(r.stdout).toContain('Stages, in order: long_list, contacted, referred, audit, negotiation, contract; and dropped.');
    expect(r.stdout).toContain('$ foothold partners open company-a --title "API contract manufacturer"');
    for (const sub of ['list', 'open', 'criteria', 'add', 'score', 'move', 'note', 'close', 'reopen', 'board', 'suggest'])
      expect(r.stdout).toMatch(new RegExp(`^  ${sub} `, 'm'));
  });
});
