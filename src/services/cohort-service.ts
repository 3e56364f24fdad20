/**
 * The cohort of a workspace (an advisor's portfolio of client firms): every firm's analysis, put
 * together in core/cohort with the workspace's dated snapshots; and taking today's snapshot.
 */
import { cohortFigures, cohortOf as cohortView, type Cohort, type CohortMember, type CohortSnapshot } from '../core/cohort/index.js';
import { NotFoundError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { AnalysisCache } from './analysis-cache.js';
import { loadAnalyzed } from './analysis-service.js';
import { countryName } from './reference-data.js';

/** The day of `now` as the cohort dates it: YYYY-MM-DD in UTC, like the analysis's "as of" day. */
function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Every firm of the workspace with its analysis, by id. A firm deleted while the list is read is
 * left out; a workspace that does not exist has no firms. With a cache, an unchanged case is not
 * analyzed again (pass one at least as large as the workspace to keep them all).
 */
async function members(store: CaseStore, workspaceId: string, now: Date, cache: AnalysisCache | undefined): Promise<CohortMember[]> {
  const firms = await store.listFirms(workspaceId);
  const analysisCache = cache ?? new AnalysisCache(Math.max(1, firms.length));
  const loaded: CohortMember[] = [];
  for (const { id } of firms) {
    try {
      const [one] = await loadAnalyzed(store, workspaceId, [id], now, analysisCache);
      if (one !== undefined) loaded.push({ firm: one.caseFile.firm, analysis: one.analysis });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }
  return loaded;
}

function cohortFrom(workspaceId: string, firms: readonly CohortMember[], snapshots: readonly CohortSnapshot[], now: Date): Cohort {
  return cohortView(firms, snapshots, { workspaceId, today: dayOf(now), countryName });
}

/**
 * The cohort dashboard of a workspace as of `now`: its firms (rated or not yet), the challenges they
 * leave unmet, the gaps they share, the institutions they need, and the figures at every snapshot.
 */
export async function cohortOf(store: CaseStore, workspaceId: string, now: Date, cache?: AnalysisCache): Promise<Cohort> {
  const firms = await members(store, workspaceId, now, cache);
  const snapshots = await store.cohortSnapshots.list(workspaceId);
  return cohortFrom(workspaceId, firms, snapshots, now);
}

/** What taking a snapshot answers: the snapshot kept, whether it replaced one of the same day, and the cohort with it. */
export interface TakenSnapshot {
  snapshot: CohortSnapshot;
  replaced: boolean;
  cohort: Cohort;
}

/**
 * Keeps today's cohort figures as the workspace's snapshot of the day (the day of `now`, UTC); taking
 * it again the same day replaces it. The firms are analyzed before the write, so the transaction
 * holds the database only for the write. NotFoundError when the workspace does not exist.
 */
export async function takeSnapshot(store: CaseStore, workspaceId: string, now: Date, cache?: AnalysisCache): Promise<TakenSnapshot> {
  const firms = await members(store, workspaceId, now, cache);
  const current = cohortFrom(workspaceId, firms, [], now);
  const snapshot: CohortSnapshot = { date: current.asOf, figures: cohortFigures(current) };
  const { replaced, snapshots } = await store.transaction(async (tx) => ({
    replaced: await tx.cohortSnapshots.put(workspaceId, snapshot.date, snapshot.figures, now.toISOString()),
    snapshots: await tx.cohortSnapshots.list(workspaceId),
  }));
  return { snapshot, replaced, cohort: cohortFrom(workspaceId, firms, snapshots, now) };
}
