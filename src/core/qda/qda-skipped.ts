/**
 * The list of what an import left out. Capped: a hostile or broken file with a million bad
 * selections should cost a short list and a count, not a million entries in memory and on screen.
 */
import type { QdaSkipped } from './qda-project.js';

/** Entries kept before the rest are only counted. */
export const MAX_SKIPPED = 1000;

export class SkippedList {
  private readonly entries: QdaSkipped[] = [];
  private more = 0;

  add(what: string, reason: string): void {
    if (this.entries.length < MAX_SKIPPED) this.entries.push({ what, reason });
    else this.more++;
  }

  toArray(): QdaSkipped[] {
    if (this.more === 0) return [...this.entries];
    return [...this.entries, { what: `${this.more.toLocaleString('en')} more items`, reason: `only the first ${MAX_SKIPPED} things left out are listed` }];
  }
}

/** How a thing is named in a message: its name in quotes, or its GUID when it has no name. */
export function label(name: string | undefined, guid: string | undefined): string {
  if (name !== undefined && name.trim() !== '') return `"${name.length > 80 ? `${name.slice(0, 80)}…` : name}"`;
  return guid === undefined || guid === '' ? '(without a name)' : guid;
}
