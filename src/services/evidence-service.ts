/**
 * Use cases on a case's evidence: bringing a transcript in, the codebook, the framework matrix,
 * agreement between two coders, and a pseudonymized copy of a case. Reads go through the store's
 * whole-case read; the one write (a transcript) goes through record-service, so it is checked
 * against the case like any record.
 */
import { basename } from 'node:path';
import { placedRecordsOf } from '../core/case-file/index.js';
import { anonymizeCase, type AnonymizeOptions, type AnonymizedCase } from '../core/evidence/anonymize.js';
import { codesFromCitations } from '../core/evidence/cited-codes.js';
import { codeLexiconSchema, suggestCodes, type CodeLexicon, type CodeSuggestion } from '../core/evidence/code-suggestions.js';
import { codebookOf, type CodebookEntry } from '../core/evidence/codebook.js';
import { codePointLength, sliceCodePoints } from '../core/evidence/code-points.js';
import { frameworkMatrix, type FrameworkMatrix } from '../core/evidence/framework-matrix.js';
import { coderAgreement, paragraphUnits, type CoderAgreement, type TextUnit } from '../core/evidence/kappa.js';
import type { TranscriptFileFormat } from '../core/evidence/transcript-parse.js';
import type { Transcript } from '../core/model/index.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { freeId, idWords } from '../shared/ids.js';
import type { CaseStore } from '../store/types.js';
import { loadCases } from './analysis-service.js';
import { exportCase } from './case-service.js';
import { createRecord } from './record-service.js';
import { readReferenceFile } from './reference-file.js';
import { readTranscriptFile, TRANSCRIPT_FILE_MAX_BYTES } from './transcript-read.js';
import { readInputBytes } from './user-files.js';

export interface TranscriptImport {
  transcript: Transcript;
  /** Length of the text in code points. */
  length: number;
}

/**
 * Reads a transcript file (text, Markdown, .docx, WebVTT, SRT) and stores it as the text of one
 * source of the firm. Refused, with nothing written, when the file cannot be read, the source does
 * not exist, or the source has a text already.
 */
export async function importTranscript(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  file: string,
  options: { source: string; format?: TranscriptFileFormat; id?: string },
): Promise<TranscriptImport> {
  const read = await readInputBytes(file, TRANSCRIPT_FILE_MAX_BYTES, 'a transcript file');
  if (!read.ok) throw new ValidationError(read.problems);
  return storeTranscript(store, workspaceId, firmId, read.bytes, basename(file), options);
}

/** The same from bytes already in hand (an upload over HTTP), named by `fileName`. */
export async function storeTranscript(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  bytes: Uint8Array,
  fileName: string,
  options: { source: string; format?: TranscriptFileFormat; id?: string },
): Promise<TranscriptImport> {
  const parsed = await readTranscriptFile(bytes, fileName, options.format);
  const caseFile = await exportCase(store, workspaceId, firmId);
  const taken = new Set(placedRecordsOf(caseFile).map((r) => r.id));
  const id = options.id ?? freeId(`transcript-${idWords(options.source, 60) || 'source'}`, taken);
  const body = { id, source: options.source, text: parsed.text, turns: parsed.turns, format: parsed.format, fileName };
  const { record } = await createRecord(store, workspaceId, firmId, 'transcripts', body);
  return { transcript: record, length: codePointLength(record.text) };
}

/** The codebook of a firm's case: built-in codes, its own, and free codes, with their uses. */
export async function firmCodebook(store: CaseStore, workspaceId: string, firmId: string): Promise<CodebookEntry[]> {
  return codebookOf(await exportCase(store, workspaceId, firmId));
}

/** The framework matrix of one or more firms (firm × code, and challenge × network type per firm). */
export async function firmsMatrix(store: CaseStore, workspaceId: string, firmIds: readonly string[]): Promise<FrameworkMatrix> {
  return frameworkMatrix(await loadCases(store, workspaceId, firmIds));
}

export interface SourceAgreement extends CoderAgreement {
  source: string;
  transcript: string;
  coders: [string, string];
  /** What the units are: the transcript's speaker turns, or its paragraphs when it has none. */
  unitKind: 'turns' | 'paragraphs';
  /** The text of each unit a disagreement names, by unit index. */
  unitTexts: Record<number, string>;
  /** Names of the codes, by id. */
  codeNames: Record<string, string>;
}

