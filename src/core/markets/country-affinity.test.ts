// The distance measures on small hand-made countries, each value worked out by hand.
import { describe, expect, it } from 'vitest';
import { blocDepth, blocInCommon, commonLanguage, contiguity, incomeSimilarity, incomeStep, sameRegion, type CountryProfile } from './country-affinity.js';
import type { Bloc } from './reference.js';

export function country(code: string, more: Partial<CountryProfile> = {}): CountryProfile {
  return { code, name: `Land ${code}`, region: 'Asia', subregion: 'Central Asia', borders: [], speakers: {}, incomeGroup: 'upper_middle', ...more };
}

export function bloc(id: string, members: string[], more: Partial<Bloc> = {}): Bloc {
  return {
    id,
    code: id.toUpperCase(),
    name: `Bloc ${id}`,
    kind: 'free_trade_area',
    inForceSince: '2000-01-01',
    recognition: [],
    members: members.map((c) => ({ country: c, joined: '2000-01-01' })),
    source: { url: 'https://example.org/' },
    asOf: '2026-01-01',
    ...more,
  };
}

const name = (code: string) => ({ ru: 'Russian', kk: 'Kazakh', en: 'English' })[code] ?? code;

describe('commonLanguage', () => {
  it('sums the products of the speaker shares, the largest first in the sentence', () => {
    const a = country('AA', { speakers: { ru: 0.5, kk: 0.2, mn: 0.3 } });
    const b = country('BB', { speakers: { ru: 0.8, kk: 0.6 } });
    const m = commonLanguage(a, b, name);
    expect(m.value).toBeCloseTo(0.5 * 0.8 + 0.2 * 0.6, 12);
    expect(m.explanation).toBe('52 % chance two people share a language: Russian (50 % in AA, 80 % in BB); Kazakh (20 % in AA, 60 % in BB)');
  });

  it('is at most 1, however many languages both speak', () => {
    const a = country('AA', { speakers: { en: 1, ru: 1 } });
    expect(commonLanguage(a, country('BB', { speakers: { en: 1, ru: 1 } }), name).value).toBe(1);
  });

  it('is 0, said in words, when nothing is shared or too little to count', () => {
    const a = country('AA', { speakers: { ru: 0.01 } });
    const b = country('BB', { speakers: { ru: 0.2, en: 1 } });
    expect(commonLanguage(a, b, name)).toEqual({ value: 0, explanation: 'no language is widely spoken in both Land AA and Land BB' });
    expect(commonLanguage(country('AA', { speakers: { mn: 1 } }), b, name).value).toBe(0);
  });
});

describe('contiguity', () => {
  const home = country('HH');
  it('is 1 for a border with home, 0.5 for one with a market the firm is in, else 0', () => {
    expect(contiguity(home, country('CC', { borders: ['HH'] }), new Map()).value).toBe(1);
    const present = new Map([['PP', country('PP')]]);
    const m = contiguity(home, country('CC', { borders: ['PP', 'XX'] }), present);
    expect(m).toEqual({ value: 0.5, explanation: 'borders Land PP, where the firm already is' });
    expect(contiguity(home, country('CC', { borders: ['XX'] }), present).value).toBe(0);
  });

  it('does not count the candidate as its own neighbour when the firm is already there', () => {
    const present = new Map([['CC', country('CC')]]);
    expect(contiguity(home, country('CC', { borders: ['CC'] }), present).value).toBe(0);
  });
});

describe('sameRegion', () => {
  const home = country('HH', { region: 'Europe', subregion: 'Northern Europe' });
  it('is 1 in the same subregion, 0.5 in the same region, else 0', () => {
    expect(sameRegion(home, country('SE', { region: 'Europe', subregion: 'Northern Europe' })).value).toBe(1);
    expect(sameRegion(home, country('AT', { region: 'Europe', subregion: 'Western Europe' }))).toEqual({
      value: 0.5,
      explanation: 'same region as Land HH: Europe',
    });
    expect(sameRegion(home, country('IL', { region: 'Asia', subregion: 'Western Asia' })).value).toBe(0);
  });

  it('does not match two countries without a subregion on the subregion', () => {
    expect(sameRegion(country('AA', { subregion: null }), country('BB', { subregion: null })).value).toBe(0.5);
  });
});

