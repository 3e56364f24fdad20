/** Small wording helpers shared by messages in every layer. */

/** "an actor", "a tie", "an institutional": the indefinite article English puts before a word. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
