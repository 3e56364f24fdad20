/**
 * Writes a project as REFI-QDA's project.qde and a codebook as a .qdc, strictly: elements in the
 * order the schemas' sequences demand, every value escaped, and nothing written that would not
 * validate (qde-write-check.ts refuses it first, with a ValidationError listing every problem).
 * Characters XML 1.0 cannot carry are dropped from names, descriptions and notes, where they can
 * mean nothing to a reader, and refused in a source's embedded text, where dropping one would
 * shift every selection after it. Pure: values in, text out; the time of writing comes in.
 */
import { ValidationError } from '../../shared/errors.js';
import { derivedGuid, normaliseGuid } from './qda-guid.js';
import type { QdaCode, QdaProject, QdaSelection, QdaTextSource } from './qda-project.js';
import { codebookProblems, projectProblems } from './qde-write-check.js';
import { XmlWriter } from './qde-xml-text.js';

export const QDA_PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const QDA_CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export interface ProjectWriteOptions {
  /** When the file is written, as an ISO 8601 date and time (the project's creationDateTime). */
  now: string;
  /** The plainTextPath of a source whose text is stored beside the .qde ("internal://<guid>.txt"), or undefined to embed the text. */
  sourcePath: (source: QdaTextSource) => string | undefined;
}

export interface CodebookWriteOptions {
  /** The application that wrote the codebook, such as "Foothold 0.1.0". */
  origin: string;
}

/** A GUID the checks have already accepted, in Foothold's form. */
const guid = (value: string): string => normaliseGuid(value) ?? value;

/** The project.qde of a project: valid against REFI-QDA's Project schema (throws ValidationError when it could not be). */
export function writeProjectXml(project: QdaProject, options: ProjectWriteOptions): string {
  const paths = new Map(project.sources.map((source) => [source, options.sourcePath(source)]));
  const problems = projectProblems(project, options.now, (source) => paths.get(source) === undefined);
  if (problems.length > 0) throw new ValidationError(problems);

  const xml = new XmlWriter();
  xml.open('Project', [
    ['xmlns', QDA_PROJECT_NAMESPACE],
    ['name', project.name],
    ['origin', project.origin],
    ['creationDateTime', options.now],
  ]);
  if (project.users.length > 0) {
    xml.open('Users');
    for (const user of project.users)
      xml.empty('User', [
        ['guid', guid(user.guid)],
        ['name', user.name],
      ]);
    xml.close('Users');
  }
  if (project.codes.length > 0) writeCodeBook(xml, project.codes);
  if (project.sources.length > 0) {
    xml.open('Sources');
    for (const source of project.sources) writeTextSource(xml, source, paths.get(source));
    xml.close('Sources');
  }
  const selectionNotes = project.sources.flatMap((source) =>
    source.selections.flatMap((selection) => selectionNoteGuids(selection).map((g, i) => [g, selection.notes[i] ?? ''] as const)),
  );
  if (project.notes.length + selectionNotes.length > 0) {
    xml.open('Notes');
    for (const note of project.notes) writeNote(xml, guid(note.guid), note.name, note.text);
    for (const [noteGuid, text] of selectionNotes) writeNote(xml, noteGuid, undefined, text);
    xml.close('Notes');
  }
  // Notes on no selection are the project's own memos: REFI-QDA ties those to the project itself.
  for (const note of project.notes) xml.empty('NoteRef', [['targetGUID', guid(note.guid)]]);
  xml.close('Project');
  return xml.toString();
}

/** A codebook as a .qdc file: valid against REFI-QDA's Codebook schema (throws ValidationError when it could not be). */
export function writeCodebookXml(codes: readonly QdaCode[], options: CodebookWriteOptions): string {
  const problems = codebookProblems(codes);
  if (problems.length > 0) throw new ValidationError(problems);
  const xml = new XmlWriter();
  xml.open('CodeBook', [
    ['xmlns', QDA_CODEBOOK_NAMESPACE],
    ['origin', options.origin],
  ]);
  xml.open('Codes');
  writeCodes(xml, codes);
  xml.close('Codes');
  xml.close('CodeBook');
  return xml.toString();
}

function writeCodeBook(xml: XmlWriter, codes: readonly QdaCode[]): void {
  xml.open('CodeBook');
  xml.open('Codes');
  writeCodes(xml, codes);
  xml.close('Codes');
  xml.close('CodeBook');
}

/** Codes as both schemas define them: Description first, then the sub-codes. */
function writeCodes(xml: XmlWriter, codes: readonly QdaCode[]): void {
  for (const code of codes) {
    const attributes = [
      ['guid', guid(code.guid)],
      ['name', code.name],
      ['isCodable', String(code.codable)],
      ['color', code.color],
    ] as const;
    if (code.description === undefined && code.children.length === 0) {
      xml.empty('Code', attributes);
      continue;
    }
    xml.open('Code', attributes);
    if (code.description !== undefined) xml.textElement('Description', code.description);
    writeCodes(xml, code.children);
    xml.close('Code');
  }
}

function writeTextSource(xml: XmlWriter, source: QdaTextSource, path: string | undefined): void {
  xml.open('TextSource', [
    ['guid', guid(source.guid)],
    ['name', source.name],
    ['plainTextPath', path],
  ]);
  if (source.description !== undefined) xml.textElement('Description', source.description);
  if (path === undefined) xml.textElement('PlainTextContent', source.text);
  for (const selection of source.selections) writeSelection(xml, selection);
  xml.close('TextSource');
}

function writeSelection(xml: XmlWriter, selection: QdaSelection): void {
  const attributes = [
    ['guid', guid(selection.guid)],
    ['name', selection.name],
    ['startPosition', String(selection.start)],
    ['endPosition', String(selection.end)],
    ['creatingUser', selection.userGuid === undefined ? undefined : guid(selection.userGuid)],
  ] as const;
  if (selection.description === undefined && selection.codings.length === 0 && selection.notes.length === 0) {
    xml.empty('PlainTextSelection', attributes);
    return;
  }
  xml.open('PlainTextSelection', attributes);
  if (selection.description !== undefined) xml.textElement('Description', selection.description);
  selection.codings.forEach((coding, i) => {
    xml.open('Coding', [
      ['guid', derivedGuid(`${guid(selection.guid)} coding ${i}`)],
      ['creatingUser', coding.userGuid === undefined ? undefined : guid(coding.userGuid)],
    ]);
    xml.empty('CodeRef', [['targetGUID', guid(coding.codeGuid)]]);
    xml.close('Coding');
  });
  for (const noteGuid of selectionNoteGuids(selection)) xml.empty('NoteRef', [['targetGUID', noteGuid]]);
  xml.close('PlainTextSelection');
}

/** The GUIDs of the notes written for a selection's memos: the same on every export of the same selection. */
function selectionNoteGuids(selection: QdaSelection): string[] {
  return selection.notes.map((_, i) => derivedGuid(`${guid(selection.guid)} note ${i}`));
}

function writeNote(xml: XmlWriter, noteGuid: string, name: string | undefined, text: string): void {
  xml.open('Note', [
    ['guid', noteGuid],
    ['name', name],
  ]);
  xml.textElement('PlainTextContent', text);
  xml.close('Note');
}
