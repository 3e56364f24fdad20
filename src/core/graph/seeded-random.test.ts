import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { seededRandom } from './seeded-random.js';

const draws = (seed: number, count: number, bound: number): number[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random.below(bound));
};

describe('seededRandom', () => {
  it('repeats itself for a seed and differs between seeds, also seeds that differ only above bit 31', () => {
    expect(draws(7, 20, 1000)).toEqual(draws(7, 20, 1000));
    expect(draws(7, 20, 1000)).not.toEqual(draws(8, 20, 1000));
    expect(draws(7, 20, 1000)).not.toEqual(draws(7 + 2 ** 32, 20, 1000));
  });

  it('stays below its bound', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 2 ** 32 }), (seed, bound) => {
        for (const x of draws(seed, 50, bound)) {
          expect(Number.isInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(bound);
        }
      }),
    );
  });

  it('spreads its draws evenly', () => {
    // 60,000 draws into 6 bins: each bin's count is within 3% of 10,000 (about 4 standard deviations).
    const counts = new Array<number>(6).fill(0);
    for (const x of draws(2024, 60_000, 6)) counts[x]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(300);
    const words = seededRandom(3);
    const highBit = Array.from({ length: 10_000 }, () => words.nextUint32() >>> 31).reduce((a, b) => a + b, 0);
    expect(Math.abs(highBit - 5_000)).toBeLessThan(200);
  });

  it('refuses a seed that is not a whole number', () => {
    expect(() => seededRandom(1.5)).toThrow(InputError);
    expect(() => seededRandom(Number.NaN)).toThrow(/whole number/);
  });
});
