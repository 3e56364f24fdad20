/**
 * Builds a ContactRow from what a reader found, so that every reader keeps the same promises:
 * name and texts trimmed with whitespace collapsed (a note keeps its line breaks, as LF), empty
 * fields left out, e-mail addresses lower-cased, valid and unique, phones unique, both in file order.
 */
import { collapseWhitespace, normalizeEmail } from './normalize.js';
import type { ContactRow } from './types.js';

/** What a reader found for one record; any text may be empty or untrimmed. */
export interface FoundContact {
  line: number;
  kind?: 'person' | 'organization';
  givenName?: string;
  middleName?: string;
  familyName?: string;
  /** The name as shown, when the file has one; else made from the parts above. */
  fullName?: string;
  organization?: string;
  position?: string;
  emails?: readonly string[];
  phones?: readonly string[];
  profileUrl?: string;
  connectedOn?: string;
  note?: string;
}

/**
 * The ContactRow for what was found, or the reason it has to be skipped: a record with neither a
 * name nor an organization ("no name" when the reader says it is a person). A record with no person's name but an organization (a company entry in
 * an address book) is read as that organization.
 */
export function contactFrom(found: FoundContact): ContactRow | { skip: string } {
  const givenName = tidy(found.givenName);
  const familyName = tidy(found.familyName);
  const organization = tidy(found.organization);
  const personName = tidy(found.fullName) ?? tidy([found.givenName, found.middleName, found.familyName].join(' '));
  const kind = found.kind ?? (personName === undefined ? 'organization' : 'person');
  const name = kind === 'organization' ? (tidy(found.fullName) ?? organization ?? personName) : personName;
  if (name === undefined) return { skip: found.kind === 'person' ? 'no name' : 'no name and no organization' };

  // Built by assignment, not by spreading optional parts: this runs once per row of a 30,000-row export.
  const contact: { -readonly [K in keyof ContactRow]: ContactRow[K] } = {
    line: found.line,
    kind,
    name,
    emails: emailsOf(found.emails),
    phones: phonesOf(found.phones),
  };
  if (givenName !== undefined) contact.givenName = givenName;
  if (familyName !== undefined) contact.familyName = familyName;
  if (organization !== undefined) contact.organization = organization;
  const position = tidy(found.position);
  if (position !== undefined) contact.position = position;
  const profileUrl = found.profileUrl?.trim();
  if (profileUrl) contact.profileUrl = profileUrl;
  if (found.connectedOn !== undefined) contact.connectedOn = found.connectedOn;
  const note = found.note?.replace(/\r\n?/g, '\n').trim();
  if (note) contact.note = note;
  return contact;
}

/** Trimmed text with collapsed whitespace, or undefined when nothing is left. */
export function tidy(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const tidied = collapseWhitespace(text);
  return tidied === '' ? undefined : tidied;
}

function emailsOf(values: readonly string[] | undefined): string[] {
  const emails: string[] = [];
  for (const value of values ?? []) {
    const email = value === '' ? undefined : normalizeEmail(value);
    if (email !== undefined && !emails.includes(email)) emails.push(email);
  }
  return emails;
}

function phonesOf(values: readonly string[] | undefined): string[] {
  const phones: string[] = [];
  for (const value of values ?? []) {
    const phone = tidy(value);
    if (phone !== undefined && !phones.includes(phone)) phones.push(phone);
  }
  return phones;
}
