// The ranking on a small made-up world: three countries around a home country, each part checked
// by hand, the weights, the market records (own, group, bloc), and the expected challenges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallCase } from '../../test-support/samples.js';
import { InputError } from '../../shared/errors.js';
import { bloc, country } from './country-affinity.test.js';
import { expectedChallenges } from './expected-challenges.js';
import { DEFAULT_RANKING_WEIGHTS, parseRankingWeights, rankingWeights, rankMarkets, RANKING_PARTS, type MarketRankingInput } from './rank-markets.js';

// Home MN borders KZ; KG shares a bloc with KZ; FR is far away and richer (made-up facts, real codes).
const world = new Map(
  [
    country('MN', { borders: ['KZ'], speakers: { hh: 1, ru: 0.1 }, incomeGroup: 'lower_middle' }),
    country('KZ', { borders: ['MN', 'KG'], speakers: { ru: 0.9 }, incomeGroup: 'lower_middle' }),
    country('KG', { borders: ['KZ'], speakers: { ru: 0.7 }, incomeGroup: 'upper_middle' }),
    country('FR', { region: 'Europe', subregion: 'Western Europe', speakers: { fa: 1 }, incomeGroup: 'high' }),
  ].map((c) => [c.code, c]),
);
const medicines = bloc('union', ['KZ', 'KG'], { kind: 'economic_union', recognition: [{ domain: 'medicines', description: 'one registration' }] });

function input(collections: Record<string, unknown> = {}, more: Partial<MarketRankingInput> = {}): MarketRankingInput {
  return {
    caseFile: smallCase(collections, { countryOfOrigin: 'MN' }),
    countries: world,
    blocs: [medicines],
    day: '2026-06-01',
    sectorFamily: 'life_sciences',
    languageName: (code) => code,
    ...more,
  };
}

const part = (m: { parts: { part: string; value: number }[] }, name: string) => m.parts.find((p) => p.part === name)?.value;

