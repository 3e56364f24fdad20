import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { challengeLabel, challengesOf, firmWideRatings, table9, table9All, worstChallenge } from './challenges.js';

// Thesis Table 9 (../shared/seeds/003_…txt §4.4, p. 73), transcribed: row label, Company A, Company B.
const TABLE_9: [string, string, string, string][] = [
  ['regulatory_institutional', 'Regulatory and institutional challenges', 'High', 'High'],
  ['financial_resource', 'Financial and resource constraints', 'High', 'Medium'],
  ['knowledge_experience', 'A lack of knowledge and experience', 'Low', 'High'],
  ['market_specific', 'Market specific challenges', 'Medium', 'Unknown'],
  ['cultural_communication', 'Cultural and communication differences', 'Low', 'Medium'],
  ['technological_digital', 'Technological and digital challenges', 'Low', 'High'],
];

describe('challengesOf (thesis Table 9 for one case)', () => {
  it('gives Company A’s rows in the thesis’s order and wording', () => {
    const rows = challengesOf(sampleCase('company-a'));
    expect(rows.map((r) => [r.category, r.label, r.level])).toEqual(TABLE_9.map(([key, label, a]) => [key, label, a]));
    expect(rows.every((r) => r.market === undefined && r.evidence.length > 0)).toBe(true);
  });

  it('puts the country-of-origin effect after the six, and a case’s own categories after the built-in ones', () => {
    expect(challengesOf(sampleCase('company-b')).map((r) => r.category)).toEqual([...TABLE_9.map((r) => r[0]), 'country_of_origin']);
    expect(challengesOf(sampleCase('company-b')).at(-1)?.label).toBe('Country-of-origin effect');
    expect(challengesOf(sampleCase('sl-it-sme')).map((r) => [r.category, r.label])).toEqual([
      ['regulatory_institutional', 'Regulatory and institutional challenges'],
      ['market_specific', 'Market specific challenges'],
      ['pandemic_disruption', 'COVID-19 pandemic disruption'],
      ['distance_accessibility', 'Distance and accessibility'],
    ]);
  });

  it('labels a category used without a definition by its id, and copies no evidence a rating does not cite', () => {
    // A file that failed the reference check still analyzes: the rating names a category the case never defines.
    const c = { ...smallCase(), challengeRatings: [{ id: 'r-visa', category: 'work_visas', level: 'High' as const }] };
    expect(challengeLabel(c, 'work_visas')).toBe('work_visas');
    expect(challengesOf(c)).toEqual([
      {
        category: 'work_visas',
        label: 'work_visas',
        level: 'High',
        market: undefined,
        description: undefined,
        evidence: [],
        triangulation: { count: 0, kinds: [] },
      },
    ]);
  });

  it('lists a per-market rating after the firm-wide one of its category', () => {
    const b = sampleCase('company-b');
    const perMarket = { id: 'rating-reg-cn', category: 'regulatory_institutional', level: 'High' as const, market: 'mkt-cn' };
    const rows = challengesOf({ ...b, challengeRatings: [perMarket, ...b.challengeRatings] });
    expect(rows.slice(0, 2).map((r) => r.market)).toEqual([undefined, 'mkt-cn']);
  });

  it('names the country or region of a per-market rating, and none for a firm-wide one', () => {
    const c = smallCase({
      markets: [
        { id: 'm-kz', country: 'KZ', status: 'target' },
        { id: 'm-eaeu', region: 'EAEU', status: 'exploring' },
      ],
      challengeRatings: [
        { id: 'r-all', category: 'regulatory_institutional', level: 'High' },
        { id: 'r-kz', category: 'regulatory_institutional', level: 'Medium', market: 'm-kz' },
        { id: 'r-eaeu', category: 'regulatory_institutional', level: 'Low', market: 'm-eaeu' },
      ],
    });
    expect(challengesOf(c).map((r) => [r.market, r.marketPlace])).toEqual([
      [undefined, undefined],
      ['m-kz', 'KZ'],
      ['m-eaeu', 'EAEU'],
    ]);
  });
});

