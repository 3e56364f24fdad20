import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { profileOf } from './profile.js';
import type { AnalysisContext } from './types.js';

const NAMES: Record<string, string> = {
  FI: 'Finland',
  MN: 'Mongolia',
  KZ: 'Kazakhstan',
  UZ: 'Uzbekistan',
  US: 'United States',
  JP: 'Japan',
  DE: 'Germany',
  EE: 'Estonia',
};
const ctx: AnalysisContext = {
  economyClasses: new Map([
    ['FI', 'developed'],
    ['MN', 'emerging'],
  ]),
  countryName: (code) => NAMES[code] ?? code,
  asOfYear: 2025,
};

// Thesis Table 7 (../shared/seeds/003_…txt §4.4), transcribed row by row: Company A, Company B.
const TABLE_7: [string, string, string][] = [
  ['Country of origin', 'Finland (Developed economy)', 'Mongolia (Emerging economy)'],
  ['Company size', 'Small-sized (less than 10 employees)', 'Medium-sized (More than 150 employees)'],
  ['Type', 'Born global', 'Traditional'],
  ['Market experience', 'Less than 10 years', 'More than 30 years'],
  ['Product type', 'Rare cancer medicine', 'Natural ingredient biological active products'],
  ['International experience', 'Actively engaged in global partnerships from inception', 'Limited, early-stage internationalization'],
  ['Target countries to internationalize', 'EU countries, the USA, and Japan (countries with a strict regulatory environment)', 'Central Asian countries'],
  [
    'Key people’s education',
    'PhDs and MScs from top European universities',
    "Bachelor's in chemical science and business administration from local universities",
  ],
  [
    'Key people’s international experience and networking',
    'Extensive, all key people have experience in international organizations and have direct network access to any foreign countries',
    'Limited, minimal interaction with foreigners and foreign institutions',
  ],
];

