/**
 * Which of a firm's ties are due for contact, and why: a tie is due once it has gone a half-life
 * without contact (tie-weight.ts: 6 months per point of strength, so weak ties come up first), a
 * dormant tie is due now, and a tie with no recorded contact is listed so that someone records one.
 * Ended ties are not listed. The rules are in docs/decisions/0013-graph-engine.md.
 */
import { daysInMonth } from '../../shared/calendar-date.js';
import type { CaseFile } from '../case-file/index.js';
import { halfLifeMonths, partialDateMiddle, tieWeight } from './tie-weight.js';

export type NurtureReason = 'fading' | 'dormant' | 'no-contact-recorded';

export interface NurtureItem {
  tieId: string;
  /** The end of the tie that is not the firm or its key person: whom to contact. */
  contactId: string;
  contactName: string;
  /** Who in the firm holds the tie: a key person's name or role, or the firm. */
  heldBy: string;
  networkType: string;
  strength: number | undefined;
  lastContact: string | undefined;
  /** The day the tie reaches half its value without contact (YYYY-MM-DD); undefined without a last contact. */
  dueOn: string | undefined;
  /** Whole months since the last contact, rounded down. */
  monthsSinceContact: number | undefined;
  /** The tie's weight now, and the share of its value it has kept. */
  weight: number;
  recency: number;
  reason: NurtureReason;
  /** One sentence for the list and the reminder. */
  why: string;
}

const DAY_MS = 86_400_000;

/** The same day of the month, `months` later (the last day of a shorter month when it has none). */
function addMonths(day: Date, months: number): Date {
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), lastDay)));
}

/** Whole calendar months from one day to a later one. */
function wholeMonths(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return Math.max(0, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The ties due for contact as of `asOf`, most urgent first: dormant and fading ties by how long
 * they are overdue (stronger ties first among equals), then ties without a recorded contact,
 * strongest first. With `horizonDays`, ties that fall due within that many days are listed too.
 */
export function tiesDueForContact(c: CaseFile, asOf: Date, horizonDays = 0): NurtureItem[] {
  const names = new Map<string, string>([[c.firm.id, c.firm.name]]);
  for (const p of c.keyPeople) names.set(p.id, p.name ?? p.role);
  for (const a of c.actors) names.set(a.id, a.name);
  const insiders = new Set([c.firm.id, ...c.keyPeople.map((p) => p.id)]);
  const until = new Date(asOf.getTime() + horizonDays * DAY_MS);

  const items: (NurtureItem & { overdueDays: number })[] = [];
  for (const t of c.ties) {
    const w = tieWeight(t, asOf);
    if (w === undefined) continue;
    // The outside end; a tie written from an actor to a key person points the other way.
    const contactId = insiders.has(t.to) && !insiders.has(t.from) ? t.from : t.to;
    const holder = contactId === t.to ? t.from : t.to;
    const contactName = names.get(contactId) ?? contactId;
    const base = {
      tieId: t.id,
      contactId,
      contactName,
      heldBy: names.get(holder) ?? holder,
      networkType: t.networkType,
      strength: t.strength,
      lastContact: t.lastContact,
      weight: w.weight,
      recency: w.recency,
    };
    if (t.lastContact === undefined) {
      if (t.status === 'dormant') {
        items.push({
          ...base,
          dueOn: undefined,
          monthsSinceContact: undefined,
          reason: 'dormant',
          why: `${contactName}: the tie is dormant and no contact is recorded`,
          overdueDays: Infinity,
        });
      } else {
        items.push({
          ...base,
          dueOn: undefined,
          monthsSinceContact: undefined,
          reason: 'no-contact-recorded',
          why: `${contactName}: no contact is recorded, so Foothold cannot tell when the tie fades`,
          overdueDays: -Infinity,
        });
      }
      continue;
    }
    const halfLife = halfLifeMonths(t.strength);
    const last = partialDateMiddle(t.lastContact);
    const due = addMonths(last, halfLife);
    const months = wholeMonths(last, asOf);
    const overdueDays = (asOf.getTime() - due.getTime()) / DAY_MS;
    const kept = `keeps ${Math.round(w.recency * 100)} % of its value`;
    if (t.status === 'dormant') {
      items.push({
        ...base,
        dueOn: isoDay(due),
        monthsSinceContact: months,
        reason: 'dormant',
        why: `${contactName}: the tie is dormant; last contact ${months} months ago, it ${kept}`,
        overdueDays: Math.max(overdueDays, 0),
      });
    } else if (due.getTime() <= until.getTime()) {
      const strength = t.strength === undefined ? 'a tie of unknown strength' : `a strength-${t.strength} tie`;
      items.push({
        ...base,
        dueOn: isoDay(due),
        monthsSinceContact: months,
        reason: 'fading',
        why:
          overdueDays >= 0
            ? `${contactName}: last contact ${months} months ago; ${strength} loses half its value in ${halfLife} months and now ${kept}`
            : `${contactName}: ${strength} reaches half its value on ${isoDay(due)} (${halfLife} months after the last contact)`,
        overdueDays,
      });
    }
  }
  return items
    .sort((a, b) => b.overdueDays - a.overdueDays || (b.strength ?? 2.5) - (a.strength ?? 2.5) || a.tieId.localeCompare(b.tieId))
    .map(({ overdueDays: _overdue, ...item }) => item);
}
