/**
 * What the audit log keeps of an erased person: each of their records (the actor, its ties, a
 * partner-search candidate that was them) only as `{ "id": …, "erased": true }`, and every other
 * text with their names masked as in the case (same length, so an old transcript's spans still
 * hold). The log keeps who changed what and when; it stops being a copy of the erased data. A
 * change whose record is left as a stub can no longer be undone: the undo would write the stub
 * back, which the case rules refuse.
 */
import { ID_PATTERN } from '../../shared/ids.js';
import { personMatcher, type PersonIdentity, type PersonMatcher } from './person-identity.js';

/** Someone erased from a case (or purged from it): who, and the ids of the ties they had there. */
export interface ErasedPerson {
  identity: PersonIdentity;
  tieIds: readonly string[];
  /** Other actors that may be the same person: left as they are, as in the case. */
  lookalikes?: readonly string[];
}

/** What the store asks of a redaction (AuditRedaction in store/types.ts). */
export interface AuditRedactor {
  /** Texts of which every item to rewrite holds one; "all" to read every item of the firm. */
  needles: readonly string[] | 'all';
  /** The value an item's before or after becomes; undefined to keep it as it is. */
  redact(collection: string, recordId: string, value: unknown): unknown;
}

/** Past this many texts to look for, the store reads every item rather than asking for each. */
const MAX_NEEDLES = 200;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const stub = (id: unknown) => ({ id, erased: true });

/** The redaction of the audit log for `people`. */
export function auditRedactor(people: readonly ErasedPerson[]): AuditRedactor {
  const matcher = personMatcher(people.map((p) => p.identity));
  const actors = new Set(people.map((p) => p.identity.actorId));
  const ties = new Set(people.flatMap((p) => p.tieIds));
  const kept = new Set(people.flatMap((p) => p.lookalikes ?? []));
  const isKept = (a: unknown) => isObject(a) && kept.has(String(a['id']));
  const isTheirTie = (t: unknown) => isObject(t) && (ties.has(String(t['id'])) || actors.has(String(t['from'])) || actors.has(String(t['to'])));
  const isThem = (a: unknown) => isObject(a) && actors.has(String(a['id']));
  const stubCandidates = (search: unknown) => {
    if (!isObject(search) || !Array.isArray(search['candidates'])) return search;
    const candidates = search['candidates'] as unknown[];
    return { ...search, candidates: candidates.map((c) => (isObject(c) && actors.has(String(c['actor'])) ? stub(c['id']) : c)) };
  };
  const needles = new Set(
    [
      ...actors,
      ...people.flatMap(({ identity: p }) => [...p.names, ...p.parts, ...p.emails, ...p.phones, ...p.addresses].map((t) => t.split(/\s+/u)[0] ?? t)),
    ].filter((n) => n.length >= 2),
  );
  return {
    needles: needles.size > MAX_NEEDLES ? 'all' : [...needles],
    redact(collection, recordId, value) {
      if (value === null || value === undefined || (collection === 'actors' && kept.has(recordId))) return undefined;
      let next: unknown = value;
      if (collection === 'actors' && actors.has(recordId)) next = stub(recordId);
      else if (collection === 'ties' && (ties.has(recordId) || isTheirTie(value))) next = stub(recordId);
      else if (collection === 'partnerSearches') next = stubCandidates(value);
      else if (collection === 'case' && isObject(value)) {
        const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : undefined);
        next = {
          ...value,
          ...(list('actors') === undefined ? {} : { actors: list('actors')?.map((a) => (isThem(a) ? stub((a as Json)['id']) : a)) }),
          ...(list('ties') === undefined ? {} : { ties: list('ties')?.map((t) => (isTheirTie(t) ? stub((t as Json)['id']) : t)) }),
          ...(list('partnerSearches') === undefined ? {} : { partnerSearches: list('partnerSearches')?.map(stubCandidates) }),
        };
      }
      next =
        isObject(next) && Array.isArray(next['actors']) && collection === 'case'
          ? {
              ...(maskDeep({ ...next, actors: [] }, matcher) as Json),
              actors: (next['actors'] as unknown[]).map((a) => (isKept(a) ? a : maskDeep(a, matcher))),
            }
          : maskDeep(next, matcher);
      return JSON.stringify(next) === JSON.stringify(value) ? undefined : next;
    },
  };
}

/** Every string of a JSON value with the names masked, ids and other bare tokens (dates, codes of a list) left as they are. */
function maskDeep(value: unknown, matcher: PersonMatcher): unknown {
  if (typeof value === 'string') return ID_PATTERN.test(value) ? value : matcher.mask(value).text;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, matcher));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, matcher)]));
  return value;
}
