/**
 * From what a user selected to the span a segment stores: code-point positions in the transcript,
 * end exclusive, without white space at either end (the server trims a quote, and a quote must be
 * exactly the text at its span). Pure: the DOM walk that finds the pieces is dom-selection.ts.
 */
import { codePointLength, codePointPosition, codeUnitIndex } from '../../../core/evidence/code-points';

export interface Span {
  start: number;
  end: number;
}

/**
 * The code-point position of a point given in UTF-16 units inside a piece of text. A point inside
 * a surrogate pair (half an emoji) falls before the pair when it starts a selection and after it
 * when it ends one, so a selection never cuts a character in two.
 */
export function pointInText(text: string, unitOffset: number, edge: 'start' | 'end'): number {
  const offset = Math.max(0, Math.min(unitOffset, text.length));
  const position = codePointPosition(text, offset);
  const insidePair = offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
  return edge === 'end' && insidePair ? position + 1 : position;
}

/** The span without white space at its ends, clamped to the text; undefined when nothing but white space is left. */
export function trimmedSpan(text: string, start: number, end: number): Span | undefined {
  const length = codePointLength(text);
  let from = Math.max(0, Math.min(start, end, length));
  let to = Math.min(length, Math.max(start, end));
  const fromUnit = codeUnitIndex(text, from);
  const toUnit = fromUnit + codeUnitIndex(text.slice(fromUnit), to - from);
  const slice = text.slice(fromUnit, toUnit);
  // White space is in the Basic Multilingual Plane: the units trimmed are code points.
  const leading = slice.length - slice.trimStart().length;
  if (leading === slice.length) return undefined;
  const trailing = slice.length - slice.trimEnd().length;
  from += leading;
  to -= trailing;
  return { start: from, end: to };
}

/** The span of a selection in a textarea holding the whole text (its selectionStart and selectionEnd count UTF-16 units). */
export function textareaSpan(text: string, selectionStart: number, selectionEnd: number): Span | undefined {
  const start = pointInText(text, Math.min(selectionStart, selectionEnd), 'start');
  const end = pointInText(text, Math.max(selectionStart, selectionEnd), 'end');
  return end > start ? trimmedSpan(text, start, end) : undefined;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
