/**
 * What an id looks like, and the workspace a command uses when none is named. Here, with no
 * dependencies, so that the CLI can check its options before it loads the domain schemas.
 */

/** Lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 80 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

export const DEFAULT_WORKSPACE_ID = 'default';

/** Letters that Unicode normalization does not take apart into a base letter and an accent. */
const LATIN_EXTRAS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i' };

/** Longest stem freeId keeps, so that "-NN" still fits in an id of 80 characters. */
const MAX_ID_STEM = 72;

/**
 * The letters and digits of a name as an id can hold them, joined by "-", at most `max` characters
 * and cut at the end of a word: "Jürgen O'Brien (Łódź)" → "jurgen-o-brien-lodz"; "" when the name
 * has no Latin letter or digit (the caller picks a fallback).
 */
export function idWords(name: string, max = 60): string {
  // Most names are plain ASCII, which has no accents to take off; a loop rather than regular
  // expressions, as an import of 30,000 contacts makes 65,000 ids.
  const folded = /^[\x20-\x7e]*$/.test(name)
    ? name
    : name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[łøđħßæœþðı]/g, (ch) => LATIN_EXTRAS[ch] ?? '-');
  let words = '';
  let gap = false;
  for (let i = 0; i < folded.length && words.length < max; i++) {
    let code = folded.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && words !== '') {
        // No room for a dash and a letter more: the name is cut at the end of a word.
        if (words.length >= max - 1) break;
        words += '-';
      }
      words += String.fromCharCode(code);
      gap = false;
    } else gap = true;
  }
  return words;
}

/** `base`, or `base-2`, `base-3` … : the first id not taken (the stem cut so that the id stays within 80 characters). */
export function freeId(base: string, taken: ReadonlySet<string> | ((id: string) => boolean)): string {
  const isTaken = typeof taken === 'function' ? taken : (id: string) => taken.has(id);
  const stem = base.slice(0, MAX_ID_STEM).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; isTaken(id); n++) id = `${stem}-${n}`;
  return id;
}
