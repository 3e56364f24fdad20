import { describe, expect, it } from 'vitest';
import { agreementMeaning, cellDifference } from './explain.js';

const ag = (weightedKappa: number | undefined, n = 24) => ({ n, percentAgreement: 50, weightedKappa });

describe('agreementMeaning', () => {
  it('says what to do when there is nothing to compare, or no kappa', () => {
    expect(agreementMeaning(ag(undefined, 0))).toMatch(/^Nothing to compare yet: record how much each network type helps/);
    expect(agreementMeaning(ag(undefined))).toMatch(/^The agreement beyond chance cannot be measured here, because one side uses a single level only/);
  });

  it('words each band of agreement beyond chance, with the step to take', () => {
    expect(agreementMeaning(ag(-0.1))).toMatch(/^The recorded levels and the ties tell different stories \(little agreement/);
    expect(agreementMeaning(ag(0.19))).toMatch(/little agreement/);
    expect(agreementMeaning(ag(0.2))).toMatch(/agree only in part \(fair agreement/);
    expect(agreementMeaning(ag(0.39))).toMatch(/fair agreement/);
    expect(agreementMeaning(ag(0.4))).toMatch(/broadly agree \(moderate agreement/);
    expect(agreementMeaning(ag(0.59))).toMatch(/moderate agreement/);
    expect(agreementMeaning(ag(0.6))).toMatch(/agree well \(substantial agreement beyond chance\): the network map can be trusted/);
    expect(agreementMeaning(ag(0.79))).toMatch(/substantial/);
    expect(agreementMeaning(ag(0.8))).toBe('The recorded levels and the ties agree almost completely: the network map can be trusted for planning.');
  });
});

describe('cellDifference', () => {
  const suggested = (level: 'Not used' | 'Low' | 'Moderate' | 'High', ties: string[]) => ({ level, ties, meanStrength: undefined });

  it('says whether the ties agree, suggest more, or suggest less than recorded', () => {
    expect(cellDifference(undefined, suggested('Low', ['t1']))).toBe('Not recorded; the firm’s ties suggest Low (1 tagged tie).');
    expect(cellDifference('Moderate', suggested('Moderate', ['t1', 't2']))).toBe('Recorded Moderate, and the ties agree (2 tagged ties).');
    expect(cellDifference('Low', suggested('High', ['t1', 't2', 't3']))).toBe(
      'Recorded Low, but the ties suggest High (3 tagged ties): the firm may be using help it has not credited.',
    );
    expect(cellDifference('High', suggested('Not used', []))).toBe(
      'Recorded High, but the ties suggest only Not used (0 tagged ties): tag the ties that helped, or add them.',
    );
  });
});