describe('profileOf (thesis Table 7)', () => {
  it('reproduces Table 7 for Company A and Company B in the sources’ words', () => {
    [sampleCase('company-a'), sampleCase('company-b')].forEach((c, column) => {
      const profile = profileOf(c, ctx);
      expect(profile.rows.map((r) => [r.label, r.value])).toEqual(TABLE_7.map((row) => [row[0], row[column + 1]]));
      expect(profile.rows.every((r) => r.basis === 'stated' && r.evidence.length > 0)).toBe(true);
    });
  });

  it('computes the derived values next to the stated ones', () => {
    expect(profileOf(sampleCase('company-b'), ctx).derived).toEqual({ economyClass: 'emerging', sizeClass: 'medium', yearsActive: 35 });
    expect(profileOf(sampleCase('company-a'), ctx).derived).toEqual({ economyClass: 'developed', sizeClass: 'micro', yearsActive: undefined });
  });

  it('joins several facts of one topic with "; " and keeps all their evidence', () => {
    const size = profileOf(sampleCase('sl-it-sme'), ctx).rows.find((r) => r.key === 'company_size');
    expect(size?.value).toBe(
      'started its operations in 2019 based in Colombo with two employees including the founder of the company; ' +
        'recruited additional employees including systems engineers, and a few salespeople; ' +
        '15 local employees and 3 foreign employees working virtually and physically',
    );
    expect(size?.basis).toBe('stated');
  });

  it('derives each row from structured fields when no fact states it', () => {
    const b = sampleCase('company-b');
    const rows = profileOf({ ...b, facts: [] }, ctx).rows;
    expect(rows.map((r) => [r.key, r.basis, r.value])).toEqual([
      ['country_of_origin', 'derived', 'Mongolia (emerging economy)'],
      ['company_size', 'derived', 'Medium-sized enterprise (about 150 employees)'],
      ['pathway', 'derived', 'Traditional'],
      ['market_experience', 'derived', '35 years (founded 1990)'],
      ['product_type', 'derived', 'Natural ingredient biological active products'],
      ['international_experience', 'derived', 'Serving 1 foreign market now; 2 more through its group companies; 1 tried without success'],
      ['target_markets', 'derived', 'EAEU, Central Asia, Kazakhstan, Uzbekistan (exploring)'],
      [
        'key_people_education',
        'derived',
        'Chief executive officer: Bachelor’s Degree in Business Administration; Head of the Marketing Department: Bachelor’s Degree in chemical science and business administration',
      ],
      [
        'key_people_networking',
        'derived',
        "Chief executive officer: For the last 5 years, focusing more on the company's internationalization, with little international networking experience; Head of the Marketing Department: Not much international networking experience",
      ],
    ]);
    expect(rows.find((r) => r.key === 'pathway')?.evidence).toEqual(['seg-t7-type', 'seg-traditional', 'seg-gradual', 'seg-motivation']);
  });

  it('says when the size class cannot be decided, and when a row has nothing to go on', () => {
    const a = sampleCase('company-a');
    const firm = { ...a.firm, employees: { value: 150, qualifier: 'more_than' as const } };
    const rows = profileOf({ ...a, firm, facts: [], keyPeople: [] }, ctx).rows;
    expect(rows.find((r) => r.key === 'company_size')?.value).toBe('More than 150 employees');
    expect(rows.find((r) => r.key === 'market_experience')).toMatchObject({ basis: 'missing', value: undefined, evidence: [] });
    expect(rows.find((r) => r.key === 'key_people_education')?.basis).toBe('missing');
    // The EU is served now ("the company mainly operates in EU countries"); the US and Japan are targets.
    expect(rows.find((r) => r.key === 'target_markets')?.value).toBe('United States, Japan');
  });

  it('leaves the economy class out when the reference data does not know the country', () => {
    const row = profileOf(sampleCase('sl-it-sme'), { ...ctx, countryName: () => 'Sri Lanka' }).rows[0];
    expect(row?.basis).toBe('stated');
    const derived = profileOf({ ...sampleCase('sl-it-sme'), facts: [] }, { ...ctx, countryName: () => 'Sri Lanka' }).rows[0];
    expect(derived?.value).toBe('Sri Lanka');
  });

  it('derives every row of a one-person start-up in the singular, with the evidence of the records behind it', () => {
    const segment = (id: string) => ({ id, source: 'src-site', quote: `Quote ${id}`, location: 'home page' });
    const c = smallCase(
      {
        keyPeople: [
          { id: 'kp-ceo', role: 'CEO', education: 'MSc Engineering, Aalto', internationalNetworking: '   ', evidence: ['seg-ceo'] },
          { id: 'kp-cfo', role: 'CFO', education: '', evidence: ['seg-cfo'] },
        ],
        markets: [
          { id: 'm-se', country: 'SE', status: 'serving', evidence: ['seg-se'] },
          { id: 'm-no', country: 'NO', status: 'exited' },
          { id: 'm-dk', country: 'DK', status: 'failed' },
          { id: 'm-de', country: 'DE', status: 'target', evidence: ['seg-de'] },
          { id: 'm-ee', country: 'EE', status: 'exploring', evidence: ['seg-ee'] },
        ],
        sources: [{ id: 'src-site', kind: 'website', title: 'Company website' }],
        segments: ['seg-ceo', 'seg-cfo', 'seg-se', 'seg-de', 'seg-ee'].map(segment),
      },
      {
        foundedYear: 2024,
        firstInternationalYear: 2025,
        employees: { value: 1, qualifier: 'exact' },
        productType: 'Flat-pack saunas',
        pathway: { value: 'born_global' },
      },
    );
    expect(profileOf(c, ctx).rows.map((r) => [r.key, r.basis, r.value, r.evidence])).toEqual([
      ['country_of_origin', 'derived', 'Finland (developed economy)', []],
      ['company_size', 'derived', 'Micro enterprise (1 employee)', []],
      ['pathway', 'derived', 'Born global', []],
      ['market_experience', 'derived', '1 year (founded 2024)', []],
      ['product_type', 'derived', 'Flat-pack saunas', []],
      [
        'international_experience',
        'derived',
        'First international step in 2025 (1 year after founding); serving 1 foreign market now; 1 served before (left or stopped); 1 tried without success',
        [],
      ],
      ['target_markets', 'derived', 'Germany, Estonia (exploring)', ['seg-de', 'seg-ee']],
      // The CFO's education is blank and the CEO's networking only spaces: neither says anything.
      ['key_people_education', 'derived', 'CEO: MSc Engineering, Aalto', ['seg-ceo']],
      ['key_people_networking', 'missing', undefined, []],
    ]);
  });

  it('counts several foreign markets served in the plural', () => {
    const markets = [
      { id: 'm-se', country: 'SE', status: 'serving' },
      { id: 'm-no', country: 'NO', status: 'serving' },
    ];
    const row = profileOf(smallCase({ markets }), ctx).rows.find((r) => r.key === 'international_experience');
    expect(row?.value).toBe('Serving 2 foreign markets now');
  });

  it('says how long a firm took to go abroad only when its founding year is known', () => {
    const rowOf = (firm: Record<string, unknown>) => profileOf(smallCase({}, firm), ctx).rows.find((r) => r.key === 'international_experience')?.value;
    expect(rowOf({ foundedYear: 2010, firstInternationalYear: 2013 })).toBe('First international step in 2013 (3 years after founding)');
    expect(rowOf({ firstInternationalYear: 2016 })).toBe('First international step in 2016');
    const size = profileOf(smallCase({}, { employees: { value: 10, qualifier: 'less_than' } }), ctx).rows[1];
    expect(size?.value).toBe('Micro enterprise (less than 10 employees)');
  });
});
