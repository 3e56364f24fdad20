// The market ranking on the sample cases as issue 11 asks (company-b: KZ and KG above CN; company-a:
// EU markets above non-EU ones of similar size), on a firm of another sector and country with no
// ties at all, and the candidates the service refuses — through a real store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../shared/errors.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { parsedCase } from '../test-support/cases.js';
import { sampleCase } from '../test-support/samples.js';
import { buildCountryProfiles, countryProfiles, firmMarketRanking, languageNameOf, rankingSources } from './market-service.js';

const WS = 'w';
const asOf = new Date(Date.UTC(2026, 11, 1));
let store: CaseStore;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  await store.ensureWorkspace({ id: WS, name: 'W', kind: 'research' });
  for (const id of ['company-a', 'company-b', 'sl-it-sme']) await store.putCase(WS, sampleCase(id), { replace: false });
  // A Chilean winery with nothing but its firm record: another sector, country and continent.
  await store.putCase(WS, parsedCase({ format: 'foothold.case/2', firm: { id: 'vina', name: 'Viña Sur', countryOfOrigin: 'CL', sector: 'wine' } }), {
    replace: false,
  });
});
afterAll(() => store.close());

const rankOf = (codes: string[]) => (code: string) => codes.indexOf(code);

describe('firmMarketRanking on the sample cases', () => {
  it('company-b: Kazakhstan and Kyrgyzstan rank above China, among all countries', async () => {
    const r = await firmMarketRanking(store, WS, 'company-b', { asOf });
    const rank = rankOf(r.markets.map((m) => m.country));
    expect(r.home).toBe('MN');
    expect(rank('KZ')).toBeLessThan(rank('CN'));
    expect(rank('KG')).toBeLessThan(rank('CN'));
    const kz = r.markets.find((m) => m.country === 'KZ')!;
    // Languages by name in the sentences: Russian is widely spoken in Kazakhstan.
    expect(kz.parts.find((p) => p.part === 'language')?.explanation).toContain('Russian (');
    // The EAEU's common market for medicines with Kyrgyzstan, where Company B already is.
    expect(kz.parts.find((p) => p.part === 'bloc')).toMatchObject({ value: 0.75 });
    expect(kz.parts.find((p) => p.part === 'bloc')?.explanation).toContain('(EAEU) with Kyrgyzstan');
    expect(kz.expectedChallenges.find((c) => c.category === 'regulatory_institutional')).toMatchObject({ rated: 'High', expected: 'Medium' });
    const cn = r.markets.find((m) => m.country === 'CN')!;
    expect(cn.parts.find((p) => p.part === 'experience')).toMatchObject({ value: -0.5 });
  });

  it('company-a: EU markets rank above non-EU markets of similar size', async () => {
    const r = await firmMarketRanking(store, WS, 'company-a', { asOf });
    const rank = rankOf(r.markets.map((m) => m.country));
    for (const [eu, other] of [
      ['SE', 'CH'],
      ['AT', 'IL'],
      ['DK', 'SG'],
      ['IE', 'NZ'],
      ['PT', 'IL'],
      ['CZ', 'CH'],
    ] as const) {
      expect(rank(eu), `${eu} above ${other}`).toBeLessThan(rank(other));
    }
    // Same size, outside the EU but inside the EMA's centralised procedure: Norway's approvals are Finland's.
    const no = r.markets.find((m) => m.country === 'NO')!;
    expect(no.parts.find((p) => p.part === 'bloc')?.value).toBe(1);
  });

  it('ranks every other country for a firm with no ties, from distance alone', async () => {
    const r = await firmMarketRanking(store, WS, 'vina', { asOf });
    expect(r.markets).toHaveLength(countryProfiles().size - 1);
    expect(r.markets.every((m) => m.reach.bestPath === null && m.parts.find((p) => p.part === 'reach')?.value === 0)).toBe(true);
    const top = r.markets.slice(0, 5).map((m) => m.country);
    // Its neighbours, which share its language and region, come first.
    expect(top).toEqual(expect.arrayContaining(['AR', 'PE', 'BO']));
    expect(r.sources).toEqual(rankingSources());
  });

  it('ranks the candidates given, in capitals, and says which it left out', async () => {
    const r = await firmMarketRanking(store, WS, 'sl-it-sme', { asOf, candidates: ['SG', 'LK', 'IN'], weights: { reach: 0 } });
    expect(r.markets.map((m) => m.country).sort()).toEqual(['IN', 'SG']);
    expect(r.skipped).toEqual([{ country: 'LK', reason: 'the firm’s home country' }]);
    expect(r.weights.reach).toBe(0);
    expect(r.day).toBe('2026-12-01');
    expect(r.firmName).toBe('Sri Lankan IT SME (focal company)');
  });

  it('refuses a candidate that is no country code, and a firm the workspace does not have', async () => {
    await expect(firmMarketRanking(store, WS, 'sl-it-sme', { asOf, candidates: ['SG', 'sg'] })).rejects.toMatchObject({
      message: 'candidate "sg" is not an ISO 3166-1 alpha-2 country code (expected two capital letters such as "KZ")',
      path: '/candidates/1',
    });
    await expect(firmMarketRanking(store, WS, 'sl-it-sme', { asOf, candidates: ['S G'] })).rejects.toBeInstanceOf(InputError);
    await expect(firmMarketRanking(store, WS, 'nobody', { asOf })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('countryProfiles', () => {
  it('joins world-countries, CLDR and the World Bank for every country code Foothold accepts', () => {
    const profiles = buildCountryProfiles();
    // Kosovo: a code Foothold accepts (i18n-iso-countries has it), in no World Bank list of ISO codes.
    expect(profiles.get('XK')?.incomeGroup).toBeNull();
    expect(profiles.size).toBeGreaterThan(240);
    const kg = profiles.get('KG')!;
    expect(kg).toMatchObject({ name: 'Kyrgyzstan', region: 'Asia', subregion: 'Central Asia', incomeGroup: 'lower_middle' });
    expect([...kg.borders].sort()).toEqual(['CN', 'KZ', 'TJ', 'UZ']);
    expect(kg.speakers['ru']).toBeGreaterThan(0.3);
    // "kk_Arab" and "kk" are both Kazakh.
    expect(profiles.get('MN')!.speakers['kk']).toBeGreaterThan(0);
    expect(countryProfiles()).toBe(countryProfiles());
    expect(countryProfiles().get('KG')).toEqual(kg);
  });

  it('names the sources with the World Bank fiscal year and the number of blocs, each with its recording day', () => {
    const sources = rankingSources();
    expect(sources.incomeGroups).toMatch(/^World Bank income groups FY\d{4}, recorded \d{4}-\d{2}-\d{2} \(data\/reference\/income-groups\.json\)$/);
    expect(sources.blocs).toMatch(/^\d+ trade blocs and regulatory zones, recorded \d{4}-\d{2}-\d{2} \(data\/reference\/blocs\.json\)$/);
  });
});

describe('languageNameOf', () => {
  it('names a language by its ISO 639-1 code, and gives back a code it cannot name', () => {
    expect(languageNameOf('ru')).toBe('Russian');
    expect(languageNameOf('kaa')).toBe('kaa');
  });
});
