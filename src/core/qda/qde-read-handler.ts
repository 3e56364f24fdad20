/**
 * The streaming half of the .qde/.qdc reader: sees each element as the safe XML reader meets it
 * and keeps what a project needs in raw form (GUIDs and positions as written). Nothing is checked
 * against anything else here: notes come after the sources that refer to them, so qde-read-resolve.ts
 * checks references once the whole file has been read. What it keeps has the shapes of qde-read-raw.ts.
 */
import type { XmlHandler, XmlStartTag } from '../../shared/safe-xml.js';
import type { SkippedList } from './qda-skipped.js';
import { label } from './qda-skipped.js';
import { CodeTreeBuilder } from './qde-read-codes.js';
import type { RawCoding, RawNote, RawSelection, RawSource, RawUser } from './qde-read-raw.js';

// Where qde-read.ts and qde-read-resolve.ts have always taken them from.
export type { RawCoding, RawSelection, RawSource, TextLoading } from './qde-read-raw.js';

export type QdeMode = 'project' | 'codebook';

/** What an open element stands for; `skip` is anything whose inside Foothold has no use for. */
type Frame =
  | 'project'
  | 'users'
  | 'codebook'
  | 'codes'
  | 'code'
  | 'code-description'
  | 'sources'
  | 'text-source'
  | 'source-description'
  | 'source-content'
  | 'selection'
  | 'selection-description'
  | 'coding'
  | 'notes'
  | 'note'
  | 'note-content'
  | 'unsupported'
  | 'skip';

const CAPTURING: ReadonlySet<Frame> = new Set(['code-description', 'source-description', 'source-content', 'selection-description', 'note-content']);

