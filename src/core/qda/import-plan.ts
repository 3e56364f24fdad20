/**
 * What a REFI-QDA project adds to a firm's case: codes, sources with their texts, and coded segments.
 *
 * Codes are matched before any is made: a code Foothold wrote (its GUID, case-project.ts) is that
 * code again; a code with the same name under the same parent as one of the case's codebook is
 * that one; any other becomes one of the case's own codes, with its colour and description. Each
 * text source becomes a source (of `sourceKind`) with its text stored once; a source Foothold wrote
 * for this firm whose text is already stored is not added twice, and only its new selections are.
 * A selection becomes one segment per coder who coded it, its range narrowed to leave out spaces at
 * either end (a quote never begins or ends with one), its id kept when the file carries a free,
 * valid one (Foothold writes the segment's id as the selection's name).
 */
import { placedRecordsOf, type CaseFile } from '../case-file/index.js';
import { BUILTIN_CODE_GROUPS, builtinCodeParts, isFixedBuiltinCode } from '../evidence/builtin-codes.js';
import { codebookOf } from '../evidence/codebook.js';
import { codePointLength, sliceCodePoints } from '../evidence/code-points.js';
import { parseTranscript } from '../evidence/transcript-parse.js';
import type { Code, Segment, Source, SourceKind, Transcript } from '../model/index.js';
import { freeId, ID_PATTERN, idWords } from '../../shared/ids.js';
import { codeGuid } from './case-project.js';
import { derivedGuid } from './qda-guid.js';
import type { QdaCode, QdaReading, QdaSelection, QdaSkipped } from './qda-project.js';

export interface QdaImportPlan {
  codes: Code[];
  sources: Source[];
  transcripts: Transcript[];
  segments: Segment[];
  skipped: QdaSkipped[];
}

export interface QdaImportOptions {
  fileName: string;
  /** What the text sources are: REFI-QDA does not say, so the user does (default "document"). */
  sourceKind: SourceKind;
}

/** The records a project adds to case `c`, with what could not be imported and why. */
export function planQdaImport(c: CaseFile, reading: QdaReading, options: QdaImportOptions): QdaImportPlan {
  const taken = new Set<string>([...placedRecordsOf(c).map((r) => r.id), ...BUILTIN_CODE_GROUPS]);
  const newId = (base: string) => {
    const id = freeId(base, taken);
    taken.add(id);
    return id;
  };
  const plan: QdaImportPlan = { codes: [], sources: [], transcripts: [], segments: [], skipped: [...reading.skipped] };
  const codeIds = mapCodes(c, reading.project.codes, plan, newId);
  const users = new Map(reading.project.users.map((u) => [u.guid, u.name]));
  const storedSegments = new Set(c.segments.map((s) => derivedGuid(`foothold:segment:${c.firm.id}/${s.id}`)));

  for (const source of reading.project.sources) {
    if (source.text.trim() === '') {
      plan.skipped.push({ what: `text source "${source.name}"`, reason: 'its text is empty' });
      continue;
    }
    const again = c.transcripts.find((t) => derivedGuid(`foothold:source:${c.firm.id}/${t.source}`) === source.guid && t.text === source.text);
    let transcriptId: string;
    let sourceId: string;
    if (again !== undefined) {
      transcriptId = again.id;
      sourceId = again.source;
    } else {
      sourceId = newId(`src-${idWords(source.name, 60) || 'qdpx'}`);
      transcriptId = newId(`transcript-${sourceId}`);
      plan.sources.push({
        id: sourceId,
        kind: options.sourceKind,
        title: source.name.trim() === '' ? `Untitled source from ${options.fileName}` : source.name.trim(),
        ...(source.description === undefined || source.description.trim() === '' ? {} : { description: source.description }),
      });
      plan.transcripts.push({ id: transcriptId, source: sourceId, text: source.text, ...turnsOf(source.text), format: 'qdpx', fileName: options.fileName });
    }
    for (const selection of source.selections) {
      if (storedSegments.has(selection.guid)) continue;
      for (const segment of segmentsOf(selection, source.text, { sourceId, transcriptId, codeIds, users, newId, taken }, plan.skipped, source.name)) {
        plan.segments.push(segment);
      }
    }
  }
  if (reading.project.notes.length > 0) {
    plan.skipped.push({
      what: `${reading.project.notes.length} project memo(s)`,
      reason: 'memos on the project as a whole are not imported; memos on selections are',
    });
  }
  return plan;
}

function turnsOf(text: string): { turns?: Transcript['turns'] } {
  try {
    const turns = parseTranscript(text, 'text').turns;
    return turns.length === 0 ? {} : { turns };
  } catch {
    // A text the transcript reader refuses (a stray control character) is still stored, without turns.
    return {};
  }
}

