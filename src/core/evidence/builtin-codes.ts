/**
 * The built-in codes every case's codebook starts with: the network types (and the subtypes its ties
 * use), the challenge categories, the four benefits, the value-chain steps, the pathways and the
 * profile topics — the concepts Foothold's tables are made of, so a coded quote lands in them.
 * Their ids are "group:key" ("network:business", "challenge:financial_resource"); a case's own codes
 * use plain ids, which cannot hold ":", so the two never clash.
 */
import { BUILTIN_CHALLENGE_CATEGORIES } from '../../shared/challenge-categories.js';
import { BENEFITS, FACT_TOPICS, NETWORK_TYPES, PATHWAYS, VALUE_CHAIN_STEPS } from '../model/vocabulary.js';

/** The groups of built-in codes, in the order the codebook shows them. */
export const BUILTIN_CODE_GROUPS = ['network', 'challenge', 'benefit', 'value_chain', 'pathway', 'profile'] as const;
export type BuiltinCodeGroup = (typeof BUILTIN_CODE_GROUPS)[number];

/** The keys of each group that every case has (a case adds its own challenge categories and tie subtypes). */
export const BUILTIN_CODE_KEYS: Readonly<Record<BuiltinCodeGroup, readonly string[]>> = {
  network: NETWORK_TYPES,
  challenge: BUILTIN_CHALLENGE_CATEGORIES,
  benefit: BENEFITS,
  value_chain: VALUE_CHAIN_STEPS,
  pathway: PATHWAYS,
  profile: FACT_TOPICS,
};

/** The id of a built-in code: "network:business"; a network subtype is "network:business:contract_manufacturer". */
export function builtinCodeId(group: BuiltinCodeGroup, ...keys: string[]): string {
  return [group, ...keys].join(':');
}

/** The parts of a built-in code id, or undefined when the id is not one. */
export function builtinCodeParts(id: string): { group: BuiltinCodeGroup; keys: string[] } | undefined {
  const [group, ...keys] = id.split(':');
  if (!(BUILTIN_CODE_GROUPS as readonly string[]).includes(group ?? '')) return undefined;
  return { group: group as BuiltinCodeGroup, keys };
}

/**
 * Whether an id names a built-in code that exists in every case: a group ("network"), or one of the
 * group's fixed keys ("network:business"). Subtypes and a case's own categories depend on the case.
 */
export function isFixedBuiltinCode(id: string): boolean {
  const parts = builtinCodeParts(id);
  if (parts === undefined) return false;
  if (parts.keys.length === 0) return true;
  return parts.keys.length === 1 && BUILTIN_CODE_KEYS[parts.group].includes(parts.keys[0]!);
}
