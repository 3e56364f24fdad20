/**
 * Evidence notes: every evidence segment a report cites gets one number, in order of first use,
 * and keeps it wherever it is cited again. Segments with the same quote, source title and location
 * (two cases quoting the same passage of the same source) are one note.
 */
import type { CaseFile } from '../case-file/index.js';
import type { Footnote } from './types.js';

export class EvidenceNotes {
  private readonly segments = new Map<string, Map<string, { quote: string; sourceTitle: string | undefined; location: string }>>();
  private readonly records = new Map<string, Map<string, readonly string[]>>();
  private readonly numberOf = new Map<string, number>();
  private readonly notes: Footnote[] = [];

  constructor(cases: readonly CaseFile[]) {
    for (const c of cases) {
      const titles = new Map(c.sources.map((s) => [s.id, s.title]));
      this.segments.set(c.firm.id, new Map(c.segments.map((s) => [s.id, { quote: s.quote, sourceTitle: titles.get(s.source), location: s.location }])));
      // Ties, benefit records and assessments by id: cells that count records cite their evidence.
      const evidenceOf = new Map<string, readonly string[]>();
      for (const r of [...c.ties, ...c.benefits, ...c.competenceAssessments, ...c.digitalPresence]) evidenceOf.set(r.id, r.evidence ?? []);
      this.records.set(c.firm.id, evidenceOf);
    }
  }

  /** The note numbers of the given segments of a firm's case, numbering new ones; ascending, each once. */
  cite(firmId: string, segmentIds: readonly string[]): number[] {
    const numbers = new Set<number>();
    for (const id of segmentIds) {
      const segment = this.segments.get(firmId)?.get(id);
      const content = segment ?? {
        quote: `Evidence segment “${id}” is cited, but the case of ${firmId} does not contain it.`,
        sourceTitle: undefined,
        location: '—',
      };
      const key = segment === undefined ? `missing\u0000${firmId}\u0000${id}` : [content.quote, content.sourceTitle ?? '', content.location].join('\u0000');
      let n = this.numberOf.get(key);
      if (n === undefined) {
        n = this.notes.length + 1;
        this.numberOf.set(key, n);
        this.notes.push({ number: n, ...content });
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

  /** Every note numbered so far, in number order. */
  list(): Footnote[] {
    return [...this.notes];
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
