/**
 * Contacts as the importers read them, before they are matched against the firm's actors. Every
 * reader (LinkedIn Connections.csv, vCard 3.0/4.0, Google and Outlook CSV) turns a file into
 * ContactRows with the line each came from, and a list of what it skipped and why; nothing is
 * stored by a reader.
 */

export const CONTACT_FORMATS = ['linkedin', 'vcard', 'google', 'outlook'] as const;
export type ContactFormat = (typeof CONTACT_FORMATS)[number];

/** One person (or, from a vCard with KIND:org, one organization) as found in a contact file. */
export interface ContactRow {
  /** 1-based line of the file where the record starts (CSV: its row; vCard: its BEGIN:VCARD). */
  readonly line: number;
  readonly kind: 'person' | 'organization';
  /** Full name as shown, trimmed, inner whitespace collapsed; never empty. */
  readonly name: string;
  readonly givenName?: string;
  readonly familyName?: string;
  /** Employer or organization name as the file gives it. */
  readonly organization?: string;
  /** Job title / position. */
  readonly position?: string;
  /** Lower-cased, trimmed, unique, in file order. */
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  /** As the file gives it (normalizeProfileUrl makes the matching key). */
  readonly profileUrl?: string;
  /** ISO date YYYY-MM-DD (LinkedIn's "Connected On"). */
  readonly connectedOn?: string;
  readonly note?: string;
}

/** A record a reader left out, with the 1-based line it starts on and why, in plain words. */
export interface SkippedContact {
  readonly line: number;
  readonly reason: string;
}

export type ContactReading =
  | { readonly ok: true; readonly format: ContactFormat; readonly contacts: ContactRow[]; readonly skipped: SkippedContact[] }
  /** The file as a whole cannot be read (not the format, broken quoting, unterminated card): nothing is imported. */
  | { readonly ok: false; readonly problems: { readonly line?: number; readonly message: string }[] };
