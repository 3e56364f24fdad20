// The contact block of an actor (format 2, optional): what a contact import writes, checked as
// strictly as the rest of the case.
import { describe, expect, it } from 'vitest';
import { actorSchema } from './actor.js';

const problems = (value: unknown): string[] => {
  const result = actorSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
};
const person = { id: 'act-jane', name: 'Jane Doe', kind: 'person' };

describe('actor contact details', () => {
  it('takes the details a contact file gives, filling in no e-mail addresses', () => {
    const contact = {
      emails: ['jane@example.com'],
      phones: ['+46 8 123 45'],
      profileUrl: 'https://www.linkedin.com/in/jane-doe',
      organization: 'Nordic Pharma AB',
      position: 'Head of Regulatory Affairs',
      connectedOn: '2024-02-29',
      importedFrom: [{ format: 'linkedin', on: '2025-06-01' }],
    };
    expect(actorSchema.parse({ ...person, contact })).toEqual({ ...person, roles: [], contact });
    expect(actorSchema.parse({ ...person, contact: {} }).contact).toEqual({ emails: [] });
  });

  it('refuses what is not an address, a day or a known format, and fields it does not know', () => {
    expect(
      problems({
        ...person,
        contact: {
          emails: ['not an address'],
          profileUrl: 'linkedin',
          connectedOn: '2023-02-29',
          importedFrom: [{ format: 'excel', on: '2025' }],
          twitter: '@jane',
        },
      }),
    ).toEqual([
      'contact/emails/0: expected an e-mail address such as "name@example.com"',
      'contact/profileUrl: Invalid URL',
      'contact/connectedOn: no such day in the calendar (check the day of the month, and February in leap years)',
      'contact/importedFrom/0/format: Invalid option: expected one of "linkedin"|"vcard"|"google"|"outlook"',
      'contact/importedFrom/0/on: expected a date as YYYY-MM-DD',
      'contact: Unrecognized key: "twitter"',
    ]);
  });
});
