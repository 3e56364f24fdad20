// Institutions named in recommendations, on a small hand-made directory: only gaps in institutional
// ties get them, home side first, each body once across the firm's markets, the home country when
// it names none, the cap, the sector, and a user-defined challenge left alone.
import { describe, expect, it } from 'vitest';
import type { Institution } from '../markets/reference.js';
import { institutionsForChallenge, MAX_INSTITUTIONS_PER_GAP, withInstitutions, type InstitutionDirectory } from './institution-advice.js';
import type { FirmContext, Recommendation } from './types.js';

const body = (id: string, country: string, more: Partial<Institution> = {}): Institution => ({
  id,
  name: `Body ${id}`,
  country,
  kind: 'trade_promotion',
  audience: 'both',
  helps: ['regulatory_institutional'],
  programmes: [],
  description: 'helps',
  url: `https://${id}.example/`,
  source: { url: `https://${id}.example/about` },
  asOf: '2026-11-01',
  ...more,
});

const directory: InstitutionDirectory = {
  institutions: [
    body('kz-agency', 'KZ'),
    body('mn-chamber', 'MN', { kind: 'chamber', abbreviation: 'MC' }),
    body('uz-agency', 'UZ'),
    body('kz-finance', 'KZ', { helps: ['financial_resource'] }),
    body('kz-pharma', 'KZ', { sectors: ['life_sciences'], kind: 'regulator', audience: 'entrants' }),
  ],
  blocs: [],
  day: '2026-12-01',
};

const firm = (targetMarkets: string[]): FirmContext => ({
  firmId: 'f',
  countryOfOrigin: 'MN',
  economyClass: 'emerging',
  sizeClass: 'small',
  pathway: undefined,
  sector: undefined,
  productType: undefined,
  sectorFamily: undefined,
  ties: [],
  yearsActive: undefined,
  targetMarkets,
});

const rec = (challenge: string, networkType: Recommendation['networkType'], more: Partial<Recommendation> = {}): Recommendation => ({
  ruleId: `r-${challenge}-${networkType}`,
  challenge,
  challengeLabel: challenge,
  networkType,
  title: 't',
  rationale: 'r',
  actions: [],
  tiesUsed: [],
  sectorFamily: undefined,
  examples: [],
  citations: [],
  because: [],
  severity: 4,
  institutions: [],
  ...more,
});

describe('institutionsForChallenge', () => {
  it('lists the home side first, then each target country’s bodies, each once, regions left aside', () => {
    const found = institutionsForChallenge('regulatory_institutional', firm(['EAEU', 'KZ', 'UZ', 'KZ']), directory, undefined);
    expect(found.map((i) => [i.id, i.market, i.serves])).toEqual([
      ['mn-chamber', 'KZ', 'home'],
      ['kz-agency', 'KZ', 'market'],
      ['kz-pharma', 'KZ', 'market'],
      ['uz-agency', 'UZ', 'market'],
    ]);
    expect(found[0]).toEqual({
      id: 'mn-chamber',
      name: 'Body mn-chamber',
      abbreviation: 'MC',
      country: 'MN',
      market: 'KZ',
      serves: 'home',
      why: 'Mongolia’s chamber of commerce, helping its firms abroad',
      url: 'https://mn-chamber.example/',
      source: 'https://mn-chamber.example/about',
      asOf: '2026-11-01',
    });
  });

  it('looks at home alone when the firm names no country, and leaves out bodies of another sector', () => {
    expect(institutionsForChallenge('regulatory_institutional', firm([]), directory, undefined).map((i) => [i.id, i.serves])).toEqual([['mn-chamber', 'both']]);
    expect(institutionsForChallenge('regulatory_institutional', firm(['KZ']), directory, 'software_it').map((i) => i.id)).toEqual(['mn-chamber', 'kz-agency']);
  });

  it('lists at most MAX_INSTITUTIONS_PER_GAP', () => {
    const many: InstitutionDirectory = { ...directory, institutions: Array.from({ length: 10 }, (_, i) => body(`kz-${i}`, 'KZ')) };
    expect(institutionsForChallenge('regulatory_institutional', firm(['KZ']), many, undefined)).toHaveLength(MAX_INSTITUTIONS_PER_GAP);
  });
});

describe('withInstitutions', () => {
  it('fills only recommendations against a gap in institutional ties of a built-in challenge', () => {
    const recs = [
      rec('regulatory_institutional', 'institutional'),
      rec('regulatory_institutional', 'social'),
      rec('financial_resource', 'institutional'),
      rec('own-category', 'institutional'),
    ];
    const out = withInstitutions(recs, firm(['KZ']), directory);
    expect(out.map((r) => r.institutions.map((i) => i.id))).toEqual([['mn-chamber', 'kz-agency', 'kz-pharma'], [], ['kz-finance'], []]);
    expect(out[1]).toBe(recs[1]);
    expect(recs[0]?.institutions).toEqual([]);
  });

  it('words the search for the sector each recommendation is worded for', () => {
    const out = withInstitutions(
      [rec('regulatory_institutional', 'institutional'), rec('regulatory_institutional', 'institutional', { sectorFamily: 'software_it' })],
      firm(['KZ']),
      directory,
    );
    expect(out.map((r) => r.institutions.map((i) => i.id))).toEqual([
      ['mn-chamber', 'kz-agency', 'kz-pharma'],
      ['mn-chamber', 'kz-agency'],
    ]);
  });
});
