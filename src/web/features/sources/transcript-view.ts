/**
 * What the transcript view lists beside the text: each coded segment of the transcript in the
 * margin of the block (turn) it starts in, the source's other segments (quoted with a location but
 * no place in this text) apart, and the highlights the text is drawn with.
 */
import { highlightColour, type Highlight } from './highlight-layers';
import { blockIndexAt } from './transcript-blocks';

interface SpannedSegment {
  id: string;
  source: string;
  codes: string[];
  span?: { transcript: string; start: number; end: number };
}

export interface MarginGroups<S> {
  /** For each block, the segments starting in it (or in the gap before it), in text order. */
  byBlock: S[][];
  /** The source's segments with no span in this transcript. */
  elsewhere: S[];
}

/** The segments of a source arranged for the margin of its transcript's blocks. */
export function segmentsByBlock<S extends SpannedSegment>(
  blocks: readonly { start: number; end: number }[],
  segments: readonly S[],
  transcriptId: string,
  sourceId: string,
): MarginGroups<S> {
  const byBlock: S[][] = blocks.map(() => []);
  const elsewhere: S[] = [];
  const placed = segments
    .filter((s) => s.source === sourceId || s.span?.transcript === transcriptId)
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || (a.span?.end ?? 0) - (b.span?.end ?? 0) || (a.id < b.id ? -1 : 1));
  for (const s of placed) {
    const group = s.span?.transcript === transcriptId ? byBlock[blockIndexAt(blocks, s.span.start)] : undefined;
    (group ?? elsewhere).push(s);
  }
  return { byBlock, elsewhere };
}

/** The highlights of the transcript's segments, each in the colour of its first coloured code. */
export function highlightsOf(segments: readonly SpannedSegment[], transcriptId: string, colours: ReadonlyMap<string, string>): Highlight[] {
  return segments.flatMap((s) =>
    s.span?.transcript === transcriptId ? [{ id: s.id, start: s.span.start, end: s.span.end, color: highlightColour(s.codes, colours) }] : [],
  );
}

/** The first words of a quote, cut at a word within `max` characters, for the margin. */
export function quoteStart(quote: string, max = 80): string {
  const chars = [...quote];
  if (chars.length <= max) return quote;
  const head = chars.slice(0, max).join('');
  const cut = head.replace(/\s+\S*$/u, '');
  return `${cut === '' ? head : cut}…`;
}

/** "IA1 · 00:01:02.000", or what of it the block has. */
export function blockLabel(block: { speaker?: string; at?: string; kind: string }): string {
  return [block.speaker, block.at].filter((x) => x !== undefined).join(' · ');
}

/** The address of a source's transcript view. */
export function transcriptPath(workspace: string, firmId: string, sourceId: string): string {
  return `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/sources/${encodeURIComponent(sourceId)}`;
}
