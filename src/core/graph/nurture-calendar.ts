/**
 * Nurture reminders as an iCalendar file (RFC 5545) that any calendar imports: one all-day event per
 * tie due for contact, on the day it falls due, or on `asOf` when it is overdue or has no date.
 * Written with ical.js, so folding, escaping and line endings follow the standard.
 */
import ICAL from 'ical.js';
import type { NurtureItem } from './nurture.js';

const PRODUCT = '-//Foothold//Nurture reminders//EN';

// ical.js folds after 75 octets of content and then adds the continuation's leading space, so a
// folded line would be 76 octets; RFC 5545 §3.1 allows 75. 74 octets of content keep every line within it.
ICAL.foldLength = 74;

const dateOnly = (day: string) => ICAL.Time.fromDateString(day);

/** The calendar for one firm's reminders; UIDs are stable, so importing it again updates the same events. */
export function nurtureCalendar(firmId: string, firmName: string, items: readonly NurtureItem[], asOf: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', PRODUCT);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('x-wr-calname', `Foothold: ties to keep up (${firmName})`);
  const today = asOf.toISOString().slice(0, 10);
  const stamp = ICAL.Time.fromJSDate(asOf, true);
  for (const item of items) {
    const day = item.dueOn !== undefined && item.dueOn > today ? item.dueOn : today;
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `${firmId}.${item.tieId}@foothold`);
    event.updatePropertyWithValue('dtstamp', stamp);
    event.updatePropertyWithValue('dtstart', dateOnly(day));
    const end = dateOnly(day);
    end.adjust(1, 0, 0, 0);
    event.updatePropertyWithValue('dtend', end);
    event.updatePropertyWithValue(
      'summary',
      item.reason === 'no-contact-recorded' ? `Record a contact with ${item.contactName}` : `Get in touch with ${item.contactName}`,
    );
    event.updatePropertyWithValue('description', `${item.why}. Held by ${item.heldBy}; ${item.networkType} tie ${item.tieId}.`);
    const categories = new ICAL.Property('categories');
    categories.setValues(['Foothold', item.networkType]);
    event.addProperty(categories);
    event.updatePropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(event);
  }
  return calendar.toString() + '\r\n';
}
