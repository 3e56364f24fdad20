/**
 * A candidate's weighted score against the search's criteria. A criterion not scored yet is
 * missing, not 0: it is left out of both sums and listed, and `coverage` says how much of the
 * criteria's weight the score rests on, so a half-assessed candidate is not mistaken for a poor one.
 */
import type { PartnerCandidate, PartnerCriterion } from '../model/index.js';

export interface CandidateScore {
  /** Σ weight × score / Σ weight × 5 over the criteria scored so far, from 0 to 1; null when none is scored. */
  value: number | null;
  /** Share of the criteria's total weight that is scored, from 0 to 1: at 1 the value is final. */
  coverage: number;
  /** The criteria not scored yet, in the search's order. */
  missing: PartnerCriterion[];
}

export function weightedScore(criteria: readonly PartnerCriterion[], candidate: Pick<PartnerCandidate, 'scores'>): CandidateScore {
  let earned = 0;
  let possible = 0;
  let total = 0;
  const missing: PartnerCriterion[] = [];
  for (const criterion of criteria) {
    total += criterion.weight;
    const score = Object.hasOwn(candidate.scores, criterion.id) ? candidate.scores[criterion.id] : undefined;
    if (score === undefined) {
      missing.push(criterion);
      continue;
    }
    earned += criterion.weight * score;
    possible += criterion.weight * 5;
  }
  return { value: possible === 0 ? null : earned / possible, coverage: total === 0 ? 0 : possible / 5 / total, missing };
}

/**
 * Board order: the higher score first; a candidate with no score after every scored one; on equal
 * scores the one assessed on more of the weight, then by name.
 */
export function compareScored(a: { name: string; score: CandidateScore }, b: { name: string; score: CandidateScore }): number {
  const av = a.score.value;
  const bv = b.score.value;
  if (av !== bv) {
    if (av === null) return 1;
    if (bv === null) return -1;
    return bv - av;
  }
  return b.score.coverage - a.score.coverage || a.name.localeCompare(b.name);
}

/** "72 % (3 of 4 criteria)": a score as the CLI and reports show it. */
export function scoreText(score: CandidateScore, criteriaCount: number): string {
  if (criteriaCount === 0) return 'no criteria';
  if (score.value === null) return 'not scored';
  const scored = criteriaCount - score.missing.length;
  const share = `${Math.round(score.value * 100)} %`;
  return scored === criteriaCount ? share : `${share} (${scored} of ${criteriaCount} criteria)`;
}
