import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { analyzeCase } from './analyze.js';
import { compareCases } from './compare.js';
import type { AnalysisContext, CrossCaseComparison } from './types.js';

const ctx: AnalysisContext = {
  economyClasses: new Map([
    ['FI', 'developed'],
    ['MN', 'emerging'],
    ['LK', 'emerging'],
  ]),
  countryName: (code) => code,
  asOfYear: 2025,
};
// Analyses are made inside the tests, not when the file loads: Stryker activates a mutant only
// while tests run, so work done at load time could never show one.
const analyzed = (id: string) => analyzeCase(sampleCase(id), ctx);

describe('compareCases (thesis Tables 7–10 side by side)', () => {
  const companyAB = (): CrossCaseComparison => compareCases([analyzed('company-a'), analyzed('company-b')]);

  it('lists the firms in the order given', () => {
    const ab = companyAB();
    expect(ab.firms).toEqual([
      { firmId: 'company-a', name: 'Company A' },
      { firmId: 'company-b', name: 'Company B' },
    ]);
  });

  it('sets Table 7 side by side; the two firms differ on every row', () => {
    const ab = companyAB();
    expect(ab.profile.map((r) => r.label)).toEqual([
      'Country of origin',
      'Company size',
      'Type',
      'Market experience',
      'Product type',
      'International experience',
      'Target countries to internationalize',
      'Key people’s education',
      'Key people’s international experience and networking',
    ]);
    expect(ab.profile[2]).toEqual({ key: 'pathway', label: 'Type', values: ['Born global', 'Traditional'], differs: true });
    expect(ab.profile.every((r) => r.differs)).toBe(true);
  });

  it('sets Table 8 side by side', () => {
    const ab = companyAB();
    expect(ab.networkTypes.map((r) => r.label)).toEqual([
      'Main Networking Types',
      'Social network',
      'Business network',
      'Institutional network',
      'Digital network',
    ]);
    expect(ab.networkTypes[4]?.values).toEqual(['B2B network virtual groups, LinkedIn, Virtual Bio-Europe', 'Limited']);
  });

  it('marks the Table 9 rows where the firms differ, with the country-of-origin row missing for Company A', () => {
    const ab = companyAB();
    expect(ab.challenges.map((r) => [r.key, r.values, r.differs])).toEqual([
      ['regulatory_institutional', ['High', 'High'], false],
      ['financial_resource', ['High', 'Medium'], true],
      ['knowledge_experience', ['Low', 'High'], true],
      ['market_specific', ['Medium', 'Unknown'], true],
      ['cultural_communication', ['Low', 'Medium'], true],
      ['technological_digital', ['Low', 'High'], true],
      ['country_of_origin', [undefined, 'High'], true],
    ]);
  });

  it('sets Table 10 side by side: 24 rows, 3 of them equal for both firms', () => {
    const ab = companyAB();
    expect(ab.utilization).toHaveLength(24);
    // From thesis Table 10: financial × social Low/Low, knowledge × social Moderate/Moderate, technological × social Not used/Not used.
    expect(ab.utilization.filter((r) => !r.differs).map((r) => r.key)).toEqual([
      'financial_resource/social',
      'knowledge_experience/social',
      'technological_digital/social',
    ]);
    expect(ab.utilization[0]).toMatchObject({ challenge: 'regulatory_institutional', networkType: 'social', values: ['Moderate', 'High'], differs: true });
  });

  it('takes any number of firms, including the case’s own categories, and one firm never differs', () => {
    const [a, b, sl] = ['company-a', 'company-b', 'sl-it-sme'].map(analyzed);
    const three = compareCases([a!, b!, sl!]);
    expect(three.challenges.map((r) => r.key)).toEqual([
      'regulatory_institutional',
      'financial_resource',
      'knowledge_experience',
      'market_specific',
      'cultural_communication',
      'technological_digital',
      'country_of_origin',
      'pandemic_disruption',
      'distance_accessibility',
    ]);
    expect(three.challenges.at(-1)).toMatchObject({ label: 'Distance and accessibility', values: [undefined, undefined, 'Unknown'] });
    expect(three.networkTypes[1]?.values[2]).toBe(
      'company utilizes multiple informal network connections to discover potential business opportunities and initiate new conversations with clients',
    );
    const one = compareCases([b!]);
    expect([...one.profile, ...one.networkTypes, ...one.challenges, ...one.utilization].some((r) => r.differs)).toBe(false);
    expect(compareCases([])).toEqual({ firms: [], profile: expect.any(Array), networkTypes: expect.any(Array), challenges: [], utilization: [] });
  });

  it('describes a network type by its ties when the source says nothing about it', () => {
    const bare = analyzeCase({ ...sampleCase('company-b'), facts: [] }, ctx);
    expect(compareCases([bare]).networkTypes[4]?.values).toEqual(['2 ties: Company B website, Company B LinkedIn profile']);
  });

  it('counts one tie in the singular, names only actors, and leaves a type without ties empty', () => {
    const c = smallCase({
      keyPeople: [
        { id: 'kp-ceo', role: 'Chief executive officer' },
        { id: 'kp-cto', role: 'Chief technology officer' },
      ],
      actors: [{ id: 'a-distributor', name: 'Nordic Distribution', kind: 'organization' }],
      ties: [
        { id: 't-colleagues', from: 'kp-ceo', to: 'kp-cto', networkType: 'social' },
        { id: 't-distributor', from: 'f', to: 'a-distributor', networkType: 'business' },
      ],
    });
    expect(compareCases([analyzeCase(c, ctx)]).networkTypes.map((r) => [r.key, r.values[0]])).toEqual([
      ['main_network_types', undefined],
      ['social', '1 tie'],
      ['business', '1 tie: Nordic Distribution'],
      ['institutional', undefined],
      ['digital', undefined],
    ]);
  });

  it('puts the built-in categories first whatever order the firms rate them in, and leaves out ratings for one market only', () => {
    const sl = sampleCase('sl-it-sme');
    // A rating of financial constraints in the Singapore market only: not a firm-wide rating.
    const market = { id: 'mkt-sg', country: 'SG', status: 'serving' as const };
    const perMarket = { id: 'r-fin-sg', category: 'financial_resource', level: 'High' as const, market: 'mkt-sg' };
    const slPerMarket = analyzeCase({ ...sl, markets: [...sl.markets, market], challengeRatings: [...sl.challengeRatings, perMarket] }, ctx);
    const rows = compareCases([slPerMarket, analyzed('company-b')]).challenges;
    expect(rows.map((r) => [r.key, ...r.values])).toEqual([
      ['regulatory_institutional', 'Unknown', 'High'],
      ['financial_resource', undefined, 'Medium'],
      ['knowledge_experience', undefined, 'High'],
      ['market_specific', 'Unknown', 'Unknown'],
      ['cultural_communication', undefined, 'Medium'],
      ['technological_digital', undefined, 'High'],
      ['country_of_origin', undefined, 'High'],
      ['pandemic_disruption', 'Unknown', undefined],
      ['distance_accessibility', 'Unknown', undefined],
    ]);
    expect(compareCases([slPerMarket]).challenges.map((r) => r.key)).not.toContain('financial_resource');
  });

  it('keys and labels each Table 10 row by challenge and network type, with the case’s own label for its categories', () => {
    const b = sampleCase('company-b');
    const own = { id: 'logistics', label: 'Logistics from a landlocked country' };
    const cell = { id: 'u-log-social', challenge: 'logistics', networkType: 'social' as const, level: 'Low' as const };
    const rating = { id: 'r-log', category: 'logistics', level: 'Medium' as const };
    const withOwn = analyzeCase(
      { ...b, challengeCategories: [own], challengeRatings: [...b.challengeRatings, rating], utilization: [...b.utilization, cell] },
      ctx,
    );
    const rows = compareCases([withOwn]).utilization;
    expect(rows.map((r) => r.key).slice(0, 4)).toEqual([
      'regulatory_institutional/social',
      'regulatory_institutional/business',
      'regulatory_institutional/institutional',
      'regulatory_institutional/digital',
    ]);
    expect(rows[0]?.label).toBe('Regulatory and institutional challenges — Social network');
    expect(rows.at(-4)).toEqual({
      key: 'logistics/social',
      label: 'Logistics from a landlocked country — Social network',
      values: ['Low'],
      differs: false,
      challenge: 'logistics',
      networkType: 'social',
    });
  });

  it('labels a category two firms define under one id with the first firm’s label', () => {
    const withOwn = (id: string, label: string) =>
      analyzeCase(
        smallCase({ challengeCategories: [{ id: 'logistics', label }], challengeRatings: [{ id: 'r-log', category: 'logistics', level: 'High' }] }, { id }),
        ctx,
      );
    const rows = compareCases([withOwn('f-one', 'Logistics'), withOwn('f-two', 'Shipping and customs')]).challenges;
    expect(rows).toEqual([{ key: 'logistics', label: 'Logistics', values: ['High', 'High'], differs: false }]);
  });
});
