/**
 * What the Contacts view shows, worked out apart from React: the filter and the pages of the
 * contacts table, the media type a chosen file is sent with, which profile addresses become links,
 * and how far along an import's progress bar stands.
 */
import type { Schemas } from '../../lib/api';

export type Contact = Schemas['Contact'];
export type ContactImport = Schemas['ContactImport'];
export type ImportStage = 'reading' | 'matching' | 'writing';

/** Rows of the contacts table shown at a time. */
export const PAGE_SIZE = 100;

/** The contacts whose name, organization, position or an e-mail address contains every word of the filter, in any case. */
export function filterContacts(contacts: readonly Contact[], filter: string): readonly Contact[] {
  const words = filter
    .toLocaleLowerCase('en')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return contacts;
  return contacts.filter((c) => {
    const text = [c.name, c.organization ?? '', c.position ?? '', ...c.emails].join('\n').toLocaleLowerCase('en');
    return words.every((w) => text.includes(w));
  });
}

export interface ContactPage {
  rows: readonly Contact[];
  /** 0-based, moved into range. */
  page: number;
  pages: number;
  /** 1-based numbers of the first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

/** One page of PAGE_SIZE rows; a page past the end shows the last one. */
export function pageOf(contacts: readonly Contact[], page: number): ContactPage {
  const pages = Math.max(1, Math.ceil(contacts.length / PAGE_SIZE));
  const at = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const rows = contacts.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE);
  return { rows, page: at, pages, first: rows.length === 0 ? 0 : at * PAGE_SIZE + 1, last: at * PAGE_SIZE + rows.length, total: contacts.length };
}

/** The Content-Type a contact file goes with: the server takes the file as the raw body, and only these types. */
export function contentTypeOf(fileName: string): 'text/csv' | 'text/vcard' | 'application/octet-stream' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.vcf') || name.endsWith('.vcard')) return 'text/vcard';
  return 'application/octet-stream';
}

/** A profile address to link to: http and https only, since the file is not ours (a javascript: address must never become a link). */
export function profileHref(url: string | null): string | undefined {
  if (url === null) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where each stage sits on the one bar of an import, in per cent: writing takes most of a real import's time, matching most of a preview's. */
const STAGE_SPANS: Record<'import' | 'preview', Record<ImportStage, readonly [number, number]>> = {
  import: { reading: [0, 10], matching: [10, 35], writing: [35, 100] },
  preview: { reading: [0, 30], matching: [30, 100], writing: [100, 100] },
};

/** The bar's value from 0 to 100: the stage's start plus its share done. */
export function progressPercent(kind: 'import' | 'preview', stage: ImportStage, done: number, total: number): number {
  const [from, to] = STAGE_SPANS[kind][stage];
  const share = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  return Math.round(from + (to - from) * share);
}

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** "Matching 12,000 of 30,000 rows with the people already recorded". */
export function stageText(stage: ImportStage, done: number, total: number, fileName: string): string {
  if (stage === 'reading') return `Reading ${fileName}`;
  if (stage === 'matching') return `Matching ${count(done)} of ${plural(total, 'row')} with the people already recorded`;
  return `Writing ${count(done)} of ${plural(total, 'record')}`;
}

/** How many contacts the import would add or change: the number on its button. */
export const toImport = (preview: ContactImport): number => preview.created + preview.updated;

/** "3 new, 1 updated, 12 unchanged; 2 organizations added" — with "to add" wording on a preview. */
export function importSummary(result: ContactImport): string {
  const organizations =
    result.organizationsCreated === 0
      ? ''
      : `; ${plural(result.organizationsCreated, 'organization')} ${result.dryRun ? 'to add' : 'added'} for their companies`;
  return `${count(result.created)} new, ${count(result.updated)} updated, ${count(result.unchanged)} unchanged${organizations}`;
}

/** What happens to a row of the preview, in words: "New", "Updated: position, organization". */
export function actionText(action: 'create' | 'update' | 'unchanged', changes: readonly string[]): string {
  if (action === 'create') return 'New';
  if (action === 'unchanged') return 'Unchanged';
  const names: Record<string, string> = { profileUrl: 'profile address', connectedOn: 'connected on', memberOf: 'organization membership', emails: 'e-mail' };
  return changes.length === 0 ? 'Updated' : `Updated: ${changes.map((c) => names[c] ?? c).join(', ')}`;
}

export const FORMAT_NAMES: Record<ContactImport['format'], string> = {
  linkedin: 'LinkedIn Connections.csv',
  vcard: 'vCard (.vcf)',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
};
