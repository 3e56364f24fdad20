import { describe, expect, it } from 'vitest';
import { CHALLENGE_LABELS } from '../../../core/analysis/challenges';
import { INSTITUTION_KINDS } from '../../../core/markets/reference';
import { RANKING_PARTS as CORE_PARTS } from '../../../core/markets/rank-markets';
import type { ExpectedChallenge, RankedMarket } from './api';
import {
  audienceText,
  basisText,
  challengeName,
  CHALLENGE_NAMES,
  contributionText,
  KIND_LABELS,
  levelChange,
  mapSummary,
  PART_LABELS,
  PART_MEANINGS,
  reachLines,
  scoreText,
  statusesOf,
  valueTimesWeight,
  visibleMarkets,
} from './markets-view';

function market(country: string, rank: number, score: number, extra: Partial<RankedMarket> = {}): RankedMarket {
  return {
    country,
    name: `Country ${country}`,
    rank,
    score,
    statuses: [],
    parts: [],
    reach: { actors: { person: 0, organization: 0, platform: 0 }, ties: { social: 0, business: 0, institutional: 0, digital: 0 }, bestPath: null },
    expectedChallenges: [],
    ...extra,
  };
}

describe('the copies of core’s vocabularies', () => {
  it('has a label and a meaning for each of the ranking’s parts', () => {
    expect(Object.keys(PART_LABELS).sort()).toEqual([...CORE_PARTS].sort());
    expect(Object.keys(PART_MEANINGS).sort()).toEqual([...CORE_PARTS].sort());
  });

  it('names the built-in challenge categories as core does, and a case’s own category in words', () => {
    expect(CHALLENGE_NAMES).toEqual(CHALLENGE_LABELS);
    expect(challengeName('knowledge_experience')).toBe('A lack of knowledge and experience');
    expect(challengeName('after_sales-service')).toBe('after sales service');
  });

  it('has a label for every kind of institution and no other', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...INSTITUTION_KINDS].sort());
  });
});

describe('figures in words', () => {
  it('writes scores and contributions with a true minus sign', () => {
    expect(scoreText(0.26243)).toBe('0.262');
    expect(scoreText(-0.0451)).toBe('−0.045');
    expect(contributionText(0.125)).toBe('+0.125');
    expect(contributionText(-0.1111)).toBe('−0.111');
    expect(contributionText(0)).toBe('0.000');
    expect(contributionText(-0.0001)).toBe('0.000');
    expect(valueTimesWeight(0.75, 1.5)).toBe('0.75 × 1.5');
    expect(valueTimesWeight(-0.6667, 1.5)).toBe('−0.67 × 1.5');
  });

  it('lists each status once', () => {
    const m = market('KZ', 1, 0.2, {
      statuses: [
        { status: 'target', via: 'a' },
        { status: 'target', via: 'b' },
        { status: 'serving', via: 'c' },
      ],
    });
    expect(statusesOf(m)).toEqual(['target', 'serving']);
  });

  it('says who the firm reaches, by which ties, and by which path', () => {
    const reach = {
      actors: { person: 1, organization: 2, platform: 0 },
      ties: { social: 1, business: 1, institutional: 0, digital: 0 },
      bestPath: { score: 0.32, names: ['Company B', 'Former manager', 'Friend in Bishkek'] },
    };
    expect(reachLines(reach)).toEqual({
      actors: 'Actors there: 1 person, 2 organizations.',
      ties: '2 ties end there: 1 social, 1 business.',
      path: 'Warmest path (0.32): Company B → Former manager → Friend in Bishkek.',
    });
    expect(reachLines({ ...reach, ties: { social: 0, business: 0, institutional: 1, digital: 0 } }).ties).toBe('1 tie ends there: 1 institutional.');
    expect(reachLines(market('XX', 1, 0).reach)).toEqual({
      actors: 'No actor there is recorded yet.',
      ties: 'No tie of the firm’s network ends there.',
      path: 'No introduction path leads there yet.',
    });
  });

  it('shows how the country moves a challenge rating, and where the rating comes from', () => {
    const c: ExpectedChallenge = { category: 'knowledge_experience', rated: 'High', basis: 'firm', expected: 'Medium', reasons: [] };
    expect(levelChange(c)).toBe('High → Medium');
    expect(levelChange({ ...c, expected: 'High' })).toBe('High');
    expect(basisText(c)).toBe('firm-wide rating');
    expect(basisText({ ...c, basis: 'market' })).toBe('rated for this market');
  });

  it('says whom an institution helps', () => {
    expect(audienceText('exporters', 'Kazakhstan')).toBe('helps firms from Kazakhstan abroad');
    expect(audienceText('entrants', 'Kazakhstan')).toBe('helps firms from abroad enter Kazakhstan');
    expect(audienceText('both', 'Kazakhstan')).toBe('helps firms from Kazakhstan abroad and firms from abroad entering it');
  });
});

describe('the rows to list', () => {
  const markets = Array.from({ length: 30 }, (_, i) => market(`C${i}`, i + 1, 1 - i / 30));

  it('lists the first 25, or all of them', () => {
    expect(visibleMarkets(markets, false, null).map((m) => m.rank)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(visibleMarkets(markets, true, null)).toHaveLength(30);
    expect(visibleMarkets(markets.slice(0, 3), false, null)).toHaveLength(3);
  });

  it('lists a chosen market below the first 25 in its place', () => {
    const rows = visibleMarkets(markets, false, 'C27');
    expect(rows).toHaveLength(26);
    expect(rows.at(-1)?.rank).toBe(28);
    expect(visibleMarkets(markets, false, 'C3')).toHaveLength(25);
  });
});

describe('the map’s accessible name', () => {
  it('sums up the top five', () => {
    const markets = ['KZ', 'RU', 'KG', 'CN', 'AM', 'UZ'].map((c, i) => market(c, i + 1, 0.3 - i * 0.05));
    expect(mapSummary(markets)).toBe(
      'World map of 6 ranked markets, darker for a higher score. Top 5: 1. Country KZ (0.300), 2. Country RU (0.250), 3. Country KG (0.200), 4. Country CN (0.150), 5. Country AM (0.100).',
    );
    expect(mapSummary(markets.slice(0, 1))).toBe('World map of 1 ranked market, darker for a higher score. Top 1: 1. Country KZ (0.300).');
    expect(mapSummary([])).toBe('World map of 0 ranked markets, darker for a higher score. No market is ranked.');
  });
});
