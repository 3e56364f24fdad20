/**
 * Everything one case holds about a person (GDPR Art. 15, the right of access): the actor record,
 * the ties to and from it, the records that name it or its ties (by the case file's reference
 * rules), the quotes and transcript passages that name the person, other free text that does, and
 * other actors that may be the same person under another id (same name, e-mail, telephone or
 * profile). Pure: the service reads the cases and the audit log.
 */
import { placedRecordsOf, referencesOf, type RecordKind } from '../case-file/references.js';
import type { CaseFile } from '../case-file/schema.js';
import { forEachFreeText } from '../evidence/reidentification.js';
import { sliceCodePoints } from '../evidence/code-points.js';
import { normalize } from '../evidence/name-table.js';
import type { Actor, Tie } from '../model/index.js';
import { personMatcher, type Mention, type PersonIdentity, type PersonMatcher } from './person-identity.js';

/** A record that names the person or one of their ties, and where. */
export interface Referrer {
  collection: RecordKind;
  id: string;
  /** JSON pointers inside the record. */
  fields: string[];
  record: unknown;
}

export interface QuoteNaming {
  segment: string;
  source: string;
  quote: string;
  span?: { transcript: string; start: number; end: number };
  mentions: Mention[];
}

export interface TranscriptNaming {
  transcript: string;
  source: string;
  /** Each mention with the text around it. */
  mentions: (Mention & { context: string })[];
}

/** Another free text, address or file name of the case that names them. */
export interface TextNaming {
  pointer: string;
  text: string;
}

export interface Lookalike {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** What they share with the person. */
  sameAs: ('name' | 'email' | 'phone' | 'address')[];
}

export interface PersonFindings {
  /** Undefined when the case has no actor with the id: then only names and addresses were looked for. */
  actor?: Actor;
  ties: Tie[];
  referrers: Referrer[];
  quotes: QuoteNaming[];
  transcripts: TranscriptNaming[];
  texts: TextNaming[];
  lookalikes: Lookalike[];
}

/** Code points of text shown on each side of a mention in a transcript. */
const CONTEXT = 40;

/** The address fields of a case (which free-text walks leave out): web and profile addresses, e-mail, telephone, file names. */
export function addressFields(c: CaseFile): { pointer: string; value: string }[] {
  const out: { pointer: string; value: string }[] = [];
  c.actors.forEach((a, i) => {
    if (a.url !== undefined) out.push({ pointer: `/actors/${i}/url`, value: a.url });
    if (a.contact?.profileUrl !== undefined) out.push({ pointer: `/actors/${i}/contact/profileUrl`, value: a.contact.profileUrl });
    a.contact?.emails.forEach((e, j) => out.push({ pointer: `/actors/${i}/contact/emails/${j}`, value: e }));
    a.contact?.phones?.forEach((p, j) => out.push({ pointer: `/actors/${i}/contact/phones/${j}`, value: p }));
  });
  c.sources.forEach((s, i) => s.url !== undefined && out.push({ pointer: `/sources/${i}/url`, value: s.url }));
  c.transcripts.forEach((t, i) => t.fileName !== undefined && out.push({ pointer: `/transcripts/${i}/fileName`, value: t.fileName }));
  return out;
}

/** The ties to or from the actor. */
export function tiesOf(c: CaseFile, actorId: string): Tie[] {
  return c.ties.filter((t) => t.from === actorId || t.to === actorId);
}

/**
 * What `c` holds about the actor `actorId` (when it has one) and about the people `identities`
 * describe (by name and address, wherever it has them).
 */