function mapCodes(c: CaseFile, tree: readonly QdaCode[], plan: QdaImportPlan, newId: (base: string) => string): Map<string, string> {
  const codebook = codebookOf(c);
  const byGuid = new Map(codebook.map((e) => [codeGuid(e.id), e.id]));
  const byName = new Map(codebook.map((e) => [`${e.parent ?? ''}|${e.name.toLowerCase()}`, e.id]));
  // A built-in code's name anywhere in the file ("Business network" at the top of another tool's
  // codebook) is that code, when no other built-in code has the name.
  const builtinNames = new Map<string, string | null>();
  for (const e of codebook.filter((x) => x.origin === 'builtin' && x.codable)) {
    const key = e.name.toLowerCase();
    builtinNames.set(key, builtinNames.has(key) ? null : e.id);
  }
  const ids = new Map<string, string>();
  const visit = (code: QdaCode, parent: string | undefined) => {
    const name = code.name.trim() === '' ? 'Unnamed code' : code.name.trim();
    let id = byGuid.get(code.guid) ?? byName.get(`${parent ?? ''}|${name.toLowerCase()}`) ?? builtinNames.get(name.toLowerCase()) ?? undefined;
    if (id === undefined) {
      id = newId(idWords(name, 60) || 'code');
      const color = code.color === undefined ? undefined : sixDigits(code.color);
      plan.codes.push({
        id,
        name,
        ...(parent === undefined ? {} : { parent: codeParent(parent) }),
        ...(color === undefined ? {} : { color }),
        ...(code.description === undefined || code.description.trim() === '' ? {} : { description: code.description }),
      });
      byName.set(`${parent ?? ''}|${name.toLowerCase()}`, id);
    }
    ids.set(code.guid, id);
    for (const child of code.children) visit(child, id);
  };
  for (const code of tree) visit(code, undefined);
  return ids;
}

/** A case's own code may sit under a fixed built-in code or its own; under a subtype, it goes to the type. */
function codeParent(parent: string): string {
  if (isFixedBuiltinCode(parent) || builtinCodeParts(parent) === undefined) return parent;
  const parts = builtinCodeParts(parent)!;
  const typed = [parts.group, parts.keys[0]].join(':');
  return isFixedBuiltinCode(typed) ? typed : parts.group;
}

function sixDigits(color: string): string | undefined {
  const hex = color.replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) return `#${hex.toLowerCase()}`;
  if (/^[0-9a-f]{3}$/i.test(hex)) return `#${[...hex.toLowerCase()].map((d) => d + d).join('')}`;
  return undefined;
}

interface SegmentContext {
  sourceId: string;
  transcriptId: string;
  codeIds: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  newId: (base: string) => string;
  taken: Set<string>;
}

function segmentsOf(selection: QdaSelection, text: string, ctx: SegmentContext, skipped: QdaSkipped[], sourceName: string): Segment[] {
  const range = narrowed(text, selection.start, selection.end);
  if (range === undefined) {
    skipped.push({ what: `selection ${selection.start}–${selection.end} in "${sourceName}"`, reason: 'it covers only spaces' });
    return [];
  }
  const byCoder = new Map<string | undefined, string[]>();
  for (const coding of selection.codings) {
    const coder = coding.userGuid ?? selection.userGuid;
    const code = ctx.codeIds.get(coding.codeGuid);
    if (code === undefined) continue;
    byCoder.set(coder, [...new Set([...(byCoder.get(coder) ?? []), code])]);
  }
  if (byCoder.size === 0) byCoder.set(selection.userGuid, []);
  const memo = [selection.description, ...selection.notes].filter((t): t is string => t !== undefined && t.trim() !== '').join('\n\n');
  const quote = sliceCodePoints(text, range.start, range.end);
  return [...byCoder.entries()].map(([coderGuid, codes], i) => {
    const named = selection.name !== undefined && ID_PATTERN.test(selection.name) && !ctx.taken.has(selection.name) && i === 0 ? selection.name : undefined;
    const id = named ?? ctx.newId(`seg-${ctx.sourceId}-${range.start}`);
    ctx.taken.add(id);
    const coder = coderGuid === undefined ? undefined : ctx.users.get(coderGuid);
    return {
      id,
      source: ctx.sourceId,
      quote,
      span: { transcript: ctx.transcriptId, start: range.start, end: range.end },
      codes,
      ...(coder === undefined || coder.trim() === '' ? {} : { coder: coder.trim().slice(0, 120) }),
      ...(memo === '' ? {} : { memo }),
    };
  });
}

/** The range without white space at either end, or undefined when nothing else is in it. */
function narrowed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const points = [...sliceCodePoints(text, start, end)];
  let from = 0;
  let to = points.length;
  while (from < to && /\s/u.test(points[from]!)) from++;
  while (to > from && /\s/u.test(points[to - 1]!)) to--;
  if (from === to || start + to > codePointLength(text)) return undefined;
  return { start: start + from, end: start + to };
}
