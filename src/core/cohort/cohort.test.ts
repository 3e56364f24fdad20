import { describe, expect, it } from 'vitest';
import { parseCaseOrThrow } from '../../test-support/samples.js';
import { analyzeCase } from '../analysis/analyze.js';
import type { AnalysisContext, InstitutionAdvice, Recommendation } from '../analysis/types.js';
import type { NetworkType, UtilizationLevel } from '../model/index.js';
import { cohortFigures, cohortOf } from './cohort.js';
import type { CohortMember } from './types.js';

// Firms made for these tests: three Ghanaian exporters of different goods that share gaps, a
// Portuguese shoemaker whose one obstacle its institutional ties meet, and three firms not yet
// rated in three different ways.

type Level = 'High' | 'Medium' | 'Low' | 'Unknown';
interface FirmSpec {
  id: string;
  country: string;
  sector: string;
  ratings?: Record<string, Level>;
  /** Ratings for the firm's one market (DE) only. */
  perMarket?: Record<string, Level>;
  /** Network use recorded above Not used; every other cell falls back to the ties' suggestion, here Not used. */
  used?: Record<string, Partial<Record<NetworkType, UtilizationLevel>>>;
  categories?: { id: string; label: string }[];
}

function member(spec: FirmSpec): CohortMember {
  const c = parseCaseOrThrow(
    JSON.stringify({
      format: 'foothold.case/2',
      firm: { id: spec.id, name: `Firm ${spec.id}`, countryOfOrigin: spec.country, sector: spec.sector, employees: { value: 12 } },
      markets: [{ id: 'm-de', country: 'DE', status: 'target' }],
      challengeCategories: spec.categories ?? [],
      challengeRatings: [
        ...Object.entries(spec.ratings ?? {}).map(([category, level]) => ({ id: `r-${category}`, category, level })),
        ...Object.entries(spec.perMarket ?? {}).map(([category, level]) => ({ id: `rm-${category}`, category, level, market: 'm-de' })),
      ],
      utilization: Object.entries(spec.used ?? {}).flatMap(([challenge, cells]) =>
        Object.entries(cells).map(([networkType, level]) => ({ id: `u-${challenge}-${networkType}`, challenge, networkType, level })),
      ),
    }),
  );
  return { firm: c.firm, analysis: analyzeCase(c, context) };
}

const advice = (id: string, name: string, market: string): InstitutionAdvice => ({
  id,
  name,
  abbreviation: id.toUpperCase(),
  country: 'GH',
  market,
  serves: 'home',
  why: 'test',
  url: undefined,
  source: 'test',
  asOf: '2025-01-01',
});

// A stand-in recommender: two rules per gap in institutional ties, both naming the export promotion
// body, and a regulator for regulatory gaps — so a firm named twice for one body must count once.
const context: AnalysisContext = {
  economyClasses: new Map([
    ['GH', 'emerging'],
    ['PT', 'developed'],
  ]),
  countryName: (code) => code,
  asOfYear: 2025,
  recommend: (gaps, firm) =>
    gaps
      .filter((g) => g.networkType === 'institutional')
      .flatMap((g) =>
        ['first', 'second'].map((rule): Recommendation => ({
          ruleId: `${g.challenge}-${rule}`,
          challenge: g.challenge,
          challengeLabel: g.label,
          networkType: g.networkType,
          title: '',
          rationale: '',
          actions: [],
          tiesUsed: [],
          sectorFamily: undefined,
          examples: [],
          citations: [],
          because: [],
          severity: g.severity,
          institutions: [
            advice('gepa', 'Ghana Export Promotion Authority', firm.targetMarkets[0] ?? firm.countryOfOrigin),
            ...(g.challenge === 'regulatory_institutional' ? [advice('gh-fda', 'Food and Drugs Authority', firm.countryOfOrigin)] : []),
          ],
        })),
      ),
};

const accra = member({
  id: 'accra-cocoa',
  country: 'GH',
  sector: 'Cocoa processing',
  ratings: { regulatory_institutional: 'High', financial_resource: 'Medium', cultural_communication: 'Medium', market_specific: 'Low' },
  used: { cultural_communication: { business: 'Moderate' } },
});
const kumasi = member({
  id: 'kumasi-shea',
  country: 'GH',
  sector: 'Shea butter cosmetics',
  ratings: { regulatory_institutional: 'High', financial_resource: 'High' },
  used: { regulatory_institutional: { institutional: 'Low' } },
});
const tema = member({
  id: 'tema-garments',
  country: 'GH',
  sector: 'Garments',
  ratings: { regulatory_institutional: 'Medium', financial_resource: 'High', technological_digital: 'Unknown' },
  used: { regulatory_institutional: { social: 'Moderate' } },
});
const braga = member({
  id: 'braga-shoes',
  country: 'PT',
  sector: 'Footwear',
  ratings: { financial_resource: 'High', regulatory_institutional: 'Low' },
  used: { financial_resource: { institutional: 'High' } },
});
const unrated = member({ id: 'porto-cork', country: 'PT', sector: 'Cork' });
const unknownOnly = member({ id: 'lima-alpaca', country: 'PE', sector: 'Alpaca wool', ratings: { market_specific: 'Unknown' } });
const perMarketOnly = member({ id: 'oslo-fish', country: 'NO', sector: 'Seafood', perMarket: { regulatory_institutional: 'High' } });

