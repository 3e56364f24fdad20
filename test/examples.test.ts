// The sample cases must say what the seed studies say: every quote is verbatim from its seed, and
// the thesis's Table 9 and Table 10 are encoded cell by cell (expected values transcribed from the
// thesis, ../shared/seeds/003_7a904afc5627ed05.txt, Tables 9 and 10).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText, type CaseFile } from '../src/core/case-file/index.js';

const root = new URL('..', import.meta.url).pathname;
const seedsDir = join(root, '../shared/seeds');
const SEED_OF: Record<string, string> = {
  'company-a': '003_7a904afc5627ed05.txt',
  'company-b': '003_7a904afc5627ed05.txt',
  'sl-it-sme': '000_027afc1053f9dfb9.txt',
};

function load(id: string): CaseFile {
  const result = parseCaseText(readFileSync(join(root, 'examples/cases', `${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
  return result.caseFile;
}
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(Object.keys(SEED_OF))('sample case %s', (id) => {
  const c = load(id);

  it('has the firm id of its file name', () => expect(c.firm.id).toBe(id));

  it.skipIf(!existsSync(seedsDir))('quotes its seed verbatim in every segment', () => {
    const seed = collapse(readFileSync(join(seedsDir, SEED_OF[id]!), 'utf8'));
    const notFound = c.segments.filter((s) => !seed.includes(collapse(s.quote))).map((s) => `${s.id}: ${s.quote}`);
    expect(notFound).toEqual([]);
    expect(c.segments.length).toBeGreaterThan(10);
  });

  it('backs its challenge ratings and utilization cells with evidence', () => {
    const bare = [...c.challengeRatings, ...c.utilization].filter((r) => (r.evidence ?? []).length === 0).map((r) => r.id);
    expect(bare).toEqual([]);
  });
});

const CATEGORIES = [
  'regulatory_institutional',
  'financial_resource',
  'knowledge_experience',
  'market_specific',
  'cultural_communication',
  'technological_digital',
] as const;
const TYPES = ['social', 'business', 'institutional', 'digital'] as const;

// Thesis Table 9, rows in the thesis's order; columns Company A, Company B.
const TABLE_9: Record<(typeof CATEGORIES)[number], [string, string]> = {
  regulatory_institutional: ['High', 'High'],
  financial_resource: ['High', 'Medium'],
  knowledge_experience: ['Low', 'High'],
  market_specific: ['Medium', 'Unknown'],
  cultural_communication: ['Low', 'Medium'],
  technological_digital: ['Low', 'High'],
};
// Thesis Table 10: per challenge, Company A's social/business/institutional/digital, then Company B's.
const TABLE_10: Record<(typeof CATEGORIES)[number], string[]> = {
  regulatory_institutional: ['Moderate', 'High', 'High', 'Low', 'High', 'Moderate', 'Low', 'Not used'],
  financial_resource: ['Low', 'Moderate', 'High', 'Low', 'Low', 'Low', 'Moderate', 'Not used'],
  knowledge_experience: ['Moderate', 'High', 'Moderate', 'Moderate', 'Moderate', 'Low', 'Low', 'Not used'],
  market_specific: ['Moderate', 'High', 'Moderate', 'Moderate', 'Not used', 'Not used', 'Not used', 'Not used'],
  cultural_communication: ['Low', 'Moderate', 'Low', 'Moderate', 'Moderate', 'Low', 'Not used', 'Not used'],
  technological_digital: ['Not used', 'Moderate', 'Low', 'High', 'Not used', 'Not used', 'Not used', 'Low'],
};

describe('thesis Tables 9 and 10 in the sample cases', () => {
  const firms = [load('company-a'), load('company-b')];
  it('encodes Table 9 cell by cell', () => {
    firms.forEach((c, col) => {
      for (const category of CATEGORIES) {
        const ratings = c.challengeRatings.filter((r) => r.category === category && r.market === undefined);
        expect(
          ratings.map((r) => r.level),
          `${c.firm.id} ${category}`,
        ).toEqual([TABLE_9[category][col]]);
      }
    });
  });
  it('encodes Table 10 cell by cell', () => {
    firms.forEach((c, col) => {
      expect(c.utilization).toHaveLength(24);
      for (const category of CATEGORIES) {
        TYPES.forEach((type, t) => {
          const cells = c.utilization.filter((u) => u.challenge === category && u.networkType === type);
          expect(
            cells.map((u) => u.level),
            `${c.firm.id} ${category} × ${type}`,
          ).toEqual([TABLE_10[category][col * 4 + t]]);
        });
      }
    });
  });
});
