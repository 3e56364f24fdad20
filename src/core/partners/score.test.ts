import { describe, expect, it } from 'vitest';
import type { PartnerCriterion } from '../model/index.js';
import { compareScored, scoreText, weightedScore } from './score.js';

const criteria: PartnerCriterion[] = [
  { id: 'gmp', name: 'GMP certified', weight: 5 },
  { id: 'fit', name: 'Cultural fit', weight: 3 },
  { id: 'price', name: 'Price', weight: 2 },
];

describe('weightedScore', () => {
  it('is Σ weight × score over Σ weight × 5 when every criterion is scored', () => {
    // (5×4 + 3×5 + 2×1) / (10 × 5) = 37 / 50
    expect(weightedScore(criteria, { scores: { gmp: 4, fit: 5, price: 1 } })).toEqual({ value: 37 / 50, coverage: 1, missing: [] });
  });

  it('leaves an unscored criterion out of both sums and lists it as missing, instead of counting it as 0', () => {
    const s = weightedScore(criteria, { scores: { gmp: 4, price: 1 } });
    // (5×4 + 2×1) / ((5 + 2) × 5) = 22 / 35, on 7 of the 10 points of weight.
    expect(s.value).toBeCloseTo(22 / 35, 12);
    expect(s.coverage).toBeCloseTo(0.7, 12);
    expect(s.missing).toEqual([criteria[1]]);
  });

  it('counts a score of 0 as scored, unlike a missing one', () => {
    const s = weightedScore(criteria, { scores: { gmp: 0 } });
    expect(s).toEqual({ value: 0, coverage: 0.5, missing: [criteria[1], criteria[2]] });
  });

  it('has no value before any criterion is scored, or when the search has no criteria', () => {
    expect(weightedScore(criteria, { scores: {} })).toEqual({ value: null, coverage: 0, missing: criteria });
    expect(weightedScore([], { scores: {} })).toEqual({ value: null, coverage: 0, missing: [] });
  });

  it('ignores a score whose key is an inherited property name', () => {
    expect(weightedScore([{ id: 'constructor', name: 'x', weight: 1 }], { scores: {} }).value).toBeNull();
  });
});

describe('compareScored and scoreText', () => {
  const at = (value: number | null, coverage: number, name = 'x') => ({ name, score: { value, coverage, missing: [] } });
  it('ranks the higher score first, unscored last, then the better assessed, then by name', () => {
    const list = [at(null, 0, 'a'), at(0.5, 0.5, 'b'), at(0.9, 0.2, 'c'), at(0.5, 1, 'd'), at(0.5, 1, 'c2')];
    expect(list.sort(compareScored).map((x) => x.name)).toEqual(['c', 'c2', 'd', 'b', 'a']);
    expect(compareScored(at(0.2, 1), at(null, 0))).toBeLessThan(0);
    expect(compareScored(at(null, 0, 'a'), at(null, 0, 'b'))).toBeLessThan(0);
  });

  it('shows a percentage, and on how many criteria it rests while some are missing', () => {
    expect(scoreText(weightedScore(criteria, { scores: { gmp: 4, fit: 5, price: 1 } }), 3)).toBe('74 %');
    expect(scoreText(weightedScore(criteria, { scores: { gmp: 4 } }), 3)).toBe('80 % (1 of 3 criteria)');
    expect(scoreText(weightedScore(criteria, { scores: {} }), 3)).toBe('not scored');
    expect(scoreText(weightedScore([], { scores: {} }), 0)).toBe('no criteria');
  });
});
