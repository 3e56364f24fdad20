/**
 * A reference entry's source in words: its address, or — for a body a seed study describes without
 * naming it — the seed and where in it. Here with no dependencies, so the CLI can print it without
 * loading the schemas.
 */
export function sourceText(source: { url: string } | { seed: string; location: string }): string {
  return 'url' in source ? source.url : `${source.seed}, ${source.location}`;
}
