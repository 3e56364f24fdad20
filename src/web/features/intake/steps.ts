/**
 * The intake's steps, in order, and where a returning user resumes: the first step whose records
 * are not there yet. Nothing about progress is stored apart from the records themselves.
 */
import type { VersionedCompetence, VersionedMarket, VersionedRating, VersionedTie } from './api';
import { idWords } from '../../../shared/ids';

export const STEPS = [
  { id: 'profile', title: 'About the firm' },
  { id: 'markets', title: 'Where the firm sells' },
  { id: 'challenges', title: 'What stands in the way' },
  { id: 'people', title: 'People and organizations the firm knows' },
  { id: 'helped', title: 'Who helped with what' },
  { id: 'competence', title: 'Network competence' },
  { id: 'result', title: 'Your gaps and first steps' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export function isStepId(text: string | undefined): text is StepId {
  return STEPS.some((s) => s.id === text);
}

export function stepNumber(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id) + 1;
}

export function nextStep(id: StepId): StepId {
  return STEPS[Math.min(stepNumber(id), STEPS.length - 1)]?.id ?? 'result';
}

export function previousStep(id: StepId): StepId | undefined {
  return STEPS[stepNumber(id) - 2]?.id;
}

export interface IntakeRecords {
  firmId: string;
  markets: readonly VersionedMarket[];
  ratings: readonly VersionedRating[];
  ties: readonly VersionedTie[];
  competence?: readonly VersionedCompetence[];
}

/** The ties from the firm itself, the ones the intake records. */
export function firmTies(records: Pick<IntakeRecords, 'firmId' | 'ties'>): VersionedTie[] {
  return records.ties.filter((t) => t.record.from === records.firmId);
}

/** Which steps the records show as finished (the optional competence step once answered, though it is never required). */
export function finishedSteps(records: IntakeRecords): Set<StepId> {
  const done = new Set<StepId>(['profile']);
  if (records.markets.length > 0) done.add('markets');
  if (records.ratings.length > 0) done.add('challenges');
  const ties = firmTies(records);
  if (ties.length > 0) done.add('people');
  if (ties.length > 0 && ties.every((t) => t.record.helpedWith !== undefined)) done.add('helped');
  if ((records.competence ?? []).length > 0) done.add('competence');
  return done;
}

/** Where `…/intake/{firmId}` resumes: the first unfinished step, or the result when all are done. */
export function resumeStep(records: IntakeRecords): StepId {
  const done = finishedSteps(records);
  return STEPS.find((s) => s.id !== 'competence' && s.id !== 'result' && !done.has(s.id))?.id ?? 'result';
}

/**
 * An id from a name, as the case-file schema wants ids: lower-case letters, digits and "-", starting
 * with a letter or digit ("Meble Łódź S.A." → "meble-lodz-s-a"); empty when the name has no Latin
 * letters or digits. Kept under 80 characters with room for a "-2" suffix.
 */
export function idFromName(name: string): string {
  return idWords(name, 72);
}
