/**
 * How much a tie is worth for reaching someone through it: one number in (0, 1] from its strength,
 * its trust and how long ago the firm was last in touch, so that warm paths, brokerage and nurture
 * reminders all read ties the same way. The rules are in docs/decisions/0013-graph-engine.md; every
 * figure below is named there.
 */
import type { Tie } from '../model/index.js';

/** What a 1–5 strength is worth; a tie without a strength counts as a middling one. */
export const UNKNOWN_STRENGTH_VALUE = 0.5;
/** Trust 1–5 scales the value from 0.6 to 1.0; a tie without a trust rating gets 0.8 (trust 3). */
export const UNKNOWN_TRUST_FACTOR = 0.8;
/** A dormant tie is worth half; a tie whose status the source does not give, 0.8 of an active one. */
export const STATUS_FACTOR = { active: 1, dormant: 0.5, unknown: 0.8 } as const;
/** Months for a tie to lose half its value without contact: 6 per point of strength (weak ties fade fastest). */
export const HALF_LIFE_MONTHS_PER_STRENGTH = 6;
/** Half-life of a tie without a strength: that of strength 2.5. */
export const UNKNOWN_STRENGTH_HALF_LIFE_MONTHS = 15;
/** Nothing falls below this: a very old weak tie is faint, not gone (the engine needs weights > 0). */
export const MIN_WEIGHT = 0.01;

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.2425 / 12;

/**
 * The day a partial date most likely means, for measuring time since it: a year alone counts as
 * its 1 July, a year and month as the 15th — the middle, so that the error is at most half.
 */
export function partialDateMiddle(date: string): Date {
  const [y = '1970', m, d] = date.split('-');
  if (m === undefined) return new Date(Date.UTC(Number(y), 6, 1));
  return new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 15 : Number(d)));
}

/** Whole and fractional months from a partial date to `asOf`; 0 when the date is after it. */
export function monthsSince(date: string, asOf: Date): number {
  return Math.max(0, (asOf.getTime() - partialDateMiddle(date).getTime()) / DAY_MS / MONTH_DAYS);
}

/** Months for this tie to lose half its value without contact. */
export function halfLifeMonths(strength: number | undefined): number {
  return strength === undefined ? UNKNOWN_STRENGTH_HALF_LIFE_MONTHS : strength * HALF_LIFE_MONTHS_PER_STRENGTH;
}

/**
 * The share of its value a tie keeps after the time since its last contact: 1 with no recorded
 * contact (unknown is not the same as stale; nurture reminders say so separately).
 */
export function recencyFactor(tie: Pick<Tie, 'strength' | 'lastContact'>, asOf: Date): number {
  if (tie.lastContact === undefined) return 1;
  return 0.5 ** (monthsSince(tie.lastContact, asOf) / halfLifeMonths(tie.strength));
}

export interface TieWeightParts {
  strength: number;
  trust: number;
  status: number;
  recency: number;
  /** The product of the four, at least MIN_WEIGHT. */
  weight: number;
}

/** A tie's weight and the four factors it is made of; undefined for an ended tie, which reaches no one. */
export function tieWeight(tie: Pick<Tie, 'strength' | 'trust' | 'status' | 'lastContact'>, asOf: Date): TieWeightParts | undefined {
  if (tie.status === 'ended') return undefined;
  const strength = tie.strength === undefined ? UNKNOWN_STRENGTH_VALUE : tie.strength / 5;
  const trust = tie.trust === undefined ? UNKNOWN_TRUST_FACTOR : 0.5 + tie.trust / 10;
  const status = STATUS_FACTOR[tie.status];
  const recency = recencyFactor(tie, asOf);
  return { strength, trust, status, recency, weight: Math.max(MIN_WEIGHT, strength * trust * status * recency) };
}
