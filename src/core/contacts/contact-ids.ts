/**
 * Ids for the records a contacts import adds, made from names so that a case file stays readable
 * ("act-jane-doe", "tie-jane-doe"), and free in the whole case (ids are unique across it).
 */
import { idWords } from '../../shared/ids.js';

const MAX_STEM = 72;

/** Hands out ids no record of the case holds: `stem`, then `stem-2`, `stem-3` … */
export class IdAllocator {
  private readonly taken: Set<string>;
  /** The next suffix to try per stem, so that a thousand "John Smith"s cost a thousand steps, not half a million. */
  private readonly nextSuffix = new Map<string, number>();

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }

  /** A free id of `prefix` and the words of `name` ("act-" + "Jane Doe" → "act-jane-doe"); `fallback` when the name has no Latin letters or digits. */
  next(prefix: string, name: string, fallback: string): string {
    let stem = prefix + (idWords(name) || fallback);
    if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM);
    // Most stems are free: then no suffix is looked up or remembered (an import makes 65,000 ids).
    if (!this.taken.has(stem)) {
      this.taken.add(stem);
      return stem;
    }
    let n = this.nextSuffix.get(stem) ?? 2;
    let id = `${stem}-${n++}`;
    while (this.taken.has(id)) id = `${stem}-${n++}`;
    this.nextSuffix.set(stem, n);
    this.taken.add(id);
    return id;
  }
}
