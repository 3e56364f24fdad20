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
import { caseTableData, caseTableView } from '../core/report/case-tables.js';
import { isCaseTable, tableView, type TableView, type ThesisTableNumber } from '../core/report/table-views.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { AnalysisCache, type AnalyzedCase } from './analysis-cache.js';
import { countryName, economyClassReference, knowledgeBaseData } from './reference-data.js';
import { blocReference, institutionReference } from './market-reference.js';
import { withInstitutions } from '../core/analysis/institution-advice.js';

export type FirmAnalysisWithCompetence = FirmAnalysis & { competence: CompetenceSummary[] };

/** The context core needs: reference data, English country names, the year, the knowledge base. */
export function analysisContext(now: Date): AnalysisContext {
  const kb = knowledgeBaseData();
  return {
    economyClasses: economyClassReference(),
    countryName,
    asOfYear: now.getUTCFullYear(),
    recommend: (gaps, firm) =>
      withInstitutions(recommend(gaps, firm, kb), firm, {
        institutions: institutionReference().institutions,
        blocs: blocReference().blocs,
        day: now.toISOString().slice(0, 10),
      }),
  };
}

export function analyzeLoaded(c: CaseFile, now: Date): FirmAnalysisWithCompetence {
  return { ...analyzeCase(c, analysisContext(now)), competence: competenceOf(c) };
}

function requireFirms(firmIds: readonly string[]): void {
  if (firmIds.length === 0) throw new ValidationError([{ pointer: '', message: 'name at least one firm' }]);
}

/** Loads each firm's case as stored, in the order given, for what needs no analysis (thesis Tables 2–6). */
export async function loadCases(store: CaseStore, workspaceId: string, firmIds: readonly string[]): Promise<CaseFile[]> {
  requireFirms(firmIds);
  const cases: CaseFile[] = [];
  for (const id of firmIds) {
    const stored = await store.getStoredCase(workspaceId, id);
    if (stored === undefined) throw new NotFoundError('firm', id);
    cases.push(stored.caseFile);
  }
  return cases;
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
  requireFirms(firmIds);
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

export { THESIS_TABLES, type ThesisTableNumber } from '../core/report/table-views.js';

/**
 * A thesis table over several firms as plain data: 2 → { firm: { mainBusiness, interviews } },
 * 3 → { firm: { sources, reportedIn } }, 4 → { firm: [activity] }, 5 and 6 → { firm: [key person] },
 * 7 and 8 → { firm: { row: text } }, 9 → { firm: { challenge: level } },
 * 10 → { firm: { challenge: { networkType: level } } }.
 * `all` adds rows beyond the thesis's own to Tables 9 and 10 (country of origin, user-defined categories).
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
  if (isCaseTable(n)) return caseTableData(n, await loadCases(store, workspaceId, firmIds));
  const loaded = await loadAnalyzed(store, workspaceId, firmIds, now, cache);
  const cases = loaded.map((l) => l.caseFile);
  if (n === 9) return all ? table9All(cases) : table9(cases);
  if (n === 10) return table10(cases);
  const cmp = compareCases(loaded.map((l) => l.analysis));
  const rows = n === 7 ? cmp.profile : cmp.networkTypes;
  return Object.fromEntries(cmp.firms.map((f, i) => [f.firmId, Object.fromEntries(rows.map((r) => [r.label, r.values[i]]))]));
}

/** A thesis table over several firms as a grid, for its Markdown and CSV forms (`all`: as in thesisTable). */
export async function thesisTableView(
  store: CaseStore,
  workspaceId: string,
  n: ThesisTableNumber,
  firmIds: readonly string[],
  now: Date,
  all = false,
  cache?: AnalysisCache,
): Promise<TableView> {
  if (isCaseTable(n)) return caseTableView(n, await loadCases(store, workspaceId, firmIds), { countryName });
  return tableView(n, await compareFirms(store, workspaceId, firmIds, now, cache), { all });
}
