/** What the Keep in touch view shows: the horizons it offers, the reasons in words, and the horizon the URL asks for. */
import type { NurtureItem } from './api';

/** Due now, within 30 days, within 90 days. */
export const HORIZONS = [0, 30, 90] as const;
export type Horizon = (typeof HORIZONS)[number];

export const HORIZON_LABELS: Record<Horizon, string> = { 0: 'Due now', 30: 'Due within 30 days', 90: 'Due within 90 days' };

/** The horizon in the URL's `within`, when it is one the view offers; else due now. */
export function horizonOf(within: string | null): Horizon {
  return HORIZONS.find((h) => String(h) === within) ?? 0;
}

export const REASON_LABELS: Record<NurtureItem['reason'], string> = {
  fading: 'Fading',
  dormant: 'Dormant',
  'no-contact-recorded': 'No contact recorded',
};

/** "8 months", "1 month", or "—" without a recorded contact. */
export function monthsText(months: number | undefined): string {
  return months === undefined ? '—' : months === 1 ? '1 month' : `${months} months`;
}

/** "3 ties due within 30 days", or the empty state's title. */
export function dueSummary(count: number, horizon: Horizon): string {
  const when = horizon === 0 ? 'now' : `within ${horizon} days`;
  if (count === 0) return horizon === 0 ? 'No tie is due for contact.' : `No tie is due for contact ${when}.`;
  return `${count} ${count === 1 ? 'tie is' : 'ties are'} due for contact ${when}, most urgent first.`;
}
