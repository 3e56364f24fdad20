import { describe, expect, it } from 'vitest';
import { sampleCase } from '../../test-support/samples.js';
import type { UtilizationLevel } from '../model/index.js';
import { agreement, weightedKappa } from './agreement.js';
import { suggestedUtilizationOf, utilizationOf } from './utilization.js';

describe('weightedKappa (linear weights)', () => {
  it('matches a hand computation', () => {
    // Pairs (recorded, suggested) on steps 0–3: (0,0) (1,2) (2,2) (3,1); n = 4, w = |i − j| / 3.
    // Σ w·O = (0 + 1/3 + 0 + 2/3) / 4 = 1/4.
    // Recorded marginals r = [1,1,1,1]; suggested c = [1,1,2,0]; E_ij = r_i·c_j / 16.
    // Σ_j w_ij·c_j per row i: i=0: 1/3·1 + 2/3·2 = 5/3; i=1: 1/3·1 + 1/3·2 = 1; i=2: 2/3·1 + 1/3·1 = 1;
    // i=3: 1·1 + 2/3·1 + 1/3·2 = 7/3; sum = 6, so Σ w·E = 6/16 = 3/8.
    // κw = 1 − (1/4)/(3/8) = 1 − 2/3 = 1/3.
    const pairs: [UtilizationLevel, UtilizationLevel][] = [
      ['Not used', 'Not used'],
      ['Low', 'Moderate'],
      ['Moderate', 'Moderate'],
      ['High', 'Low'],
    ];
    expect(weightedKappa(pairs)).toBeCloseTo(1 / 3, 12);
  });

  it('is 1 for perfect agreement, negative below chance, undefined when it cannot be computed', () => {
    const levels: UtilizationLevel[] = ['Not used', 'Low', 'Moderate', 'High', 'Low'];
    expect(weightedKappa(levels.map((l) => [l, l]))).toBe(1);
    // Complete reversal of two levels: every pair disagrees by the full scale.
    expect(
      weightedKappa([
        ['Not used', 'High'],
        ['High', 'Not used'],
      ]),
    ).toBe(-1);
    expect(weightedKappa([])).toBeUndefined();
    // Both raters used one level only: no chance disagreement to compare with.
    expect(
      weightedKappa([
        ['Low', 'Low'],
        ['Low', 'Low'],
      ]),
    ).toBeUndefined();
  });
});

describe('agreement between recorded and suggested utilization', () => {
  // The figures below were checked independently with exact fractions (Python fractions.Fraction)
  // from the 24 recorded cells of thesis Table 10 and the suggested levels of the sample cases.
  it('gives Company A 5 of 24 cells and κw = 2/11', () => {
    const a = sampleCase('company-a');
    const result = agreement(utilizationOf(a), suggestedUtilizationOf(a));
    expect(result.n).toBe(24);
    expect(result.percentAgreement).toBeCloseTo((100 * 5) / 24, 10);
    expect(result.weightedKappa).toBeCloseTo(2 / 11, 12);
    // Market-specific × business: recorded High, no tie tagged with the challenge, so three steps apart.
    expect(result.cells.find((c) => c.challenge === 'market_specific' && c.networkType === 'business')).toEqual({
      challenge: 'market_specific',
      networkType: 'business',
      recorded: 'High',
      suggested: 'Not used',
      distance: 3,
    });
  });

  it('gives Company B 12 of 24 cells and κw = 2/9', () => {
    // Its subsidiaries are part of the firm, not ties, so only the Chinese consultancy suggests business
    // use against regulatory challenges (Low, where Table 10 has Moderate) and no business tie is tagged
    // with knowledge (Not used, where Table 10 has Low).
    const b = sampleCase('company-b');
    const result = agreement(utilizationOf(b), suggestedUtilizationOf(b));
    expect(result.n).toBe(24);
    expect(result.percentAgreement).toBeCloseTo((100 * 12) / 24, 10);
    expect(result.weightedKappa).toBeCloseTo(2 / 9, 12);
    expect(result.cells.filter((c) => c.distance === 2).map((c) => `${c.challenge}/${c.networkType}`)).toEqual([
      'regulatory_institutional/social',
      'knowledge_experience/social',
    ]);
  });

  it('compares only recorded cells, and has no figures without any', () => {
    const sl = sampleCase('sl-it-sme');
    expect(agreement(utilizationOf(sl), suggestedUtilizationOf(sl))).toEqual({ cells: [], n: 0, percentAgreement: undefined, weightedKappa: undefined });
  });

  it('takes a recorded cell the suggestions leave out as suggested Not used', () => {
    // Company B's Table 10 has 12 Not used cells of 24. A rater who says Not used throughout agrees on
    // those and, using one level only, agrees no better than chance: κw = 0.
    const result = agreement(utilizationOf(sampleCase('company-b')), {});
    expect(result.cells.every((c) => c.suggested === 'Not used')).toBe(true);
    expect(result.cells.filter((c) => c.distance === 0)).toHaveLength(12);
    expect(result.percentAgreement).toBe(50);
    expect(result.weightedKappa).toBeCloseTo(0, 12);
  });
});