const OTHER_MEDIA: Readonly<Record<string, string>> = { PDFSource: 'PDF', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video' };
const UNSUPPORTED: Readonly<Record<string, string>> = { Cases: 'case', Variables: 'variable', Sets: 'set', Links: 'link', Graphs: 'graph' };

export class QdeHandler implements XmlHandler {
  readonly codes: CodeTreeBuilder;
  readonly users: RawUser[] = [];
  readonly sources: RawSource[] = [];
  readonly notes: RawNote[] = [];
  name: string | undefined;
  origin: string | undefined;
  private readonly stack: Frame[] = [];
  private capture: string[] = [];
  private source: RawSource | undefined;
  private selection: RawSelection | undefined;
  private coding: RawCoding | undefined;
  private note: RawNote | undefined;
  private unsupported = { kind: '', count: 0 };

  constructor(
    private readonly mode: QdeMode,
    private readonly skipped: SkippedList,
  ) {
    this.codes = new CodeTreeBuilder(skipped);
  }

  open(tag: XmlStartTag): string | void {
    const parent = this.stack.at(-1);
    if (parent === undefined) return this.openRoot(tag);
    const frame = this.frameOf(parent, tag);
    this.stack.push(frame);
    if (CAPTURING.has(frame)) this.capture = [];
  }

  text(text: string): void {
    const frame = this.stack.at(-1);
    if (frame !== undefined && CAPTURING.has(frame)) this.capture.push(text);
  }

  close(): void {
    const frame = this.stack.pop();
    const captured = frame !== undefined && CAPTURING.has(frame) ? this.capture.join('') : '';
    switch (frame) {
      case 'code':
        return this.codes.closeCode();
      case 'code-description':
        return this.codes.describe(captured);
      case 'source-description':
        if (this.source !== undefined) this.source.description = captured;
        return;
      case 'source-content':
        if (this.source !== undefined) this.source.content = captured;
        return;
      case 'selection-description':
        if (this.selection !== undefined) this.selection.description = captured;
        return;
      case 'note-content':
        if (this.note !== undefined) this.note.content = captured;
        return;
      case 'text-source':
        this.source = undefined;
        return;
      case 'selection':
        this.selection = undefined;
        return;
      case 'coding':
        this.coding = undefined;
        return;
      case 'note':
        this.note = undefined;
        return;
      case 'unsupported': {
        const { kind, count } = this.unsupported;
        if (count > 0) {
          this.skipped.add(
            `${count.toLocaleString('en')} ${kind}${count === 1 ? '' : 's'}`,
            `Foothold imports codes, text sources, selections, codings and notes; REFI-QDA ${kind}s are not imported`,
          );
        }
      }
    }
  }

  private openRoot(tag: XmlStartTag): string | void {
    if (tag.name === 'Project' || (tag.name === 'CodeBook' && this.mode === 'codebook')) {
      this.stack.push(tag.name === 'Project' ? 'project' : 'codebook');
      this.name = tag.attributes.get('name');
      this.origin = tag.attributes.get('origin');
      return;
    }
    if (tag.name === 'CodeBook') {
      return `line ${tag.line}: the root element is <CodeBook>, so this is a REFI-QDA codebook (.qdc), not a project; import it as a codebook`;
    }
    const expected =
      this.mode === 'project' ? '<Project> (a REFI-QDA project, urn:QDA-XML:project:1.0)' : '<CodeBook> (a REFI-QDA codebook, urn:QDA-XML:codebook:1.0)';
    return `line ${tag.line}: expected ${expected} as the root element; found <${tag.name}>`;
  }

  private frameOf(parent: Frame, tag: XmlStartTag): Frame {
    const name = tag.name;
    switch (parent) {
      case 'project':
        if (name === 'CodeBook') return 'codebook';
        if (this.mode === 'codebook') return 'skip';
        if (name === 'Users') return 'users';
        if (name === 'Sources') return 'sources';
        if (name === 'Notes') return 'notes';
        return this.openUnsupported(name);
      case 'codebook':
        if (name === 'Codes') return 'codes';
        return this.openUnsupported(name);
      case 'users':
        if (name === 'User') this.openUser(tag);
        return 'skip';
      case 'codes':
      case 'code':
        if (name === 'Code') {
          this.codes.openCode(tag, parent === 'code');
          return 'code';
        }
        return parent === 'code' && name === 'Description' ? 'code-description' : 'skip';
      case 'sources':
        return this.openSource(tag);
      case 'text-source':
        return this.inTextSource(tag);
      case 'selection':
        if (name === 'Description') return 'selection-description';
        if (name === 'Coding') return this.openCoding(tag, this.selection?.codings);
        if (name === 'NoteRef') this.selection?.noteRefs.push(tag.attributes.get('targetGUID') ?? '');
        return 'skip';
      case 'coding':
        if (name === 'CodeRef' && this.coding !== undefined) this.coding.codeRef ??= tag.attributes.get('targetGUID');
        return 'skip';
      case 'notes':
        if (name !== 'Note') return 'skip';
        this.note = {
          guid: tag.attributes.get('guid') ?? '',
          name: tag.attributes.get('name'),
          content: undefined,
          path: tag.attributes.get('plainTextPath'),
          line: tag.line,
        };
        this.notes.push(this.note);
        return 'note';
      case 'note':
        return name === 'PlainTextContent' ? 'note-content' : 'skip';
      case 'unsupported':
        this.unsupported.count++;
        return 'skip';
      default:
        return 'skip';
    }
  }

  private openUnsupported(name: string): Frame {
    const kind = UNSUPPORTED[name];
    if (kind === undefined) return 'skip';
    this.unsupported = { kind, count: 0 };
    return 'unsupported';
  }

  private openUser(tag: XmlStartTag): void {
    const name = tag.attributes.get('name') ?? tag.attributes.get('id') ?? '';
    this.users.push({ guid: tag.attributes.get('guid') ?? '', name, line: tag.line });
  }

  private openSource(tag: XmlStartTag): Frame {
    const media = OTHER_MEDIA[tag.name];
    if (media !== undefined) {
      const name = label(tag.attributes.get('name'), tag.attributes.get('guid'));
      this.skipped.add(`${media} source ${name}`, `Foothold codes text sources only; ${media} sources are not imported`);
      return 'skip';
    }
    if (tag.name !== 'TextSource') return 'skip';
    const attributes = tag.attributes;
    this.source = {
      guid: attributes.get('guid') ?? '',
      name: attributes.get('name'),
      description: undefined,
      content: undefined,
      path: attributes.get('plainTextPath'),
      richTextPath: attributes.get('richTextPath'),
      selections: [],
      wholeCodings: [],
      line: tag.line,
    };
    this.sources.push(this.source);
    return 'text-source';
  }

  private inTextSource(tag: XmlStartTag): Frame {
    switch (tag.name) {
      case 'Description':
        return 'source-description';
      case 'PlainTextContent':
        return 'source-content';
      case 'PlainTextSelection': {
        const attributes = tag.attributes;
        this.selection = {
          guid: attributes.get('guid') ?? '',
          name: attributes.get('name'),
          start: attributes.get('startPosition'),
          end: attributes.get('endPosition'),
          user: attributes.get('creatingUser'),
          description: undefined,
          noteRefs: [],
          codings: [],
          line: tag.line,
        };
        this.source?.selections.push(this.selection);
        return 'selection';
      }
      case 'Coding':
        return this.openCoding(tag, this.source?.wholeCodings);
      default:
        return 'skip';
    }
  }

  private openCoding(tag: XmlStartTag, into: RawCoding[] | undefined): Frame {
    this.coding = { guid: tag.attributes.get('guid'), codeRef: undefined, user: tag.attributes.get('creatingUser'), line: tag.line };
    into?.push(this.coding);
    return 'coding';
  }
}
