/**
 * What importing a contact file into a firm's case changes: the people (and organizations) it
 * creates or updates, with their ties and memberships, and what stays as it is. Pure: the service
 * reads the case, asks for the plan, and writes its records in one transaction (or, on a dry run,
 * shows the plan and writes nothing).
 *
 * A contact is an actor with a `contact` block; the firm (or the key person whose address book it
 * is) holds a tie to it. Its organization is kept as text and as membership of an organization
 * actor, so that paths to a company go through the people who work there.
 */
import { isCalendarDate } from '../../shared/calendar-date.js';
import { COLLECTION_NAMES } from '../case-file/collections.js';
import type { CaseFile } from '../case-file/index.js';
import type { Actor, ContactDetails, NetworkType, Tie } from '../model/index.js';
import { IdAllocator } from './contact-ids.js';
import { cachedKeys, matchContacts, type ContactReview, type ContactTarget } from './match-contacts.js';
import { normalizeEmail } from './normalize.js';
import type { ContactFormat, ContactRow, SkippedContact } from './types.js';

export interface ContactImportSettings {
  /** The firm, or a key person of it, whose contacts these are: the ties go from here. */
  holder: string;
  networkType: NetworkType;
  format: ContactFormat;
  /** The day of the import, YYYY-MM-DD. */
  today: string;
  onProgress?: (done: number, total: number) => void;
}

/** The fields of a contact an import can change, as the preview names them. */
export type ContactChange = 'emails' | 'phones' | 'profileUrl' | 'organization' | 'position' | 'connectedOn' | 'memberOf' | 'tie';

/** One person of the file and what the import does with them. */
export interface PlannedContact {
  line: number;
  actorId: string;
  name: string;
  organization?: string;
  position?: string;
  action: 'create' | 'update' | 'unchanged';
  /** For an update: what changes. */
  changes: ContactChange[];
}

export interface ContactImportPlan {
  /** In file order. */
  contacts: PlannedContact[];
  /** Rows merged into an earlier row of the same person. */
  duplicates: SkippedContact[];
  review: ContactReview[];
  /** Organization actors created for the contacts to be members of. */
  organizationsCreated: number;
  insert: { actors: Actor[]; ties: Tie[] };
  replace: { actors: Actor[]; ties: Tie[] };
}

/** The tie subtype of a contact from each kind of file. */
export function contactSubtype(format: ContactFormat): string {
  return format === 'linkedin' ? 'linkedin_connection' : 'address_book';
}

/** Plans the import of `rows` into the case; `settings.holder` must be the firm or one of its key people. */
export function planContactImport(caseFile: CaseFile, rows: readonly ContactRow[], settings: ContactImportSettings): ContactImportPlan {
  const ids = new IdAllocator([caseFile.firm.id, ...COLLECTION_NAMES.flatMap((name) => caseFile[name].map((record) => record.id))]);
  const match = matchContacts(caseFile.actors, rows, ids, settings.onProgress === undefined ? {} : { onProgress: settings.onProgress });
  const nameKey = cachedKeys();
  const organizations = new OrganizationIndex(caseFile, match.targets, ids, nameKey);
  const tiesFromHolder = new Map<string, Tie>();
  for (const tie of caseFile.ties) if (tie.from === settings.holder && !tiesFromHolder.has(tie.to)) tiesFromHolder.set(tie.to, tie);

  const plan: ContactImportPlan = {
    contacts: [],
    duplicates: match.duplicates,
    review: match.review,
    organizationsCreated: 0,
    insert: { actors: [], ties: [] },
    replace: { actors: [], ties: [] },
  };
  for (const target of match.targets) {
    const memberOf = organizations.memberOf(target);
    const before = target.actor;
    const after = contactActor(target, memberOf, before, nameKey);
    const changes = before === undefined ? [] : actorChanges(before, after);
    const tie = contactTie(settings, ids, tiesFromHolder.get(target.id), after);
    if (tie !== undefined && !changes.includes(tie.change)) changes.push(tie.change);
    const action = before === undefined ? 'create' : changes.length === 0 ? 'unchanged' : 'update';
    if (action !== 'unchanged') {
      recordImport(after, settings);
      (before === undefined ? plan.insert.actors : plan.replace.actors).push(after);
      if (tie?.change === 'tie') plan.insert.ties.push(tie.tie);
      else if (tie !== undefined) plan.replace.ties.push(tie.tie);
    }
    // Fields in the order the preview shows them, set one by one: this runs for every row.
    const { organization, position } = after.contact ?? {};
    const planned: Partial<PlannedContact> = { line: target.line, actorId: target.id, name: after.name };
    if (organization !== undefined) planned.organization = organization;
    if (position !== undefined) planned.position = position;
    planned.action = action;
    planned.changes = action === 'update' ? changes : [];
    plan.contacts.push(planned as PlannedContact);
  }
  plan.insert.actors.unshift(...organizations.created);
  plan.organizationsCreated = organizations.created.length;
  return plan;
}