describe('worstChallenge', () => {
  it('picks the highest level, the thesis’s first category among equals', () => {
    // Company A: regulatory and financial both High; regulatory comes first in Table 9.
    expect(worstChallenge(sampleCase('company-a'))).toStrictEqual({
      category: 'regulatory_institutional',
      label: 'Regulatory and institutional challenges',
      level: 'High',
    });
    // Company B rates four categories High; listed in reverse in the file, the table's order still decides.
    const b = sampleCase('company-b');
    expect(worstChallenge({ ...b, challengeRatings: [...b.challengeRatings].reverse() })?.category).toBe('regulatory_institutional');
  });

  it('counts High over Medium over Low wherever they stand in the order', () => {
    const rated = (levels: Record<string, 'High' | 'Medium' | 'Low' | 'Unknown'>) =>
      worstChallenge(smallCase({ challengeRatings: Object.entries(levels).map(([category, level]) => ({ id: `r-${category}`, category, level })) }));
    expect(rated({ regulatory_institutional: 'Low', cultural_communication: 'Medium', country_of_origin: 'High' })).toMatchObject({
      category: 'country_of_origin',
      label: 'Country-of-origin effect',
      level: 'High',
    });
    expect(rated({ regulatory_institutional: 'Low', technological_digital: 'Medium' })?.level).toBe('Medium');
    expect(rated({ regulatory_institutional: 'Unknown', financial_resource: 'Low' })).toStrictEqual({
      category: 'financial_resource',
      label: 'Financial and resource constraints',
      level: 'Low',
    });
  });

  it('names the market of a per-market worst rating, and prefers the firm-wide rating of the same category and level', () => {
    const markets = [{ id: 'm-cn', country: 'CN', status: 'failed' }];
    const perMarket = smallCase({
      markets,
      challengeRatings: [
        { id: 'r-fin', category: 'financial_resource', level: 'Medium' },
        { id: 'r-reg-cn', category: 'regulatory_institutional', level: 'High', market: 'm-cn' },
      ],
    });
    expect(worstChallenge(perMarket)).toStrictEqual({
      category: 'regulatory_institutional',
      label: 'Regulatory and institutional challenges',
      level: 'High',
      market: 'm-cn',
    });
    const both = smallCase({
      markets,
      challengeRatings: [
        { id: 'r-reg-cn', category: 'regulatory_institutional', level: 'High', market: 'm-cn' },
        { id: 'r-reg', category: 'regulatory_institutional', level: 'High' },
      ],
    });
    expect(worstChallenge(both)).not.toHaveProperty('market');
  });

  it('labels a case’s own category as the case does, after the built-in ones among equals', () => {
    const c = smallCase({
      challengeCategories: [{ id: 'pandemic', label: 'Pandemic disruption' }],
      challengeRatings: [
        { id: 'r-pandemic', category: 'pandemic', level: 'High' },
        { id: 'r-coo', category: 'country_of_origin', level: 'Medium' },
      ],
    });
    expect(worstChallenge(c)).toStrictEqual({ category: 'pandemic', label: 'Pandemic disruption', level: 'High' });
    const tie = { ...c, challengeRatings: [...c.challengeRatings, { id: 'r-tech', category: 'technological_digital', level: 'High' as const }] };
    expect(worstChallenge(tie)?.category).toBe('technological_digital');
  });

  it('has none for a firm rated only Unknown, or not rated at all', () => {
    expect(worstChallenge(sampleCase('sl-it-sme'))).toBeUndefined();
    expect(worstChallenge(smallCase())).toBeUndefined();
  });
});

describe('firmWideRatings', () => {
  it('gives one firm-wide rating per rated category, in table order, and nothing for the categories not rated', () => {
    const b = sampleCase('company-b');
    const perMarket = { id: 'rating-cult-kg', category: 'cultural_communication', level: 'Low' as const, market: 'mkt-kg' };
    const ratings = firmWideRatings({ ...b, challengeRatings: [perMarket, ...b.challengeRatings] });
    expect(ratings.map((r) => `${r.category} ${r.level}`)).toEqual([
      'regulatory_institutional High',
      'financial_resource Medium',
      'knowledge_experience High',
      'market_specific Unknown',
      'cultural_communication Medium',
      'technological_digital High',
      'country_of_origin High',
    ]);
    expect(firmWideRatings(sampleCase('sl-it-sme')).map((r) => r.category)).toEqual([
      'regulatory_institutional',
      'market_specific',
      'pandemic_disruption',
      'distance_accessibility',
    ]);
  });
});

describe('table9 across cases', () => {
  const cases = [sampleCase('company-a'), sampleCase('company-b')];
  it('equals thesis Table 9 for Company A and Company B', () => {
    expect(table9(cases)).toEqual({
      'company-a': Object.fromEntries(TABLE_9.map(([key, , a]) => [key, a])),
      'company-b': Object.fromEntries(TABLE_9.map(([key, , , b]) => [key, b])),
    });
  });
  it('adds the other firm-wide ratings in table9All', () => {
    const all = table9All(cases);
    expect(all['company-b']?.['country_of_origin']).toBe('High');
    expect(Object.keys(all['company-a'] ?? {})).toHaveLength(6);
    expect(table9All([sampleCase('sl-it-sme')])['sl-it-sme']).toEqual({
      regulatory_institutional: 'Unknown',
      market_specific: 'Unknown',
      pandemic_disruption: 'Unknown',
      distance_accessibility: 'Unknown',
    });
  });
  it('leaves out ratings for one market only', () => {
    const b = sampleCase('company-b');
    const onlyPerMarket = b.challengeRatings.map((r) => (r.category === 'financial_resource' ? { ...r, market: 'mkt-kg' } : r));
    expect(table9([{ ...b, challengeRatings: onlyPerMarket }])['company-b']).not.toHaveProperty('financial_resource');
  });
});
