/**
 * Reads REFI-QDA XML: a project.qde into a QdaProject, a .qdc into a code tree. Leniently, because
 * real files differ from the standard: elements are matched by local name whatever their namespace
 * (or none), unknown elements are passed over, text sources may embed their text or name a file.
 * What Foothold cannot take is listed in `skipped` with the reason, never silently dropped and never
 * a crash: PDF, picture, audio and video sources (their selections and codings with them),
 * selections outside their text, codings of codes the codebook lacks, broken GUIDs, cases,
 * variables, sets, links and graphs.
 *
 * Decisions where the standard leaves room:
 * - A <Coding> on a text source as a whole becomes one selection over the whole text (GUID of the
 *   first such coding), so that the coding survives as a segment.
 * - Notes a selection refers to become that selection's `notes`; every other note (on the project,
 *   a whole source, a code) is kept as a project note.
 * - A user GUID that is not a GUID is dropped from the selection or coding; the coding stays.
 *
 * XML goes through the project's one safe reader (src/shared/safe-xml.ts): no DOCTYPE, so no
 * entity is ever expanded or fetched, and size, depth and element count are bounded.
 */
import { TooLargeError, ValidationError } from '../../shared/errors.js';
import { readXml, type XmlLimits } from '../../shared/safe-xml.js';
import type { QdaCode, QdaReading, QdaSkipped } from './qda-project.js';
import { SkippedList } from './qda-skipped.js';
import { QdeHandler, type QdeMode, type TextLoading } from './qde-read-handler.js';
import { resolveProject } from './qde-read-resolve.js';

export type { TextLoading } from './qde-read-handler.js';

export interface QdeReadOptions {
  /** The part of an archive the XML came from ("project.qde"), named in messages. */
  part?: string;
  /**
   * Reads the text a source or note keeps in a file (its plainTextPath, such as "internal://….txt").
   * Without it, such sources are listed as skipped: a .qde alone does not hold them.
   */
  loadText?: (path: string) => TextLoading;
  limits?: Partial<XmlLimits>;
}

export interface QdaCodebookReading {
  codes: QdaCode[];
  origin?: string;
  skipped: QdaSkipped[];
}

/** Reads a project.qde (bytes or text) into the neutral project; throws ValidationError (or TooLargeError) when it is not a readable REFI-QDA project. */
export function readProjectXml(input: Uint8Array | string, fileName: string, options: QdeReadOptions = {}): QdaReading {
  const skipped = new SkippedList();
  const handler = read(input, fileName, 'project', skipped, options);
  const loadText =
    options.loadText ??
    ((path: string) => ({ reason: `its text is in the file "${path}", which a .qde alone does not hold; import the .qdpx archive instead` }));
  const project = resolveProject(handler, skipped, loadText, projectNameFrom(fileName));
  return { project, skipped: skipped.toArray() };
}

/** Reads a .qdc codebook (or the codebook of a project.qde); throws ValidationError (or TooLargeError) when it is not readable. */
export function readCodebookXml(input: Uint8Array | string, fileName: string, options: Omit<QdeReadOptions, 'loadText'> = {}): QdaCodebookReading {
  const skipped = new SkippedList();
  const handler = read(input, fileName, 'codebook', skipped, options);
  const reading: QdaCodebookReading = { codes: handler.codes.roots, skipped: skipped.toArray() };
  if (handler.origin !== undefined) reading.origin = handler.origin;
  return reading;
}

function read(input: Uint8Array | string, fileName: string, mode: QdeMode, skipped: SkippedList, options: QdeReadOptions): QdeHandler {
  const handler = new QdeHandler(mode, skipped);
  const reading = readXml(input, handler, options.limits);
  const where = options.part === undefined ? '' : `${options.part}: `;
  if (!reading.ok) {
    if (reading.kind === 'too_large') throw new TooLargeError(`${fileName}: ${where}${reading.problems[0]?.message ?? 'too large'}`);
    throw new ValidationError(reading.problems.map((p) => ({ file: fileName, pointer: p.pointer, message: `${where}${p.message}` })));
  }
  return handler;
}

/** "Interviews 2024.qdpx" → "Interviews 2024": the project's name when the file gives none. */
function projectNameFrom(fileName: string): string {
  const base = fileName.split(/[/\\]/).at(-1) ?? fileName;
  return base.replace(/\.(qdpx|qde)$/i, '');
}
