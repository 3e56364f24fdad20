/**
 * Evidence notes: every evidence segment a report cites gets one number, in order of first use,
 * and keeps it wherever it is cited again. Segments with the same quote, source and location (two
 * cases quoting the same passage of the same source) are one note. A note is short — where the
 * quote is and the quote; each source is described in full once, in the list of sources.
 */
import type { CaseFile } from '../case-file/index.js';
import type { Source } from '../model/index.js';
import { seedStudyOfSource, type Bibliography } from './bibliography.js';
import { noteWhere, sourceReference } from './sources.js';
import type { EvidenceSource, Footnote } from './types.js';
import type { WorksCited } from './works-cited.js';
import { segmentLocation } from '../evidence/segment-location.js';

interface SegmentView {
  quote: string;
  location: string;
  source: Source | undefined;
}

interface Numbered {
  number: number;
  quote: string;
  where: string | undefined;
  source: Source | undefined;
}

/** "Badamgarav (2025), the thesis"; "The Sri Lankan IT SME paper" where the short citation says it already. */
function seedName(citeAs: string, label: string): string {
  const name = citeAs.includes(label) ? citeAs : `${citeAs}, the ${label}`;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

export class EvidenceNotes {
  private readonly segments = new Map<string, Map<string, SegmentView>>();
  private readonly records = new Map<string, Map<string, readonly string[]>>();
  private readonly numberOf = new Map<string, number>();
  private readonly notes: Numbered[] = [];

  constructor(cases: readonly CaseFile[]) {
    for (const c of cases) {
      const sources = new Map(c.sources.map((s) => [s.id, s]));
      this.segments.set(c.firm.id, new Map(c.segments.map((s) => [s.id, { quote: s.quote, location: segmentLocation(s), source: sources.get(s.source) }])));
      // Ties, benefit records and assessments by id: cells that count records cite their evidence.
      const evidenceOf = new Map<string, readonly string[]>();
      for (const r of [...c.ties, ...c.benefits, ...c.competenceAssessments, ...c.digitalPresence]) evidenceOf.set(r.id, r.evidence ?? []);
      this.records.set(c.firm.id, evidenceOf);
    }
  }

  /** A segment of a firm's case as the report may quote it; undefined when the case lacks it. */
  segment(firmId: string, segmentId: string): { quote: string; location: string } | undefined {
    return this.segments.get(firmId)?.get(segmentId);
  }

  /** The note numbers of the given segments of a firm's case, numbering new ones; ascending, each once. */
  cite(firmId: string, segmentIds: readonly string[]): number[] {
    const numbers = new Set<number>();
    for (const id of segmentIds) {
      const segment = this.segments.get(firmId)?.get(id);
      const key =
        segment === undefined
          ? `missing\u0000${firmId}\u0000${id}`
          : [segment.quote, segment.source === undefined ? '' : sourceReference(segment.source), segment.location].join('\u0000');
      let n = this.numberOf.get(key);
      if (n === undefined) {
        n = this.notes.length + 1;
        this.numberOf.set(key, n);
        this.notes.push(
          segment === undefined
            ? { number: n, quote: `Evidence segment “${id}” is cited, but the case of ${firmId} does not contain it.`, where: undefined, source: undefined }
            : { number: n, quote: segment.quote, where: noteWhere(segment.source, segment.location), source: segment.source },
        );
      }
      numbers.add(n);
    }
    return [...numbers].sort((a, b) => a - b);
  }

  /** The notes of the evidence of records (ties, benefit records, assessments, snapshots) by id. */
  citeRecords(firmId: string, recordIds: readonly string[]): number[] {
    const evidence = this.records.get(firmId);
    return this.cite(
      firmId,
      recordIds.flatMap((id) => evidence?.get(id) ?? []),
    );
  }

  /**
   * Every note numbered so far, in number order, and the sources they quote, each once in order of
   * first use. A source that is one of the seed studies is put in the works cited, not described twice.
   */
  finish(bibliography: Bibliography, works: WorksCited): { footnotes: Footnote[]; sources: EvidenceSource[] } {
    const sources = new Map<string, EvidenceSource>();
    const footnotes = this.notes.map((note): Footnote => {
      if (note.source === undefined) return { number: note.number, quote: note.quote, where: note.where, sourceId: undefined };
      const study = seedStudyOfSource(bibliography, note.source);
      const key = study === undefined ? sourceReference(note.source) : `seed\u0000${study.source}`;
      let entry = sources.get(key);
      if (entry === undefined) {
        entry =
          study === undefined
            ? { id: `source-${sources.size + 1}`, text: sourceReference(note.source), notes: [] }
            : {
                id: `source-${sources.size + 1}`,
                text: `${seedName(study.citeAs, study.label)}: one of the two seed studies; its full reference is under Works cited.`,
                notes: [],
                workId: works.seedStudy(study.source),
              };
        sources.set(key, entry);
      }
      entry.notes.push(note.number);
      return { number: note.number, quote: note.quote, where: note.where, sourceId: entry.id };
    });
    return { footnotes, sources: [...sources.values()] };
  }
}

/** Note numbers as a short text: [3, 4, 5, 9] → "3–5, 9". */
export function noteRanges(numbers: readonly number[]): { from: number; to: number }[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: { from: number; to: number }[] = [];
  for (const n of sorted) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && n === last.to + 1) last.to = n;
    else ranges.push({ from: n, to: n });
  }
  return ranges;
}

/** Union of several note lists, ascending. */
export function allNotes(...lists: (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
