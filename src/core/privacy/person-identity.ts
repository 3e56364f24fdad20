/**
 * Who a person is in the texts of a case, for export and erasure (GDPR Art. 15 and 17): the
 * actor's name and the other spellings the user gives (another script, a maiden name), the parts of
 * the name that no one else in the case shares, and the addresses (e-mail, telephone, profile) that
 * identify them. Matching is the pseudonymizer's (evidence/name-table.ts): case-sensitive, whole
 * words in any script, longest name first; a mask replaces each occurrence with as many "▇" as it
 * has code points, so that every position counted in code points (segment spans, speaker turns)
 * still points at the same place.
 */
import { codePointLength } from '../evidence/code-points.js';
import { nameParts } from '../evidence/name-parts.js';
import { fold, nameTable, normalize, replaceNames, type NameTable } from '../evidence/name-table.js';
import type { CaseFile } from '../case-file/schema.js';
import type { Actor } from '../model/index.js';

/** What a masked code point becomes. */
export const MASK = '▇';

export interface PersonIdentity {
  actorId: string;
  /** Whole names: the actor's name, then the other spellings given. */
  names: string[];
  /** Capitalised parts of three letters or more of those names that no other actor or key person of the case has in its name. */
  parts: string[];
  /** Parts left unmatched because another actor or key person has them too ("Asanov" of "Asanov Textiles"): give them as names to match them anyway. */
  sharedParts: string[];
  emails: string[];
  phones: string[];
  /** The actor's profile address and web address. */
  addresses: string[];
}

/** Where a name is in a text, in code points, and the words there. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A run of text without spaces that looks like an address or a file name: it has "/" or "@", or ends in an extension. */
const ADDRESS_TOKEN = /[^\s/@]*[/@][^\s]*|[^\s]+\.[A-Za-z0-9]{2,5}(?=[\s,;:)]|$)/gu;

/**
 * The identity of `actor` in the case `c`, with `aliases` (other spellings of the name, e-mail
 * addresses or profile addresses the user knows) added. `withParts: false` matches whole names only.
 */
export function personIdentity(c: CaseFile, actor: Actor, aliases: readonly string[] = [], withParts = true): PersonIdentity {
  const names = unique([actor.name, ...aliases].map(normalize).filter((n) => n !== ''));
  const candidates = withParts ? unique(names.flatMap(nameParts)).filter((w) => !names.includes(w)) : [];
  // Another record under one of the same whole names is likely the same person: its words do not make a part shared.
  const others = new Set(
    candidates.length === 0
      ? []
      : [...c.actors.filter((a) => a.id !== actor.id).map((a) => a.name), ...c.keyPeople.flatMap((p) => (p.name === undefined ? [] : [p.name]))]
          .filter((n) => !names.includes(normalize(n)))
          .flatMap(nameParts),
  );
  const contact = actor.contact;
  return {
    actorId: actor.id,
    names,
    parts: candidates.filter((w) => !others.has(w)),
    sharedParts: candidates.filter((w) => others.has(w)),
    emails: unique(contact?.emails ?? []),
    phones: unique(contact?.phones ?? []),
    addresses: unique([contact?.profileUrl, actor.url].filter((a): a is string => a !== undefined)),
  };
}

/** Finds and masks one or more people in texts. */
export interface PersonMatcher {
  /** The text with every occurrence of a name masked, and every address or file name that spells one, and how many there were. */
  mask(text: string): { text: string; count: number };
  mentions(text: string): Mention[];
  /** True when an address or file name holds a name or an address of theirs in any case or spelling with the separators removed ("aibek-asanov.docx"). */
  inAddress(text: string): boolean;
}

/** A matcher for the names, parts and addresses of `people`. */
export function personMatcher(people: readonly PersonIdentity[]): PersonMatcher {
  const table: NameTable = nameTable(
    people.map((p) => ({ pseudonym: MASK, variants: [...p.names, ...p.emails, ...p.phones, ...p.addresses], parts: p.parts })),
  );
  const folded = table.folded;
  const matchesAddress = (text: string) => {
    const f = fold(text);
    return folded.some((name) => f.includes(name));
  };
  return {
    mask(text) {
      let count = 0;
      const masking = (found: string) => {
        count++;
        return MASK.repeat(codePointLength(found));
      };
      const named = table.pattern === undefined ? text : text.replace(table.pattern, masking);
      // An address or file name in running text ("notes at https://…/aibek-asanov") goes whole.
      const masked = named.replace(ADDRESS_TOKEN, (token) => (matchesAddress(token) ? masking(token) : token));
      return { text: masked, count };
    },
    mentions(text) {
      // Edits are counted in the positions of `text` itself; the replacement is not wanted here.
      const codePoints = [...text];
      return replaceNames(text, table).edits.map(({ start, end }) => ({ start, end, text: codePoints.slice(start, end).join('') }));
    },
    inAddress: matchesAddress,
  };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
