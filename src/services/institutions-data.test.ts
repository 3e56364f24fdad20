// Integrity of the institutions directory, data/reference/institutions.json, read through its loader:
// it parses; ids are unique; countries are ISO codes; blocs exist; every entry has its source and date;
// the bodies the seed studies name are there and say so; and the directory is broad enough to use.
import { existsSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../shared/challenge-categories.js';
import { blocReference, institutionReference } from './market-reference.js';

const PAPER = '000_027afc1053f9dfb9.txt';
const THESIS = '003_7a904afc5627ed05.txt';
const blocsFile = new URL('../../data/reference/blocs.json', import.meta.url);

const file = institutionReference();
const directory = file.institutions;
const byId = new Map(directory.map((i) => [i.id, i]));

describe('data/reference/institutions.json', () => {
  it('parses against its schema and says how it was recorded', () => {
    expect(directory.length).toBeGreaterThanOrEqual(60);
    expect(file.recordedOn).toBe('2026-12-01');
    expect(file.method).toContain('without network access');
    expect(file.method).toContain('verify');
  });

  it('gives every institution its own id', () => {
    const ids = directory.map((i) => i.id);
    expect(ids.filter((id, at) => ids.indexOf(id) !== at)).toEqual([]);
  });

  it('places every institution in a country with an assigned ISO 3166-1 alpha-2 code', () => {
    const invalid = directory.filter((i) => !countries.isValid(i.country) || !/^[A-Z]{2}$/.test(i.country)).map((i) => `${i.id}: ${i.country}`);
    expect(invalid).toEqual([]);
  });

  it.skipIf(!existsSync(blocsFile))('names only blocs that data/reference/blocs.json holds', () => {
    const known = new Set(blocReference().blocs.map((b) => b.id));
    const unknown = directory.flatMap((i) => (i.blocs ?? []).filter((b) => !known.has(b)).map((b) => `${i.id}: ${b}`));
    expect(unknown).toEqual([]);
    expect(byId.get('ema')?.blocs).toEqual(['ema-centralised']);
  });

  it('gives every institution an https source and an as-of date no later than the file’s', () => {
    // A body a seed names without saying which has the seed as its source and no home page.
    const unsourced = directory
      .filter((i) =>
        'url' in i.source ? !i.source.url.startsWith('https://') || !i.url?.startsWith('https://') : i.url !== undefined || !i.namedIn?.includes(i.source.seed),
      )
      .map((i) => i.id);
    expect(unsourced).toEqual([]);
    const late = directory.filter((i) => i.asOf > file.recordedOn).map((i) => `${i.id}: ${i.asOf}`);
    expect(late).toEqual([]);
  });

  it.each([
    ['icta', 'LK', PAPER],
    ['edb-sri-lanka', 'LK', PAPER],
    ['ministry-of-technology-lk', 'LK', PAPER],
    ['business-finland', 'FI', THESIS],
    ['mncci', 'MN', THESIS],
    ['ema', 'NL', THESIS],
    ['bio-europe', 'DE', THESIS],
    ['kotra', 'KR', THESIS],
    ['ccpit', 'CN', THESIS],
    ['fda-us', 'US', THESIS],
    ['pag-uk', 'GB', THESIS],
  ])('holds %s, which a seed study names, in %s with namedIn %s', (id, country, seed) => {
    const institution = byId.get(id);
    expect(institution).toBeDefined();
    expect(institution?.country).toBe(country);
    expect(institution?.namedIn).toContain(seed);
  });

  it('describes the EMA and BIO-Europe as the thesis uses them', () => {
    expect(byId.get('ema')).toMatchObject({ kind: 'regulator', audience: 'entrants', sectors: ['life_sciences'] });
    expect(byId.get('bio-europe')).toMatchObject({ kind: 'event', sectors: ['life_sciences'] });
    expect(byId.get('icta')?.programmes.map((p) => p.name)).toContain('Tech Startup Support Program');
  });

  it('claims a seed only for the bodies the seeds name', () => {
    const seedNamed = directory.filter((i) => i.namedIn !== undefined).map((i) => i.id);
    expect(seedNamed.sort()).toEqual([
      'bio-europe',
      'business-finland',
      'ccpit',
      'edb-sri-lanka',
      'ema',
      'fda-us',
      'icta',
      'kotra',
      'ministry-of-technology-lk',
      'mncci',
      'pag-uk',
    ]);
    for (const i of directory) for (const seed of i.namedIn ?? []) expect([PAPER, THESIS]).toContain(seed);
  });

  it('covers at least 30 countries besides those of the seed firms', () => {
    const others = new Set(directory.map((i) => i.country).filter((c) => !['LK', 'FI', 'MN'].includes(c)));
    expect(others.size).toBeGreaterThanOrEqual(30);
  });

  it('has at least one institution for each of the seven challenge categories', () => {
    const uncovered = BUILTIN_CHALLENGE_CATEGORIES.filter((category) => !directory.some((i) => i.helps.includes(category)));
    expect(uncovered).toEqual([]);
  });

  it('does not list a body known to have closed', () => {
    // ProMéxico closed in 2019; its name should not come back from memory.
    expect(directory.filter((i) => /prom[eé]xico/i.test(i.name)).map((i) => i.id)).toEqual([]);
  });
});
