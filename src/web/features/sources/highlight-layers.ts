/**
 * How coded segments are drawn over a transcript's text so that overlapping ones stay readable: the
 * text is cut into pieces wherever a segment starts or ends; each piece is tinted with the colour of
 * the innermost segment over it, and every segment also draws a thin band under the text in a lane
 * of its own, the same lane all along the segment, so that where two overlap both bands show.
 */

export interface Highlight {
  id: string;
  start: number;
  end: number;
  /** "#rrggbb". */
  color: string;
}

export interface Layer extends Highlight {
  /** 0 is the band nearest the baseline. */
  lane: number;
}

export interface Piece {
  start: number;
  end: number;
  /** The segments over the piece, outermost (earliest start, then longest) first. */
  layers: Layer[];
}

/** A segment whose codes have no colour: a yellow that dark text stays readable on. */
export const DEFAULT_HIGHLIGHT = '#d4a017';
/** Bands drawn under a piece at most; a deeper lane still tints the text. */
export const MAX_BANDS = 4;
const BAND_PX = 3;
/** The tint's opacity, as the alpha byte of an #rrggbbaa colour. */
const TINT_ALPHA = '40';

/** The colour a segment is drawn in: that of its first code with a colour, or the default. */
export function highlightColour(codes: readonly string[], colours: ReadonlyMap<string, string>): string {
  for (const code of codes) {
    const colour = colours.get(code);
    if (colour !== undefined) return colour;
  }
  return DEFAULT_HIGHLIGHT;
}

/**
 * The lane of each segment: the lowest lane no segment overlapping it took before it, segments
 * taken by start (longer first), so that an outer segment sits under the ones inside it.
 */
export function assignLanes(highlights: readonly Highlight[]): Layer[] {
  const ordered = [...highlights].sort(outermostFirst);
  const laneEnds: number[] = [];
  return ordered.map((h) => {
    let lane = laneEnds.findIndex((end) => end <= h.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = h.end;
    return { ...h, lane };
  });
}

/** The pieces of a range of text (a turn), each with the segments over it. */
export function piecesOf(range: { start: number; end: number }, layers: readonly Layer[]): Piece[] {
  const over = layers.filter((l) => l.start < range.end && l.end > range.start);
  const cuts = new Set([range.start, range.end]);
  for (const l of over) {
    if (l.start > range.start) cuts.add(l.start);
    if (l.end < range.end) cuts.add(l.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({ start, end, layers: over.filter((l) => l.start <= start && l.end >= end).sort(outermostFirst) });
  }
  return pieces;
}

export interface LayerStyle {
  backgroundColor: string;
  backgroundImage: string;
  backgroundSize: string;
  backgroundPosition: string;
  backgroundRepeat: string;
  paddingBottom: string;
}

/** The inline style of a piece under segments: the innermost one's tint, and one band per segment in its lane. */
export function layerStyle(layers: readonly Layer[]): LayerStyle | undefined {
  const innermost = layers[layers.length - 1];
  if (innermost === undefined) return undefined;
  const banded = layers.filter((l) => l.lane < MAX_BANDS);
  const lanes = Math.min(MAX_BANDS, Math.max(...layers.map((l) => l.lane)) + 1);
  return {
    backgroundColor: `${innermost.color}${TINT_ALPHA}`,
    backgroundImage: banded.map((l) => `linear-gradient(${l.color}, ${l.color})`).join(', '),
    backgroundSize: banded.map(() => `100% ${BAND_PX}px`).join(', '),
    backgroundPosition: banded.map((l) => `0 calc(100% - ${l.lane * BAND_PX}px)`).join(', '),
    backgroundRepeat: 'no-repeat',
    paddingBottom: `${lanes * BAND_PX}px`,
  };
}

function outermostFirst(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