describe('rankMarkets', () => {
  it('ranks a firm with no ties, markets or ratings by distance alone, leaving its home country out', () => {
    const r = rankMarkets(input({}, { candidates: ['FR', 'KG', 'KZ', 'MN', 'KZ'] }));
    expect(r.markets.map((m) => m.country)).toEqual(['KZ', 'KG', 'FR']);
    expect(r.skipped).toEqual([{ country: 'MN', reason: 'the firm’s home country' }]);
    const nb = r.markets[0]!;
    expect(part(nb, 'contiguity')).toBe(1);
    expect(part(nb, 'region')).toBe(1);
    expect(part(nb, 'language')).toBeCloseTo(0.09, 12);
    expect(part(nb, 'income')).toBe(1);
    expect(part(nb, 'reach')).toBe(0);
    expect(part(nb, 'experience')).toBe(0);
    expect(part(nb, 'challenges')).toBe(0);
    expect(nb.reach).toEqual({
      actors: { person: 0, organization: 0, platform: 0 },
      ties: { social: 0, business: 0, institutional: 0, digital: 0 },
      bestPath: null,
    });
    const total = RANKING_PARTS.reduce((s, p) => s + DEFAULT_RANKING_WEIGHTS[p], 0);
    expect(nb.score).toBeCloseTo((1 * 0.09 + 1 * 1 + 0.5 * 1 + 0.5 * 1) / total, 12);
    expect(nb.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(nb.score, 12);
    expect(r.markets.map((m) => m.rank)).toEqual([1, 2, 3]);
  });

  it('ranks every country with reference data but home when no candidates are given, and says which codes it does not know', () => {
    expect(rankMarkets(input()).markets.map((m) => m.country)).toEqual(['KZ', 'KG', 'FR']);
    expect(rankMarkets(input({}, { candidates: ['ZZ'] })).skipped).toEqual([{ country: 'ZZ', reason: 'no reference data for this code' }]);
  });

  it('counts a bloc shared with a market the firm serves, the recognition in its sector lowering the regulatory challenge', () => {
    const r = rankMarkets(
      input(
        {
          markets: [{ id: 'm-nb', country: 'KZ', status: 'serving' }],
          challengeRatings: [{ id: 'r1', category: 'regulatory_institutional', level: 'High' }],
        },
        { candidates: ['KG', 'FR'] },
      ),
    );
    const bl = r.markets[0]!;
    expect(bl.country).toBe('KG');
    expect(part(bl, 'bloc')).toBe(0.75);
    expect(part(bl, 'contiguity')).toBe(0.5);
    expect(bl.expectedChallenges).toEqual([
      {
        category: 'regulatory_institutional',
        rated: 'High',
        basis: 'firm',
        expected: 'Medium',
        reasons: ['recognition through UNION: one registration of a medicine counts across its members'],
      },
    ]);
    expect(part(bl, 'challenges')).toBe(-0.5);
    expect(part(r.markets[1]!, 'challenges')).toBe(-1);
  });

  it('weighs the firm’s own record over a group company’s, and a failed entry against the market', () => {
    const r = rankMarkets(
      input(
        {
          actors: [{ id: 'sub', name: 'Food subsidiary', kind: 'organization', organizationType: 'company', groupRelation: 'subsidiary' }],
          markets: [
            { id: 'm-fa', country: 'FR', status: 'failed' },
            { id: 'm-fa-food', country: 'FR', status: 'serving', servedBy: 'sub' },
            { id: 'm-bl', country: 'KG', status: 'serving', servedBy: 'sub' },
          ],
        },
        { candidates: ['FR', 'KG', 'KZ'] },
      ),
    );
    const byCode = new Map(r.markets.map((m) => [m.country, m]));
    expect(part(byCode.get('FR')!, 'experience')).toBe(-0.5);
    expect(byCode.get('FR')!.statuses).toEqual([
      { status: 'failed', via: "the firm's own record (m-fa)" },
      { status: 'serving', via: 'served by a group company (m-fa-food)' },
    ]);
    expect(part(byCode.get('KG')!, 'experience')).toBe(0.5);
    // A group company's market is not one the firm is in: no neighbour, no bloc through it.
    expect(part(byCode.get('KZ')!, 'bloc')).toBe(0);
  });

  it('counts a bloc-wide market record for every member, at half', () => {
    const r = rankMarkets(input({ markets: [{ id: 'm-union', region: 'Union', status: 'serving' }] }, { candidates: ['KG', 'KZ', 'FR'] }));
    const byCode = new Map(r.markets.map((m) => [m.country, m]));
    expect(part(byCode.get('KG')!, 'experience')).toBe(0.5);
    expect(byCode.get('KG')!.statuses).toEqual([{ status: 'serving', via: "the firm's record of UNION (m-union)" }]);
    expect(part(byCode.get('FR')!, 'experience')).toBe(0);
  });

  it('measures reach by the warmest path into the country, with the actors and ties counted there', () => {
    const r = rankMarkets(
      input(
        {
          keyPeople: [{ id: 'ceo', role: 'CEO' }],
          actors: [
            { id: 'friend', name: 'A friend', kind: 'person', countries: ['FR'] },
            { id: 'agency', name: 'An agency', kind: 'organization', organizationType: 'trade_promotion_body' },
          ],
          ties: [
            { id: 't1', from: 'ceo', to: 'friend', networkType: 'social', strength: 5, trust: 5, status: 'active' },
            { id: 't2', from: 'f', to: 'agency', networkType: 'institutional', markets: ['FR'], status: 'ended' },
          ],
        },
        { candidates: ['FR', 'KG'] },
      ),
    );
    const fa = r.markets.find((m) => m.country === 'FR')!;
    expect(fa.reach.actors).toEqual({ person: 1, organization: 0, platform: 0 });
    expect(fa.reach.ties).toEqual({ social: 1, business: 0, institutional: 0, digital: 0 });
    expect(fa.reach.bestPath?.names).toEqual(['CEO', 'A friend']);
    expect(part(fa, 'reach')).toBe(fa.reach.bestPath?.score);
    expect(part(fa, 'reach')).toBeGreaterThan(0);
  });

  it('applies the weights given, and a part weighted 0 adds nothing', () => {
    const r = rankMarkets(input({}, { weights: { contiguity: 0, region: 0, income: 0, language: 1 }, candidates: ['KZ', 'KG'] }));
    expect(r.weights).toEqual({ ...DEFAULT_RANKING_WEIGHTS, contiguity: 0, region: 0, income: 0 });
    expect(r.markets.map((m) => m.country)).toEqual(['KZ', 'KG']);
    for (const m of r.markets) expect(m.parts.find((p) => p.part === 'contiguity')?.contribution).toBe(0);
    const onlyLanguage = rankMarkets(input({}, { weights: Object.fromEntries(RANKING_PARTS.map((p) => [p, p === 'language' ? 1 : 0])) }));
    expect(onlyLanguage.markets.map((m) => [m.country, m.score])).toEqual([
      ['KZ', expect.closeTo(0.09, 12)],
      ['KG', expect.closeTo(0.07, 12)],
      ['FR', 0],
    ]);
  });

  it('refuses a firm whose home country has no reference data', () => {
    expect(() => rankMarkets({ ...input(), countries: new Map([['KG', world.get('KG')!]]) })).toThrow(
      'no reference data for the firm\'s country of origin "MN"',
    );
  });
});

describe('weights', () => {
  it('reads part=number pairs, spaces and empty pairs aside', () => {
    expect(parseRankingWeights(' reach=3, bloc = 0,,income=1.5 ')).toEqual({ reach: 3, bloc: 0, income: 1.5 });
    expect(parseRankingWeights('')).toEqual({});
  });

  it('names the pair that is wrong', () => {
    expect(() => parseRankingWeights('reach=3,size=2')).toThrow('unknown ranking part "size" in "size=2"; expected one of language, contiguity');
    for (const bad of ['reach', 'reach=', 'reach=-1', 'reach=x', 'reach=1=2', 'reach=Infinity']) {
      expect(() => parseRankingWeights(bad), bad).toThrow(`expected reach=NUMBER with a number of at least 0, got "${bad}"`);
    }
    expect(() => parseRankingWeights('reach=x')).toThrow(InputError);
  });

  it('answers any text with known parts and numbers of at least 0, or an InputError — never anything else', () => {
    const pair = fc.tuple(fc.constantFrom(...RANKING_PARTS, 'size', '', '__proto__', 'constructor'), fc.string(), fc.double());
    const text = fc.oneof(
      fc.string(),
      fc.array(pair).map((pairs) => pairs.map(([name, sep, n]) => `${name}=${sep.length % 2 === 0 ? String(n) : sep}`).join(',')),
    );
    fc.assert(
      fc.property(text, (t) => {
        let weights: ReturnType<typeof parseRankingWeights>;
        try {
          weights = parseRankingWeights(t);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          return;
        }
        expect(Object.getPrototypeOf(weights)).toBe(Object.prototype);
        for (const [part, w] of Object.entries(weights)) {
          expect(RANKING_PARTS).toContain(part);
          expect(Number.isFinite(w) && w >= 0).toBe(true);
        }
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 2000) },
    );
  });

  it('refuses negative, non-numeric and all-zero weights', () => {
    expect(() => rankingWeights({ reach: -1 })).toThrow('the weight of "reach" must be a number of at least 0, got -1');
    expect(() => rankingWeights({ bloc: Number.NaN })).toThrow('the weight of "bloc"');
    expect(() => rankingWeights(Object.fromEntries(RANKING_PARTS.map((p) => [p, 0])))).toThrow('at least one weight must be above 0');
    expect(rankingWeights()).toEqual(DEFAULT_RANKING_WEIGHTS);
  });
});

describe('expectedChallenges', () => {
  const home = country('MN', { incomeGroup: 'lower_middle', region: 'Asia' });
  const context = (more: Partial<Parameters<typeof expectedChallenges>[1]> = {}) => ({
    home,
    candidate: country('CN', { incomeGroup: 'high', region: 'Europe' }),
    language: 0,
    bloc: { blocs: [], recognition: null },
    reach: { bestPath: null },
    entries: [],
    ...more,
  });
  const ratings = (list: { category: string; level: string; market?: string }[], markets: unknown[] = []) =>
    smallCase({ markets, challengeRatings: list.map((r, i) => ({ id: `r${i}`, ...r })) });

  it('moves each rating by what the country is like, with the reason', () => {
    const c = ratings([
      { category: 'cultural_communication', level: 'Medium' },
      { category: 'country_of_origin', level: 'Medium' },
      { category: 'market_specific', level: 'Low' },
      { category: 'financial_resource', level: 'High' },
    ]);
    const found = expectedChallenges(c, context({ entries: ['failed'] }));
    expect(found.categories.map((x) => [x.category, x.expected, x.reasons.length])).toEqual([
      ['country_of_origin', 'High', 1],
      ['cultural_communication', 'High', 1],
      ['financial_resource', 'High', 0],
      ['market_specific', 'Medium', 1],
    ]);
    expect(found.measure.value).toBeCloseTo(-(1 + 1 + 1 + 0.5) / 4, 12);
    expect(found.measure.explanation).toMatch(/^3 of 4 rated challenges expected High \(country_of_origin, cultural_communication, financial_resource\); /);
  });

  it('lowers cultural and knowledge challenges where a language is shared and the firm has been, never below Low', () => {
    const c = ratings([
      { category: 'cultural_communication', level: 'Low' },
      { category: 'knowledge_experience', level: 'High' },
    ]);
    const found = expectedChallenges(c, context({ language: 0.6, entries: ['serving'] }));
    expect(found.categories.map((x) => x.expected)).toEqual(['Low', 'Medium']);
    const viaPath = expectedChallenges(c, context({ reach: { bestPath: { score: 0.3 } } }));
    expect(viaPath.categories[1]?.reasons).toEqual(['a warm path leads to people there who know the market']);
    expect(expectedChallenges(c, context({ reach: { bestPath: { score: 0.29 } } })).categories[1]?.expected).toBe('High');
  });

  it('takes the rating for that market over the firm-wide one, the higher of two records of it, and leaves Unknown out', () => {
    const c = ratings(
      [
        { category: 'financial_resource', level: 'High' },
        { category: 'financial_resource', level: 'Low', market: 'm-cc' },
        { category: 'financial_resource', level: 'Medium', market: 'm-cc-group' },
        { category: 'technological_digital', level: 'Medium' },
        { category: 'cultural_communication', level: 'Unknown' },
        { category: 'market_specific', level: 'High', market: 'm-other' },
      ],
      [
        { id: 'm-cc', country: 'CN', status: 'target' },
        { id: 'm-cc-group', country: 'CN', status: 'serving' },
        { id: 'm-other', country: 'UZ', status: 'target' },
      ],
    );
    expect(expectedChallenges(c, context({ candidate: country('CN', { incomeGroup: 'lower_middle' }) })).categories).toEqual([
      { category: 'financial_resource', rated: 'Medium', basis: 'market', expected: 'Medium', reasons: [] },
      { category: 'technological_digital', rated: 'Medium', basis: 'firm', expected: 'Medium', reasons: [] },
    ]);
  });

  it('is 0 with a reason when nothing is rated', () => {
    expect(expectedChallenges(smallCase(), context()).measure).toEqual({ value: 0, explanation: 'no challenge rated High, Medium or Low yet' });
  });
});
