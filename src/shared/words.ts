/** Small wording helpers shared by messages and advice in every layer. */

/** "an actor", "a tie", "a utilization cell", "an institutional": the indefinite article by sound. */
export function withArticle(noun: string): string {
  // A "u" said "you" (utilization, unit, user) takes "a"; other vowels take "an".
  const an = /^[aeio]/i.test(noun) || (/^u/i.test(noun) && !/^u(ti|ni|s[aeu])/i.test(noun));
  return `${an ? 'an' : 'a'} ${noun}`;
}

/** ["a", "b", "c"] → "a, b and c"; with "or": "a, b or c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}
