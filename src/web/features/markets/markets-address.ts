/**
 * The Markets view's address: the candidates (`candidates=KZ,KG,CN`) and the weights the user set
 * (`weights=reach=3,bloc=2`, the API's own form), read and written. Kept apart from the view's
 * texts because the route's loader needs it, and the loader is in the app's first chunk.
 */
import { COUNTRY_CODES } from '../../lib/countries';
import type { RankingPart, RankingRequest, RankingWeights } from './api';

/** The parts in the API's order; markets-address.test.ts keeps it equal to core's RANKING_PARTS. */
export const RANKING_PARTS: readonly RankingPart[] = ['language', 'contiguity', 'region', 'bloc', 'income', 'reach', 'experience', 'challenges'];

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;
export const WEIGHT_STEP = 0.5;

/** "kz, KG cn" → KZ, KG, CN (once each), and the pieces that are no country code. */
export function parseCandidates(text: string): { codes: string[]; invalid: string[] } {
  const known = new Set(COUNTRY_CODES);
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    const code = piece.toUpperCase();
    if (!known.has(code)) invalid.push(piece);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

/** The candidates as the input shows them: "KZ, KG, CN". */
export const candidatesText = (codes: readonly string[]): string => codes.join(', ');

/** A weight the user may set: a number from 0 to 10. */
export function weightOf(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= WEIGHT_MIN && n <= WEIGHT_MAX ? n : undefined;
}

/** "reach=3,bloc=2" → { reach: 3, bloc: 2 } in the parts' order; pieces that are no part or no weight are dropped. */
export function parseWeights(text: string | null): Partial<RankingWeights> {
  const given = new Map<string, number>();
  for (const pair of (text ?? '').split(',')) {
    const [part = '', value = '', ...rest] = pair.split('=').map((x) => x.trim());
    const weight = weightOf(value);
    if (rest.length === 0 && weight !== undefined) given.set(part, weight);
  }
  return inOrder(given);
}

function inOrder(given: ReadonlyMap<string, number>): Partial<RankingWeights> {
  const weights: Partial<RankingWeights> = {};
  for (const part of RANKING_PARTS) {
    const weight = given.get(part);
    if (weight !== undefined) weights[part] = weight;
  }
  return weights;
}

/** The ranking the address asks for: `candidates=KZ,KG,CN` and `weights=reach=3,bloc=2`, the API's own form. */
export function requestOf(params: URLSearchParams): RankingRequest {
  return { candidates: parseCandidates(params.get('candidates') ?? '').codes, weights: parseWeights(params.get('weights')) };
}

/** The address's search params with the candidates, the weights and the chosen market written in (or left out when empty). */
export function withView(
  params: URLSearchParams,
  view: { candidates?: readonly string[]; weights?: Partial<RankingWeights>; country?: string | null },
): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string) => (value === '' ? next.delete(key) : next.set(key, value));
  if (view.candidates !== undefined) put('candidates', view.candidates.join(','));
  if (view.weights !== undefined) {
    put(
      'weights',
      Object.entries(inOrder(new Map(Object.entries(view.weights))))
        .map(([part, weight]) => `${part}=${weight}`)
        .join(','),
    );
  }
  if (view.country !== undefined) put('country', view.country ?? '');
  return next;
}

/** The weights the user set merged with new ones; true when every weight would be 0, which ranks nothing. */
export function allZero(current: RankingWeights, set: Partial<RankingWeights>): boolean {
  return RANKING_PARTS.every((part) => (set[part] ?? current[part]) === 0);
}
