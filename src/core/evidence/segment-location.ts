/** Where a segment is in its source, in words a reader of a report can follow. */
import type { Segment } from '../model/evidence.js';

/**
 * The segment's own location when the coder gave one; otherwise its place in the transcript,
 * counted from 1 as a reader counts characters.
 */
export function segmentLocation(segment: Pick<Segment, 'location' | 'span'>): string {
  if (segment.location !== undefined) return segment.location;
  const span = segment.span;
  return span === undefined ? 'location not given' : `transcript, characters ${span.start + 1}–${span.end}`;
}
