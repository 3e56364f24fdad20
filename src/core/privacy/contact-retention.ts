/**
 * Retention of imported contacts (GDPR Art. 5(1)(e), storage limitation): the people a contact
 * import brought in and nobody has used since are removed once their last import is older than the
 * workspace's setting. A contact counts as imported when its `contact.importedFrom` lists an import
 * (`foothold contacts import` writes it on every create and update), and as unused when:
 * - it is a person whose record holds only what an import writes (no note, role, country, lawful
 *   basis, evidence … added by hand);
 * - nothing names it but the ties the imports made (subtype "linkedin_connection" or
 *   "address_book", from the firm or a key person, with only the fields an import writes), and
 *   nothing names those ties;
 * - no free text of the case (a quote, a transcript, a note) has its whole name.
 * Anything else keeps the contact, with the reason. Pure: the service reads and writes.
 */
import { placedRecordsOf, referencesOf } from '../case-file/references.js';
import type { CaseFile } from '../case-file/schema.js';
import { contactSubtype } from '../contacts/plan-import.js';
import { CONTACT_FORMATS } from '../contacts/types.js';
import { forEachFreeText } from '../evidence/reidentification.js';
import { normalize } from '../evidence/name-table.js';
import type { Actor, Tie } from '../model/index.js';
import { personIdentity, personMatcher, type PersonIdentity } from './person-identity.js';

export interface ContactPurgeSettings {
  /** YYYY-MM-DD. */
  today: string;
  /** Contacts whose last import is more than this many days before today go. */
  days: number;
}

export interface PurgedContact {
  id: string;
  name: string;
  /** YYYY-MM-DD of its last import. */
  lastImported: string;
  ties: string[];
  identity: PersonIdentity;
}

export type KeepReason = 'edited' | 'referred' | 'named';

export interface KeptContact {
  id: string;
  name: string;
  lastImported: string;
  reason: KeepReason;
}

export interface ContactPurgePlan {
  /** Imports on or after this day are kept. */
  cutoff: string;
  purge: PurgedContact[];
  /** Contacts past the cutoff that stay, and why. */
  kept: KeptContact[];
}

const IMPORT_SUBTYPES: ReadonlySet<string> = new Set(CONTACT_FORMATS.map(contactSubtype));
const IMPORTED_ACTOR_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'kind', 'roles', 'memberOf', 'contact']);
const IMPORTED_TIE_FIELDS: ReadonlySet<string> = new Set(['id', 'from', 'to', 'networkType', 'subtype', 'status', 'since']);

/** The day `days` before `today` (YYYY-MM-DD). */
export function daysBefore(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - days)).toISOString().slice(0, 10);
}

function lastImport(actor: Actor): string | undefined {
  const days = (actor.contact?.importedFrom ?? []).map((i) => i.on).sort();
  return days.at(-1);
}

/** Plans the purge of the imported contacts of `c` older than the setting. */
export function planContactPurge(c: CaseFile, settings: ContactPurgeSettings): ContactPurgePlan {
  const cutoff = daysBefore(settings.today, settings.days);
  const old = c.actors.flatMap((actor) => {
    const last = lastImport(actor);
    return actor.kind === 'person' && last !== undefined && last < cutoff ? [{ actor, last }] : [];
  });
  if (old.length === 0) return { cutoff, purge: [], kept: [] };
  const referrers = new Map<string, { kind: string; id: string }[]>();
  for (const { kind, id, record } of placedRecordsOf(c)) {
    if (record === undefined) continue;
    for (const ref of referencesOf(kind, record)) {
      const list = referrers.get(ref.id);
      if (list === undefined) referrers.set(ref.id, [{ kind, id }]);
      else list.push({ kind, id });
    }
  }
  const holders = new Set([c.firm.id, ...c.keyPeople.map((p) => p.id)]);
  const tiesById = new Map(c.ties.map((t) => [t.id, t]));
  const isImportTie = (t: Tie | undefined, actorId: string): t is Tie =>
    t !== undefined &&
    t.to === actorId &&
    holders.has(t.from) &&
    IMPORT_SUBTYPES.has(t.subtype ?? '') &&
    Object.keys(t).every((k) => IMPORTED_TIE_FIELDS.has(k)) &&
    (referrers.get(t.id) ?? []).length === 0;
  const named = namedContacts(
    c,
    old.map(({ actor }) => actor),
  );
  const purge: PurgedContact[] = [];
  const kept: KeptContact[] = [];
  for (const { actor, last } of old) {
    const keep = (reason: KeepReason) => kept.push({ id: actor.id, name: actor.name, lastImported: last, reason });
    if (!Object.keys(actor).every((k) => IMPORTED_ACTOR_FIELDS.has(k)) || actor.roles.length > 0) keep('edited');
    else if (!(referrers.get(actor.id) ?? []).every((r) => r.kind === 'ties' && isImportTie(tiesById.get(r.id), actor.id))) keep('referred');
    else if (named.has(actor.id)) keep('named');
    else {
      const ties = (referrers.get(actor.id) ?? []).map((r) => r.id);
      purge.push({ id: actor.id, name: actor.name, lastImported: last, ties, identity: personIdentity(c, actor, [], false) });
    }
  }
  return { cutoff, purge, kept };
}

/** The ids of `actors` whose whole name some free text of the case has, outside their own records and ties. */
function namedContacts(c: CaseFile, actors: readonly Actor[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const a of actors) {
    const key = normalize(a.name);
    byName.set(key, [...(byName.get(key) ?? []), a.id]);
  }
  const matcher = personMatcher(actors.map((a) => ({ actorId: a.id, names: [a.name], parts: [], sharedParts: [], emails: [], phones: [], addresses: [] })));
  const ownPointers = new Set(c.actors.flatMap((a, i) => (byName.has(normalize(a.name)) ? [`/actors/${i}/name`] : [])));
  const named = new Set<string>();
  // The visitor returns nothing, so the case is only read.
  forEachFreeText(c, (text, pointer) => {
    if (ownPointers.has(pointer)) return undefined;
    for (const m of matcher.mentions(text)) for (const id of byName.get(normalize(m.text)) ?? []) named.add(id);
    return undefined;
  });
  return named;
}
