import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { halfLifeMonths, MIN_WEIGHT, monthsSince, partialDateMiddle, recencyFactor, tieWeight } from './tie-weight.js';

const asOf = new Date(Date.UTC(2026, 11, 1));
const scale = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const status = fc.constantFrom('active', 'dormant', 'unknown') as fc.Arbitrary<'active' | 'dormant' | 'unknown'>;
const date = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2026, 10, 30)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('tie weight', () => {
  it('multiplies strength, trust, status and recency', () => {
    const w = tieWeight({ strength: 4, trust: 5, status: 'active', lastContact: '2026-12-01' }, asOf);
    expect(w).toEqual({ strength: 0.8, trust: 1, status: 1, recency: 1, weight: 0.8 });
    const dormant = tieWeight({ strength: 5, trust: 1, status: 'dormant' }, asOf);
    expect(dormant?.weight).toBeCloseTo(1 * 0.6 * 0.5, 12);
  });

  it('counts a tie without ratings as middling, and an ended tie as none', () => {
    expect(tieWeight({ status: 'unknown' }, asOf)).toEqual({ strength: 0.5, trust: 0.8, status: 0.8, recency: 1, weight: 0.5 * 0.8 * 0.8 });
    expect(tieWeight({ strength: 5, trust: 5, status: 'ended' }, asOf)).toBeUndefined();
  });

  it('halves a tie over its half-life without contact, and weak ties fade faster', () => {
    expect(halfLifeMonths(1)).toBe(6);
    expect(halfLifeMonths(5)).toBe(30);
    expect(halfLifeMonths(undefined)).toBe(15);
    // 2024-12-01 to 2026-12-01 is 24 months: strength 2 (half-life 12) keeps a quarter.
    expect(recencyFactor({ strength: 2, lastContact: '2024-12-01' }, asOf)).toBeCloseTo(0.25, 2);
    expect(recencyFactor({ strength: 4, lastContact: '2024-12-01' }, asOf)).toBeCloseTo(0.5, 2);
    expect(recencyFactor({ strength: 4 }, asOf)).toBe(1);
  });

  it('reads a year as its middle and a month as its 15th', () => {
    expect(partialDateMiddle('2020').toISOString().slice(0, 10)).toBe('2020-07-01');
    expect(partialDateMiddle('2020-02').toISOString().slice(0, 10)).toBe('2020-02-15');
    expect(partialDateMiddle('2020-02-29').toISOString().slice(0, 10)).toBe('2020-02-29');
    expect(monthsSince('2027-01-01', asOf)).toBe(0);
  });

  it('stays in (0, 1], rises with strength and trust, and falls with time', () => {
    fc.assert(
      fc.property(scale, scale, status, fc.option(date, { nil: undefined }), (strength, trust, st, lastContact) => {
        const tie = { strength, trust, status: st, lastContact };
        const w = tieWeight(tie, asOf)?.weight ?? Number.NaN;
        expect(w).toBeGreaterThanOrEqual(MIN_WEIGHT);
        expect(w).toBeLessThanOrEqual(1);
        if (strength !== undefined && strength < 5) expect(tieWeight({ ...tie, strength: strength + 1 }, asOf)?.weight).toBeGreaterThanOrEqual(w);
        if (trust !== undefined && trust < 5) expect(tieWeight({ ...tie, trust: trust + 1 }, asOf)?.weight).toBeGreaterThanOrEqual(w);
        const later = new Date(asOf.getTime() + 400 * 86_400_000);
        expect(tieWeight(tie, later)?.weight).toBeLessThanOrEqual(w);
      }),
    );
  });
});