const cohortContext = { workspaceId: 'agency', today: '2025-06-01', countryName: (code: string) => `country ${code}` };
const everyone = [accra, braga, unknownOnly, kumasi, perMarketOnly, unrated, tema];

describe('cohortOf', () => {
  const cohort = cohortOf(everyone, [], cohortContext);

  it('counts every firm, and lists the ones not yet rated with why, instead of dropping them', () => {
    expect(cohort.counts).toEqual({ firms: 7, rated: 4, notYetRated: 3 });
    expect(cohort.firms.map((f) => f.firmId)).toEqual(everyone.map((m) => m.firm.id));
    const notRated = cohort.firms.filter((f) => f.status === 'not_yet_rated').map((f) => [f.firmId, f.notRatedReason]);
    expect(notRated).toEqual([
      ['lima-alpaca', 'only_unknown'],
      ['oslo-fish', 'only_per_market'],
      ['porto-cork', 'no_ratings'],
    ]);
    expect(cohort.firms.find((f) => f.firmId === 'tema-garments')).toMatchObject({
      status: 'rated',
      notRatedReason: undefined,
      countryName: 'country GH',
      sector: 'Garments',
      sizeClass: 'small',
      obstacles: ['regulatory_institutional', 'financial_resource'],
      unmetChallenges: ['financial_resource'],
      blindSpots: ['technological_digital'],
    });
  });

  it('counts a challenge unmet where no network type is used against it above Low, most firms first, High before Medium', () => {
    expect(cohort.unmetChallenges.map((u) => [u.category, u.firms, u.obstacleFirms])).toEqual([
      [
        'financial_resource',
        [
          { firmId: 'kumasi-shea', level: 'High' },
          { firmId: 'tema-garments', level: 'High' },
          { firmId: 'accra-cocoa', level: 'Medium' },
        ],
        4,
      ],
      [
        'regulatory_institutional',
        [
          { firmId: 'accra-cocoa', level: 'High' },
          { firmId: 'kumasi-shea', level: 'High' },
        ],
        3,
      ],
    ]);
    expect(cohort.unmetChallenges[0]?.label).toBe('Financial and resource constraints');
    // Accra's cultural challenge has gaps, but its business ties meet it: not unmet.
    expect(cohort.unmetChallenges.some((u) => u.category === 'cultural_communication')).toBe(false);
    expect(cohort.unmetChallenges.every((u) => u.change === null)).toBe(true);
  });

  it('groups the firms that share a gap, most firms first, each group worst first', () => {
    const regulatoryInstitutional = cohort.sharedGaps.find((g) => g.challenge === 'regulatory_institutional' && g.networkType === 'institutional');
    expect(regulatoryInstitutional?.firms).toEqual([
      { firmId: 'accra-cocoa', challengeLevel: 'High', utilization: 'Not used', utilizationBasis: 'suggested', severity: 4 },
      { firmId: 'kumasi-shea', challengeLevel: 'High', utilization: 'Low', utilizationBasis: 'recorded', severity: 2 },
      { firmId: 'tema-garments', challengeLevel: 'Medium', utilization: 'Not used', utilizationBasis: 'suggested', severity: 2 },
    ]);
    expect(regulatoryInstitutional?.highestSeverity).toBe(4);
    // Tema's social ties meet its regulatory challenge: no gap there, so two firms only.
    expect(cohort.sharedGaps.find((g) => g.challenge === 'regulatory_institutional' && g.networkType === 'social')?.firms.map((f) => f.firmId)).toEqual([
      'accra-cocoa',
      'kumasi-shea',
    ]);
    const sizes = cohort.sharedGaps.map((g) => g.firms.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(cohort.sharedGaps[0]).toMatchObject({ challenge: 'financial_resource', networkType: 'social' });
    expect(cohort.sharedGaps[0]?.firms).toHaveLength(4);
    const gapCount = everyone.reduce((n, m) => n + m.analysis.gaps.length, 0);
    expect(cohort.sharedGaps.reduce((n, g) => n + g.firms.length, 0)).toBe(gapCount);
  });

  it('counts each institution once per firm, with the challenges and markets it was advised for', () => {
    expect(cohort.institutions.map((i) => [i.id, i.firms.length, i.challenges])).toEqual([
      ['gepa', 3, ['regulatory_institutional', 'financial_resource', 'cultural_communication']],
      ['gh-fda', 3, ['regulatory_institutional']],
    ]);
    expect(cohort.institutions[0]?.firms).toEqual([
      { firmId: 'accra-cocoa', challenges: ['regulatory_institutional', 'financial_resource', 'cultural_communication'], markets: ['DE'] },
      { firmId: 'kumasi-shea', challenges: ['regulatory_institutional', 'financial_resource'], markets: ['DE'] },
      { firmId: 'tema-garments', challenges: ['regulatory_institutional', 'financial_resource'], markets: ['DE'] },
    ]);
    expect(cohort.firms.find((f) => f.firmId === 'braga-shoes')?.institutions).toEqual([]);
    expect(cohort.institutions[1]?.firms.map((f) => f.markets)).toEqual([['GH'], ['GH'], ['GH']]);
  });

  it('answers an empty cohort with zeros and empty lists', () => {
    const { workspaceId, asOf, counts, firms, unmetChallenges, sharedGaps, institutions } = cohortOf([], [], cohortContext);
    expect([workspaceId, asOf, counts]).toEqual(['agency', '2025-06-01', { firms: 0, rated: 0, notYetRated: 0 }]);
    expect([firms, unmetChallenges, sharedGaps, institutions]).toEqual([[], [], [], []]);
  });

  it('keys a category of the firms’ own by its id, named as the first firm names it, after the built-in ones', () => {
    const coldChain = (id: string, label: string) =>
      member({
        id,
        country: 'GH',
        sector: 'Fresh produce',
        categories: [{ id: 'cold_chain', label }],
        ratings: { cold_chain: 'High', knowledge_experience: 'High' },
      });
    const c = cohortOf([coldChain('a-fruit', 'Cold chain'), coldChain('b-fruit', 'Cold-chain logistics')], [], cohortContext);
    expect(c.unmetChallenges.map((u) => [u.category, u.label, u.firms.length])).toEqual([
      ['knowledge_experience', 'A lack of knowledge and experience', 2],
      ['cold_chain', 'Cold chain', 2],
    ]);
  });
});

describe('cohort over time', () => {
  // In March only Accra and Kumasi were clients; Tema joined since.
  const march = { date: '2025-03-01', figures: cohortFigures(cohortOf([accra, kumasi], [], cohortContext)) };

  it('keeps counts and names in a snapshot', () => {
    expect(march.figures).toEqual({
      firms: 2,
      rated: 2,
      notYetRated: 0,
      // Two firms each; regulatory first, as both rate it High.
      unmetChallenges: [
        { category: 'regulatory_institutional', label: 'Regulatory and institutional challenges', firms: 2 },
        { category: 'financial_resource', label: 'Financial and resource constraints', firms: 2 },
      ],
      institutions: [
        { id: 'gepa', name: 'Ghana Export Promotion Authority', firms: 2 },
        { id: 'gh-fda', name: 'Food and Drugs Authority', firms: 2 },
      ],
    });
  });

  it('gives each current figure its change since the latest snapshot before today', () => {
    const today = { date: '2025-06-01', figures: { ...march.figures, firms: 99 } };
    const c = cohortOf([accra, kumasi, tema], [today, march], cohortContext);
    expect(c.trend.comparedWith).toBe('2025-03-01');
    expect(c.unmetChallenges.map((u) => [u.category, u.change])).toEqual([
      ['financial_resource', 1],
      ['regulatory_institutional', 0],
    ]);
    expect(c.institutions.map((i) => [i.id, i.change])).toEqual([
      ['gepa', 1],
      ['gh-fda', 1],
    ]);
  });

  it('shows every figure at every snapshot date, oldest first, with its change from the one before', () => {
    const april = { date: '2025-04-15', figures: cohortFigures(cohortOf([accra, kumasi, tema, braga, unrated], [], cohortContext)) };
    const may = { date: '2025-05-20', figures: cohortFigures(cohortOf([kumasi, braga, unrated], [], cohortContext)) };
    const { trend } = cohortOf([], [may, march, april], cohortContext);
    expect(trend.dates).toEqual(['2025-03-01', '2025-04-15', '2025-05-20']);
    expect(trend.comparedWith).toBe('2025-05-20');
    expect(trend.firms.map((p) => [p.value, p.change])).toEqual([
      [2, null],
      [5, 3],
      [3, -2],
    ]);
    expect(trend.notYetRated.map((p) => p.value)).toEqual([0, 1, 1]);
    const series = Object.fromEntries(trend.unmetChallenges.map((s) => [s.category, s.points.map((p) => [p.value, p.change])]));
    expect(series).toEqual({
      financial_resource: [
        [2, null],
        [3, 1],
        [1, -2],
      ],
      regulatory_institutional: [
        [2, null],
        [2, 0],
        [1, -1],
      ],
    });
    const fda = trend.institutions.find((s) => s.id === 'gh-fda');
    expect(fda?.points.map((p) => p.value)).toEqual([2, 3, 1]);
  });
});
