/** Evidence ids gathered from several records, for cells that rest on more than one record. */

/** The ids of all lists, in the order first cited, each once. */
export function mergeEvidence(...lists: (readonly string[] | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const id of list ?? []) seen.add(id);
  return [...seen];
}
