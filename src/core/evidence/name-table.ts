/**
 * The names a pseudonymization replaces, compiled once into one pattern over text and one over ids,
 * and the position map of a text's replacements (for transcript spans). Split from anonymize.ts,
 * which decides what the names and their pseudonyms are.
 */
import { idWords } from '../../shared/ids.js';
import { codePointLength } from './code-points.js';

/** What counts as part of a word: a name must not start or end next to one of these. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}\\u200C\\u200D]';

/** One name to replace: its pseudonym and the texts that count as it. */
export interface NameVariants {
  pseudonym: string;
  variants: readonly string[];
  parts: readonly string[];
}

/** Every text that counts as a name, with what replaces it, as one pattern. */
export interface NameTable {
  pattern: RegExp | undefined;
  byVariant: ReadonlyMap<string, string>;
  /** Pattern over ids: each name as id words, and the pseudonym's id words. */
  idPattern: RegExp | undefined;
  idWordsOf: ReadonlyMap<string, string>;
  /** Names folded to lower-case letters and digits, for finding them in addresses and file names. */
  folded: readonly string[];
}

export const normalize = (text: string) => text.trim().replace(/\s+/gu, ' ');
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
export const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One pattern matching any of `names`, as a tree of their common beginnings: a case with thousands
 * of imported contacts has tens of thousands of names, which a plain alternation would try one by
 * one at every word. Deeper branches are tried first, so the longest name wins ("Bold Batbayar"
 * before "Bold"). `separator` in a name matches `separatorPattern` in the text.
 */
function namesPattern(names: Iterable<string>, separator: string, separatorPattern: string): string | undefined {
  const root: TrieNode = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const char of name) {
      const child = node.next.get(char) ?? { end: false, next: new Map() };
      node.next.set(char, child);
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([char, child]) => (char === separator ? separatorPattern : escape(char)) + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return root.next.size === 0 ? undefined : source(root);
}

/** "Contact 1 or Contact 2"; past three people, "Contact 1 or 7 others", so that a common first name stays short. */
function eitherOf(pseudonyms: readonly string[]): string {
  return pseudonyms.length <= 3 ? pseudonyms.join(' or ') : `${pseudonyms[0] ?? ''} or ${pseudonyms.length - 1} others`;
}

/** The pattern of every name and part, whole names before parts, each with what replaces it. */
export function nameTable(named: readonly NameVariants[]): NameTable {
  const pseudonymsOf = new Map<string, Set<string>>();
  const note = (variant: string, pseudonym: string) => {
    const key = normalize(variant);
    if (codePointLength(key) < 2 || !/[\p{L}\p{N}]/u.test(key)) return;
    pseudonymsOf.set(key, (pseudonymsOf.get(key) ?? new Set()).add(pseudonym));
  };
  for (const n of named) for (const v of n.variants) note(v, n.pseudonym);
  // Whole names first: a part counts only where no whole name is spelt the same.
  const whole = new Set(pseudonymsOf.keys());
  for (const n of named) for (const part of n.parts) if (!whole.has(part)) note(part, n.pseudonym);
  const byVariant = new Map([...pseudonymsOf].map(([variant, set]) => [variant, eitherOf([...set])]));
  const names = namesPattern(byVariant.keys(), ' ', '\\s+');
  const pattern = names === undefined ? undefined : new RegExp(`(?<!${WORD_CHAR})(?:${names})(?!${WORD_CHAR})`, 'gu');
  const idWordsOf = new Map<string, string>();
  for (const [variant, pseudonym] of byVariant) {
    const words = idWords(variant);
    if (words.replaceAll('-', '').length >= 3 && !idWordsOf.has(words)) idWordsOf.set(words, idWords(pseudonym));
  }
  const ids = namesPattern(idWordsOf.keys(), '-', '[._-]');
  const idPattern = ids === undefined ? undefined : new RegExp(`(?<![a-z0-9])(?:${ids})(?![a-z0-9])`, 'g');
  const folded = [...new Set([...byVariant.keys()].map(fold))].filter((f) => f.length >= 3);
  return { pattern, byVariant, idPattern, idWordsOf, folded };
}

/** A replacement in a text, in code points: old [start, end) became `length` code points. */
export interface Edit {
  start: number;
  end: number;
  length: number;
}

/** The text with every name replaced, and the edits made, in order. */
export function replaceNames(text: string, table: NameTable): { text: string; edits: Edit[] } {
  if (table.pattern === undefined) return { text, edits: [] };
  const edits: Edit[] = [];
  let out = '';
  let last = 0;
  let position = 0;
  for (const match of text.matchAll(table.pattern)) {
    const replacement = table.byVariant.get(normalize(match[0])) ?? match[0];
    const before = text.slice(last, match.index);
    position += codePointLength(before);
    const length = codePointLength(match[0]);
    edits.push({ start: position, end: position + length, length: codePointLength(replacement) });
    position += length;
    out += before + replacement;
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), edits };
}

/**
 * Where an old position is in the new text. A position inside a replaced name goes to the start of
 * its replacement (`inside: 'start'`) or to its end (`'end'`).
 */
export function mapPosition(edits: readonly Edit[], position: number, inside: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of edits) {
    if (position <= edit.start) break;
    if (position < edit.end) return edit.start + shift + (inside === 'end' ? edit.length : 0);
    shift += edit.length - (edit.end - edit.start);
  }
  return position + shift;
}
