/**
 * Codes to suggest for a passage, each with why: the records that already cite the segment
 * (cited-codes.ts), and a transparent keyword lexicon (data/lexicon/code-keywords.json) plus the
 * words of the case's own code names. The coder sees the words found and confirms each suggestion;
 * nothing here applies a code.
 */
import { z } from 'zod';
import type { CitedCode } from './cited-codes.js';
import type { CodebookEntry } from './codebook.js';

export const codeLexiconSchema = z
  .object({
    description: z.string(),
    source: z.string().min(1),
    recordedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    codes: z.record(z.string(), z.array(z.string().min(2)).min(1)),
  })
  .strict();
export type CodeLexicon = z.infer<typeof codeLexiconSchema>;

export interface CodeSuggestion {
  code: string;
  name: string;
  because: string;
}

/** Most suggestions shown for one passage. */
export const MAX_SUGGESTIONS = 6;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** The keyword's words found in the passage's words, in order ("social media" matches two words in a row). */
function found(keyword: string, words: readonly string[]): boolean {
  const parts = wordsOf(keyword.replace(/\*$/, ''));
  if (parts.length === 0) return false;
  const prefix = keyword.endsWith('*');
  for (let i = 0; i + parts.length <= words.length; i++) {
    const hit = parts.every((part, j) => {
      const word = words[i + j]!;
      return j === parts.length - 1 && prefix ? word.startsWith(part) : word === part;
    });
    if (hit) return true;
  }
  return false;
}

/**
 * Suggestions for a passage: codes its citations imply first, then the codes whose keywords it
 * uses, most keywords first; never a code in `applied`, nor a group that cannot be applied.
 */
export function suggestCodes(
  text: string,
  lexicon: CodeLexicon,
  codebook: readonly CodebookEntry[],
  cited: readonly CitedCode[] = [],
  applied: readonly string[] = [],
): CodeSuggestion[] {
  const entries = new Map(codebook.map((e) => [e.id, e]));
  const skip = new Set(applied);
  const out: CodeSuggestion[] = [];
  for (const c of cited) {
    if (skip.has(c.code)) continue;
    skip.add(c.code);
    out.push({ code: c.code, name: entries.get(c.code)?.name ?? c.code, because: `the passage is cited by ${c.because}` });
  }
  const words = wordsOf(text);
  const scored: { entry: CodebookEntry; hits: string[]; order: number }[] = [];
  codebook.forEach((entry, order) => {
    if (!entry.codable || skip.has(entry.id)) return;
    const keywords = entry.origin === 'own' ? wordsOf(entry.name).filter((w) => w.length >= 4) : (lexicon.codes[entry.id] ?? []);
    const hits = keywords.filter((k) => found(k, words));
    if (hits.length > 0) scored.push({ entry, hits, order });
  });
  scored.sort((a, b) => b.hits.length - a.hits.length || a.order - b.order);
  for (const { entry, hits } of scored) {
    const shown = hits.map((h) => `“${h.replace(/\*$/, '…')}”`).join(', ');
    const whose = entry.origin === 'own' ? 'words of the code’s name' : `keywords of ${entry.name}`;
    out.push({ code: entry.id, name: entry.name, because: `the passage uses ${shown} (${whose})` });
  }
  return out.slice(0, MAX_SUGGESTIONS);
}
