/**
 * Warm introduction paths on the map, worked out without touching the page: what to reach, kept in
 * the URL so that a link opens the same paths (`?reach=market:KG&hops=5&top=20&path=2`), each hop
 * said in words, and which nodes and ties a chosen path lights up.
 */
import type { Schemas } from '../../lib/api';
import { countryName, words } from '../../lib/format';
import { isOrganizationType, ORGANIZATION_TYPE_NAMES, type OrganizationType } from '../../lib/organization-types';
import { labelOf, type NetworkModel } from './network-model';

export type IntroductionPaths = Schemas['IntroductionPaths'];
export type IntroductionPath = IntroductionPaths['paths'][number];
export type IntroductionHop = IntroductionPath['hops'][number];

/** What the user wants to reach: any actor of a market, any organization of a kind, or one actor. */
export type WarmTarget = { kind: 'market'; market: string } | { kind: 'orgKind'; orgKind: OrganizationType } | { kind: 'actor'; actorId: string };

export interface WarmPathsQuery {
  target: WarmTarget;
  /** At most this many ties a path: 1 … MAX_HOPS. */
  maxHops: number;
  /** How many paths to ask for: 1 … MAX_TOP. */
  top: number;
}

export const DEFAULT_HOPS = 4;
/** The picker goes to 6: the API allows 8, but paths that long are no warm introduction. */
export const MAX_HOPS = 6;
export const DEFAULT_TOP = 10;
export const MAX_TOP = 100;

const PARAMS = ['reach', 'hops', 'top', 'path'] as const;
const PREFIX = { market: 'market', orgKind: 'kind', actor: 'actor' } as const;

/** A whole number in [min, max] from a param, or the fallback when it is missing or anything else. */
function whole(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= min && n <= max ? n : fallback;
}

/** `market:KG`, `kind:regulator` or `actor:actor-id` as a target; undefined for anything else. */
export function targetOfReach(reach: string): WarmTarget | undefined {
  const colon = reach.indexOf(':');
  const prefix = reach.slice(0, colon);
  const value = reach.slice(colon + 1);
  if (colon < 0 || value === '') return undefined;
  if (prefix === PREFIX.market) return /^[A-Za-z]{2}$/.test(value) ? { kind: 'market', market: value.toUpperCase() } : undefined;
  if (prefix === PREFIX.orgKind) return isOrganizationType(value) ? { kind: 'orgKind', orgKind: value } : undefined;
  if (prefix === PREFIX.actor) return { kind: 'actor', actorId: value };
  return undefined;
}

export function reachOf(target: WarmTarget): string {
  if (target.kind === 'market') return `${PREFIX.market}:${target.market}`;
  if (target.kind === 'orgKind') return `${PREFIX.orgKind}:${target.orgKind}`;
  return `${PREFIX.actor}:${target.actorId}`;
}

/**
 * The paths asked for in the URL: undefined when it asks for none, 'unreadable' when its `reach`
 * is not one the page understands (a link typed by hand).
 */
export function warmQueryFromParams(params: URLSearchParams): WarmPathsQuery | 'unreadable' | undefined {
  const reach = params.get('reach');
  if (reach === null || reach === '') return undefined;
  const target = targetOfReach(reach);
  if (target === undefined) return 'unreadable';
  return { target, maxHops: whole(params.get('hops'), 1, MAX_HOPS, DEFAULT_HOPS), top: whole(params.get('top'), 1, MAX_TOP, DEFAULT_TOP) };
}

/** The params with these paths asked for in place of the old ones (the first path chosen); the map's own params are kept. */
export function paramsWithWarmQuery(params: URLSearchParams, query: WarmPathsQuery | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of PARAMS) next.delete(key);
  if (query === undefined) return next;
  next.set('reach', reachOf(query.target));
  if (query.maxHops !== DEFAULT_HOPS) next.set('hops', String(query.maxHops));
  if (query.top !== DEFAULT_TOP) next.set('top', String(query.top));
  return next;
}

/** The chosen path's index (0 for the first, the strongest), from `path`, which counts from 1. */
export function chosenPathOf(params: URLSearchParams, count: number): number {
  return whole(params.get('path'), 1, Math.max(count, 1), 1) - 1;
}

export function paramsWithChosenPath(params: URLSearchParams, index: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (index === 0) next.delete('path');
  else next.set('path', String(index + 1));
  return next;
}

/** A country code typed or picked by name ("kg", "Kyrgyzstan"), as the API takes it; undefined when it is neither. */
export function countryCodeOf(text: string, codes: readonly string[]): string | undefined {
  const typed = text.trim();
  if (/^[A-Za-z]{2}$/.test(typed) && codes.includes(typed.toUpperCase())) return typed.toUpperCase();
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return codes.find((code) => fold(countryName(code)) === fold(typed));
}

/** "actors in Kyrgyzstan (KG)", "organizations of kind patient group", or the actor's name. */
export function targetWords(model: NetworkModel, target: WarmTarget): string {
  if (target.kind === 'market') return `actors in ${countryName(target.market)} (${target.market})`;
  if (target.kind === 'orgKind') return `organizations of kind ${ORGANIZATION_TYPE_NAMES[target.orgKind].toLowerCase()}`;
  return labelOf(model, target.actorId);
}

/**
 * One hop in words: "Aino knows A friend in Almaty — social, friend; strength 5, trust 5; last
 * contact 2026-05", or, for a membership, "Aino belongs to or works for Steppe Pharma" (walked from
 * the organization's side: "Steppe Pharma has Aino among its members or staff").
 */
export function hopWords(hop: IntroductionHop): string {
  if (hop.link === 'memberOf') return `${hop.fromName} belongs to or works for ${hop.toName}`;
  if (hop.link === 'hasMember') return `${hop.fromName} has ${hop.toName} among its members or staff`;
  const how = [hop.networkType, hop.subtype === null ? null : words(hop.subtype)].filter((x) => x !== null).join(', ');
  const rating = [hop.strength === null ? 'strength not rated' : `strength ${hop.strength}`, ...(hop.trust === null ? [] : [`trust ${hop.trust}`])].join(', ');
  const contact = hop.lastContact === null ? 'no contact recorded' : `last contact ${hop.lastContact}`;
  return `${hop.fromName} knows ${hop.toName} — ${how === '' ? 'tie' : how}; ${rating}; ${contact}`;
}

/** "0.400"; a very weak path keeps two significant digits ("0.00041") rather than showing 0.000. */
export function scoreText(score: number): string {
  return score >= 0.001 ? score.toFixed(3) : score.toPrecision(2);
}

/** What a path lights up on the map: every node it passes, in order, and its ties (memberships are no tie). */
export interface PathHighlight {
  nodes: readonly string[];
  ties: readonly string[];
}

export function pathHighlight(path: IntroductionPath): PathHighlight {
  const first = path.hops[0]?.from;
  return {
    nodes: [...(first === undefined ? [] : [first]), ...path.hops.map((h) => h.to)],
    ties: path.hops.flatMap((h) => (h.tieId === null ? [] : [h.tieId])),
  };
}

/** "Company B → Former manager of Company B → Friend …": the path's people and organizations in order. */
export function pathLine(path: IntroductionPath): string {
  const first = path.hops[0]?.fromName;
  return [...(first === undefined ? [] : [first]), ...path.hops.map((h) => h.toName)].join(' → ');
}
