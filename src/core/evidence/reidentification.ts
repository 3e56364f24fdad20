/**
 * The re-identification check of an anonymized case: the capitalised words left in what people
 * wrote (notes, descriptions, quotes, transcripts), for a researcher to read through. A name the
 * pseudonymizer did not know — a town, a product, a colleague mentioned once — shows up here.
 * It is a list to review, not a guarantee: names in scripts without capital letters (Sinhala,
 * Chinese, Arabic …) and names written in lower case cannot be found this way.
 *
 * Also here: which strings of a case are free text at all (`forEachFreeText`), the rule the
 * pseudonymizer rewrites by, so that the check reads exactly the fields that were rewritten.
 */
import { ID_PATTERN } from '../../shared/ids.js';
import { placedRecordsOf, referencesOf } from '../case-file/references.js';
import type { CaseFile } from '../case-file/schema.js';

/** A capitalised word left in the case: how often, and up to three JSON pointers to where. */
export interface RemainingWord {
  word: string;
  count: number;
  where: string[];
}

/**
 * Keys whose strings are codes, dates, references or locators rather than words people wrote:
 * countries and languages (ISO codes the analysis needs), a currency, a colour, a segment's codes,
 * a partner-search decision's candidate id, and addresses (URLs, e-mail, telephone, file names),
 * which the pseudonymizer drops rather than rewrites.
 */
const NOT_TEXT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'countries',
  'countryOfOrigin',
  'country',
  'markets',
  'market',
  'languages',
  'currency',
  'color',
  'codes',
  'candidate',
  'url',
  'profileUrl',
  'emails',
  'phones',
  'fileName',
]);

/** Called with each free-text string and its JSON pointer; a string returned replaces the text. */
export type FreeTextVisitor = (text: string, pointer: string) => string | undefined;

/**
 * Visits every free-text string of a case in file order: the title, the notes, and each string of
 * each record except ids, references (as `referencesOf` lists them), the keys above, and values
 * that are a bare token such as an enum value or a date (they match the id pattern). A string the
 * visitor returns is written back in place, so pass a copy when the case must stay as it was.
 */
export function forEachFreeText(c: CaseFile, visit: FreeTextVisitor): void {
  if (c.title !== undefined) c.title = visit(c.title, '/title') ?? c.title;
  if (c.notes !== undefined) walk(c.notes, '/notes', 'notes', new Set(), visit);
  for (const { kind, pointer, record } of placedRecordsOf(c)) {
    if (record === undefined) continue;
    const references = new Set(referencesOf(kind, record).map((ref) => pointer + ref.field));
    walk(record, pointer, '', references, visit);
  }
}

function walk(node: object, pointer: string, key: string, skip: ReadonlySet<string>, visit: FreeTextVisitor): void {
  const entries: [string, unknown][] = Array.isArray(node) ? node.map((v: unknown, i) => [String(i), v]) : Object.entries(node);
  for (const [name, value] of entries) {
    // Items of an array take the array's key: the items of "countries" are country codes.
    const itemKey = Array.isArray(node) ? key : name;
    const at = `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (typeof value === 'object' && value !== null) walk(value, at, itemKey, skip, visit);
    else if (typeof value === 'string' && !skip.has(at) && !NOT_TEXT_KEYS.has(itemKey) && !ID_PATTERN.test(value)) {
      const replaced = visit(value, at);
      if (replaced !== undefined && replaced !== value) (node as Record<string, unknown>)[name] = replaced;
    }
  }
}

/**
 * English function words that start sentences ("The", "In", "We"): listing them would bury the
 * names a reviewer is looking for. Everything else capitalised is listed, sentence starts included.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'An And As At Be Been But By Do Does Did For From Had Has Have He Her Here His How If In Into Is It Its ' +
    'Me My No Not Of On One Or Our She So Such That The Their Them Then There These They This Those To Us ' +
    'Was We Were What When Where Which While Who Why With Yes Yet You Your Also Both Each All Some Any Most ' +
    'More After Before Since Because Although However Though Than Only Even Still Just Very'
  ).split(' '),
);

/** A run of letters, marks and digits (joiners included, which Sinhala conjuncts need). */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/gu;

/**
 * The capitalised words (an upper-case letter first, at least two letters, no digits) in the
 * free text of a case, except the words of `ignore` and English function words; most frequent
 * first, then by word in code-unit order (the same on every machine, whatever its locale). `where` holds the first three distinct places each occurs, as JSON pointers.
 */
export function remainingCapitalisedWords(c: CaseFile, ignore: ReadonlySet<string>): RemainingWord[] {
  const found = new Map<string, RemainingWord>();
  forEachFreeText(c, (text, pointer) => {
    for (const [word] of text.matchAll(WORD)) {
      if (!CAPITALISED.test(word) || /\p{N}/u.test(word) || (word.match(LETTER)?.length ?? 0) < 2) continue;
      if (ignore.has(word) || FUNCTION_WORDS.has(word)) continue;
      const entry = found.get(word) ?? { word, count: 0, where: [] };
      entry.count++;
      if (entry.where.length < 3 && !entry.where.includes(pointer)) entry.where.push(pointer);
      found.set(word, entry);
    }
    return undefined;
  });
  return [...found.values()].sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
