/**
 * Use cases of contact imports: a contact file (LinkedIn's Connections.csv, vCard, Google or Outlook
 * CSV) read, matched against a firm's actors and written in ONE transaction — or, on a dry run, only
 * shown. A file that cannot be read writes nothing, and names its line.
 */
import { planContactImport, type ContactImportPlan, type PlannedContact } from '../core/contacts/plan-import.js';
import { readContactFile } from '../core/contacts/read-contacts.js';
import type { ContactReview } from '../core/contacts/match-contacts.js';
import type { ContactFormat, ContactReading, SkippedContact } from '../core/contacts/types.js';
import type { CaseFile } from '../core/case-file/index.js';
import type { NetworkType } from '../core/model/index.js';
import { NotFoundError, TooLargeError, ValidationError } from '../shared/errors.js';
import { formatBytes } from '../shared/safe-json.js';
import type { CaseStore } from '../store/types.js';
import { readInputBytes } from './user-files.js';

/** The largest contact file read: a LinkedIn export of 30,000 connections is about 3 MB. */
export const CONTACT_FILE_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Network type of imported ties when none is given: a LinkedIn connection or an address-book entry
 * is most often a professional acquaintance (the thesis's formal ties to customers, suppliers and
 * partners), not a friend or an institution. The user says otherwise with `as`.
 */
export const DEFAULT_CONTACT_NETWORK_TYPE: NetworkType = 'business';

export type ContactImportStage = 'reading' | 'matching' | 'writing';

export interface ContactImportOptions {
  /** A key person of the firm whose contacts these are; the firm itself when absent. */
  person?: string;
  /** Network type of the new ties; DEFAULT_CONTACT_NETWORK_TYPE when absent. */
  as?: NetworkType;
  /** The kind of file; told from its content when absent. */
  format?: ContactFormat;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  now: Date;
  /**
   * Hears how far each stage is. Where it returns a promise — at the start and end of each stage and
   * between the collections written, not on the store's or the matcher's own calls — the import waits
   * for it: the matching and (on SQLite) the writing never wait for I/O, so an HTTP answer streaming
   * the progress gets the event loop there to send it.
   */
  onProgress?: (stage: ContactImportStage, done: number, total: number) => void | Promise<void>;
}

/** A contact file on disk (its path), or its bytes with the name to use in messages (an upload). */
export type ContactSource = string | { name: string; bytes: Uint8Array };

export interface ContactImportResult {
  format: ContactFormat;
  dryRun: boolean;
  /** People (or organizations, from an address book) added, updated with new details, and already as the file has them. */
  created: number;
  updated: number;
  unchanged: number;
  /** Organization actors added for the people to be members of. */
  organizationsCreated: number;
  /** Records left out, by line: unreadable ones, and rows merged into an earlier row of the same person. */
  skipped: SkippedContact[];
  /** Rows not imported because they may or may not be someone already recorded. */
  review: ContactReview[];
  /** On a dry run: every person of the file and what the import would do. */
  contacts?: PlannedContact[];
}

/** Thrown inside the transaction when the plan writes nothing, so that the case is not even touched. */
class NothingToWrite extends Error {
  constructor(readonly result: ContactImportResult) {
    super('nothing to write');
  }
}

/**
 * Imports a contact file into a firm's network: new people become actors with a tie from the firm
 * (or from `person`), people already recorded get the details that changed, and rows that may or
 * may not be someone recorded are listed for review and left out.
 *
 * @throws ValidationError naming the file (and line) when it cannot be read as a contact file;
 *   NotFoundError for a firm or key person that is not there.
 */
