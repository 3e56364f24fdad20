/**
 * Pseudonymization of a case file, for sharing a case or publishing a thesis with anonymized firms.
 *
 * The rules:
 * - Pseudonyms. The firm becomes `firmPseudonym` ("Company X" when not given); a firm whose name
 *   is a pseudonym already (`isPseudonym`) keeps it unless `firmPseudonym` is given. Each key person
 *   with a name becomes "Key person 1", "Key person 2" … and each actor of kind person "Contact 1",
 *   "Contact 2" …, in file order; `extra` adds the user's own (places, a product, another spelling
 *   of a name). The model has no city or address fields; countries stay, as the ISO codes the
 *   analysis needs.
 * - What is replaced. The full name (its words separated by any white space); for the firm also the
 *   name without a trailing legal form ("Acme" of "Acme Oy"); for a person's name that looks like a
 *   name (capitalised words, "van"/"de"-style particles allowed) each capitalised part of three or
 *   more letters ("Bold", "Batbayar"), titles such as "Prof" excepted. A descriptive name ("Former
 *   colleagues") is replaced only whole. A part that several people share becomes "Contact 1 or
 *   Contact 2" ("Contact 1 or 4 others" past three). Matching is case-sensitive and whole-word in any script (letters, digits, combining
 *   marks and joiners count as word characters), longest name first; possessives follow ("Bold's" →
 *   "Key person 1's"), inflected forms ("Болдын") do not: the re-identification check lists them.
 * - Where. Every free-text string of the case (reidentification.ts `forEachFreeText`): title, notes,
 *   names, descriptions, quotes, locations, transcripts, speakers, source titles and authors. Not
 *   codes, dates, country codes or references.
 * - Ids. A key person's or person actor's id becomes its pseudonym's words ("key-person-1",
 *   "contact-1"), as it is often the name in some spelling; any other id holding a name as id words
 *   ("tie-bold-saraa") has them replaced ("tie-key-person-1-contact-1"; "-2" … when taken). Every
 *   reference follows (`referencesOf`, segments' codes, partner-search candidates). Only Latin
 *   spellings are found in ids: a transliteration ("tie-purev" for Пүрэв) stays.
 * - Dropped. A person actor's contact details and URL (e-mail, telephone, profile); any other URL,
 *   e-mail address or transcript file name that contains a name in any case or spelling with the
 *   separators removed ("bold-batbayar.docx"). The firm is marked `isPseudonym`.
 * - Transcripts. Their text is rewritten once; each segment's span and each speaker turn is mapped
 *   onto the new text, and a segment's quote becomes the new text at its span, so it still matches
 *   exactly. A span boundary inside a replaced name widens to take in the whole pseudonym; a turn
 *   boundary inside one moves after it (a turn left empty is dropped).
 */
import { ValidationError } from '../../shared/errors.js';
import { freeId, idWords } from '../../shared/ids.js';
import { placedRecordsOf, referencesOf } from '../case-file/references.js';
import type { CaseFile } from '../case-file/schema.js';
import { sliceCodePoints } from './code-points.js';
import { forEachFreeText, remainingCapitalisedWords, type RemainingWord } from './reidentification.js';
import { CAPITAL_FIRST, nameParts } from './name-parts.js';
import { fold, mapPosition, nameTable, replaceNames, type NameTable } from './name-table.js';

export { remainingCapitalisedWords, type RemainingWord };

export interface AnonymizeOptions {
  /** The firm's pseudonym; "Company X" when left out. */
  firmPseudonym?: string;
  /** Names the user adds: places, a product, a town, another spelling of a person's name. `kind` defaults to "other". */
  extra?: readonly { original: string; pseudonym: string; kind?: Pseudonym['kind'] }[];
}

export interface Pseudonym {
  original: string;
  pseudonym: string;
  kind: 'firm' | 'person' | 'place' | 'other';
}

export interface AnonymizedCase {
  caseFile: CaseFile;
  pseudonyms: Pseudonym[];
  remaining: RemainingWord[];
}

export const DEFAULT_FIRM_PSEUDONYM = 'Company X';

