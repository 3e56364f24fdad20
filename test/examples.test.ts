// The sample cases must say what the seed studies say: every quote is verbatim from its seed, and
// the thesis's Table 9 and Table 10 are encoded cell by cell (expected values in thesis-tables.ts).
// The seeds sit beside the repository (../shared/seeds, or FOOTHOLD_SEEDS): without them the quote
// check skips and says why; with FOOTHOLD_SEEDS naming a folder that lacks them, it fails.
import { describe, expect, it } from 'vitest';
import { parseCaseOrThrow, sampleCase, sampleCaseText, seedAbsence, seedText, skipWithoutSeed } from '../src/test-support/samples.js';
import { TABLE_10, TABLE_9 } from './thesis-tables.js';

const SEED_OF: Record<string, string> = {
  'company-a': '003_7a904afc5627ed05.txt',
  'company-b': '003_7a904afc5627ed05.txt',
  'sl-it-sme': '000_027afc1053f9dfb9.txt',
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(Object.keys(SEED_OF))('sample case %s', (id) => {
  it('parses as a valid case file with the firm id of its file name', () => expect(parseCaseOrThrow(sampleCaseText(id)).firm.id).toBe(id));

  it('quotes its seed verbatim in every segment', (ctx) => {
    skipWithoutSeed(ctx, SEED_OF[id]!);
    const c = sampleCase(id);
    const seed = collapse(seedText(SEED_OF[id]!));
    const notFound = c.segments.filter((s) => !seed.includes(collapse(s.quote))).map((s) => `${s.id}: ${s.quote}`);
    expect(notFound).toEqual([]);
    expect(c.segments.length).toBeGreaterThan(10);
  });

  it('backs its challenge ratings and utilization cells with evidence', () => {
    const c = sampleCase(id);
    const bare = [...c.challengeRatings, ...c.utilization].filter((r) => (r.evidence ?? []).length === 0).map((r) => r.id);
    expect(bare).toEqual([]);
  });
});

describe('seedAbsence', () => {
  it('gives the reason to skip when the seeds are neither beside the repository nor configured', () => {
    expect(seedAbsence('nothing-here.txt', {})).toMatch(
      /^seed study nothing-here\.txt not found in \S+\/shared\/seeds; set FOOTHOLD_SEEDS to the folder that holds the seed studies to run this check$/,
    );
  });

  it('gives none when FOOTHOLD_SEEDS names a folder: a missing study there is a failure, not a skip', () => {
    expect(seedAbsence('nothing-here.txt', { FOOTHOLD_SEEDS: '/nonexistent/seeds' })).toBeUndefined();
  });
});

describe('seedText', () => {
  it('names the missing path and how to point at the seeds', () => {
    expect(() => seedText('000_027afc1053f9dfb9.txt', '/nonexistent/seeds')).toThrow(
      /^seed study not found: \/nonexistent\/seeds\/000_027afc1053f9dfb9\.txt\. .* set FOOTHOLD_SEEDS to the folder that holds them\.$/,
    );
  });
});

const CATEGORIES = Object.keys(TABLE_9['company-a']) as (keyof (typeof TABLE_9)['company-a'])[];
const TYPES = ['social', 'business', 'institutional', 'digital'] as const;

describe('thesis Tables 9 and 10 in the sample cases', () => {
  const firms = () => [sampleCase('company-a'), sampleCase('company-b')];
  it('encodes Table 9 cell by cell', () => {
    for (const c of firms()) {
      const expected = TABLE_9[c.firm.id as keyof typeof TABLE_9];
      for (const category of CATEGORIES) {
        const ratings = c.challengeRatings.filter((r) => r.category === category && r.market === undefined);
        expect(
          ratings.map((r) => r.level),
          `${c.firm.id} ${category}`,
        ).toEqual([expected[category]]);
      }
    }
  });
  it('encodes Table 10 cell by cell', () => {
    for (const c of firms()) {
      const expected = TABLE_10[c.firm.id as keyof typeof TABLE_10];
      expect(c.utilization).toHaveLength(24);
      for (const category of CATEGORIES) {
        for (const type of TYPES) {
          const cells = c.utilization.filter((u) => u.challenge === category && u.networkType === type);
          expect(
            cells.map((u) => u.level),
            `${c.firm.id} ${category} × ${type}`,
          ).toEqual([expected[category][type]]);
        }
      }
    }
  });
});
