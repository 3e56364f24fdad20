/**
 * The second half of the .qde reader: once the whole file is read, checks every reference against
 * what the file holds (notes come after the selections that refer to them) and turns the raw
 * elements into the neutral project. Whatever cannot be used is listed with the reason.
 */
import { codePointLength } from '../evidence/code-points.js';
import { derivedGuid, normaliseGuid } from './qda-guid.js';
import type { QdaCoding, QdaNote, QdaProject, QdaSelection, QdaTextSource, QdaUser } from './qda-project.js';
import { label, type SkippedList } from './qda-skipped.js';
import type { QdeHandler, RawCoding, RawSelection, RawSource, TextLoading } from './qde-read-handler.js';

const INTEGER = /^\s*[+-]?\d{1,16}\s*$/;

class Resolver {
  private readonly notes = new Map<string, { note: QdaNote; attached: boolean }>();
  /** Notes that could not be read: references to them are dropped without a second message. */
  private readonly unreadNotes = new Set<string>();
  private readonly selectionGuids = new Set<string>();

  constructor(
    private readonly handler: QdeHandler,
    private readonly skipped: SkippedList,
    private readonly loadText: (path: string) => TextLoading,
  ) {}

  users(): QdaUser[] {
    const users: QdaUser[] = [];
    const seen = new Set<string>();
    for (const raw of this.handler.users) {
      const guid = normaliseGuid(raw.guid);
      if (guid === undefined || seen.has(guid)) {
        this.skipped.add(
          `user ${label(raw.name, raw.guid)} (line ${raw.line})`,
          guid === undefined ? `its guid "${raw.guid}" is not a GUID` : `its GUID ${guid} is the same as an earlier user's`,
        );
        continue;
      }
      seen.add(guid);
      users.push({ guid, name: raw.name });
    }
    return users;
  }

  readNotes(): void {
    for (const raw of this.handler.notes) {
      const what = `note ${label(raw.name, raw.guid)} (line ${raw.line})`;
      const guid = normaliseGuid(raw.guid);
      if (guid === undefined || this.notes.has(guid)) {
        this.skipped.add(what, guid === undefined ? `its guid "${raw.guid}" is not a GUID` : `its GUID ${guid} is the same as an earlier note's`);
        continue;
      }
      const text = this.textOf(raw.content, raw.path);
      if ('reason' in text) {
        this.unreadNotes.add(guid);
        this.skipped.add(what, text.reason);
        continue;
      }
      const note: QdaNote = { guid, text: text.text };
      if (raw.name !== undefined) note.name = raw.name;
      this.notes.set(guid, { note, attached: false });
    }
  }

  /** Notes no selection took: the project's own. */
  projectNotes(): QdaNote[] {
    return [...this.notes.values()].filter((entry) => !entry.attached).map((entry) => entry.note);
  }

  sources(): QdaTextSource[] {
    const sources: QdaTextSource[] = [];
    const seen = new Set<string>();
    for (const raw of this.handler.sources) {
      const what = `text source ${label(raw.name, raw.guid)} (line ${raw.line})`;
      const guid = normaliseGuid(raw.guid);
      if (guid === undefined || seen.has(guid)) {
        this.skipped.add(what, guid === undefined ? `its guid "${raw.guid}" is not a GUID` : `its GUID ${guid} is the same as an earlier source's`);
        continue;
      }
      const text =
        raw.content === undefined && raw.path === undefined && raw.richTextPath !== undefined
          ? { reason: `its text is only rich text ("${raw.richTextPath}"); Foothold reads plain text (plainTextPath or PlainTextContent)` }
          : this.textOf(raw.content, raw.path);
      if ('reason' in text) {
        this.skipped.add(what, text.reason);
        continue;
      }
      seen.add(guid);
      const source: QdaTextSource = { guid, name: raw.name ?? '', text: text.text, selections: [] };
      if (raw.description !== undefined) source.description = raw.description;
      this.selections(raw, source);
      sources.push(source);
    }
    return sources;
  }

  /** The source's selections, and its whole-source codings as one selection over all of its text. */
  private selections(raw: RawSource, source: QdaTextSource): void {
    const length = codePointLength(source.text);
    const where = `in source ${label(source.name, source.guid)}`;
    for (const selection of raw.selections) {
      const read = this.selection(selection, length, where);
      if (read !== undefined) source.selections.push(read);
    }
    if (raw.wholeCodings.length === 0) return;
    const codings = this.codings(raw.wholeCodings, `the whole of source ${label(source.name, source.guid)}`);
    if (codings.length === 0) return;
    const first = normaliseGuid(raw.wholeCodings[0]?.guid ?? '');
    const guid = first !== undefined && !this.selectionGuids.has(first) ? first : derivedGuid(`${source.guid} whole source`);
    this.selectionGuids.add(guid);
    source.selections.push({ guid, start: 0, end: length, notes: [], codings });
  }

