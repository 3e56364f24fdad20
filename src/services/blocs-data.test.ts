// Integrity of the hand-kept trade blocs and regulatory zones (data/reference/blocs.json): the file
// is written by hand, so these checks catch the slips that makes (an id or a country twice, a code
// that is not ISO, dates out of order or after the recording day) and a few facts anyone can check.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { membersOn } from '../core/markets/blocs.js';
import type { Bloc } from '../core/markets/reference.js';
import { blocReference } from './market-reference.js';

const file = blocReference();
const { recordedOn } = file;

function blocById(id: string): Bloc {
  const bloc = file.blocs.find((b) => b.id === id);
  if (bloc === undefined) throw new Error(`no bloc "${id}" in data/reference/blocs.json`);
  return bloc;
}

const sorted = (codes: readonly string[]) => [...codes].sort();

/** Every date a bloc and its members carry, each named by where it sits, for messages that point at the slip. */
function datesOf(bloc: Bloc): { where: string; day: string }[] {
  return [
    { where: `${bloc.id} inForceSince`, day: bloc.inForceSince },
    { where: `${bloc.id} asOf`, day: bloc.asOf },
    ...bloc.members.flatMap((m) =>
      [
        { where: `${bloc.id} ${m.country} joined`, day: m.joined },
        { where: `${bloc.id} ${m.country} left`, day: m.left },
        { where: `${bloc.id} ${m.country} suspendedSince`, day: m.suspendedSince },
      ].flatMap((d) => (d.day === undefined ? [] : [{ where: d.where, day: d.day }])),
    ),
  ];
}

