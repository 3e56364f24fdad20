/**
 * Triangulation: how many independent kinds of source — interviews, documents, websites, articles,
 * reports, social media — back a finding. A challenge rating resting on an interview and the firm's
 * website is better founded than one resting on three passages of one document.
 *
 * What counts is where the words come from, not who printed them: a segment quoted in a thesis from
 * an interview (`reportedFrom`) is interview evidence and counts as that interview; one reported
 * from a key person is what a person said, so it counts as an interview with that person
 * (`person:<id>`), whichever document carries it.
 */
import type { CaseFile } from '../case-file/index.js';
import { SOURCE_KINDS, type SourceKind } from '../model/vocabulary.js';

export interface TriangulationSource {
  id: string;
  kind: SourceKind;
}

export interface TriangulationSegment {
  id: string;
  source: string;
  /** The interview source or key person the words were said in, when the segment's source reports them. */
  reportedFrom?: string | undefined;
}

export interface Triangulation {
  /** How many kinds of source back the finding. */
  count: number;
  /** Those kinds, in the order of SOURCE_KINDS. */
  kinds: SourceKind[];
  /** The distinct sources behind the finding, by id ("person:<id>" for a key person), sorted. */
  sources: string[];
}

export interface FindingTriangulation {
  kind: 'challengeRating' | 'utilization' | 'benefit';
  /** Id of the challenge rating, utilization cell or benefit. */
  id: string;
  /** What the finding is about, e.g. "regulatory_institutional × business". */
  label: string;
  triangulation: Triangulation;
}

/**
 * The kinds of source behind a finding's evidence segments. Segment ids that name no segment, and
 * segments whose source (or `reportedFrom`) names neither a source nor one of `keyPeople`, add
 * nothing: the case-file checks refuse such references before a case gets here.
 */
export function triangulation(
  evidence: readonly string[] | undefined,
  segments: ReadonlyMap<string, TriangulationSegment>,
  sources: ReadonlyMap<string, TriangulationSource>,
  keyPeople: ReadonlySet<string> = new Set(),
): Triangulation {
  const kinds = new Set<SourceKind>();
  const behind = new Set<string>();
  for (const segmentId of evidence ?? []) {
    const segment = segments.get(segmentId);
    if (segment === undefined) continue;
    const origin = segment.reportedFrom ?? segment.source;
    const source = sources.get(origin);
    if (source !== undefined) {
      kinds.add(source.kind);
      behind.add(source.id);
    } else if (keyPeople.has(origin)) {
      kinds.add('interview');
      behind.add(`person:${origin}`);
    }
  }
  return {
    count: kinds.size,
    kinds: SOURCE_KINDS.filter((kind) => kinds.has(kind)),
    sources: [...behind].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
  };
}

/**
 * The triangulation of every finding of a case that links evidence: challenge ratings, then
 * utilization cells, then benefits, each in the order of the file.
 */
export function findingTriangulations(caseFile: CaseFile): FindingTriangulation[] {
  const segments = new Map(caseFile.segments.map((s) => [s.id, s]));
  const sources = new Map(caseFile.sources.map((s) => [s.id, s]));
  const keyPeople = new Set(caseFile.keyPeople.map((p) => p.id));
  const markets = new Map(caseFile.markets.map((m) => [m.id, m]));
  const ties = new Map(caseFile.ties.map((t) => [t.id, t]));
  const of = (evidence: readonly string[] | undefined) => triangulation(evidence, segments, sources, keyPeople);

  const ratings = caseFile.challengeRatings.map((r): FindingTriangulation => {
    const market = r.market === undefined ? undefined : markets.get(r.market);
    const place = r.market === undefined ? undefined : (market?.country ?? market?.region ?? r.market);
    return { kind: 'challengeRating', id: r.id, label: place === undefined ? r.category : `${r.category} in ${place}`, triangulation: of(r.evidence) };
  });
  const cells = caseFile.utilization.map((u): FindingTriangulation => ({
    kind: 'utilization',
    id: u.id,
    label: `${u.challenge} × ${u.networkType}`,
    triangulation: of(u.evidence),
  }));
  const benefits = caseFile.benefits.map((b): FindingTriangulation => {
    // A benefit brought by a tie counts as the tie's network type (links.ts holds the two in step).
    const networkType = b.networkType ?? (b.tie === undefined ? undefined : ties.get(b.tie)?.networkType);
    const label = [b.benefit, ...(networkType === undefined ? [] : [`× ${networkType}`]), ...(b.tie === undefined ? [] : [`via ${b.tie}`])].join(' ');
    return { kind: 'benefit', id: b.id, label, triangulation: of(b.evidence) };
  });
  return [...ratings, ...cells, ...benefits];
}
