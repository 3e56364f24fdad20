/**
 * Text positions counted in Unicode code points, as REFI-QDA counts them: an emoji or a character
 * outside the Basic Multilingual Plane is one position, not the two UTF-16 units JavaScript strings use.
 * Segments store these positions, so they mean the same in Foothold, in a .qdpx and in other tools.
 */

/** How many code points a text has. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let unit = 0; unit < text.length; unit++) {
    length++;
    if (isHighSurrogatePair(text, unit)) unit++;
  }
  return length;
}

/** The UTF-16 index of a code-point position; a position past the end gives the text's length. */
export function codeUnitIndex(text: string, position: number): number {
  let unit = 0;
  for (let seen = 0; seen < position && unit < text.length; seen++) {
    unit += isHighSurrogatePair(text, unit) ? 2 : 1;
  }
  return unit;
}

/** The code-point position of a UTF-16 index (an index inside a pair counts as the pair's start). */
export function codePointPosition(text: string, unitIndex: number): number {
  let position = 0;
  for (let unit = 0; unit < unitIndex && unit < text.length; unit++) {
    if (isHighSurrogatePair(text, unit)) {
      if (unit + 1 >= unitIndex) break;
      unit++;
    }
    position++;
  }
  return position;
}

/** The text between two code-point positions, end exclusive. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const from = codeUnitIndex(text, start);
  return text.slice(from, from + codeUnitIndex(text.slice(from), end - start));
}

function isHighSurrogatePair(text: string, unit: number): boolean {
  const code = text.charCodeAt(unit);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(unit + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
