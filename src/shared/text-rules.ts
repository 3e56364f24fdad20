/**
 * What text Foothold stores: the same on SQLite and PostgreSQL. PostgreSQL cannot hold U+0000 in
 * text at all, and a lone UTF-16 surrogate (only reachable through a "\ud800" escape) has no UTF-8
 * form, so both are refused everywhere rather than stored on one database and crashing the other.
 */

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableText(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return 'contains the NUL character (U+0000), which cannot be stored; remove it';
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else return `contains a lone surrogate (\\u${unit.toString(16)}), which is not valid Unicode text; remove it`;
    }
  }
  return undefined;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer shortened for messages: very deep pointers keep their start and end. */
export function shortPointer(pointer: string, max = 160): string {
  return pointer.length <= max ? pointer : `${pointer.slice(0, max / 2)}…${pointer.slice(-max / 2)}`;
}