/** Legal forms left off the end of a firm's name to find the name it is called by in text. */
const LEGAL_FORMS: ReadonlySet<string> = new Set('oy oyj ab ltd llc llp inc gmbh ag sa sas srl bv nv plc pvt co corp ххк'.split(' '));
/** Lower-case words that may stand between the capitalised words of a person's name. */
const PARTICLES: ReadonlySet<string> = new Set('van von de der den da di du del la le bin bint ibn al el dos das'.split(' '));

/** One name to replace, with the texts that count as it. */
interface Named extends Pseudonym {
  variants: string[];
  parts: string[];
  /** The id of the key person or actor it names: renamed after the pseudonym, whatever it held. */
  recordId?: string;
}

/** Pseudonymizes a case file by the rules above; the input is left as it was. */
export function anonymizeCase(c: CaseFile, options: AnonymizeOptions = {}): AnonymizedCase {
  const caseFile = structuredClone(c);
  const named = assignPseudonyms(caseFile, options);
  const table = nameTable(named);
  renameIds(caseFile, table, named);
  dropContactDetails(caseFile, table);
  const handled = rewriteTranscripts(caseFile, table);
  forEachFreeText(caseFile, (text, pointer) => (handled.has(pointer) ? undefined : replaceNames(text, table).text));
  caseFile.firm.isPseudonym = true;
  const pseudonyms = named.map(({ original, pseudonym, kind }) => ({ original, pseudonym, kind }));
  const ignore = new Set([...pseudonyms.map((p) => p.pseudonym), caseFile.firm.name].flatMap((text) => text.split(/[^\p{L}\p{M}\p{N}]+/u)));
  return { caseFile, pseudonyms, remaining: remainingCapitalisedWords(caseFile, ignore) };
}

/** Names the firm, the key people and the person actors by their pseudonyms; returns what each replaced. */
function assignPseudonyms(c: CaseFile, options: AnonymizeOptions): Named[] {
  const named: Named[] = [];
  const add = (original: string, pseudonym: string, kind: Pseudonym['kind'], more: string[], parts: string[], recordId?: string): string => {
    const clean = pseudonym.trim();
    if (clean === '') throw new ValidationError([{ pointer: '', message: `the pseudonym for "${original}" is empty; expected a text such as "Town A"` }]);
    if (original.trim() === '' || original.trim() === clean) return clean;
    named.push({ original, pseudonym: clean, kind, variants: [original, ...more], parts, ...(recordId === undefined ? {} : { recordId }) });
    return clean;
  };
  if (options.firmPseudonym !== undefined || !c.firm.isPseudonym) {
    const name = c.firm.name;
    c.firm.name = add(name, options.firmPseudonym ?? DEFAULT_FIRM_PSEUDONYM, 'firm', [withoutLegalForm(name)], []);
  }
  let keyPerson = 0;
  for (const person of c.keyPeople) {
    if (person.name !== undefined && person.name.trim() !== '')
      person.name = add(person.name, `Key person ${++keyPerson}`, 'person', [], personNameParts(person.name), person.id);
  }
  let contact = 0;
  for (const actor of c.actors)
    if (actor.kind === 'person') actor.name = add(actor.name, `Contact ${++contact}`, 'person', [], personNameParts(actor.name), actor.id);
  for (const extra of options.extra ?? []) add(extra.original, extra.pseudonym, extra.kind ?? 'other', [], []);
  return named;
}

/** "Acme Trading Oy" → "Acme Trading"; the name itself when it has no legal form at its end. */
function withoutLegalForm(name: string): string {
  const words = name.trim().split(/\s+/);
  while (LEGAL_FORMS.has((words.at(-1) ?? '').replace(/[^\p{L}]/gu, '').toLowerCase())) words.pop();
  return words.join(' ').replace(/[,.]+$/, '');
}

/** The parts of a name that looks like a person's name (capitalised words, particles allowed); none of a descriptive name. */
function personNameParts(name: string): string[] {
  const looksLikeName = name
    .trim()
    .split(/\s+/)
    .every((w) => CAPITAL_FIRST.test(w) || PARTICLES.has(w));
  return looksLikeName ? nameParts(name) : [];
}

