// Finding institutions on small hand-made directories and blocs (not the real data file): the filters
// of findInstitutions and its order, and for a firm's gap the home and market sides, the audience, the
// sector and bloc membership on the day asked.
import { describe, expect, it } from 'vitest';
import { findInstitutions, institutionsForGap, type InstitutionGap } from './institutions.js';
import type { Bloc, Institution } from './reference.js';

const source = { url: 'https://example.org/' };

function body(id: string, fields: Partial<Institution> & Pick<Institution, 'country'>): Institution {
  return {
    id,
    name: id,
    kind: 'trade_promotion',
    audience: 'exporters',
    helps: ['market_specific'],
    programmes: [],
    description: `${id} helps firms`,
    url: 'https://example.org/',
    source,
    asOf: '2026-12-01',
    ...fields,
  };
}

function bloc(id: string, code: string, inForceSince: string, members: Bloc['members']): Bloc {
  return { id, code, name: `${code} bloc`, kind: 'economic_union', inForceSince, recognition: [], members, source, asOf: '2026-12-01' };
}

// Kyrgyzstan joined the union on 2015-08-12, after it took effect; Armenia, before it, counts from then.
const union = bloc('union', 'EAEU', '2015-01-01', [
  { country: 'RU', joined: '2015-01-01' },
  { country: 'KZ', joined: '2015-01-01' },
  { country: 'KG', joined: '2015-08-12' },
]);
const zone = bloc('zone', 'ZONE', '1995-01-01', [
  { country: 'DE', joined: '1995-01-01' },
  { country: 'FI', joined: '1995-01-01' },
  { country: 'GB', joined: '1995-01-01', left: '2020-01-31' },
]);
const blocs = [union, zone];

describe('findInstitutions', () => {
  const directory = [
    body('zeta', { country: 'KR', name: 'Zeta agency', helps: ['market_specific', 'financial_resource'] }),
    body('alpha', { country: 'KR', name: 'Alpha chamber', kind: 'chamber' }),
    body('beta', { country: 'FI', name: 'Beta fund', kind: 'export_credit_agency', helps: ['financial_resource'] }),
    body('gamma', { country: 'CN', name: 'Gamma council' }),
  ];

  it('lists every institution, sorted by country and then by name, when no filter is given', () => {
    expect(findInstitutions(directory).map((i) => i.id)).toEqual(['gamma', 'beta', 'alpha', 'zeta']);
  });

  it('keeps those based in the country asked for', () => {
    expect(findInstitutions(directory, { country: 'KR' }).map((i) => i.id)).toEqual(['alpha', 'zeta']);
    expect(findInstitutions(directory, { country: 'MN' })).toEqual([]);
  });

  it('keeps those that help with the challenge asked for', () => {
    expect(findInstitutions(directory, { helps: 'financial_resource' }).map((i) => i.id)).toEqual(['beta', 'zeta']);
    expect(findInstitutions(directory, { helps: 'country_of_origin' })).toEqual([]);
  });

  it('keeps those of the kind asked for, and combines the filters', () => {
    expect(findInstitutions(directory, { kind: 'chamber' }).map((i) => i.id)).toEqual(['alpha']);
    expect(findInstitutions(directory, { country: 'KR', helps: 'financial_resource' }).map((i) => i.id)).toEqual(['zeta']);
    expect(findInstitutions(directory, { country: 'KR', kind: 'export_credit_agency' })).toEqual([]);
  });

  it('leaves the directory it was given in its order', () => {
    findInstitutions(directory);
    expect(directory.map((i) => i.id)).toEqual(['zeta', 'alpha', 'beta', 'gamma']);
  });
});