/**
 * Cohen's kappa between two coders on one source's transcript, per code and pooled, with the
 * units where they differ. The coders are those named, or the source's two when it has exactly two.
 */
export async function sourceAgreement(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  sourceId: string,
  coders?: readonly [string, string],
): Promise<SourceAgreement> {
  const c = await exportCase(store, workspaceId, firmId);
  const transcript = c.transcripts.find((t) => t.source === sourceId);
  if (transcript === undefined) {
    const exists = c.sources.some((s) => s.id === sourceId);
    throw new ValidationError([
      {
        pointer: '/source',
        message: exists
          ? `source "${sourceId}" has no transcript; import one with foothold transcript import FILE --firm ${firmId} --source ${sourceId}`
          : `firm "${firmId}" has no source "${sourceId}"`,
      },
    ]);
  }
  const coded = c.segments.filter((s) => s.span?.transcript === transcript.id && s.coder !== undefined);
  const present = [...new Set(coded.map((s) => s.coder!))].sort();
  const pair = coders ?? (present.length === 2 ? ([present[0]!, present[1]!] as [string, string]) : undefined);
  if (pair === undefined || pair[0] === pair[1]) {
    const found = present.length === 0 ? 'no segment of it names a coder' : `its coders are ${present.map((p) => `"${p}"`).join(', ')}`;
    throw new ValidationError([{ pointer: '/coders', message: `expected two different coders of source "${sourceId}"; ${found}` }]);
  }
  const rangesOf = (coder: string) => coded.filter((s) => s.coder === coder).map((s) => ({ start: s.span!.start, end: s.span!.end, codes: s.codes }));
  const units: TextUnit[] = transcript.turns !== undefined && transcript.turns.length > 0 ? transcript.turns : paragraphUnits(transcript.text);
  const agreement = coderAgreement(units, rangesOf(pair[0]), rangesOf(pair[1]));
  const unitTexts: Record<number, string> = {};
  for (const d of agreement.disagreements) unitTexts[d.unit] ??= sliceCodePoints(transcript.text, d.start, d.end);
  const names = new Map(codebookOf(c).map((e) => [e.id, e.name]));
  const codeNames: Record<string, string> = {};
  for (const figure of agreement.perCode) codeNames[figure.code] = names.get(figure.code) ?? figure.code;
  return {
    ...agreement,
    source: sourceId,
    transcript: transcript.id,
    coders: [pair[0], pair[1]],
    unitKind: transcript.turns !== undefined && transcript.turns.length > 0 ? 'turns' : 'paragraphs',
    unitTexts,
    codeNames,
  };
}

let lexicon: CodeLexicon | undefined;

/**
 * Codes to suggest for a passage of a transcript, or for a stored segment (which adds the codes the
 * records citing it imply and leaves out those it has), each with why. Suggestions only: nothing is applied.
 */
export async function codeSuggestions(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  passage: { transcript: string; start: number; end: number } | { segment: string },
): Promise<CodeSuggestion[]> {
  const c = await exportCase(store, workspaceId, firmId);
  lexicon ??= readReferenceFile('lexicon/code-keywords.json', codeLexiconSchema);
  const codebook = codebookOf(c);
  if ('segment' in passage) {
    const segment = c.segments.find((s) => s.id === passage.segment);
    if (segment === undefined) throw new NotFoundError('evidence segment', passage.segment);
    return suggestCodes(segment.quote, lexicon, codebook, codesFromCitations(c).get(segment.id) ?? [], segment.codes);
  }
  const transcript = c.transcripts.find((t) => t.id === passage.transcript);
  if (transcript === undefined) throw new NotFoundError('transcript', passage.transcript);
  if (passage.end <= passage.start) throw new ValidationError([{ pointer: '/end', message: `expected end after start, got ${passage.start}–${passage.end}` }]);
  return suggestCodes(sliceCodePoints(transcript.text, passage.start, passage.end), lexicon, codebook);
}

/** A pseudonymized copy of a firm's case, with the names replaced and the words left to review. */
export async function anonymizedFirm(store: CaseStore, workspaceId: string, firmId: string, options: AnonymizeOptions = {}): Promise<AnonymizedCase> {
  return anonymizeCase(await exportCase(store, workspaceId, firmId), options);
}
