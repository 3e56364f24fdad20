/**
 * The kinds of source behind each challenge rating, found by what the rating is about: a rating is
 * one per category and market (the case checks refuse a second), so the two name it.
 */
import type { Schemas } from '../../lib/api';

type Row = Pick<Schemas['ChallengeRow'], 'category' | 'market' | 'triangulation'>;

/** The key of a rating: its category, and its market when it is for one market only. */
export function ratingKey(category: string, market: string | undefined): string {
  return market === undefined ? category : `${category}\u0000${market}`;
}

/** The analysis's Table 9 rows as rating key → kinds of source. */
export function ratingSources(rows: readonly Row[]): ReadonlyMap<string, Row['triangulation']> {
  return new Map(rows.map((r) => [ratingKey(r.category, r.market), r.triangulation]));
}
