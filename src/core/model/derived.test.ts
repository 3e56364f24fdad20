import { describe, expect, it } from 'vitest';
import { economyClassOf, pathwayIndicators, sizeClass, yearsActive, yearsToInternationalization } from './derived.js';
import type { MarketStatus } from './vocabulary.js';

describe('sizeClass (EU headcount thresholds)', () => {
  it.each([
    [{ value: 9, qualifier: 'exact' as const }, 'micro'],
    [{ value: 10, qualifier: 'exact' as const }, 'small'],
    [{ value: 49, qualifier: 'about' as const }, 'small'],
    [{ value: 50, qualifier: 'exact' as const }, 'medium'],
    [{ value: 249, qualifier: 'exact' as const }, 'medium'],
    [{ value: 250, qualifier: 'exact' as const }, 'large'],
    [{ value: 10, qualifier: 'less_than' as const }, 'micro'],
    [{ value: 50, qualifier: 'less_than' as const }, undefined],
    [{ value: 150, qualifier: 'more_than' as const }, undefined],
    [{ value: 249, qualifier: 'more_than' as const }, 'large'],
  ])('%o → %s', (employees, expected) => {
    expect(sizeClass(employees)).toBe(expected);
  });
  it('is undefined without a headcount', () => expect(sizeClass(undefined)).toBeUndefined());
});

describe('years', () => {
  it('counts years active up to the given year', () => {
    expect(yearsActive({ foundedYear: 1990 }, 2025)).toBe(35);
    expect(yearsActive({}, 2025)).toBeUndefined();
  });
  it('counts years to the first international step, when both years are known', () => {
    expect(yearsToInternationalization({ foundedYear: 2019, firstInternationalYear: 2020 })).toBe(1);
    expect(yearsToInternationalization({ foundedYear: 2019 })).toBeUndefined();
    expect(yearsToInternationalization({ firstInternationalYear: 2020 })).toBeUndefined();
  });
});

describe('economyClassOf', () => {
  const reference = new Map([
    ['FI', 'developed' as const],
    ['MN', 'emerging' as const],
  ]);
  it('reads the reference data', () => {
    expect(economyClassOf({ countryOfOrigin: 'MN' }, reference)).toEqual({ value: 'emerging', basis: 'reference' });
  });
  it('prefers an override and keeps its reason', () => {
    expect(economyClassOf({ countryOfOrigin: 'FI', economyClassOverride: { value: 'emerging', reason: 'test' } }, reference)).toEqual({
      value: 'emerging',
      basis: 'override',
      reason: 'test',
    });
  });
  it('says unknown for a country without data', () => {
    expect(economyClassOf({ countryOfOrigin: 'AQ' }, reference).basis).toBe('unknown');
  });
});

describe('pathwayIndicators', () => {
  it('counts how soon and how widely the firm went abroad', () => {
    const markets: { status: MarketStatus; servedBy?: string }[] = [
      { status: 'serving' },
      { status: 'serving' },
      { status: 'serving', servedBy: 'food-subsidiary' },
      { status: 'past' },
      { status: 'failed' },
      { status: 'target' },
    ];
    expect(pathwayIndicators({ foundedYear: 2019, firstInternationalYear: 2020, pathway: { value: 'born_global', evidence: ['s1'] } }, markets)).toEqual({
      yearsToFirstInternational: 1,
      marketsServing: 2,
      marketsServedByGroup: 1,
      marketsEntered: 4,
      marketsActiveOrPlanned: 4,
      stated: { value: 'born_global', evidence: ['s1'] },
    });
    expect(pathwayIndicators({}, []).stated).toBeUndefined();
  });
  it('counts an exited market as entered but not active, leaves failed ones out of both, and keeps a pathway without evidence', () => {
    const markets: { status: MarketStatus }[] = [{ status: 'exited' }, { status: 'failed' }, { status: 'exploring' }];
    expect(pathwayIndicators({ pathway: { value: 'traditional' } }, markets)).toEqual({
      yearsToFirstInternational: undefined,
      marketsServing: 0,
      marketsServedByGroup: 0,
      marketsEntered: 1,
      marketsActiveOrPlanned: 1,
      stated: { value: 'traditional', evidence: [] },
    });
  });
});
