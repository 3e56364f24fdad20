import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseFileSchema, type CaseFileInput } from '../case-file/index.js';
import { nurtureCalendar } from './nurture-calendar.js';
import { tiesDueForContact } from './nurture.js';

const asOf = new Date(Date.UTC(2026, 11, 1));
const small = (): CaseFileInput => JSON.parse(readFileSync(new URL('fixtures/small-firm.case.json', import.meta.url), 'utf8')) as CaseFileInput;

function withTies(ties: CaseFileInput['ties']) {
  return caseFileSchema.parse({ ...small(), ties });
}

describe('ties due for contact', () => {
  it('lists a tie past its half-life with why, leaves out fresh and ended ones, and names who holds it', () => {
    const due = tiesDueForContact(caseFileSchema.parse(small()), asOf);
    // t1 has no recorded contact, t2 has ended, t3 (strength 2, last contact 24 months ago) is overdue.
    expect(due.map((d) => [d.tieId, d.reason, d.dueOn])).toEqual([
      ['t3', 'fading', '2025-12-01'],
      ['t1', 'no-contact-recorded', undefined],
    ]);
    expect(due[0]).toMatchObject({ contactId: 'distributor', contactName: 'Steppe Pharma', heldBy: 'Acme Oy', monthsSinceContact: 24 });
    expect(due[0]?.why).toBe('Steppe Pharma: last contact 24 months ago; a strength-2 tie loses half its value in 12 months and now keeps 25 % of its value');
    expect(due[1]).toMatchObject({ contactName: 'A friend in Almaty', heldBy: 'Aino' });
  });

  it('brings weak ties up first: of two ties last seen on the same day, the weaker is due sooner', () => {
    const due = tiesDueForContact(
      withTies([
        { id: 'weak', from: 'ceo', to: 'friend', networkType: 'social', strength: 1, lastContact: '2026-04-01' },
        { id: 'strong', from: 'acme', to: 'distributor', networkType: 'business', strength: 5, lastContact: '2026-04-01' },
      ]),
      asOf,
    );
    expect(due.map((d) => d.tieId)).toEqual(['weak']);
    const soon = tiesDueForContact(
      withTies([{ id: 'strong', from: 'acme', to: 'distributor', networkType: 'business', strength: 5, lastContact: '2026-04-01' }]),
      asOf,
      3 * 365,
    );
    expect(soon[0]?.dueOn).toBe('2028-10-01');
    expect(soon[0]?.why).toBe('Steppe Pharma: a strength-5 tie reaches half its value on 2028-10-01 (30 months after the last contact)');
  });

  it('puts dormant ties first, and orders overdue ties by how long they are overdue', () => {
    const due = tiesDueForContact(
      withTies([
        { id: 'a', from: 'acme', to: 'distributor', networkType: 'business', strength: 3, lastContact: '2025-01-01' },
        { id: 'b', from: 'ceo', to: 'friend', networkType: 'social', strength: 3, lastContact: '2024-01-01' },
        { id: 'c', from: 'acme', to: 'guild', networkType: 'institutional', status: 'dormant' },
      ]),
      asOf,
    );
    expect(due.map((d) => [d.tieId, d.reason])).toEqual([
      ['c', 'dormant'],
      ['b', 'fading'],
      ['a', 'fading'],
    ]);
  });
});

describe('the nurture calendar', () => {
  it('has one all-day event per tie, on its due day or today when overdue, with stable ids', () => {
    const items = tiesDueForContact(
      withTies([
        { id: 'old', from: 'acme', to: 'distributor', networkType: 'business', strength: 2, lastContact: '2024-12-01' },
        { id: 'later', from: 'ceo', to: 'friend', networkType: 'social', strength: 5, lastContact: '2026-04-01' },
      ]),
      asOf,
      1000,
    );
    const text = nurtureCalendar('acme', 'Acme Oy', items, asOf);
    // RFC 5545: lines of at most 75 octets, folded by CRLF and a space; Sinhala takes 3 octets a letter.
    const sinhala = nurtureCalendar(
      'acme',
      'Acme Oy',
      items.map((i) => ({ ...i, contactName: 'ශ්‍රී ලංකා තොරතුරු තාක්ෂණ ආයතනය'.repeat(3) })),
      asOf,
    );
    for (const lines of [text, sinhala].map((t) => t.split('\r\n'))) for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(sinhala)).getFirstSubcomponent('vevent')!).summary).toBe(
      `Get in touch with ${'ශ්‍රී ලංකා තොරතුරු තාක්ෂණ ආයතනය'.repeat(3)}`,
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.summary])).toEqual([
      ['acme.old@foothold', '2026-12-01', '2026-12-02', 'Get in touch with Steppe Pharma'],
      ['acme.later@foothold', '2028-10-01', '2028-10-02', 'Get in touch with A friend in Almaty'],
    ]);
    expect(events[0]?.description).toContain('Held by Acme Oy; business tie old.');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Foothold//Nurture reminders//EN');
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstProperty('categories')?.getValues()).toEqual(['Foothold', 'business']);
  });
});