/** The actor as the import leaves it: the stored one with the file's details added, or a new one. */
function contactActor(target: ContactTarget, memberOf: { add?: string; drop?: string }, before: Actor | undefined, nameKey: (name: string) => string): Actor {
  const row = target.row;
  const old: Partial<ContactDetails> = before?.contact ?? {};
  const contact: ContactDetails = { emails: union(old.emails ?? [], row.emails, (e) => normalizeEmail(e) ?? e) };
  const phones = union(old.phones ?? [], row.phones, (p) => p.replace(/[^\d+]/g, '') || p);
  if (phones.length > 0) contact.phones = phones;
  const profileUrl = old.profileUrl ?? webAddress(row.profileUrl);
  if (profileUrl !== undefined) contact.profileUrl = profileUrl;
  const organization = row.organization ?? old.organization;
  if (organization !== undefined) contact.organization = organization;
  // A new employer without a position: the old position was at the old employer.
  const movedOn = target.orgKey !== undefined && old.organization !== undefined && target.orgKey !== nameKey(old.organization);
  const position = movedOn ? row.position : (row.position ?? old.position);
  if (position !== undefined) contact.position = position;
  const connectedOn = isDay(row.connectedOn) ? row.connectedOn : old.connectedOn;
  if (connectedOn !== undefined) contact.connectedOn = connectedOn;
  if (old.importedFrom !== undefined) contact.importedFrom = old.importedFrom;

  const stored = before?.memberOf ?? [];
  const kept = memberOf.drop === undefined ? stored : stored.filter((id) => id !== memberOf.drop);
  const members = memberOf.add === undefined || kept.includes(memberOf.add) ? kept : [...kept, memberOf.add];
  // Built by assignment rather than rest and spread: this runs for every row of a large file.
  const actor: Actor = before === undefined ? { id: target.id, name: row.name, kind: row.kind, roles: [] } : { ...before };
  if (members.length > 0 || before?.memberOf !== undefined) actor.memberOf = members;
  actor.contact = contact;
  return actor;
}

/** The fields of a contact that differ between the stored actor and the one the import would leave. */
function actorChanges(before: Actor, after: Actor): ContactChange[] {
  const changes: ContactChange[] = [];
  const was: Partial<ContactDetails> = before.contact ?? {};
  const now: Partial<ContactDetails> = after.contact ?? {};
  if (!sameList(was.emails, now.emails)) changes.push('emails');
  if (!sameList(was.phones, now.phones)) changes.push('phones');
  for (const key of ['profileUrl', 'organization', 'position', 'connectedOn'] as const) if (was[key] !== now[key]) changes.push(key);
  if (!sameList(before.memberOf, after.memberOf)) changes.push('memberOf');
  return changes;
}

/** Two lists with the same items in the same order; absent is empty. */
function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((item, i) => item === y[i]);
}

/**
 * The tie from the holder to write: a new one when there is none, the stored one with its `since`
 * moved when the connection date changed; undefined when the stored tie stays as it is.
 */
