// Country facts from package-shaped input: borders by alpha-2 code, an empty subregion as none,
// speaker shares by base language (scripts folded, capped at 1), a territory CLDR does not list.
import { describe, expect, it } from 'vitest';
import { countryFactsFrom, type WorldCountry } from './country-facts.js';

const world: WorldCountry[] = [
  { cca2: 'KZ', cca3: 'KAZ', ccn3: '398', region: 'Asia', subregion: 'Central Asia', borders: ['KGZ', 'XXX'], latlng: [48, 68] },
  { cca2: 'KG', cca3: 'KGZ', ccn3: '417', region: 'Asia', subregion: 'Central Asia', borders: ['KAZ'], latlng: [41, 75] },
  { cca2: 'AQ', cca3: 'ATA', ccn3: '010', region: 'Antarctic', subregion: '', latlng: [-90, 0] },
  { cca2: 'BV', cca3: 'BVT', ccn3: '074', region: 'Antarctic', latlng: [-54, 3] },
];

describe('countryFactsFrom', () => {
  const facts = countryFactsFrom(world, {
    KZ: { languagePopulation: { kk: { _populationPercent: '64' }, kk_Arab: { _populationPercent: '2' }, ru: { _populationPercent: '72' } } },
    KG: { languagePopulation: { ru: { _populationPercent: '60' }, ru_Latn: { _populationPercent: '50' } } },
  });

  it('gives borders as alpha-2 codes, leaving out one it does not know', () => {
    expect(facts.get('KZ')).toEqual({
      code: 'KZ',
      numeric: '398',
      region: 'Asia',
      subregion: 'Central Asia',
      borders: ['KG'],
      latlng: [48, 68],
      speakers: { kk: expect.closeTo(0.66, 12), ru: expect.closeTo(0.72, 12) },
    });
  });

  it('folds scripts into the base language, at most the whole population', () => {
    expect(facts.get('KG')?.speakers).toEqual({ ru: 1 });
  });

  it('has no subregion for an empty or missing one, no borders and no speakers where the data has none', () => {
    expect(facts.get('AQ')).toMatchObject({ subregion: null, borders: [], speakers: {} });
    expect(facts.get('BV')).toMatchObject({ subregion: null, borders: [], speakers: {} });
  });
});
