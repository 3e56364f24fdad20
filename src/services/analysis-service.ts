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
import { AnalysisCache, type AnalyzedCase } from './analysis-cache.js';
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

/**
 * Loads and analyzes each firm's case, in the order given; NotFoundError names the first firm that
 * is missing. With a cache, a case unchanged since its last analysis is not analyzed again.
 */
export async function loadAnalyzed(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  now: Date,
  cache: AnalysisCache = new AnalysisCache(firmIds.length),
): Promise<AnalyzedCase<FirmAnalysisWithCompetence>[]> {
  if (firmIds.length === 0) throw new ValidationError([{ pointer: '', message: 'name at least one firm' }]);
  const loaded: AnalyzedCase<FirmAnalysisWithCompetence>[] = [];
  for (const id of firmIds) loaded.push(await cache.load(store, workspaceId, id, now, (c) => analyzeLoaded(c, now)));
  return loaded;
}

export async function analyzeFirm(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  now: Date,
  cache?: AnalysisCache,
): Promise<FirmAnalysisWithCompetence> {
  const [loaded] = await loadAnalyzed(store, workspaceId, [firmId], now, cache);
  return loaded!.analysis;
}

export async function compareFirms(
  store: CaseStore,
  workspaceId: string,
  firmIds: readonly string[],
  now: Date,
  cache?: AnalysisCache,
): Promise<CrossCaseComparison> {
  const loaded = await loadAnalyzed(store, workspaceId, firmIds, now, cache);
  return compareCases(loaded.map((l) => l.analysis));
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
  cache?: AnalysisCache,
): Promise<Record<string, unknown>> {
  const loaded = await loadAnalyzed(store, workspaceId, firmIds, now, cache);
  const cases = loaded.map((l) => l.caseFile);
  if (n === 9) return all ? table9All(cases) : table9(cases);
  if (n === 10) return table10(cases);
  const cmp = compareCases(loaded.map((l) => l.analysis));
  const rows = n === 7 ? cmp.profile : cmp.networkTypes;
  return Object.fromEntries(cmp.firms.map((f, i) => [f.firmId, Object.fromEntries(rows.map((r) => [r.label, r.values[i]]))]));
}
