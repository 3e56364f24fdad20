/**
 * Analyses of unchanged cases, kept between requests. A case's revision (firms.revision) changes
 * on every write, so a cached analysis is used only while the case is exactly as analysed — also
 * when another process wrote it. Checking costs one indexed row; a miss costs what no cache costs.
 * The analysis also depends on the year (ages, years active) and on reference data read once per
 * process, so the year is part of the key. Callers must treat what they get as read-only.
 */
import type { CaseFile } from '../core/case-file/index.js';
import { NotFoundError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';

/** A case with its analysis, as the analysis service produces them. */
export interface AnalyzedCase<A> {
  caseFile: CaseFile;
  analysis: A;
}

interface Entry {
  revision: string;
  year: number;
  value: AnalyzedCase<unknown>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** How often load found a current analysis, and how often it had to compute one. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly maxEntries = 32) {}

  /** The case and its analysis, computed by `analyze` only when the case changed since it was cached. */
  async load<A>(store: CaseStore, workspaceId: string, firmId: string, now: Date, analyze: (c: CaseFile) => A): Promise<AnalyzedCase<A>> {
    const key = `${workspaceId}\u0000${firmId}`;
    const year = now.getUTCFullYear();
    const revision = await store.caseRevision(workspaceId, firmId);
    if (revision === undefined) throw new NotFoundError('firm', firmId);
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.revision === revision && hit.year === year) {
      // Least recently used goes first: re-inserting moves this entry to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.stats.hits++;
      return hit.value as AnalyzedCase<A>;
    }
    this.stats.misses++;
    const stored = await store.getStoredCase(workspaceId, firmId);
    if (stored === undefined) throw new NotFoundError('firm', firmId);
    const value: AnalyzedCase<A> = { caseFile: stored.caseFile, analysis: analyze(stored.caseFile) };
    this.entries.delete(key);
    this.entries.set(key, { revision: stored.revision, year, value });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
