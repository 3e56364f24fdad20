/**
 * One sentence beside a computed figure, saying what it means and what to do about it — for people
 * who never met a kappa. Used by `foothold analyze` and the reports alike.
 */
import type { Agreement, SuggestedCell } from './types.js';
import type { UtilizationLevel } from '../model/index.js';

/** What the suggested utilization is, and how to act on a difference from the recorded one. */
export const SUGGESTED_UTILIZATION_MEANING =
  'Suggested levels are what the firm’s own ties imply: each tie tagged as having helped with a challenge counts, the stronger the tie the more. ' +
  'Where a suggested level is above the recorded one, the firm uses ties it has not credited; where it is below, tag the ties that helped (or add the missing ones) so the map shows where help comes from.';

/** What the agreement between recorded and suggested levels says, in words, with the next step. */
export function agreementMeaning(ag: Pick<Agreement, 'n' | 'percentAgreement' | 'weightedKappa'>): string {
  if (ag.n === 0)
    return 'Nothing to compare yet: record how much each network type helps with each challenge (Table 10), and tag ties with the challenges they helped with.';
  const k = ag.weightedKappa;
  if (k === undefined) {
    return 'The agreement beyond chance cannot be measured here, because one side uses a single level only; compare the cells one by one instead.';
  }
  if (k < 0.2) {
    return 'The recorded levels and the ties tell different stories (little agreement beyond chance): go through the cells that differ and either tag the ties that really helped or revise the recorded level.';
  }
  if (k < 0.4) {
    return 'The recorded levels and the ties agree only in part (fair agreement beyond chance): check the cells that differ — usually ties not yet tagged with the challenges they helped with.';
  }
  if (k < 0.6) return 'The recorded levels and the ties broadly agree (moderate agreement beyond chance): the cells that differ are worth a second look.';
  if (k < 0.8) return 'The recorded levels and the ties agree well (substantial agreement beyond chance): the network map can be trusted for planning.';
  return 'The recorded levels and the ties agree almost completely: the network map can be trusted for planning.';
}

const RANK: Record<UtilizationLevel, number> = { 'Not used': 0, Low: 1, Moderate: 2, High: 3 };

/** One cell's recorded vs suggested level, in a sentence (the dashboard's and the report's). */
export function cellDifference(recorded: UtilizationLevel | undefined, suggested: SuggestedCell): string {
  const ties = suggested.ties.length === 1 ? '1 tagged tie' : `${suggested.ties.length} tagged ties`;
  if (recorded === undefined) return `Not recorded; the firm’s ties suggest ${suggested.level} (${ties}).`;
  const diff = RANK[suggested.level] - RANK[recorded];
  if (diff === 0) return `Recorded ${recorded}, and the ties agree (${ties}).`;
  if (diff > 0) return `Recorded ${recorded}, but the ties suggest ${suggested.level} (${ties}): the firm may be using help it has not credited.`;
  return `Recorded ${recorded}, but the ties suggest only ${suggested.level} (${ties}): tag the ties that helped, or add them.`;
}