describe('blocDepth and blocInCommon', () => {
  const medicines = bloc('eaeu', ['KG', 'KZ'], {
    kind: 'economic_union',
    recognition: [{ domain: 'medicines', description: 'one registration' }],
  });

  it('counts a recognition in the firm’s sector in full, else the depth of the bloc’s kind', () => {
    expect(blocDepth(medicines, 'life_sciences')).toEqual({ depth: 1, recognition: 'one registration of a medicine counts across its members' });
    expect(blocDepth(medicines, 'software_it')).toEqual({ depth: 0.9, recognition: null });
    expect(blocDepth(medicines, undefined)).toEqual({ depth: 0.9, recognition: null });
    expect(blocDepth(bloc('fta', ['A', 'B']), undefined).depth).toBe(0.6);
    // Free movement of goods does not take a medicine through: it needs its own approval.
    const goods = bloc('eu', ['A', 'B'], { kind: 'single_market', recognition: [{ domain: 'goods', description: 'CE' }] });
    expect(blocDepth(goods, 'life_sciences')).toEqual({ depth: 0.9, recognition: null });
    expect(blocDepth(goods, 'manufacturing').depth).toBe(1);
  });

  it('takes the deepest bloc shared with home in full, and with a market the firm is in at three quarters', () => {
    const home = country('MN');
    const kz = country('KZ');
    const present = new Map([['KG', country('KG')]]);
    const viaMarket = blocInCommon(home, kz, present, [medicines], 'life_sciences', '2026-01-01');
    expect(viaMarket.value).toBe(0.75);
    expect(viaMarket.blocs).toEqual(['EAEU']);
    expect(viaMarket.explanation).toBe('Bloc eaeu (EAEU) with Land KG, where the firm already is: one registration of a medicine counts across its members');
    const withHome = blocInCommon(home, kz, present, [medicines, bloc('asia', ['MN', 'KZ'])], 'life_sciences', '2026-01-01');
    expect(withHome.value).toBe(0.75);
    const deeper = blocInCommon(home, kz, present, [bloc('cu', ['MN', 'KZ'], { kind: 'customs_union' })], undefined, '2026-01-01');
    expect(deeper).toMatchObject({ value: 0.8, blocs: ['CU'], recognition: null });
  });

  it('counts only blocs in force with both countries members on the day', () => {
    const later = bloc('later', ['MN', 'KZ'], { inForceSince: '2030-01-01' });
    expect(blocInCommon(country('MN'), country('KZ'), new Map(), [later], undefined, '2026-01-01').value).toBe(0);
    expect(blocInCommon(country('MN'), country('KZ'), new Map(), [later], undefined, '2030-01-01').value).toBe(0.6);
  });
});

describe('income', () => {
  it('is 1 for the same group, a third less per group between them', () => {
    const home = country('HH', { incomeGroup: 'lower_middle' });
    expect(incomeSimilarity(home, country('AA', { incomeGroup: 'lower_middle' })).value).toBe(1);
    expect(incomeSimilarity(home, country('AA', { incomeGroup: 'high' })).value).toBeCloseTo(1 / 3, 12);
    expect(incomeSimilarity(home, country('AA', { incomeGroup: 'low' })).value).toBeCloseTo(2 / 3, 12);
    expect(incomeStep(home, country('AA', { incomeGroup: 'high' }))).toBe(2);
    expect(incomeStep(home, country('AA', { incomeGroup: 'low' }))).toBe(-1);
  });

  it('is 0 with a reason when a country has no group', () => {
    const m = incomeSimilarity(country('HH'), country('AA', { incomeGroup: null }));
    expect(m).toEqual({ value: 0, explanation: 'no World Bank income group for Land AA' });
    expect(incomeStep(country('HH', { incomeGroup: null }), country('AA'))).toBeNull();
  });
});
