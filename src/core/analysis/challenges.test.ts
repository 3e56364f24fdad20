import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { challengeLabel, challengesOf, firmWideRatings, table9, table9All } from './challenges.js';

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
    expect(challengesOf(c)).toEqual([{ category: 'work_visas', label: 'work_visas', level: 'High', market: undefined, description: undefined, evidence: [] }]);
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