  private selection(raw: RawSelection, length: number, where: string): QdaSelection | undefined {
    const subject = `selection ${label(raw.name, raw.guid)} ${where}`;
    const what = `${subject} (line ${raw.line})`;
    const guid = normaliseGuid(raw.guid);
    if (guid === undefined || this.selectionGuids.has(guid)) {
      this.skipped.add(what, guid === undefined ? `its guid "${raw.guid}" is not a GUID` : `its GUID ${guid} is the same as an earlier selection's`);
      return undefined;
    }
    const start = position(raw.start);
    const end = position(raw.end);
    if (start === undefined || end === undefined) {
      this.skipped.add(what, `its startPosition "${raw.start ?? ''}" and endPosition "${raw.end ?? ''}" are not both whole numbers`);
      return undefined;
    }
    if (end < start) {
      this.skipped.add(what, `its range ${start}–${end} ends before it starts`);
      return undefined;
    }
    if (start < 0 || end > length) {
      this.skipped.add(what, `its range ${start}–${end} is outside the text, which has ${length} characters (positions 0–${length})`);
      return undefined;
    }
    this.selectionGuids.add(guid);
    const selection: QdaSelection = { guid, start, end, notes: this.attachNotes(raw.noteRefs, what), codings: this.codings(raw.codings, subject) };
    if (raw.name !== undefined) selection.name = raw.name;
    const user = raw.user === undefined ? undefined : normaliseGuid(raw.user);
    if (user !== undefined) selection.userGuid = user;
    if (raw.description !== undefined) selection.description = raw.description;
    return selection;
  }

  private codings(raw: readonly RawCoding[], of: string): QdaCoding[] {
    const codings: QdaCoding[] = [];
    const seen = new Set<string>();
    for (const coding of raw) {
      const what = `a coding of ${of} (line ${coding.line})`;
      if (coding.codeRef === undefined) {
        this.skipped.add(what, 'it has no <CodeRef targetGUID="…"> naming its code');
        continue;
      }
      const codeGuid = normaliseGuid(coding.codeRef);
      if (codeGuid === undefined || !this.handler.codes.guids.has(codeGuid)) {
        this.skipped.add(what, `it refers to code ${coding.codeRef}, which is not among the codebook's imported codes`);
        continue;
      }
      const user = coding.user === undefined ? undefined : normaliseGuid(coding.user);
      // The same code by the same coder twice on one selection says nothing more.
      const key = `${codeGuid} ${user ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      codings.push(user === undefined ? { codeGuid } : { codeGuid, userGuid: user });
    }
    return codings;
  }

  private attachNotes(refs: readonly string[], what: string): string[] {
    const texts: string[] = [];
    for (const ref of refs) {
      const guid = normaliseGuid(ref);
      const entry = guid === undefined ? undefined : this.notes.get(guid);
      if (entry !== undefined) {
        entry.attached = true;
        texts.push(entry.note.text);
      } else if (guid === undefined || !this.unreadNotes.has(guid)) {
        this.skipped.add(`a note of ${what}`, `it refers to note "${ref}", which the file does not hold`);
      }
    }
    return texts;
  }

  private textOf(content: string | undefined, path: string | undefined): TextLoading {
    if (content !== undefined) return { text: content };
    if (path !== undefined && path.trim() !== '') return this.loadText(path.trim());
    return { reason: 'it has neither a PlainTextContent element nor a plainTextPath attribute, so it has no text' };
  }
}

/** An xsd:integer position, or undefined when the attribute is missing or not a whole number. */
function position(value: string | undefined): number | undefined {
  if (value === undefined || !INTEGER.test(value)) return undefined;
  const n = Number(value.trim());
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The neutral project from what the handler kept, checking each reference. */
export function resolveProject(handler: QdeHandler, skipped: SkippedList, loadText: (path: string) => TextLoading, fallbackName: string): QdaProject {
  const resolver = new Resolver(handler, skipped, loadText);
  const users = resolver.users();
  resolver.readNotes();
  const sources = resolver.sources();
  const project: QdaProject = { name: handler.name ?? fallbackName, users, codes: handler.codes.roots, sources, notes: resolver.projectNotes() };
  if (handler.origin !== undefined) project.origin = handler.origin;
  return project;
}
