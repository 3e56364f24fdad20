/**
 * Who each row of a contact file is among the firm's actors: the same profile address, else the
 * same e-mail address, else the same name and organization. Rows of one person within the file are
 * merged first (the later into the earlier); a row whose keys point at different people, or whose
 * name matches someone the organization cannot tell apart, goes to a review list and is not
 * imported. One pass over the rows with index maps, so 30,000 rows take milliseconds.
 */
import type { Actor } from '../model/index.js';
import type { IdAllocator } from './contact-ids.js';
import { normalizeEmail, normalizeName, normalizeProfileUrl } from './normalize.js';
import type { ContactRow, SkippedContact } from './types.js';

/** A person the matcher knows: a stored actor, or one a row of this file will create. */
interface Known {
  id: string;
  name: string;
  kind: ContactRow['kind'];
  organization: string | undefined;
  profileKey: string | undefined;
  /** Matching keys of its organizations, each once (an array: most people have one). */
  orgKeys: string[];
  /** The name keys it is findable by (usually one). */
  nameKeys: string[];
  /** The stored actor; undefined for one the import creates. */
  actor: Actor | undefined;
  /** The target a row of this file made of it; a later row that matches it is a duplicate. */
  target: ContactTarget | undefined;
}

/** One person the import creates or updates, with every row of the file that is this person merged in. */
export interface ContactTarget {
  /** The stored actor's id, or the id given to the actor the import creates. */
  readonly id: string;
  /** The line of the first row of this person. */
  readonly line: number;
  /** The rows merged: the first as read, the later ones filling what it left out. */
  row: ContactRow;
  /** The matching key of the row's organization (normalizeName), when it names one. */
  orgKey: string | undefined;
  /** The stored actor this person is; undefined when the import creates one. */
  readonly actor: Actor | undefined;
}

/** A row not imported because it may be one of several people, or may or may not be one already recorded. */
export interface ContactReview {
  line: number;
  name: string;
  candidates: { id: string; name: string; organization?: string }[];
  why: string;
}

export interface ContactMatch {
  /** In the order of their first rows. */
  targets: ContactTarget[];
  /** Rows merged into an earlier row of the same person, with why. */
  duplicates: SkippedContact[];
  review: ContactReview[];
}

export interface MatchOptions {
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 2000;

/**
 * Matches the rows of one contact file against the firm's actors. Person rows are matched with
 * people, organization rows (a vCard of KIND:org) with organizations; platforms never. A person
 * the import creates gets an id from `ids`.
 */
export function matchContacts(actors: readonly Actor[], rows: readonly ContactRow[], ids: IdAllocator, options: MatchOptions = {}): ContactMatch {
  const orgKey = cachedKeys();
  const index = new KnownIndex(actors, orgKey);
  const targets: ContactTarget[] = [];
  const duplicates: SkippedContact[] = [];
  const review: ContactReview[] = [];

  rows.forEach((row, i) => {
    if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, rows.length);
    const keys = rowKeys(row, orgKey);
    const found = findPerson(index, row, keys);
    if (found.kind === 'review') {
      review.push({ line: row.line, name: row.name, candidates: found.candidates.map(candidateOf), why: found.why });
      return;
    }
    if (found.kind === 'new') {
      const target: ContactTarget = { id: ids.next('act-', row.name, 'contact'), line: row.line, row, orgKey: keys.org, actor: undefined };
      targets.push(target);
      index.add(
        {
          id: target.id,
          name: row.name,
          kind: row.kind,
          organization: row.organization,
          profileKey: keys.profile,
          orgKeys: [],
          nameKeys: [],
          actor: undefined,
          target,
        },
        keys,
      );
      return;
    }
    const known = found.known;
    if (known.target !== undefined) {
      known.target.row = mergedRow(known.target.row, row);
      known.target.orgKey ??= keys.org;
      duplicates.push({ line: row.line, reason: `same person as line ${known.target.line} (${found.via}); merged into it` });
    } else {
      known.target = { id: known.id, line: row.line, row, orgKey: keys.org, actor: known.actor };
      targets.push(known.target);
    }
    index.add(known, keys);
  });
  options.onProgress?.(rows.length, rows.length);
  return { targets, duplicates, review };
}