export async function importContacts(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  file: ContactSource,
  options: ContactImportOptions,
): Promise<ContactImportResult> {
  const progress = options.onProgress ?? (() => {});
  await progress('reading', 0, 1);
  const name = typeof file === 'string' ? file : file.name;
  const reading = readContactFile(await contactBytes(file), name, options.format);
  if (!reading.ok) {
    // The readers' messages mostly name the line already; the others get it in front.
    const located = (p: { line?: number; message: string }) =>
      p.line === undefined || p.message.includes(`line ${p.line}`) ? p.message : `line ${p.line}: ${p.message}`;
    throw new ValidationError(reading.problems.map((p) => ({ file: name, pointer: '', message: located(p) })));
  }
  await progress('reading', 1, 1);
  await progress('matching', 0, reading.contacts.length);
  const plan = (caseFile: CaseFile) => {
    const holder = options.person ?? firmId;
    if (options.person !== undefined && !caseFile.keyPeople.some((p) => p.id === options.person)) throw new NotFoundError('key person', options.person);
    return planContactImport(caseFile, reading.contacts, {
      holder,
      networkType: options.as ?? DEFAULT_CONTACT_NETWORK_TYPE,
      format: reading.format,
      today: options.now.toISOString().slice(0, 10),
      onProgress: (done, total) => void progress('matching', done, total),
    });
  };

  if (options.dryRun === true) {
    const caseFile = await store.getCase(workspaceId, firmId);
    if (caseFile === undefined) throw new NotFoundError('firm', firmId);
    const planned = plan(caseFile);
    return { ...resultOf(reading, planned, true), contacts: planned.contacts };
  }
  try {
    return await store.writeCase(workspaceId, firmId, async (tx) => {
      const caseFile = await tx.getCase(workspaceId, firmId);
      if (caseFile === undefined) throw new NotFoundError('firm', firmId);
      const planned = plan(caseFile);
      const result = resultOf(reading, planned, false);
      const writes = [
        ['insert', 'actors', planned.insert.actors],
        ['insert', 'ties', planned.insert.ties],
        ['replace', 'actors', planned.replace.actors],
        ['replace', 'ties', planned.replace.ties],
      ] as const;
      const total = writes.reduce((n, [, , records]) => n + records.length, 0);
      if (total === 0) throw new NothingToWrite(result);
      let before = 0;
      await progress('writing', 0, total);
      for (const [how, collection, records] of writes) {
        if (records.length === 0) continue;
        const onProgress = (written: number) => void progress('writing', before + written, total);
        // The tuple keeps each collection with its own records; TypeScript cannot follow that through the loop.
        if (how === 'insert') await tx.insertRecords(workspaceId, firmId, collection, records as never, onProgress);
        else await tx.replaceRecords(workspaceId, firmId, collection, records as never, onProgress);
        before += records.length;
        await progress('writing', before, total);
      }
      return result;
    });
  } catch (err) {
    if (err instanceof NothingToWrite) return err.result;
    throw err;
  }
}

async function contactBytes(file: ContactSource): Promise<Uint8Array> {
  if (typeof file !== 'string') {
    if (file.bytes.byteLength > CONTACT_FILE_MAX_BYTES) {
      throw new TooLargeError(`${file.name}: the file is ${formatBytes(file.bytes.byteLength)}; at most ${formatBytes(CONTACT_FILE_MAX_BYTES)} is accepted`);
    }
    return file.bytes;
  }
  const read = await readInputBytes(file, CONTACT_FILE_MAX_BYTES, 'a contact file (.csv or .vcf)');
  if (!read.ok) throw new ValidationError(read.problems);
  return read.bytes;
}

function resultOf(reading: ContactReading & { ok: true }, plan: ContactImportPlan, dryRun: boolean): ContactImportResult {
  const count = (action: PlannedContact['action']) => plan.contacts.filter((c) => c.action === action).length;
  return {
    format: reading.format,
    dryRun,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    organizationsCreated: plan.organizationsCreated,
    skipped: [...reading.skipped, ...plan.duplicates].sort((a, b) => a.line - b.line),
    review: plan.review,
  };
}

/** One contact of a firm as `foothold contacts list --json` and the API give it; absent details are null. */
export interface ContactListing {
  id: string;
  name: string;
  organization: string | null;
  position: string | null;
  emails: string[];
  profileUrl: string | null;
  /** YYYY-MM-DD. */
  connectedOn: string | null;
}

/**
 * The firm's contacts (its actors with contact details), sorted by name.
 *
 * @throws NotFoundError for a firm not in the workspace.
 */
export async function listContacts(store: CaseStore, workspaceId: string, firmId: string): Promise<ContactListing[]> {
  const actors = await store.listRecords(workspaceId, firmId, 'actors');
  const contacts: ContactListing[] = [];
  for (const { record: actor } of actors) {
    const c = actor.contact;
    if (c === undefined) continue;
    contacts.push({
      id: actor.id,
      name: actor.name,
      organization: c.organization ?? null,
      position: c.position ?? null,
      emails: c.emails,
      profileUrl: c.profileUrl ?? null,
      connectedOn: c.connectedOn ?? null,
    });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return contacts.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
