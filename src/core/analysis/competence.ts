/** Summarizes network competence self-assessments: the mean score per dimension, per assessment. */
import type { CaseFile } from '../case-file/index.js';
import { COMPETENCE_DIMENSION_LABELS, COMPETENCE_DIMENSIONS, COMPETENCE_ITEMS, type CompetenceDimension } from '../model/index.js';

export interface DimensionScore {
  dimension: CompetenceDimension;
  label: string;
  /** Mean of the answered items, 1–5, rounded to two decimals; undefined when none was answered. */
  mean: number | undefined;
  answered: number;
  items: number;
}

export interface CompetenceSummary {
  assessmentId: string;
  date: string | undefined;
  respondent: string | undefined;
  dimensions: DimensionScore[];
  /** Mean over all answered items. */
  overall: number | undefined;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? undefined : round2(xs.reduce((a, b) => a + b, 0) / xs.length));

/** One summary per assessment, in case order (the last is the most recent one recorded). */
export function competenceOf(c: Pick<CaseFile, 'competenceAssessments'>): CompetenceSummary[] {
  return c.competenceAssessments.map((a) => {
    const scored = (dimension?: CompetenceDimension) =>
      COMPETENCE_ITEMS.filter((i) => dimension === undefined || i.dimension === dimension)
        .map((i) => a.answers[i.id])
        .filter((x): x is number => x !== undefined);
    return {
      assessmentId: a.id,
      date: a.date,
      respondent: a.respondent,
      dimensions: COMPETENCE_DIMENSIONS.map((dimension) => ({
        dimension,
        label: COMPETENCE_DIMENSION_LABELS[dimension],
        mean: mean(scored(dimension)),
        answered: scored(dimension).length,
        items: COMPETENCE_ITEMS.filter((i) => i.dimension === dimension).length,
      })),
      overall: mean(scored()),
    };
  });
}
