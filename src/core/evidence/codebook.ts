/**
 * A case's codebook as a researcher sees it: the built-in codes (builtin-codes.ts, with the case's
 * own challenge categories and the subtypes its ties use), the case's own codes in their hierarchy,
 * and any code a segment applies that is in neither ("free" codes, kept as written so that nothing a
 * coder or an imported file applied is lost), each with how many segments use it.
 */
import { challengeLabel, NETWORK_TYPE_LABELS } from '../analysis/index.js';
import type { CaseFile } from '../case-file/index.js';
import type { NetworkType } from '../model/vocabulary.js';
import { BUILTIN_CODE_GROUPS, BUILTIN_CODE_KEYS, builtinCodeId, type BuiltinCodeGroup } from './builtin-codes.js';

export type CodeOrigin = 'builtin' | 'own' | 'free';

export interface CodebookEntry {
  id: string;
  name: string;
  parent?: string;
  color?: string;
  description?: string;
  origin: CodeOrigin;
  /** False for the built-in groups ("Network types"): they hold codes, segments get the codes inside. */
  codable: boolean;
  /** Nesting depth, 0 at the top. */
  depth: number;
  /** Segments coded with this code itself. */
  uses: number;
}

const GROUP_NAMES: Record<BuiltinCodeGroup, string> = {
  network: 'Network types',
  challenge: 'Challenges',
  benefit: 'Benefits',
  value_chain: 'Value-chain steps',
  pathway: 'Internationalization pathway',
  profile: 'Profile',
};

const BENEFIT_NAMES: Record<string, string> = {
  market_access: 'Market access and expansion',
  resource_sharing: 'Resource sharing and collaboration',
  risk_reduction: 'Risk reduction and adaptability',
  reputation: 'Enhanced reputation and credibility',
};

/** "api_manufacturing" → "Api manufacturing"; "rd" stays short, so a few get their usual words. */
const WORDS: Record<string, string> = {
  rd: 'R&D',
  qa_regulatory: 'QA and regulatory',
  api_manufacturing: 'API manufacturing',
  born_again_global: 'Born-again global',
};
function humanize(key: string): string {
  const words = WORDS[key] ?? key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function builtinName(c: CaseFile, group: BuiltinCodeGroup, key: string): string {
  if (group === 'network') return NETWORK_TYPE_LABELS[key as NetworkType];
  if (group === 'challenge') return challengeLabel(c, key);
  if (group === 'benefit') return BENEFIT_NAMES[key] ?? humanize(key);
  return humanize(key);
}

/** The codebook of a case, in tree order (each code followed by its children). */
export function codebookOf(c: CaseFile): CodebookEntry[] {
  const uses = new Map<string, number>();
  for (const segment of c.segments) for (const code of new Set(segment.codes)) uses.set(code, (uses.get(code) ?? 0) + 1);
  const flat: Omit<CodebookEntry, 'depth' | 'uses'>[] = [];
  for (const group of BUILTIN_CODE_GROUPS) {
    flat.push({ id: group, name: GROUP_NAMES[group], origin: 'builtin', codable: false });
    const keys = group === 'challenge' ? [...BUILTIN_CODE_KEYS.challenge, ...c.challengeCategories.map((cc) => cc.id)] : BUILTIN_CODE_KEYS[group];
    for (const key of keys) flat.push({ id: builtinCodeId(group, key), name: builtinName(c, group, key), parent: group, origin: 'builtin', codable: true });
  }
  const subtypes = new Set(c.ties.filter((t) => t.subtype !== undefined).map((t) => builtinCodeId('network', t.networkType, t.subtype!)));
  for (const id of [...subtypes].sort()) {
    const [, type = '', subtype = ''] = id.split(':');
    flat.push({ id, name: humanize(subtype), parent: builtinCodeId('network', type), origin: 'builtin', codable: true });
  }
  for (const code of c.codes) {
    flat.push({
      id: code.id,
      name: code.name,
      ...(code.parent === undefined ? {} : { parent: code.parent }),
      ...(code.color === undefined ? {} : { color: code.color }),
      ...(code.description === undefined ? {} : { description: code.description }),
      origin: 'own',
      codable: true,
    });
  }
  const known = new Set(flat.map((e) => e.id));
  for (const id of [...uses.keys()].filter((code) => !known.has(code)).sort()) flat.push({ id, name: id, origin: 'free', codable: true });
  return inTreeOrder(flat, uses);
}

function inTreeOrder(flat: readonly Omit<CodebookEntry, 'depth' | 'uses'>[], uses: ReadonlyMap<string, number>): CodebookEntry[] {
  const ids = new Set(flat.map((e) => e.id));
  const children = new Map<string | undefined, Omit<CodebookEntry, 'depth' | 'uses'>[]>();
  for (const entry of flat) {
    // A parent that is missing (or a cycle the checks refuse) puts the code at the top rather than losing it.
    const parent = entry.parent !== undefined && ids.has(entry.parent) ? entry.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), entry]);
  }
  const out: CodebookEntry[] = [];
  const placed = new Set<string>();
  const visit = (parent: string | undefined, depth: number): void => {
    for (const entry of children.get(parent) ?? []) {
      if (placed.has(entry.id)) continue;
      placed.add(entry.id);
      out.push({ ...entry, depth, uses: uses.get(entry.id) ?? 0 });
      visit(entry.id, depth + 1);
    }
  };
  visit(undefined, 0);
  // Codes caught in a cycle are reachable from no root: list them at the top.
  for (const entry of flat) if (!placed.has(entry.id)) out.push({ ...entry, depth: 0, uses: uses.get(entry.id) ?? 0 });
  return out;
}

/** A code's own id and the ids of all codes under it, for counting a parent's segments. */
export function codeWithDescendants(codebook: readonly CodebookEntry[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of codebook) {
      if (entry.parent !== undefined && out.has(entry.parent) && !out.has(entry.id)) {
        out.add(entry.id);
        grew = true;
      }
    }
  }
  return out;
}