interface RowKeys {
  profile: string | undefined;
  emails: string[];
  name: string;
  org: string | undefined;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * normalizeName, skipping its Unicode normalization for printable ASCII (which it leaves as is):
 * folding accents is the costliest step of matching, and most names in most files need none.
 */
export function nameKey(name: string): string {
  return PRINTABLE_ASCII.test(name) ? name.toLowerCase().replace(/ +/g, ' ').trim() : normalizeName(name);
}

/** nameKey with a memory: organization names repeat thousands of times in a large file. */
export function cachedKeys(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keys.set(name, key);
    }
    return key;
  };
}

function rowKeys(row: ContactRow, orgKey: (name: string) => string): RowKeys {
  const org = row.organization === undefined ? '' : orgKey(row.organization);
  return {
    profile: row.profileUrl === undefined ? undefined : normalizeProfileUrl(row.profileUrl),
    emails: row.emails.length === 0 ? [] : row.emails.map(normalizeEmail).filter((e): e is string => e !== undefined),
    name: nameKey(row.name),
    org: org === '' ? undefined : org,
  };
}

type Found = { kind: 'known'; known: Known; via: string } | { kind: 'new' } | { kind: 'review'; candidates: Known[]; why: string };

/** The matching rules, in their order: profile address, e-mail, name and organization. */
function findPerson(index: KnownIndex, row: ContactRow, keys: RowKeys): Found {
  const keyed = index.of(row.kind);
  const byProfile = keys.profile === undefined ? undefined : keyed.byProfile.get(keys.profile);
  const byEmail = keys.emails.length === 0 ? [] : unique(keys.emails.map((e) => keyed.byEmail.get(e)));
  if (byProfile !== undefined) {
    const others = byEmail.filter((k) => k !== byProfile);
    const other = others[0];
    if (other === undefined) return { kind: 'known', known: byProfile, via: 'same profile address' };
    return { kind: 'review', candidates: [byProfile, ...others], why: `the profile address is ${byProfile.name}'s, but an e-mail address is ${other.name}'s` };
  }
  const [first, second] = byEmail;
  if (second !== undefined)
    return { kind: 'review', candidates: byEmail, why: `its e-mail addresses belong to different people (${byEmail.map((k) => k.name).join(', ')})` };
  if (first !== undefined) {
    if (keys.profile !== undefined && first.profileKey !== undefined && first.profileKey !== keys.profile) {
      return { kind: 'review', candidates: [first], why: `the e-mail address is ${first.name}'s, but the profile address differs from theirs` };
    }
    return { kind: 'known', known: first, via: 'same e-mail address' };
  }
  // Two people with profile addresses that differ are two people, whatever their names.
  // Someone with this row's profile address would have been found above; someone with another is
  // someone else, whatever their name. So a row with a profile address looks among those without one.
  const named =
    keys.profile === undefined
      ? (keyed.byName.get(keys.name) ?? [])
      : (keyed.byNameWithoutProfile.get(keys.name) ?? []).filter((k) => k.profileKey === undefined);
  if (named.length === 0) return { kind: 'new' };
  if (row.kind === 'organization') {
    const [only, another] = named;
    if (only !== undefined && another === undefined) return { kind: 'known', known: only, via: 'same name' };
    return { kind: 'review', candidates: named, why: `${named.length} organizations have this name` };
  }
  const sameOrg = keys.org === undefined ? [] : named.filter((k) => k.orgKeys.includes(keys.org ?? ''));
  const [only, another] = sameOrg;
  if (only !== undefined && another === undefined) return { kind: 'known', known: only, via: 'same name and organization' };
  if (only !== undefined) return { kind: 'review', candidates: sameOrg, why: `${sameOrg.length} people have this name and organization` };
  const why =
    keys.org === undefined
      ? 'someone of this name is recorded already, and the file gives no organization to tell them apart'
      : `someone of this name is recorded already, but not at ${row.organization ?? ''}: the same person after a move, or someone else`;
  return { kind: 'review', candidates: named, why };
}

function candidateOf(k: Known): ContactReview['candidates'][number] {
  return { id: k.id, name: k.name, ...(k.organization === undefined ? {} : { organization: k.organization }) };
}

