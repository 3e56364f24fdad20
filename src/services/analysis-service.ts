/** Use cases of analysis: load cases, analyze them in core with the reference data, compare them. */
import {
  analyzeCase,
  compareCases,
  recommend,
  table9,
  table9All,
  table10,
  competenceOf,
  type AnalysisContext,
  type CompetenceSummary,
  type CrossCaseComparison,
  type FirmAnalysis,
} from '../core/analysis/index.js';

import type { CaseFile } from '../core/case-file/index.js';
import { ValidationError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { exportCase } from './case-service.js';
import { countryName, economyClassReference, knowledgeBaseData } from './reference-data.js';

export type FirmAnalysisWithCompetence = FirmAnalysis & { competence: CompetenceSummary[] };

/** The context core needs: reference data, English country names, the year, the knowledge base. */
export function analysisContext(now: Date): AnalysisContext {
  const kb = knowledgeBaseData();
  return {
    economyClasses: economyClassReference(),
    countryName,
    asOfYear: now.getUTCFullYear(),
    recommend: (gaps, firm) => recommend(gaps, firm, kb),
  };
}

export function analyzeLoaded(c: CaseFile, now: Date): FirmAnalysisWithCompetence {
  return { ...analyzeCase(c, analysisContext(now)), competence: competenceOf(c) };
}

/** Loads each firm's case; NotFoundError names the first firm that is missing. */
export async function loadCases(store: CaseStore, workspaceId: string, firmIds: readonly string[]): Promise<CaseFile[]> {
  if (firmIds.length === 0) throw new ValidationError([{ pointer: '', message: 'name at least one firm' }]);
  const cases: CaseFile[] = [];
  for (const id of firmIds) cases.push(await exportCase(store, workspaceId, id));
  return cases;
}

export async function analyzeFirm(store: CaseStore, workspaceId: string, firmId: string, now: Date): Promise<FirmAnalysisWithCompetence> {
  const [c] = await loadCases(store, workspaceId, [firmId]);
  return analyzeLoaded(c!, now);
}

export async function compareFirms(store: CaseStore, workspaceId: string, firmIds: readonly string[], now: Date): Promise<CrossCaseComparison> {
  const cases = await loadCases(store, workspaceId, firmIds);
  return compareCases(cases.map((c) => analyzeLoaded(c, now)));
}

export const THESIS_TABLES = [7, 8, 9, 10] as const;
export type ThesisTableNumber = (typeof THESIS_TABLES)[number];

/**
 * Thesis Tables 7–10 over several firms as plain data: 9 → { firm: { challenge: level } },
 * 10 → { firm: { challenge: { networkType: level } } }; 7 and 8 → { firm: { row: text } }.
 * `all` adds rows beyond the thesis's own (country of origin, user-defined categories).
 */
export async function thesisTable(
  store: CaseStore,
  workspaceId: string,
  n: ThesisTableNumber,
  firmIds: readonly string[],
  now: Date,
  all = false,
): Promise<Record<string, unknown>> {
  const cases = await loadCases(store, workspaceId, firmIds);
  if (n === 9) return all ? table9All(cases) : table9(cases);
  if (n === 10) return table10(cases);
  const cmp = compareCases(cases.map((c) => analyzeLoaded(c, now)));
  const rows = n === 7 ? cmp.profile : cmp.networkTypes;
  return Object.fromEntries(cmp.firms.map((f, i) => [f.firmId, Object.fromEntries(rows.map((r) => [r.label, r.values[i]]))]));
}
