/**
 * Ids for what the coder makes in the browser: a segment's id says where it is ("src-interview-ia1-120":
 * the source and the code point it starts at), an own code's id comes from its name; both unique
 * among the ids the case is known to hold. The server answers 409 for an id taken meanwhile: the
 * caller adds it to `taken` and asks again.
 */
import { freeId, ID_PATTERN, idWords } from '../../../shared/ids';

/** freeId keeps stems to 72 characters so that "-NN" still fits in 80. */
const MAX_STEM = 72;

/** A free id for a new segment of a source starting at a code point. */
export function segmentIdFor(sourceId: string, start: number, taken: ReadonlySet<string>): string {
  const tail = `-${start}`;
  return freeId(`${sourceId.slice(0, MAX_STEM - tail.length)}${tail}`, taken);
}

/** A free id for an own code named `name` ("code" for a name with no Latin letter or digit). */
export function ownCodeIdFor(name: string, taken: ReadonlySet<string>): string {
  return freeId(idWords(name, 60) || 'code', taken);
}

/**
 * Whether a free code (one segments apply that no codebook has) can become an own code under the
 * same id, so that the segments using it find it: its id must be a record id (no ":", lower case).
 */
export function canBecomeOwnCode(codeId: string): boolean {
  return ID_PATTERN.test(codeId);
}
