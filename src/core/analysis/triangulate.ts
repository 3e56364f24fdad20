/**
 * Triangulation as the analysis carries it: for each finding (a challenge rating, a recorded
 * utilization cell, a benefit cell), how many kinds of source its evidence comes from, and which.
 * The counting itself is src/core/evidence/triangulation.ts; this builds its lookups once per case.
 */
import type { CaseFile } from '../case-file/index.js';
import { triangulation } from '../evidence/triangulation.js';
import type { TriangulationCount } from './types.js';

/** The kinds of source behind a list of evidence segment ids. */
export type Triangulate = (evidence: readonly string[] | undefined) => TriangulationCount;

/** What triangulating needs from a case: where each segment comes from, each source's kind, the key people. */
export type TriangulationBasis = Pick<CaseFile, 'segments' | 'sources' | 'keyPeople'>;

/**
 * Triangulates evidence of one case. The segment, source and key-person lookups are built here, once,
 * so that an analysis can ask for every finding without building them again.
 */
export function triangulatorOf(c: TriangulationBasis): Triangulate {
  const segments = new Map(c.segments.map((s) => [s.id, s]));
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const keyPeople = new Set(c.keyPeople.map((p) => p.id));
  return (evidence) => {
    // Only the count and the kinds: the sources behind them are the evidence ids' business.
    const { count, kinds } = triangulation(evidence, segments, sources, keyPeople);
    return { count, kinds };
  };
}
