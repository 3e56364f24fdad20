/**
 * The codebook as the views show it, from the codebook route's entries (tree order, each with its
 * depth): the coding panel's picker (a section per group of built-in codes, then the case's own
 * codes and the codes in no codebook, filtered by a search), the codebook panel's tree with counts,
 * and the parents an own code may have.
 */
import type { CodebookEntry } from './api';

export interface PickerOption {
  id: string;
  name: string;
  /** Depth inside its section, 0 at the top. */
  depth: number;
  /** False for a heading that holds codes but is not applied itself. */
  codable: boolean;
  origin: CodebookEntry['origin'];
  color?: string;
}

export interface PickerSection {
  key: string;
  title: string;
  options: PickerOption[];
}

const OWN_TITLE = 'Own codes';
const FREE_TITLE = 'Not in the codebook';

function words(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
}

const matches = (text: string, wanted: readonly string[]) => wanted.every((w) => text.toLowerCase().includes(w));

/** The picker's sections; with a search, the codes whose name or id has every word, with the codes above them. */
export function pickerSections(codebook: readonly CodebookEntry[], query = ''): PickerSection[] {
  const sections: (PickerSection & { base: number; parents: Map<string, string> })[] = [];
  let current: (typeof sections)[number] | undefined;
  const open = (key: string, title: string, base: number) => {
    current = { key, title, options: [], base, parents: new Map() };
    sections.push(current);
    return current;
  };
  for (const entry of codebook) {
    let section = current;
    if (entry.depth === 0 && !entry.codable) {
      open(entry.id, entry.name, 1);
      continue;
    }
    if (entry.depth === 0 || section === undefined) {
      const key = entry.origin === 'free' ? 'free' : 'own';
      section = section?.key === key ? section : open(key, key === 'free' ? FREE_TITLE : OWN_TITLE, 0);
    }
    if (entry.parent !== undefined) section.parents.set(entry.id, entry.parent);
    section.options.push({
      id: entry.id,
      name: entry.name,
      depth: Math.max(0, entry.depth - section.base),
      codable: entry.codable,
      origin: entry.origin,
      ...(entry.color === undefined ? {} : { color: entry.color }),
    });
  }
  const wanted = words(query);
  const shown = sections.map(({ key, title, options, parents }) => {
    if (wanted.length === 0 || matches(title, wanted)) return { key, title, options };
    const keep = new Set<string>();
    for (const o of options) {
      if (!matches(`${o.name} ${o.id}`, wanted)) continue;
      for (let id: string | undefined = o.id; id !== undefined && !keep.has(id); id = parents.get(id)) keep.add(id);
    }
    return { key, title, options: options.filter((o) => keep.has(o.id)) };
  });
  return shown.filter((s) => s.options.length > 0);
}

export interface CodeNode {
  entry: CodebookEntry;
  children: CodeNode[];
  /** Segments coded with this code or with a code under it (a segment may count under two codes). */
  total: number;
}

/** The codebook as a tree, each node with its segments counted with those of the codes under it. */
export function codeTree(codebook: readonly CodebookEntry[]): CodeNode[] {
  const roots: CodeNode[] = [];
  const stack: CodeNode[] = [];
  for (const entry of codebook) {
    while (stack.length > entry.depth) stack.pop();
    const node: CodeNode = { entry, children: [], total: 0 };
    (stack[stack.length - 1]?.children ?? roots).push(node);
    stack.push(node);
  }
  const count = (node: CodeNode): number => (node.total = node.entry.uses + node.children.reduce((sum, child) => sum + count(child), 0));
  roots.forEach(count);
  return roots;
}

/** How many codes of each origin can be applied. */
export function codebookCounts(codebook: readonly CodebookEntry[]): Record<CodebookEntry['origin'], number> {
  const counts = { builtin: 0, own: 0, free: 0 };
  for (const e of codebook) if (e.codable) counts[e.origin]++;
  return counts;
}

export interface ParentOption {
  id: string;
  /** The name indented by its depth, as a select's option shows it. */
  label: string;
}

/**
 * The codes an own code may sit under: built-in and own codes (a free code is no record to point
 * to), without the code itself and the codes under it, which would make a cycle.
 */
export function parentOptions(codebook: readonly CodebookEntry[], editing?: string): ParentOption[] {
  const out: ParentOption[] = [];
  let skipBelow: number | undefined;
  for (const entry of codebook) {
    if (skipBelow !== undefined && entry.depth > skipBelow) continue;
    skipBelow = undefined;
    if (entry.id === editing) {
      skipBelow = entry.depth;
      continue;
    }
    if (entry.origin !== 'free') out.push({ id: entry.id, label: `${'\u00a0\u00a0'.repeat(entry.depth)}${entry.name}` });
  }
  return out;
}

/** Each code's name by its id, for the chips that show a segment's codes. */
export function codeNames(codebook: readonly CodebookEntry[]): Map<string, string> {
  return new Map(codebook.map((e) => [e.id, e.name]));
}

/** Each coloured code's colour by its id. */
export function codeColours(codebook: readonly CodebookEntry[]): Map<string, string> {
  return new Map(codebook.flatMap((e) => (e.color === undefined ? [] : [[e.id, e.color] as const])));
}