describe('trade blocs reference', () => {
  it('parses against its schema, read once, and says how it was recorded', () => {
    expect(blocReference()).toBe(file);
    expect(recordedOn).toBe('2026-12-01');
    expect(file.method).toContain('without network access');
    expect(file.blocs.length).toBeGreaterThanOrEqual(13);
  });

  it('gives every bloc its own id and its own code, even without regard to case', () => {
    const ids = file.blocs.map((b) => b.id);
    const codes = file.blocs.map((b) => b.code.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    // blocByRegion matches a region on code or id: one bloc's code must not be another's id.
    const clashes = file.blocs.filter((b) => file.blocs.some((other) => other !== b && other.id === b.code.toLowerCase()));
    expect(clashes.map((b) => b.id)).toEqual([]);
  });

  it.each([
    ['eu', 'EU'],
    ['eea', 'EEA'],
    ['efta', 'EFTA'],
    ['ema-centralised', 'EMA'],
    ['eaeu', 'EAEU'],
    ['asean', 'ASEAN'],
    ['mercosur', 'MERCOSUR'],
    ['gcc', 'GCC'],
    ['usmca', 'USMCA'],
    ['cptpp', 'CPTPP'],
    ['rcep', 'RCEP'],
    ['afcfta', 'AfCFTA'],
    ['saarc', 'SAARC'],
  ])('holds %s with the code %s', (id, code) => {
    expect(blocById(id).code).toBe(code);
  });

  it('lists only assigned ISO 3166-1 alpha-2 codes as members, as i18n-iso-countries knows them', () => {
    const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));
    // isValid alone would also accept alpha-3 and numeric codes; members must be alpha-2 only.
    const wrong = file.blocs.flatMap((b) =>
      b.members.filter((m) => !/^[A-Z]{2}$/.test(m.country) || !alpha2.has(m.country) || !countries.isValid(m.country)).map((m) => `${b.id} ${m.country}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lists no country twice in one bloc', () => {
    const twice = file.blocs.flatMap((b) => {
      const codes = b.members.map((m) => m.country);
      return codes.filter((c, i) => codes.indexOf(c) !== i).map((c) => `${b.id} ${c}`);
    });
    expect(twice).toEqual([]);
  });

  it('has no member join before its bloc took effect, nor leave or be suspended before it joined', () => {
    const early = file.blocs.flatMap((b) => b.members.filter((m) => m.joined < b.inForceSince).map((m) => `${b.id} ${m.country} joined ${m.joined}`));
    expect(early).toEqual([]);
    const backwards = file.blocs.flatMap((b) =>
      b.members
        .filter((m) => (m.left !== undefined && m.left <= m.joined) || (m.suspendedSince !== undefined && m.suspendedSince <= m.joined))
        .map((m) => `${b.id} ${m.country}`),
    );
    expect(backwards).toEqual([]);
  });

  it('dates nothing after the day the file was recorded', () => {
    const later = file.blocs.flatMap(datesOf).filter((d) => d.day > recordedOn);
    expect(later).toEqual([]);
  });

  it('names an https source for every bloc, and explains every suspension and departure', () => {
    expect(file.blocs.filter((b) => !b.source.url.startsWith('https://')).map((b) => b.id)).toEqual([]);
    const unexplained = file.blocs.flatMap((b) =>
      b.members
        .filter((m) => (m.suspendedSince !== undefined || m.left !== undefined) && m.note === undefined && b.note === undefined)
        .map((m) => `${b.id} ${m.country}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('has every bloc with members on the recording day', () => {
    const empty = file.blocs.filter((b) => membersOn(b, recordedOn).length < 2).map((b) => b.id);
    expect(empty).toEqual([]);
  });
});

describe('facts anyone can check in the blocs reference', () => {
  const eu = blocById('eu');
  const euToday = membersOn(eu, recordedOn);

  it('has the 27 EU member states on the recording day, the United Kingdom not among them', () => {
    expect(euToday).toHaveLength(27);
    expect(euToday).not.toContain('GB');
    expect(euToday).toEqual(expect.arrayContaining(['DE', 'FR', 'FI', 'HR', 'BG', 'RO', 'IE']));
  });

  it('has the United Kingdom in the EU on 2019-12-31 and out of it on 2020-02-01', () => {
    expect(membersOn(eu, '2019-12-31')).toContain('GB');
    expect(membersOn(eu, '2020-02-01')).not.toContain('GB');
  });

  it('keeps the United Kingdom in the EEA and the EMA zone through 2020, after it left the EU', () => {
    expect(membersOn(blocById('eea'), '2020-06-01')).toContain('GB');
    expect(membersOn(blocById('ema-centralised'), '2020-06-01')).toContain('GB');
    expect(membersOn(blocById('eea'), '2021-01-01')).not.toContain('GB');
    expect(membersOn(blocById('ema-centralised'), '2021-01-01')).not.toContain('GB');
  });

  it.each(['eea', 'ema-centralised'])('has %s members on the recording day equal the EU members with Iceland, Liechtenstein and Norway', (id) => {
    expect(sorted(membersOn(blocById(id), recordedOn))).toEqual(sorted([...euToday, 'IS', 'LI', 'NO']));
  });

  it('lets the EMA centralised procedure cover medicines', () => {
    const ema = blocById('ema-centralised');
    expect(ema.kind).toBe('regulatory_zone');
    expect(ema.recognition.map((r) => r.domain)).toContain('medicines');
  });

  it('has exactly Armenia, Belarus, Kyrgyzstan, Kazakhstan and Russia in the EAEU, not Uzbekistan or Azerbaijan', () => {
    const eaeu = blocById('eaeu');
    expect(sorted(membersOn(eaeu, recordedOn))).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU']);
    expect(eaeu.members.map((m) => m.country)).not.toContain('UZ');
    expect(eaeu.members.map((m) => m.country)).not.toContain('AZ');
    expect(eaeu.recognition.map((r) => r.domain)).toContain('medicines');
    // Kyrgyzstan, Company B's first foreign market, joined in August 2015.
    expect(membersOn(eaeu, '2015-08-11')).not.toContain('KG');
    expect(membersOn(eaeu, '2015-08-12')).toContain('KG');
  });

  it('has Iceland, Liechtenstein, Norway and Switzerland in EFTA', () => {
    expect(sorted(membersOn(blocById('efta'), recordedOn))).toEqual(['CH', 'IS', 'LI', 'NO']);
  });

  it('counts Venezuela out of Mercosur while it is suspended, and Bolivia in', () => {
    const mercosur = membersOn(blocById('mercosur'), recordedOn);
    expect(mercosur).not.toContain('VE');
    expect(sorted(mercosur)).toEqual(['AR', 'BO', 'BR', 'PY', 'UY']);
    expect(membersOn(blocById('mercosur'), '2015-01-01')).toContain('VE');
  });

  it('has the six Gulf states in the GCC and the three North American states in the USMCA', () => {
    expect(sorted(membersOn(blocById('gcc'), recordedOn))).toEqual(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']);
    expect(sorted(membersOn(blocById('usmca'), recordedOn))).toEqual(['CA', 'MX', 'US']);
  });

  it('has 11 ASEAN members with Timor-Leste, 12 CPTPP parties with the United Kingdom and 15 RCEP parties', () => {
    expect(membersOn(blocById('asean'), recordedOn)).toHaveLength(11);
    expect(membersOn(blocById('asean'), '2025-10-25')).not.toContain('TL');
    expect(membersOn(blocById('cptpp'), recordedOn)).toHaveLength(12);
    expect(membersOn(blocById('cptpp'), '2024-12-14')).not.toContain('GB');
    expect(membersOn(blocById('cptpp'), '2024-12-15')).toContain('GB');
    expect(membersOn(blocById('rcep'), recordedOn)).toHaveLength(15);
    expect(membersOn(blocById('rcep'), recordedOn)).not.toContain('IN');
  });

  it('has the eight SAARC members, Afghanistan from 2007', () => {
    expect(membersOn(blocById('saarc'), recordedOn)).toHaveLength(8);
    expect(membersOn(blocById('saarc'), '2007-04-02')).not.toContain('AF');
    expect(membersOn(blocById('saarc'), recordedOn)).toContain('LK');
  });
});
