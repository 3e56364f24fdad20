/**
 * Foothold cases as a REFI-QDA project: the codebook (built-in codes, each case's own codes and any
 * free codes, in their hierarchy), every source that has a stored text as a text source, and every
 * segment placed in that text as a selection with one coding per code, made by its coder.
 *
 * GUIDs are derived from Foothold's ids, so exporting the same cases twice gives the same file and a
 * file exported from Foothold maps back onto the same codes (import-plan.ts recognises them).
 * Segments with only a quote and a location (no place in a stored text) cannot be selections: they
 * are counted in `left`, per firm, so the user hears what the file does not hold.
 */
import type { CaseFile } from '../case-file/index.js';
import { codebookOf, type CodebookEntry } from '../evidence/codebook.js';
import { derivedGuid } from './qda-guid.js';
import type { QdaCode, QdaProject, QdaSelection, QdaTextSource, QdaUser } from './qda-project.js';

export interface CaseProject {
  project: QdaProject;
  /** Segments not in the project, per firm: they have no place in a stored text. */
  left: { firm: string; segments: number }[];
}

/** The GUID of a Foothold code in every file Foothold writes. */
export function codeGuid(codeId: string): string {
  return derivedGuid(`foothold:code:${codeId}`);
}

function userGuid(coder: string): string {
  return derivedGuid(`foothold:coder:${coder}`);
}

/** The project of one or more cases, named `name`. */
export function projectOfCases(cases: readonly CaseFile[], name: string, origin: string): CaseProject {
  const entries = new Map<string, CodebookEntry>();
  for (const c of cases) for (const entry of codebookOf(c)) if (!entries.has(entry.id)) entries.set(entry.id, entry);
  const coders = new Set<string>();
  const sources: QdaTextSource[] = [];
  const left: CaseProject['left'] = [];
  for (const c of cases) {
    const byTranscript = new Map(c.transcripts.map((t) => [t.id, t]));
    const bySource = new Map(c.sources.map((s) => [s.id, s]));
    for (const transcript of c.transcripts) {
      const source = bySource.get(transcript.source);
      const selections: QdaSelection[] = [];
      for (const segment of c.segments) {
        if (segment.span?.transcript !== transcript.id) continue;
        if (segment.coder !== undefined) coders.add(segment.coder);
        const user = segment.coder === undefined ? undefined : userGuid(segment.coder);
        selections.push({
          guid: derivedGuid(`foothold:segment:${c.firm.id}/${segment.id}`),
          name: segment.id,
          start: segment.span.start,
          end: segment.span.end,
          ...(user === undefined ? {} : { userGuid: user }),
          ...(segment.memo === undefined ? {} : { description: segment.memo }),
          notes: [],
          codings: [...new Set(segment.codes)].map((code) => ({ codeGuid: codeGuid(code), ...(user === undefined ? {} : { userGuid: user }) })),
        });
      }
      sources.push({
        guid: derivedGuid(`foothold:source:${c.firm.id}/${transcript.source}`),
        name: source?.title ?? transcript.source,
        ...(source?.description === undefined ? {} : { description: source.description }),
        text: transcript.text,
        selections,
      });
    }
    const placed = c.segments.filter((s) => s.span !== undefined && byTranscript.has(s.span.transcript)).length;
    if (placed < c.segments.length) left.push({ firm: c.firm.id, segments: c.segments.length - placed });
  }
  const users: QdaUser[] = [...coders].sort().map((coder) => ({ guid: userGuid(coder), name: coder }));
  return { project: { name, origin, users, codes: codeTree([...entries.values()]), sources, notes: [] }, left };
}

function codeTree(entries: readonly CodebookEntry[]): QdaCode[] {
  const ids = new Set(entries.map((e) => e.id));
  const nodes = new Map<string, QdaCode>();
  for (const e of entries) {
    nodes.set(e.id, {
      guid: codeGuid(e.id),
      name: e.name,
      ...(e.color === undefined ? {} : { color: e.color }),
      ...(e.description === undefined ? {} : { description: e.description }),
      codable: e.codable,
      children: [],
    });
  }
  const roots: QdaCode[] = [];
  // codebookOf lists parents before children, so each child finds its parent already made.
  for (const e of entries) {
    const node = nodes.get(e.id)!;
    const parent = e.parent !== undefined && ids.has(e.parent) ? nodes.get(e.parent) : undefined;
    (parent?.children ?? roots).push(node);
  }
  return roots;
}