describe('institutionsForGap', () => {
  const gap = (fields: Partial<InstitutionGap>): InstitutionGap => ({
    home: 'MN',
    market: 'KG',
    category: 'regulatory_institutional',
    day: '2026-12-01',
    ...fields,
  });
  const ids = (found: { institution: Institution }[]) => found.map((f) => f.institution.id);

  it('takes home bodies for exporters and market bodies for entrants, and says why', () => {
    const directory = [
      body('mn-chamber', { country: 'MN', name: 'Mongolian chamber', kind: 'chamber', audience: 'both', helps: ['regulatory_institutional'] }),
      body('mn-export', { country: 'MN', name: 'Mongolian exports', audience: 'exporters', helps: ['regulatory_institutional'] }),
      body('mn-invest', { country: 'MN', name: 'Invest Mongolia', kind: 'investment_promotion', audience: 'entrants', helps: ['regulatory_institutional'] }),
      body('kg-export', { country: 'KG', name: 'Kyrgyz exports', audience: 'exporters', helps: ['regulatory_institutional'] }),
      body('kg-regulator', { country: 'KG', name: 'Kyrgyz regulator', kind: 'regulator', audience: 'entrants', helps: ['regulatory_institutional'] }),
      body('kz-regulator', { country: 'KZ', name: 'Kazakh regulator', kind: 'regulator', audience: 'entrants', helps: ['regulatory_institutional'] }),
    ];
    const found = institutionsForGap(directory, blocs, gap({}));
    expect(found).toEqual([
      { institution: directory[0], serves: 'home', viaBlocs: [], why: 'Mongolia’s chamber of commerce, helping its firms abroad' },
      { institution: directory[1], serves: 'home', viaBlocs: [], why: 'Mongolia’s trade-promotion body, helping its firms abroad' },
      { institution: directory[4], serves: 'market', viaBlocs: [], why: 'Kyrgyzstan’s regulator, for firms entering Kyrgyzstan' },
    ]);
  });

  it('keeps only bodies that help with the challenge in question', () => {
    const directory = [
      body('money', { country: 'MN', helps: ['financial_resource'] }),
      body('rules', { country: 'MN', helps: ['financial_resource', 'regulatory_institutional'] }),
    ];
    expect(ids(institutionsForGap(directory, blocs, gap({})))).toEqual(['rules']);
    expect(ids(institutionsForGap(directory, blocs, gap({ category: 'financial_resource' })))).toEqual(['money', 'rules']);
    expect(institutionsForGap(directory, blocs, gap({ category: 'country_of_origin' }))).toEqual([]);
  });

  it('keeps bodies for the firm’s sector and bodies that name no sector, and all of them when the sector is unknown', () => {
    const directory = [
      body('pharma', { country: 'KG', audience: 'entrants', sectors: ['life_sciences'], helps: ['regulatory_institutional'] }),
      body('food-and-pharma', { country: 'KG', audience: 'entrants', sectors: ['food_agriculture', 'life_sciences'], helps: ['regulatory_institutional'] }),
      body('anyone', { country: 'KG', audience: 'entrants', helps: ['regulatory_institutional'] }),
    ];
    expect(ids(institutionsForGap(directory, blocs, gap({ sectorFamily: 'software_it' })))).toEqual(['anyone']);
    expect(ids(institutionsForGap(directory, blocs, gap({ sectorFamily: 'food_agriculture' })))).toEqual(['anyone', 'food-and-pharma']);
    expect(ids(institutionsForGap(directory, blocs, gap({ sectorFamily: 'life_sciences' })))).toEqual(['anyone', 'food-and-pharma', 'pharma']);
    expect(ids(institutionsForGap(directory, blocs, gap({})))).toEqual(['anyone', 'food-and-pharma', 'pharma']);
  });

  it('finds a bloc body through the market’s membership on the day, not before it joined', () => {
    const directory = [body('union-agency', { country: 'RU', blocs: ['union'], kind: 'regulator', audience: 'entrants', helps: ['regulatory_institutional'] })];
    expect(institutionsForGap(directory, blocs, gap({ day: '2015-08-11' }))).toEqual([]);
    expect(institutionsForGap(directory, blocs, gap({ day: '2015-08-12' }))).toEqual([
      { institution: directory[0], serves: 'market', viaBlocs: ['union'], why: 'regulator for Kyrgyzstan’s bloc EAEU, for firms entering Kyrgyzstan' },
    ]);
  });

  it('drops a bloc body for a market from the day the market left the bloc', () => {
    const directory = [body('zone-agency', { country: 'DE', blocs: ['zone'], kind: 'regulator', audience: 'entrants', helps: ['regulatory_institutional'] })];
    expect(ids(institutionsForGap(directory, blocs, gap({ market: 'GB', day: '2020-01-30' })))).toEqual(['zone-agency']);
    expect(institutionsForGap(directory, blocs, gap({ market: 'GB', day: '2020-01-31' }))).toEqual([]);
  });

  it('matches a bloc body through its bloc only, not through the country it is seated in', () => {
    // Seated in Germany but acting for the union, which Germany is not in: a firm entering Germany
    // does not find it, a firm entering Kyrgyzstan does.
    const directory = [body('union-desk', { country: 'DE', blocs: ['union'], kind: 'regulator', audience: 'entrants', helps: ['regulatory_institutional'] })];
    expect(institutionsForGap(directory, blocs, gap({ market: 'DE' }))).toEqual([]);
    expect(institutionsForGap(directory, blocs, gap({ market: 'KG' }))).toEqual([
      { institution: directory[0], serves: 'market', viaBlocs: ['union'], why: 'regulator for Kyrgyzstan’s bloc EAEU, for firms entering Kyrgyzstan' },
    ]);
    // Nor does a German firm find it as its own country's body.
    expect(institutionsForGap([{ ...directory[0]!, audience: 'both' }], blocs, gap({ home: 'DE', market: 'FI' }))).toEqual([]);
  });

  it('serves the firm’s own side through a bloc its home belongs to when the body helps exporters', () => {
    const directory = [
      body('network', { country: 'DE', name: 'Zone network', blocs: ['zone'], kind: 'enterprise_network', audience: 'both', helps: ['market_specific'] }),
      body('entry-desk', { country: 'DE', name: 'Zone entry desk', blocs: ['zone'], audience: 'entrants', helps: ['market_specific'] }),
    ];
    const found = institutionsForGap(directory, blocs, gap({ home: 'FI', market: 'KG', category: 'market_specific' }));
    expect(found).toEqual([
      { institution: directory[0], serves: 'home', viaBlocs: ['zone'], why: 'enterprise support network for Finland’s bloc ZONE, helping its firms abroad' },
    ]);
  });

  it('serves both sides when home and market share the bloc, naming the bloc once', () => {
    const directory = [body('network', { country: 'DE', blocs: ['zone', 'union'], kind: 'enterprise_network', audience: 'both', helps: ['market_specific'] })];
    const [found, ...rest] = institutionsForGap(directory, blocs, gap({ home: 'FI', market: 'DE', category: 'market_specific' }));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ serves: 'both', viaBlocs: ['zone'] });
    expect(found?.why).toBe(
      'enterprise support network for Finland’s bloc ZONE, helping its firms abroad; enterprise support network for Germany’s bloc ZONE, for firms entering Germany',
    );
  });

  it('lists a national body of a firm at home on both sides once, when home and market are the same country', () => {
    const directory = [body('chamber', { country: 'MN', kind: 'chamber', audience: 'both', helps: ['regulatory_institutional'] })];
    const found = institutionsForGap(directory, blocs, gap({ market: 'MN' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      serves: 'both',
      why: 'Mongolia’s chamber of commerce, helping its firms abroad; Mongolia’s chamber of commerce, for firms entering Mongolia',
    });
  });

  it('puts the firm’s own side first, then bodies on both sides, then the market’s, each by name', () => {
    const directory = [
      body('m-b', { country: 'DE', name: 'B market body', audience: 'entrants' }),
      body('m-a', { country: 'DE', name: 'A market body', audience: 'entrants' }),
      body('both', { country: 'DE', name: 'A shared body', blocs: ['zone'], audience: 'both' }),
      body('h-b', { country: 'FI', name: 'B home body' }),
      body('h-a', { country: 'FI', name: 'C home body' }),
    ];
    expect(ids(institutionsForGap(directory, blocs, gap({ home: 'FI', market: 'DE', category: 'market_specific' })))).toEqual([
      'h-b',
      'h-a',
      'both',
      'm-a',
      'm-b',
    ]);
  });

  it('uses the possessive of a country name that ends in s', () => {
    const directory = [body('us-exports', { country: 'US', helps: ['regulatory_institutional'] })];
    expect(institutionsForGap(directory, blocs, gap({ home: 'US' }))[0]?.why).toBe('United States’ trade-promotion body, helping its firms abroad');
  });
});
