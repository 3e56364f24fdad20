import { describe, expect, it } from 'vitest';
import { sampleCase } from '../../test-support/samples.js';
import { analyzeCase } from './analyze.js';
import { compareCases } from './compare.js';
import type { AnalysisContext } from './types.js';

const ctx: AnalysisContext = {
  economyClasses: new Map([
    ['FI', 'developed'],
    ['MN', 'emerging'],
    ['LK', 'emerging'],
  ]),
  countryName: (code) => code,
  asOfYear: 2025,
};
const [a, b, sl] = ['company-a', 'company-b', 'sl-it-sme'].map((id) => analyzeCase(sampleCase(id), ctx));

describe('compareCases (thesis Tables 7–10 side by side)', () => {
  const ab = compareCases([a!, b!]);

  it('lists the firms in the order given', () => {
    expect(ab.firms).toEqual([
      { firmId: 'company-a', name: 'Company A' },
      { firmId: 'company-b', name: 'Company B' },
    ]);
  });

  it('sets Table 7 side by side; the two firms differ on every row', () => {
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
});
