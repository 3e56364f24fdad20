import { describe, expect, it } from 'vitest';
import { CASE_FORMAT_1, CASE_FORMAT_2, pointerInFormat1, upgradeCaseFrom1, upgradeRecordFrom1 } from './upgrade.js';

describe('upgradeRecordFrom1', () => {
  it("turns an actor's country and region into lists, keeping the order of its fields", () => {
    const upgraded = upgradeRecordFrom1('actors', { id: 'a', name: 'A', country: 'MN', region: 'EU', kind: 'person' });
    expect(upgraded).toEqual({ id: 'a', name: 'A', countries: ['MN'], regions: ['EU'], kind: 'person' });
    expect(Object.keys(upgraded as object)).toEqual(['id', 'name', 'countries', 'regions', 'kind']);
    expect(upgradeRecordFrom1('actors', { id: 'a', name: 'A', kind: 'person' })).toEqual({ id: 'a', name: 'A', kind: 'person' });
  });

  it('reads "entered" as serving, or as past when the market has an end date, and lists the entry mode', () => {
    expect(upgradeRecordFrom1('markets', { id: 'm', country: 'KG', status: 'entered', entryMode: 'export' })).toEqual({
      id: 'm',
      country: 'KG',
      status: 'serving',
      entryModes: ['export'],
    });
    expect(upgradeRecordFrom1('markets', { id: 'm', country: 'KG', status: 'entered', endedOn: '2020' })).toMatchObject({ status: 'past' });
    for (const status of ['target', 'exploring', 'exited', 'failed']) {
      expect(upgradeRecordFrom1('markets', { id: 'm', country: 'KG', status })).toEqual({ id: 'm', country: 'KG', status });
    }
  });

  it('writes the status a format-1 tie meant by leaving it out, after its network type', () => {
    const upgraded = upgradeRecordFrom1('ties', { id: 't', from: 'f', to: 'a', networkType: 'social', strength: 3 });
    expect(Object.entries(upgraded as object)).toEqual([
      ['id', 't'],
      ['from', 'f'],
      ['to', 'a'],
      ['networkType', 'social'],
      ['status', 'active'],
      ['strength', 3],
    ]);
    // Without a network type (an invalid tie), the status still goes in, at the end.
    expect(upgradeRecordFrom1('ties', { id: 't' })).toEqual({ id: 't', status: 'active' });
    expect(upgradeRecordFrom1('ties', { id: 't', status: 'dormant' })).toEqual({ id: 't', status: 'dormant' });
  });

  it('keeps the status a tie has, wherever it stands among the fields', () => {
    const tie = { id: 't', status: 'dormant', from: 'f', to: 'a', networkType: 'social' };
    const upgraded = upgradeRecordFrom1('ties', tie);
    expect(upgraded).toBe(tie);
    expect(Object.entries(upgraded as object)).toEqual([
      ['id', 't'],
      ['status', 'dormant'],
      ['from', 'f'],
      ['to', 'a'],
      ['networkType', 'social'],
    ]);
  });

  it('leaves other collections and values that are not records as they are', () => {
    const fact = { id: 'x', topic: 'other', text: 'country: MN' };
    expect(upgradeRecordFrom1('facts', fact)).toBe(fact);
    expect(upgradeRecordFrom1('actors', 'not a record')).toBe('not a record');
    expect(upgradeRecordFrom1('actors', null)).toBeNull();
    expect(upgradeRecordFrom1('actors', ['MN'])).toEqual(['MN']);
  });
});

describe('upgradeCaseFrom1', () => {
  it('sets the format, upgrades every record, and counts each kind of change', () => {
    const { value, changes } = upgradeCaseFrom1({
      format: CASE_FORMAT_1,
      firm: { id: 'f', name: 'F', countryOfOrigin: 'FI' },
      actors: [
        { id: 'a1', name: 'A1', kind: 'person', country: 'MN' },
        { id: 'a2', name: 'A2', kind: 'person', country: 'KZ', region: 'EAEU' },
      ],
      markets: [
        { id: 'm1', country: 'KG', status: 'entered', entryMode: 'export' },
        { id: 'm2', country: 'CN', status: 'entered', endedOn: '2022' },
      ],
      ties: [{ id: 't', from: 'f', to: 'a1', networkType: 'social' }, 'not a tie'],
      notes: ['kept'],
    });
    expect(value['format']).toBe(CASE_FORMAT_2);
    expect(value['notes']).toEqual(['kept']);
    expect(value['firm']).toEqual({ id: 'f', name: 'F', countryOfOrigin: 'FI' });
    expect((value['ties'] as unknown[])[1]).toBe('not a tie');
    expect(changes).toEqual([
      'format: foothold.case/1 → foothold.case/2',
      'actors: "country" → "countries": 2',
      'actors: "region" → "regions": 1',
      'markets: "entryMode" → "entryModes": 1',
      'markets: status "entered" → "serving": 1',
      'markets: status "entered" → "past": 1',
      'ties: status left out → "active" (what format 1 meant): 1',
    ]);
  });

  it('carries a collection that is not a list over untouched, for the schema to report', () => {
    const { value, changes } = upgradeCaseFrom1({ format: CASE_FORMAT_1, actors: 'none' });
    expect(value).toEqual({ format: CASE_FORMAT_2, actors: 'none' });
    expect(changes).toEqual(['format: foothold.case/1 → foothold.case/2']);
  });

  it('counts no change for records that format 2 reads as they are', () => {
    const unchanged = {
      format: CASE_FORMAT_1,
      actors: [{ id: 'a', name: 'A', kind: 'platform' }],
      markets: [{ id: 'm', country: 'KG', status: 'target' }],
      ties: [{ id: 't', from: 'f', to: 'a', networkType: 'digital', status: 'dormant' }],
    };
    const { value, changes } = upgradeCaseFrom1(unchanged);
    expect(value).toEqual({ ...unchanged, format: CASE_FORMAT_2 });
    expect(changes).toEqual(['format: foothold.case/1 → foothold.case/2']);
  });
});

describe('pointerInFormat1', () => {
  it('points at the format-1 field a problem of the upgraded list is about', () => {
    expect(pointerInFormat1('/actors/3/countries/0')).toBe('/actors/3/country');
    expect(pointerInFormat1('/actors/3/regions/0')).toBe('/actors/3/region');
    expect(pointerInFormat1('/markets/12/entryModes/0')).toBe('/markets/12/entryMode');
    expect(pointerInFormat1('/markets/1/entryModes/0/x')).toBe('/markets/1/entryMode/x');
    expect(pointerInFormat1('/actors/12/countries/0')).toBe('/actors/12/country');
    expect(pointerInFormat1('/actors/12/regions/0')).toBe('/actors/12/region');
    // Other pointers, and lists a format-1 file could not have written, stay as they are.
    expect(pointerInFormat1('/actors/3/countries/1')).toBe('/actors/3/countries/1');
    expect(pointerInFormat1('/ties/0/countries/0')).toBe('/ties/0/countries/0');
    expect(pointerInFormat1('/actors/3/countriesX/0')).toBe('/actors/3/countriesX/0');
    // Only the collections at the top of the case: the same names deeper down are other fields.
    expect(pointerInFormat1('/firm/actors/3/countries/0')).toBe('/firm/actors/3/countries/0');
    expect(pointerInFormat1('/firm/actors/3/regions/0')).toBe('/firm/actors/3/regions/0');
    expect(pointerInFormat1('/firm/markets/1/entryModes/0')).toBe('/firm/markets/1/entryModes/0');
  });
});
