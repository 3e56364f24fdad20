/**
 * Network utilization (thesis Table 10): the matrix the analyst recorded, and the one suggested by
 * the ties tagged as helping with a challenge. Thresholds and their reasons:
 * docs/decisions/0004-suggested-utilization.md.
 */
import type { CaseFile } from '../case-file/index.js';
import { NETWORK_TYPES, type NetworkType, type UtilizationLevel } from '../model/index.js';
import { categoryOrder, THESIS_CHALLENGE_CATEGORIES } from './challenges.js';
import { firmTies, isLive } from './firm-ties.js';
import { triangulatorOf, type Triangulate, type TriangulationBasis } from './triangulate.js';
import type { SuggestedCell, SuggestedMatrix, UtilizationMatrix } from './types.js';

/** The strength a tie counts with when none is recorded: the middle of the 1–5 scale. */
export const DEFAULT_TIE_STRENGTH = 3;

/**
 * Lowest total strength for each suggested level. One tie of unknown strength (3) is Low use; one
 * strong tie (4–5) or two ordinary ones is Moderate; High takes at least two strong ties or three
 * ordinary ones, since no single tie (at most 5) reaches 8.
 */
export const SUGGESTION_THRESHOLDS = { Low: 1, Moderate: 4, High: 8 } as const;

/** The level that ties of the given strengths suggest (undefined strength counts as DEFAULT_TIE_STRENGTH). */
export function suggestedLevel(strengths: readonly (number | undefined)[]): UtilizationLevel {
  const total = strengths.reduce<number>((sum, s) => sum + (s ?? DEFAULT_TIE_STRENGTH), 0);
  if (total >= SUGGESTION_THRESHOLDS.High) return 'High';
  if (total >= SUGGESTION_THRESHOLDS.Moderate) return 'Moderate';
  if (total >= SUGGESTION_THRESHOLDS.Low) return 'Low';
  return 'Not used';
}

type UtilizationSource = Pick<CaseFile, 'challengeCategories' | 'challengeRatings' | 'utilization'>;

/**
 * Thesis Table 10 for one case, as recorded: only the cells the analyst filled in, in table order,
 * each with the kinds of source behind it. An analysis passes its one `triangulate`.
 */
export function utilizationOf(c: UtilizationSource & TriangulationBasis, triangulate: Triangulate = triangulatorOf(c)): UtilizationMatrix {
  const matrix: UtilizationMatrix = {};
  for (const challenge of categoryOrder(c)) {
    for (const networkType of NETWORK_TYPES) {
      const cell = c.utilization.find((u) => u.challenge === challenge && u.networkType === networkType);
      if (cell === undefined) continue;
      const evidence = [...(cell.evidence ?? [])];
      (matrix[challenge] ??= {})[networkType] = { level: cell.level, evidence, triangulation: triangulate(evidence) };
    }
  }
  return matrix;
}

/**
 * The utilization the firm's ties suggest: for every challenge the case rates or has cells for ×
 * every network type, the live ties (not ended) of that type tagged as helping with it.
 */
export function suggestedUtilizationOf(c: UtilizationSource & Pick<CaseFile, 'firm' | 'keyPeople' | 'ties'>): SuggestedMatrix {
  const used = new Set([...c.challengeRatings.map((r) => r.category), ...c.utilization.map((u) => u.challenge)]);
  const ties = firmTies(c).filter(isLive);
  const matrix: SuggestedMatrix = {};
  for (const challenge of categoryOrder(c).filter((category) => used.has(category))) {
    const row = {} as Record<NetworkType, SuggestedCell>;
    for (const networkType of NETWORK_TYPES) {
      const helping = ties.filter((t) => t.networkType === networkType && (t.helpedWith?.challenges ?? []).includes(challenge));
      const strengths = helping.map((t) => t.strength ?? DEFAULT_TIE_STRENGTH);
      row[networkType] = {
        level: suggestedLevel(strengths),
        ties: helping.map((t) => t.id),
        meanStrength: strengths.length === 0 ? undefined : strengths.reduce((a, b) => a + b, 0) / strengths.length,
      };
    }
    matrix[challenge] = row;
  }
  return matrix;
}

/** Firm id → challenge → network type → recorded level. */
export type UtilizationTable = Record<string, Record<string, Partial<Record<NetworkType, UtilizationLevel>>>>;

/** Thesis Table 10 across cases: the recorded cells of the six thesis categories. */
export function table10(cases: readonly CaseFile[]): UtilizationTable {
  const table: UtilizationTable = {};
  for (const c of cases) {
    const matrix = utilizationOf(c);
    const firm: UtilizationTable[string] = {};
    for (const challenge of THESIS_CHALLENGE_CATEGORIES) {
      const row = matrix[challenge];
      if (row === undefined) continue;
      const levels: Partial<Record<NetworkType, UtilizationLevel>> = {};
      for (const networkType of NETWORK_TYPES) {
        const cell = row[networkType];
        if (cell !== undefined) levels[networkType] = cell.level;
      }
      firm[challenge] = levels;
    }
    table[c.firm.id] = firm;
  }
  return table;
}
