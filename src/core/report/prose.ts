/** Small helpers for writing report sentences from data: number words, lists, plurals, figures. */
import type { Block } from './types.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** 4 → "four"; 10 and above stay digits, as most style guides have it. */
export function numberWord(n: number): string {
  return n < 10 ? (WORDS[n] ?? String(n)) : String(n);
}

/** The same, with a capital, for the start of a sentence. */
export function NumberWord(n: number): string {
  const w = numberWord(n);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

import { joinList } from '../../shared/words.js';

export { joinList };

/** Names as a list: "A, B and C", or "A; B; C" when a name has a comma of its own. */
export function joinNames(names: readonly string[]): string {
  return names.some((n) => n.includes(',')) ? names.join('; ') : joinList(names);
}

/** 1, "tie" → "one tie"; 3, "tie" → "three ties"; 0 → "no ties". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n === 0 ? 'no' : numberWord(n)} ${n === 1 ? singular : plural}`;
}

/** Items inside parentheses: "; " when an item has "and" of its own, so the list stays readable. */
export function inParentheses(items: readonly string[]): string {
  return `(${items.some((i) => / and /.test(i)) ? items.join('; ') : joinList(items)})`;
}

/** 20.8333 → "20.8 %". */
export function percent(x: number): string {
  return `${x.toFixed(1)} %`;
}

/** 0.3543 → "0.35". */
export function kappa(x: number): string {
  return x.toFixed(2);
}

/** The first letter in lower case, for a label used inside a sentence ("Regulatory …" → "regulatory …"); acronyms ("COVID-19 …") stay. */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** A paragraph block of the given text. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