/** Rewrites the transcripts and the spans into them; returns the pointers it has written. */
function rewriteTranscripts(c: CaseFile, table: NameTable): Set<string> {
  const handled = new Set<string>();
  c.transcripts.forEach((transcript, i) => {
    const { text, edits } = replaceNames(transcript.text, table);
    transcript.text = text;
    handled.add(`/transcripts/${i}/text`);
    if (transcript.turns !== undefined) {
      transcript.turns = transcript.turns
        .map((turn) => ({ ...turn, start: mapPosition(edits, turn.start, 'end'), end: mapPosition(edits, turn.end, 'end') }))
        .filter((turn) => turn.end > turn.start);
    }
    c.segments.forEach((segment, j) => {
      if (segment.span?.transcript !== transcript.id) return;
      segment.span = { ...segment.span, start: mapPosition(edits, segment.span.start, 'start'), end: mapPosition(edits, segment.span.end, 'end') };
      segment.quote = sliceCodePoints(text, segment.span.start, segment.span.end);
      handled.add(`/segments/${j}/quote`);
    });
  });
  return handled;
}

/**
 * Renames the people's ids after their pseudonyms ("contact-1"), as a person's id is often made of
 * the name in some spelling; renames every other id that holds a name; and rewrites every reference.
 */
function renameIds(c: CaseFile, table: NameTable, named: readonly Named[]): void {
  const { idPattern } = table;
  const people = new Map(named.flatMap((n) => (n.recordId === undefined ? [] : [[n.recordId, idWords(n.pseudonym)] as const])));
  const placed = placedRecordsOf(c);
  const taken = new Set(placed.map((p) => p.id));
  const renamed = new Map<string, string>();
  const rename = (id: string, isTaken: Set<string>) => {
    const words = people.get(id) ?? (idPattern === undefined ? id : id.replace(idPattern, (m) => table.idWordsOf.get(m.replace(/[._]/g, '-')) ?? m));
    if (words === id) return id;
    const fresh = freeId(words, isTaken);
    isTaken.add(fresh);
    return fresh;
  };
  for (const { id } of placed) {
    const fresh = rename(id, taken);
    if (fresh !== id) renamed.set(id, fresh);
  }
  if (renamed.size > 0) {
    for (const { kind, record } of placed) {
      if (record === undefined) continue;
      for (const ref of referencesOf(kind, record)) {
        const fresh = renamed.get(ref.id);
        if (fresh !== undefined) setAt(record, ref.field, fresh);
      }
      record.id = renamed.get(record.id) ?? record.id;
    }
    for (const segment of c.segments) segment.codes = segment.codes.map((code) => renamed.get(code) ?? code);
  }
  // Candidates of a partner search have ids of their own, named by the search's decisions.
  for (const search of c.partnerSearches) {
    const own = new Set(search.candidates.map((candidate) => candidate.id));
    const candidates = new Map(search.candidates.map((candidate) => [candidate.id, rename(candidate.id, own)]));
    for (const candidate of search.candidates) candidate.id = candidates.get(candidate.id) ?? candidate.id;
    for (const decision of search.decisions) decision.candidate = candidates.get(decision.candidate) ?? decision.candidate;
  }
}

function setAt(record: object, pointer: string, value: string): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() ?? '';
  let node = record as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}

/** Drops people's contact details, and any address or file name that holds a name. */
function dropContactDetails(c: CaseFile, table: NameTable): void {
  const naming = (text: string) => {
    const folded = fold(text);
    return table.folded.some((name) => folded.includes(name));
  };
  for (const actor of c.actors) {
    if (actor.kind === 'person') {
      delete actor.contact;
      delete actor.url;
      continue;
    }
    if (actor.url !== undefined && naming(actor.url)) delete actor.url;
    const contact = actor.contact;
    if (contact === undefined) continue;
    contact.emails = contact.emails.filter((email) => !naming(email));
    if (contact.profileUrl !== undefined && naming(contact.profileUrl)) delete contact.profileUrl;
  }
  for (const source of c.sources) if (source.url !== undefined && naming(source.url)) delete source.url;
  for (const transcript of c.transcripts) if (transcript.fileName !== undefined && naming(transcript.fileName)) delete transcript.fileName;
}
