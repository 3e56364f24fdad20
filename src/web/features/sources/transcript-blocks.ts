/**
 * A transcript's text cut into the blocks the view shows one under the other: its speaker turns, and
 * where it has none (a text stored through the API or a .qdpx) its paragraphs. Text between turns
 * that is more than white space (a Markdown thematic break) becomes a block of its own, so every
 * visible character can be selected and coded. All positions are Unicode code points, as segments
 * store them.
 */

export interface TranscriptTurn {
  start: number;
  end: number;
  speaker?: string;
  at?: string;
}

export interface TextBlock {
  start: number;
  end: number;
  speaker?: string;
  /** Time in the recording (WebVTT, SRT). */
  at?: string;
  /** A speaker turn the import found, a paragraph of a text without turns, or text between turns. */
  kind: 'turn' | 'paragraph' | 'between';
}

/**
 * The UTF-16 index of every code point of a text, and of its end: `table[p]` is where code point p
 * starts, `table[length]` is `text.length`. Made once per text, so that slicing many pieces stays
 * linear in the text's length.
 */
export function codePointTable(text: string): Uint32Array {
  let count = 0;
  for (let unit = 0; unit < text.length; unit++, count++) if (isPairAt(text, unit)) unit++;
  const table = new Uint32Array(count + 1);
  let p = 0;
  for (let unit = 0; unit < text.length; unit++, p++) {
    table[p] = unit;
    if (isPairAt(text, unit)) unit++;
  }
  table[count] = text.length;
  return table;
}

/** A text's code points from `start` to `end` (end exclusive), through its table. */
export function sliceWith(text: string, table: Uint32Array, start: number, end: number): string {
  const last = table.length - 1;
  const from = table[Math.max(0, Math.min(start, last))] ?? 0;
  const to = table[Math.max(0, Math.min(end, last))] ?? text.length;
  return text.slice(from, Math.max(from, to));
}

/** The blocks of a transcript, in text order, following the rules at the top of this file. */
export function transcriptBlocks(text: string, turns: readonly TranscriptTurn[] | undefined, table = codePointTable(text)): TextBlock[] {
  const length = table.length - 1;
  const ordered = [...(turns ?? [])].filter((t) => t.end > t.start && t.start < length).sort((a, b) => a.start - b.start || a.end - b.end);
  if (ordered.length === 0) return paragraphsIn(text, table, 0, length, 'paragraph');
  const blocks: TextBlock[] = [];
  let covered = 0;
  for (const turn of ordered) {
    // A turn that overlaps the one before starts where that one ended (the server refuses overlaps; a guard only).
    const start = Math.max(turn.start, covered);
    const end = Math.min(turn.end, length);
    if (end <= start) continue;
    blocks.push(...paragraphsIn(text, table, covered, start, 'between'));
    blocks.push({
      start,
      end,
      ...(turn.speaker === undefined ? {} : { speaker: turn.speaker }),
      ...(turn.at === undefined ? {} : { at: turn.at }),
      kind: 'turn',
    });
    covered = end;
  }
  blocks.push(...paragraphsIn(text, table, covered, length, 'between'));
  return blocks;
}

/** The runs of non-blank lines between two positions, each from its first to its last non-space character. */
function paragraphsIn(text: string, table: Uint32Array, from: number, to: number, kind: TextBlock['kind']): TextBlock[] {
  const out: TextBlock[] = [];
  let start = -1;
  let lastText = -1;
  let lineHasText = false;
  for (let p = from; p < to; p++) {
    const ch = text.slice(table[p], table[p + 1]);
    if (ch === '\n') {
      if (!lineHasText && start >= 0) {
        out.push({ start, end: lastText + 1, kind });
        start = -1;
      }
      lineHasText = false;
    } else if (!/\s/.test(ch)) {
      lineHasText = true;
      if (start < 0) start = p;
      lastText = p;
    }
  }
  if (start >= 0) out.push({ start, end: lastText + 1, kind });
  return out;
}

/** The index of the block a position falls in, or of the first block after it; the last block for a position past them all. */
export function blockIndexAt(blocks: readonly { start: number; end: number }[], position: number): number {
  let low = 0;
  let high = blocks.length - 1;
  // The first block whose end is after the position.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((blocks[mid]?.end ?? 0) > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

function isPairAt(text: string, unit: number): boolean {
  const code = text.charCodeAt(unit);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(unit + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