export function findPerson(c: CaseFile, actorId: string, identities: readonly PersonIdentity[]): PersonFindings {
  const matcher = personMatcher(identities);
  const actor = c.actors.find((a) => a.id === actorId);
  const ties = actor === undefined ? [] : tiesOf(c, actorId);
  const named = new Set([...(actor === undefined ? [] : [actorId]), ...ties.map((t) => t.id)]);
  const tieIds = new Set(ties.map((t) => t.id));
  const referrers: Referrer[] = [];
  for (const { kind, id, record } of placedRecordsOf(c)) {
    if (record === undefined || tieIds.has(id) || (kind === 'actors' && id === actorId)) continue;
    const fields = referencesOf(kind, record)
      .filter((ref) => named.has(ref.id))
      .map((ref) => ref.field);
    if (fields.length > 0) referrers.push({ collection: kind, id, fields, record });
  }
  return {
    ...(actor === undefined ? {} : { actor }),
    ties,
    referrers,
    ...namings(c, matcher, actorId, tieIds),
    lookalikes: lookalikesOf(c, actorId, identities),
  };
}

function namings(c: CaseFile, matcher: PersonMatcher, actorId: string, tieIds: ReadonlySet<string>): Pick<PersonFindings, 'quotes' | 'transcripts' | 'texts'> {
  const quotes: QuoteNaming[] = [];
  c.segments.forEach((s) => {
    const mentions = matcher.mentions(s.quote);
    if (mentions.length > 0) quotes.push({ segment: s.id, source: s.source, quote: s.quote, ...(s.span === undefined ? {} : { span: s.span }), mentions });
  });
  const transcripts: TranscriptNaming[] = [];
  for (const t of c.transcripts) {
    const mentions = matcher.mentions(t.text).map((m) => ({ ...m, context: sliceCodePoints(t.text, Math.max(0, m.start - CONTEXT), m.end + CONTEXT) }));
    if (mentions.length > 0) transcripts.push({ transcript: t.id, source: t.source, mentions });
  }
  // The person's own record and ties are given whole; quotes and transcripts above.
  const own = new Set([
    ...c.actors.flatMap((a, i) => (a.id === actorId ? [`/actors/${i}/`] : [])),
    ...c.ties.flatMap((t, i) => (tieIds.has(t.id) ? [`/ties/${i}/`] : [])),
  ]);
  const listed = (pointer: string) => /^\/segments\/\d+\/quote$|^\/transcripts\/\d+\/text$/.test(pointer) || [...own].some((p) => pointer.startsWith(p));
  const texts: TextNaming[] = [];
  // The visitor returns nothing, so the case is only read.
  forEachFreeText(c, (text, pointer) => {
    if (!listed(pointer) && matcher.mentions(text).length > 0) texts.push({ pointer, text });
    return undefined;
  });
  for (const { pointer, value } of addressFields(c)) if (!listed(pointer) && matcher.inAddress(value)) texts.push({ pointer, text: value });
  return { quotes, transcripts, texts };
}

const digits = (phone: string) => phone.replace(/[^\d]/g, '');

/** Other actors that share a whole name, an e-mail, a telephone number or an address with the people. */
export function lookalikesOf(c: CaseFile, actorId: string, identities: readonly PersonIdentity[]): Lookalike[] {
  const names = new Set(identities.flatMap((p) => p.names));
  const emails = new Set(identities.flatMap((p) => p.emails.map((e) => e.toLowerCase())));
  const phones = new Set(identities.flatMap((p) => p.phones.map(digits)).filter((p) => p.length >= 5));
  const addresses = new Set(identities.flatMap((p) => p.addresses.map((a) => a.toLowerCase().replace(/\/+$/, ''))));
  const out: Lookalike[] = [];
  for (const a of c.actors) {
    if (a.id === actorId) continue;
    const sameAs: Lookalike['sameAs'] = [];
    if (names.has(normalize(a.name))) sameAs.push('name');
    if ((a.contact?.emails ?? []).some((e) => emails.has(e.toLowerCase()))) sameAs.push('email');
    if ((a.contact?.phones ?? []).some((p) => phones.has(digits(p)))) sameAs.push('phone');
    if ([a.contact?.profileUrl, a.url].some((u) => u !== undefined && addresses.has(u.toLowerCase().replace(/\/+$/, '')))) sameAs.push('address');
    if (sameAs.length > 0) out.push({ id: a.id, name: a.name, kind: a.kind, sameAs });
  }
  return out;
}
