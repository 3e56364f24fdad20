/**
 * A small seeded random number generator for the graph engine: the same seed gives the same graph
 * and the same betweenness pivots on every machine and every Node version, which Math.random cannot
 * promise. mulberry32 (Tommy Ettinger's 32-bit generator): tiny state, fast in V8, statistically fine
 * for sampling and graph generation (not for anything secret).
 */
import { InputError } from '../../shared/errors.js';

export interface SeededRandom {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform integer in [0, bound), bound ≤ 2^32; from 53 random bits, so the bias is below 2^-21. */
  below(bound: number): number;
}

/** Makes the generator for a seed; any safe integer works (it is folded to 32 bits). */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) throw new InputError(`The random seed must be a whole number, got ${String(seed)}`, '/seed');
  // Fold the high bits in too, so seeds that differ only above bit 31 still differ.
  let state = (seed ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    below(bound) {
      const high = nextUint32() >>> 5; // 27 bits
      const low = nextUint32() >>> 6; // 26 bits
      return Math.floor(((high * 67_108_864 + low) / 9_007_199_254_740_992) * bound);
    },
  };
}