function contactTie(
  settings: ContactImportSettings,
  ids: IdAllocator,
  stored: Tie | undefined,
  actor: Actor,
): { tie: Tie; change: 'tie' | 'connectedOn' } | undefined {
  const since = actor.contact?.connectedOn;
  const subtype = contactSubtype(settings.format);
  if (stored !== undefined) {
    // Only a tie the import made follows the file; a tie the analyst recorded is theirs.
    if (stored.subtype !== subtype || since === undefined || stored.since === since) return undefined;
    return { tie: { ...stored, since }, change: 'connectedOn' };
  }
  // A company of the firm's own group is part of the firm, not a tie (case-file/links.ts).
  if (actor.groupRelation !== undefined) return undefined;
  const tie: Tie = {
    id: ids.next('tie-', actor.name, actor.id.startsWith('act-') ? actor.id.slice(4) : actor.id),
    from: settings.holder,
    to: actor.id,
    networkType: settings.networkType,
    subtype,
    status: 'active',
  };
  if (since !== undefined) tie.since = since;
  return { tie, change: 'tie' };
}

/** Adds this import to the `importedFrom` of an actor contactActor made (once a day per format). */
function recordImport(actor: Actor, settings: ContactImportSettings): void {
  const contact = actor.contact;
  if (contact === undefined) return;
  const history = contact.importedFrom ?? [];
  const last = history.at(-1);
  if (last?.format === settings.format && last.on === settings.today) return;
  contact.importedFrom = [...history, { format: settings.format, on: settings.today }];
}

/**
 * Organization actors by normalized name: the stored ones, those the file's organization rows
 * create, and new ones for employers nobody recorded yet (kind organization, no type: the file
 * does not say what kind of organization it is).
 */
class OrganizationIndex {
  readonly created: Actor[] = [];
  private readonly byName = new Map<string, string>();
  private readonly firmName: string;

  constructor(
    caseFile: CaseFile,
    targets: readonly ContactTarget[],
    private readonly ids: IdAllocator,
    private readonly nameKey: (name: string) => string,
  ) {
    this.firmName = nameKey(caseFile.firm.name);
    for (const actor of caseFile.actors) if (actor.kind === 'organization') this.remember(actor.name, actor.id);
    for (const target of targets) if (target.row.kind === 'organization') this.remember(target.row.name, target.id);
  }

  private remember(name: string, id: string): void {
    const key = this.nameKey(name);
    if (!this.byName.has(key)) this.byName.set(key, id);
  }

  /** The membership to add for a person's organization, and the one from their former organization to drop. */
  memberOf(target: ContactTarget): { add?: string; drop?: string } {
    const organization = target.row.organization;
    const key = target.orgKey;
    if (target.row.kind !== 'person' || organization === undefined || key === undefined) return {};
    const former = target.actor?.contact?.organization;
    const dropKey = former === undefined ? undefined : this.nameKey(former);
    const drop = dropKey === undefined || dropKey === key ? undefined : this.byName.get(dropKey);
    const left = drop === undefined ? {} : { drop };
    // People of the firm itself are its staff, not members of an organization it could reach; one
    // who came to the firm from elsewhere has left that organization all the same.
    if (key === this.firmName) return left;
    let add = this.byName.get(key);
    if (add === undefined) {
      add = this.ids.next('act-', organization, 'organization');
      this.created.push({ id: add, name: organization, kind: 'organization', roles: [] });
      this.byName.set(key, add);
    }
    return { add, ...left };
  }
}

/** A YYYY-MM-DD day (contact readers give ISO dates; anything else is left out rather than stored). */
function isDay(text: string | undefined): text is string {
  return text !== undefined && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(text) && isCalendarDate(text);
}

/** A profile address a URL field can hold: as given when it parses, else with https:// put in front. */
function webAddress(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  for (const candidate of [text, `https://${text}`]) if (URL.canParse(candidate) && /^https?:\/\/[^/]/i.test(candidate)) return candidate;
  return undefined;
}

function union(first: readonly string[], second: readonly string[], key: (s: string) => string): string[] {
  if (second.length === 0) return [...first];
  const seen = new Set(first.map(key));
  const out = [...first];
  for (const item of second) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}
