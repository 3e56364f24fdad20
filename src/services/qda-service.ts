/**
 * REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder: a project (.qdpx) of one or more firms
 * out, a project into one firm's case (one transaction: all of it lands or none), and the codebook
 * alone (.qdc) out. The mapping is pure (core/qda/case-project.ts, import-plan.ts); this reads the
 * store and the file and writes.
 */
import { basename } from 'node:path';
import { validateCaseValue, type CaseFile } from '../core/case-file/index.js';
import { projectOfCases } from '../core/qda/case-project.js';
import { planQdaImport } from '../core/qda/import-plan.js';
import type { QdaSkipped } from '../core/qda/qda-project.js';
import { writeCodebookXml } from '../core/qda/qde-write.js';
import { DEFAULT_ZIP_LIMITS } from '../core/qda/qdpx-zip.js';
import { readQdpx, writeQdpx } from '../core/qda/qdpx.js';
import type { SourceKind } from '../core/model/index.js';
import { ValidationError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import type { CaseStore } from '../store/types.js';
import { loadCases } from './analysis-service.js';
import { exportCase } from './case-service.js';
import { readInputBytes } from './user-files.js';

const ORIGIN = `Foothold ${VERSION}`;

export interface QdpxExport {
  bytes: Uint8Array;
  codes: number;
  sources: number;
  segments: number;
  /** Segments not in the file, per firm: quotes with a location but no place in a stored text. */
  left: { firm: string; segments: number }[];
}

/** The cases of the firms named, or of every firm of the workspace when none is. */
async function casesOf(store: CaseStore, workspaceId: string, firmIds: readonly string[]): Promise<CaseFile[]> {
  const ids = firmIds.length > 0 ? firmIds : (await store.listFirms(workspaceId)).map((f) => f.id);
  return ids.length === 0 ? [] : loadCases(store, workspaceId, ids);
}

function countCodes(codes: readonly { children: readonly unknown[] }[]): number {
  return codes.reduce((n, code) => n + 1 + countCodes(code.children as { children: readonly unknown[] }[]), 0);
}

/** A .qdpx of the firms' codebook, stored texts and coded segments (every firm of the workspace when none is named). */
export async function exportQdpx(store: CaseStore, workspaceId: string, firmIds: readonly string[], now: Date): Promise<QdpxExport> {
  const cases = await casesOf(store, workspaceId, firmIds);
  const name = cases.map((c) => c.firm.name).join(', ') || 'Foothold project';
  const { project, left } = projectOfCases(cases, name, ORIGIN);
  const bytes = writeQdpx(project, { now: now.toISOString() });
  return {
    bytes,
    codes: countCodes(project.codes),
    sources: project.sources.length,
    segments: project.sources.reduce((n, s) => n + s.selections.length, 0),
    left,
  };
}

/** The codebook of the firms (every firm of the workspace when none is named) as a .qdc document. */
export async function exportQdc(store: CaseStore, workspaceId: string, firmIds: readonly string[]): Promise<{ xml: string; codes: number }> {
  const cases = await casesOf(store, workspaceId, firmIds);
  const { project } = projectOfCases(cases, 'codebook', ORIGIN);
  return { xml: writeCodebookXml(project.codes, { origin: ORIGIN }), codes: countCodes(project.codes) };
}

export interface QdpxImport {
  codes: number;
  sources: number;
  segments: number;
  skipped: QdaSkipped[];
}

/** Reads a .qdpx file from disk and imports it into a firm's case. */
export async function importQdpxFile(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  file: string,
  options: { sourceKind?: SourceKind } = {},
): Promise<QdpxImport> {
  const read = await readInputBytes(file, DEFAULT_ZIP_LIMITS.maxTotalBytes, 'a .qdpx file');
  if (!read.ok) throw new ValidationError(read.problems);
  return importQdpx(store, workspaceId, firmId, read.bytes, basename(file), options);
}

/**
 * Imports a .qdpx into a firm's case: codes, text sources with their texts, selections as coded
 * segments. PDF, picture, audio and video sources and anything else not imported are listed in
 * `skipped` with the reason. Checked as a whole case before anything is written.
 */
export async function importQdpx(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  bytes: Uint8Array,
  fileName: string,
  options: { sourceKind?: SourceKind } = {},
): Promise<QdpxImport> {
  const reading = readQdpx(bytes, fileName);
  return store.writeCase(workspaceId, firmId, async (tx) => {
    const c = await exportCase(tx, workspaceId, firmId);
    const plan = planQdaImport(c, reading, { fileName, sourceKind: options.sourceKind ?? 'document' });
    const whole = validateCaseValue({
      ...c,
      codes: [...c.codes, ...plan.codes],
      sources: [...c.sources, ...plan.sources],
      transcripts: [...c.transcripts, ...plan.transcripts],
      segments: [...c.segments, ...plan.segments],
    });
    if (!whole.ok) throw new ValidationError(whole.problems.map((p) => ({ ...p, file: fileName })));
    if (plan.codes.length > 0) await tx.insertRecords(workspaceId, firmId, 'codes', plan.codes);
    if (plan.sources.length > 0) await tx.insertRecords(workspaceId, firmId, 'sources', plan.sources);
    if (plan.transcripts.length > 0) await tx.insertRecords(workspaceId, firmId, 'transcripts', plan.transcripts);
    if (plan.segments.length > 0) await tx.insertRecords(workspaceId, firmId, 'segments', plan.segments);
    return { codes: plan.codes.length, sources: plan.sources.length, segments: plan.segments.length, skipped: plan.skipped };
  });
}
