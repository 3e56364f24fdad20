/**
 * How far the utilization suggested by the ties agrees with what the analyst recorded: cell by cell,
 * as percent agreement, and as Cohen's kappa with linear weights over the ordered levels.
 */
import { NETWORK_TYPES, UTILIZATION_LEVELS, type UtilizationLevel } from '../model/index.js';
import type { Agreement, AgreementCell, SuggestedMatrix, UtilizationMatrix } from './types.js';

/** Position of a level on Not used (0) < Low (1) < Moderate (2) < High (3). */
export function levelStep(level: UtilizationLevel): number {
  return UTILIZATION_LEVELS.indexOf(level);
}

/**
 * Cohen's kappa with linear weights for pairs of ordered levels: κw = 1 − Σ w·O / Σ w·E, where O
 * and E are the observed and chance-expected proportions of each (first, second) pair of levels and
 * w = |i − j| / 3 the disagreement weight. Undefined with no pairs, or when chance disagreement is 0
 * (both raters used one and the same level throughout).
 */
export function weightedKappa(pairs: readonly (readonly [UtilizationLevel, UtilizationLevel])[]): number | undefined {
  const n = pairs.length;
  if (n === 0) return undefined;
  const k = UTILIZATION_LEVELS.length;
  const first = new Array<number>(k).fill(0);
  const second = new Array<number>(k).fill(0);
  let observed = 0;
  for (const [a, b] of pairs) {
    const i = levelStep(a);
    const j = levelStep(b);
    first[i] = (first[i] ?? 0) + 1;
    second[j] = (second[j] ?? 0) + 1;
    observed += Math.abs(i - j) / (k - 1);
  }
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) expected += ((Math.abs(i - j) / (k - 1)) * (first[i] ?? 0) * (second[j] ?? 0)) / n;
  }
  // Both sums are weighted counts (the proportions × n), so their ratio is Σ w·O / Σ w·E.
  if (expected === 0) return undefined;
  return 1 - observed / expected;
}

/** Compares every recorded cell with the suggested level for the same challenge × network type. */
export function agreement(recorded: UtilizationMatrix, suggested: SuggestedMatrix): Agreement {
  const cells: AgreementCell[] = [];
  for (const [challenge, row] of Object.entries(recorded)) {
    for (const networkType of NETWORK_TYPES) {
      const cell = row[networkType];
      if (cell === undefined) continue;
      const suggestedLevel = suggested[challenge]?.[networkType].level ?? 'Not used';
      cells.push({
        challenge,
        networkType,
        recorded: cell.level,
        suggested: suggestedLevel,
        distance: Math.abs(levelStep(cell.level) - levelStep(suggestedLevel)),
      });
    }
  }
  const n = cells.length;
  return {
    cells,
    n,
    percentAgreement: n === 0 ? undefined : (100 * cells.filter((c) => c.distance === 0).length) / n,
    weightedKappa: weightedKappa(cells.map((c) => [c.recorded, c.suggested] as const)),
  };
}
