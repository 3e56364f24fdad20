/**
 * Erasure of a person from one case (GDPR Art. 17), planned as the case it leaves. The rules:
 * - Removed: the actor and every tie to or from it.
 * - Re-pointed, so that every reference rule still holds: a reference to a removed record that may
 *   be left out is left out (an activity's or market's actors, a tie's "referred by", a candidate's
 *   "referred by", a snapshot's platform actor); a benefit a removed tie brought keeps that tie's
 *   network type instead of the tie; a partner-search candidate that is the person is removed with
 *   the decisions about it (it holds their name and the firm's judgements of them).
 * - Masked: every occurrence of the person's names (and of the parts of the name that no one else
 *   in the case has) in any free text, each by as many "▇" as it had code points. A transcript is
 *   masked once and the quotes of the segments that point into it are read back from it, so that
 *   each quote is still exactly the text at its span.
 * - Dropped: addresses and file names that hold the name or an address of theirs (a source's URL,
 *   a transcript's file name, another actor's e-mail).
 * - Left as they are: other actors that may be the same person (same whole name, e-mail, telephone
 *   or profile address). They are listed; whether they are the person is for the user to say, by
 *   erasing their ids too.
 * The caller checks `problems` (the case file rules on the result) before writing anything.
 */
import type { Problem } from '../../shared/errors.js';
import { validateCaseValue } from '../case-file/parse.js';
import { placedRecordsOf, referencesOf } from '../case-file/references.js';
import { COLLECTION_NAMES, type CaseFile, type CollectionName } from '../case-file/schema.js';
import { sliceCodePoints } from '../evidence/code-points.js';
import { forEachFreeText } from '../evidence/reidentification.js';
import type { Tie } from '../model/index.js';
import { addressFields, lookalikesOf, tiesOf, type Lookalike } from './find-person.js';
import { personIdentity, personMatcher, type PersonIdentity, type PersonMatcher } from './person-identity.js';

export interface RecordId {
  collection: CollectionName;
  id: string;
}

export interface ErasurePlan {
  /** The case as the erasure leaves it. */
  caseFile: CaseFile;
  identity: PersonIdentity;
  removed: RecordId[];
  /** Records kept but changed: a reference left out, a name masked, an address dropped. */
  changed: RecordId[];
  firmChanged: boolean;
  /** The case's title or notes named the person. */
  metaChanged: boolean;
  /** Occurrences of a name masked. */
  masked: number;
  addressesDropped: number;
  /** Other actors that may be the same person: listed, not erased. */
  lookalikes: Lookalike[];
  /** What would be wrong with the case afterwards; empty when it may be written. */
  problems: Problem[];
}

/** Plans the erasure of actor `actorId`; undefined when the case has no such actor. */
export function planErasure(c: CaseFile, actorId: string, aliases: readonly string[] = []): ErasurePlan | undefined {
  const actor = c.actors.find((a) => a.id === actorId);
  if (actor === undefined) return undefined;
  const identity = personIdentity(c, actor, aliases);
  const matcher = personMatcher([identity]);
  const after = structuredClone(c);
  const removedTies = new Map(tiesOf(c, actorId).map((t) => [t.id, t]));
  after.actors = after.actors.filter((a) => a.id !== actorId);
  after.ties = after.ties.filter((t) => !removedTies.has(t.id));
  unlinkRemoved(after, new Set([actorId, ...removedTies.keys()]), removedTies);
  // Actors that may be the same person under another id are listed, and left as they are.
  const lookalikes = lookalikesOf(c, actorId, [identity]);
  const others = new Set(lookalikes.map((l) => l.id));
  const untouched = new Set(after.actors.flatMap((a, i) => (others.has(a.id) ? [`/actors/${i}/`] : [])));
  const isUntouched = (pointer: string) => [...untouched].some((prefix) => pointer.startsWith(prefix));
  const addressesDropped = dropAddresses(after, matcher, isUntouched);
  const masked = maskTexts(after, matcher, isUntouched);

  const removed: RecordId[] = [{ collection: 'actors', id: actorId }, ...[...removedTies.keys()].map((id): RecordId => ({ collection: 'ties', id }))];
  const changed: RecordId[] = [];
  for (const collection of COLLECTION_NAMES) {
    const before = new Map<string, string>(c[collection].map((r) => [r.id, JSON.stringify(r)]));
    for (const record of after[collection]) if (before.get(record.id) !== JSON.stringify(record)) changed.push({ collection, id: record.id });
  }
  const checked = validateCaseValue(JSON.parse(JSON.stringify(after)));
  return {
    caseFile: after,
    identity,
    removed,
    changed,
    firmChanged: JSON.stringify(c.firm) !== JSON.stringify(after.firm),
    metaChanged: c.title !== after.title || JSON.stringify(c.notes) !== JSON.stringify(after.notes),
    masked,
    addressesDropped,
    lookalikes,
    problems: checked.ok ? [] : checked.problems,
  };
}