/** A row's details with a later row of the same person merged in: addresses added, blanks filled, nothing overwritten. */
export function mergedRow(first: ContactRow, later: ContactRow): ContactRow {
  const fill = <K extends 'organization' | 'position' | 'profileUrl' | 'connectedOn'>(key: K) =>
    first[key] !== undefined ? { [key]: first[key] } : later[key] !== undefined ? { [key]: later[key] } : {};
  const { organization: _o, position: _p, profileUrl: _u, connectedOn: _c, ...rest } = first;
  return {
    ...rest,
    ...fill('organization'),
    ...fill('position'),
    ...fill('profileUrl'),
    ...fill('connectedOn'),
    emails: [...new Set([...first.emails, ...later.emails])],
    phones: [...new Set([...first.phones, ...later.phones])],
  };
}

function unique<T>(items: (T | undefined)[]): T[] {
  return [...new Set(items.filter((x): x is T => x !== undefined))];
}

/** Known people (or organizations) by matching key. */
interface Keyed {
  readonly byProfile: Map<string, Known>;
  readonly byEmail: Map<string, Known>;
  readonly byName: Map<string, Known[]>;
  /** byName for those that had no profile address when added (some may have one by now). */
  readonly byNameWithoutProfile: Map<string, Known[]>;
}

const keyed = (): Keyed => ({ byProfile: new Map(), byEmail: new Map(), byName: new Map(), byNameWithoutProfile: new Map() });

/** The firm's people and organizations, apart, by profile address, e-mail address and name. */
class KnownIndex {
  private readonly people = keyed();
  private readonly organizations = keyed();

  of(kind: ContactRow['kind']): Keyed {
    return kind === 'person' ? this.people : this.organizations;
  }

  constructor(actors: readonly Actor[], orgKey: (name: string) => string) {
    const orgNames = new Map<string, string>();
    for (const actor of actors) if (actor.kind === 'organization') orgNames.set(actor.id, actor.name);
    // Plain loops: on a second import this runs for every contact the first one stored.
    for (const actor of actors) {
      if (actor.kind === 'platform') continue;
      const contact = actor.contact;
      const orgKeys: string[] = [];
      let organization = contact?.organization;
      if (organization !== undefined) orgKeys.push(orgKey(organization));
      for (const id of actor.memberOf ?? []) {
        const name = orgNames.get(id);
        if (name === undefined) continue;
        organization ??= name;
        const key = orgKey(name);
        if (!orgKeys.includes(key)) orgKeys.push(key);
      }
      let profileKey = contact?.profileUrl === undefined ? undefined : normalizeProfileUrl(contact.profileUrl);
      if (profileKey === undefined && actor.url !== undefined) profileKey = normalizeProfileUrl(actor.url);
      const emails: string[] = [];
      for (const email of contact?.emails ?? []) {
        const key = normalizeEmail(email);
        if (key !== undefined) emails.push(key);
      }
      const known: Known = { id: actor.id, name: actor.name, kind: actor.kind, organization, profileKey, orgKeys, nameKeys: [], actor, target: undefined };
      this.add(known, { profile: profileKey, emails, name: nameKey(actor.name), org: undefined });
    }
  }

  /** Makes `known` findable by the keys of a row (or of its stored actor); the first holder of a key keeps it. */
  add(known: Known, keys: RowKeys): void {
    const { byProfile, byEmail, byName, byNameWithoutProfile } = this.of(known.kind);
    if (keys.profile !== undefined) {
      if (!byProfile.has(keys.profile)) byProfile.set(keys.profile, known);
      known.profileKey ??= keys.profile;
    }
    for (const email of keys.emails) if (!byEmail.has(email)) byEmail.set(email, known);
    if (keys.org !== undefined && !known.orgKeys.includes(keys.org)) known.orgKeys.push(keys.org);
    if (known.nameKeys.includes(keys.name)) return;
    known.nameKeys.push(keys.name);
    listed(byName, keys.name, known);
    if (known.profileKey === undefined) listed(byNameWithoutProfile, keys.name, known);
  }
}

function listed(lists: Map<string, Known[]>, key: string, known: Known): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [known]);
  else list.push(known);
}