/** JSON pointer → keys, with array indices as numbers. */
function keysOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k.replaceAll('~1', '/').replaceAll('~0', '~')));
}

/** Leaves out the value at `pointer`: an item of a list is taken out, a field deleted. */
function leaveOut(record: object, pointer: string): void {
  const keys = keysOf(pointer);
  const last = keys.pop();
  let node: unknown = record;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (node !== null && typeof node === 'object' && last !== undefined) delete (node as Record<string | number, unknown>)[last];
}

/** Later pointers first, so that taking an item out of a list does not move the ones still to go. */
function laterFirst(a: string, b: string): number {
  const x = keysOf(a);
  const y = keysOf(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    return typeof p === 'number' && typeof q === 'number' ? q - p : String(q) < String(p) ? -1 : 1;
  }
  return y.length - x.length;
}

/** Takes every reference to a removed record out of the records that stay (the rules above). */
function unlinkRemoved(c: CaseFile, removed: ReadonlySet<string>, removedTies: ReadonlyMap<string, Tie>): void {
  for (const { kind, record } of placedRecordsOf(c)) {
    if (record === undefined) continue;
    const fields = referencesOf(kind, record)
      .filter((ref) => removed.has(ref.id))
      .map((ref) => ref.field)
      .sort(laterFirst);
    if (fields.length === 0) continue;
    if (kind === 'partnerSearches') {
      const search = record as CaseFile['partnerSearches'][number];
      const gone = new Set<string>();
      for (const field of fields) {
        const [, index, key] = keysOf(field);
        const candidate = search.candidates[Number(index)];
        if (candidate === undefined) continue;
        if (key === 'actor') gone.add(candidate.id);
        else delete candidate.referredBy;
      }
      search.candidates = search.candidates.filter((candidate) => !gone.has(candidate.id));
      search.decisions = search.decisions.filter((decision) => !gone.has(decision.candidate));
      continue;
    }
    if (kind === 'benefits') {
      const benefit = record as CaseFile['benefits'][number];
      const tie = benefit.tie === undefined ? undefined : removedTies.get(benefit.tie);
      if (tie !== undefined) benefit.networkType ??= tie.networkType;
    }
    for (const field of fields) leaveOut(record, field);
  }
}

/** Drops the addresses and file names that name the person; answers how many. */
function dropAddresses(c: CaseFile, matcher: PersonMatcher, untouched: (pointer: string) => boolean): number {
  const naming = addressFields(c)
    .filter(({ pointer, value }) => !untouched(pointer) && matcher.inAddress(value))
    .map(({ pointer }) => pointer)
    .sort(laterFirst);
  for (const pointer of naming) leaveOut(c, pointer);
  return naming.length;
}

/** Masks the names in every free text, transcripts first with the quotes read back from them; answers how many. */
function maskTexts(c: CaseFile, matcher: PersonMatcher, untouched: (pointer: string) => boolean): number {
  let masked = 0;
  const handled = new Set<string>();
  c.transcripts.forEach((transcript, i) => {
    const original = transcript.text;
    const { text, count } = matcher.mask(original);
    masked += count;
    transcript.text = text;
    handled.add(`/transcripts/${i}/text`);
    c.segments.forEach((segment, j) => {
      const span = segment.span;
      // A quote that is not the text at its span (a case broken already) is masked on its own below.
      if (span?.transcript !== transcript.id || sliceCodePoints(original, span.start, span.end) !== segment.quote) return;
      segment.quote = sliceCodePoints(text, span.start, span.end);
      handled.add(`/segments/${j}/quote`);
    });
  });
  forEachFreeText(c, (text, pointer) => {
    if (handled.has(pointer) || untouched(pointer)) return undefined;
    const result = matcher.mask(text);
    masked += result.count;
    return result.text;
  });
  return masked;
}
