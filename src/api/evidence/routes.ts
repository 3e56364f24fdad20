/**
 * The researcher's routes: a transcript file into a source, the codebook, the framework matrix,
 * agreement between two coders, a pseudonymized copy of a case, and REFI-QDA projects in and out.
 * Segments, codes and transcripts themselves are records (records/routes.ts).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { TRANSCRIPT_FILE_FORMATS, type TranscriptFileFormat } from '../../core/evidence/transcript-parse.js';
import { DEFAULT_ZIP_LIMITS } from '../../core/qda/qdpx-zip.js';
import { idSchema, SOURCE_KINDS, type SourceKind } from '../../core/model/index.js';
import { anonymizedFirm, codeSuggestions, firmCodebook, firmsMatrix, sourceAgreement, storeTranscript } from '../../services/evidence-service.js';
import { exportQdc, exportQdpx, importQdpx } from '../../services/qda-service.js';
import { TRANSCRIPT_FILE_MAX_BYTES } from '../../services/transcript-read.js';
import { ValidationError } from '../../shared/errors.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmList, firmParams, firmsQuery, jsonContent, param, readBodyBytes, workspaceParam } from '../common.js';
import { FILE_BODY_ROUTES } from '../guards.js';
import { endpoint } from '../route.js';
import {
  anonymizedCaseSchema,
  codebookEntrySchema,
  codeSuggestionsSchema,
  frameworkMatrixSchema,
  qdpxImportSchema,
  sourceAgreementSchema,
  transcriptImportSchema,
} from './schema.js';

const FIRM = '/api/workspaces/{workspace}/firms/{firmId}';
export const TRANSCRIPT_PATH = `${FIRM}/sources/{sourceId}/transcript`;
export const QDPX_IMPORT_PATH = `${FIRM}/qdpx`;
const typesOf = (path: string) => FILE_BODY_ROUTES.get(path.replace(/\{(\w+)\}/g, ':$1')) ?? [];
const fileBody = (path: string, what: string) => ({
  content: Object.fromEntries(typesOf(path).map((type) => [type, { schema: z.string().meta({ format: 'binary' }).describe(what) }])),
  required: true,
});
const download = (bytes: Uint8Array | string, type: string, name: string) =>
  new Response(bytes, {
    status: 200,
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"`, 'x-content-type-options': 'nosniff' },
  });
const fileNameQuery = z.string().max(200).optional().describe('The file name, used in messages and kept with the text (default "request body")');

export function registerEvidenceRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'post',
      path: TRANSCRIPT_PATH,
      tags: ['evidence'],
      summary: "Import a transcript file as the text of one of the firm's sources",
      description:
        'The body is the file: plain text, Markdown, Word (.docx), WebVTT or SRT. The text is stored once with its speaker turns; segments point into it by code-point positions. A source has one text: 422 when it has one already.',
      request: {
        params: firmParams.extend({ sourceId: idSchema }),
        query: z.object({ format: z.enum(TRANSCRIPT_FILE_FORMATS).optional().describe('The kind of file (default: told from the name)'), name: fileNameQuery }),
        body: fileBody(TRANSCRIPT_PATH, 'The transcript file'),
      },
      responses: { 201: jsonContent(transcriptImportSchema, 'Stored'), ...errorResponses },
    },
    async (c) => {
      const bytes = await readBodyBytes(c, TRANSCRIPT_FILE_MAX_BYTES);
      const format = c.req.query('format') as TranscriptFileFormat | undefined;
      const { transcript: t, length } = await storeTranscript(
        deps.store,
        param(c, 'workspace'),
        param(c, 'firmId'),
        bytes,
        c.req.query('name') ?? 'request body',
        {
          source: param(c, 'sourceId'),
          ...(format === undefined ? {} : { format }),
        },
      );
      const speakers = [...new Set((t.turns ?? []).flatMap((turn) => (turn.speaker === undefined ? [] : [turn.speaker])))];
      return c.json({ id: t.id, source: t.source, format: t.format, length, turns: t.turns?.length ?? 0, speakers }, 201);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${FIRM}/codebook`,
      tags: ['evidence'],
      summary: "List the firm's codebook: built-in codes, its own and free codes, each with its uses",
      description:
        'In tree order: each code followed by the codes under it. Own codes are records of /codes; free codes are those a segment applies that no codebook has.',
      request: { params: firmParams },
      responses: { 200: jsonContent(z.array(codebookEntrySchema), 'In tree order'), ...errorResponses },
    },
    async (c) => c.json(await firmCodebook(deps.store, param(c, 'workspace'), param(c, 'firmId')), 200),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${FIRM}/code-suggestions`,
      tags: ['evidence'],
      summary: 'Show codes to suggest for a passage of a transcript or for a stored segment, each with why',
      description:
        "Give transcript, start and end (code points) for a passage being coded, or segment for a stored one (which adds the codes implied by the records citing it). Suggestions come from a keyword lexicon (data/lexicon/code-keywords.json) and the words of the case's own code names; they are never applied.",
      request: {
        params: firmParams,
        query: z.object({
          transcript: idSchema.optional(),
          start: z
            .string()
            .regex(/^\d{1,9}$/)
            .optional()
            .describe('First code point'),
          end: z
            .string()
            .regex(/^\d{1,9}$/)
            .optional()
            .describe('Code point after the last'),
          segment: idSchema.optional(),
        }),
      },
      responses: { 200: jsonContent(codeSuggestionsSchema, 'Suggestions, the likeliest first'), ...errorResponses },
    },
    async (c) => {
      const q = (name: string) => c.req.query(name);
      const segment = q('segment');
      const transcript = q('transcript');
      const start = q('start');
      const end = q('end');
      let passage: { segment: string } | { transcript: string; start: number; end: number };
      if (segment !== undefined) passage = { segment };
      else if (transcript !== undefined && start !== undefined && end !== undefined) passage = { transcript, start: Number(start), end: Number(end) };
      else throw new ValidationError([{ pointer: '', message: 'expected segment=ID, or transcript=ID with start and end' }]);
      const suggestions = await codeSuggestions(deps.store, param(c, 'workspace'), param(c, 'firmId'), passage);
      return c.json({ suggestions }, 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/framework-matrix',
      tags: ['evidence'],
      summary: 'Tabulate the framework matrix: firms × codes and challenges × network types, with the quotes behind each cell',
      description:
        "A code's cell counts the segments coded with it or with a code under it; a challenge × network-type cell holds the evidence of the recorded level plus the segments coded with both. Each cell's triangulation counts the independent kinds of source behind it.",
      request: { params: workspaceParam, query: firmsQuery },
      responses: { 200: jsonContent(frameworkMatrixSchema, 'The matrix'), ...errorResponses },
    },
    async (c) => c.json(await firmsMatrix(deps.store, param(c, 'workspace'), firmList(c)), 200),
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${FIRM}/agreement`,
      tags: ['evidence'],
      summary: "Compare two coders on a source's transcript: Cohen's kappa per code and pooled, with the disagreements",
      description:
        "Units are the transcript's speaker turns (its paragraphs when it has none); a coder applied a code to a unit when one of their segments with it overlaps the unit. The coders are those named, or the source's two when it has exactly two.",
      request: {
        params: firmParams,
        query: z.object({
          source: idSchema.describe('The source whose transcript both coded'),
          coders: z.string().max(250).optional().describe('Two coders separated by a comma, as their segments name them'),
        }),
      },
      responses: { 200: jsonContent(sourceAgreementSchema, 'Agreement'), ...errorResponses },
    },
    async (c) => {
      const named = c.req
        .query('coders')
        ?.split(',')
        .map((s) => s.trim());
      if (named !== undefined && (named.length !== 2 || named.includes(''))) {
        throw new ValidationError([{ pointer: '/coders', message: 'expected two coders separated by a comma, such as coders=MB,JK' }]);
      }
      const pair = named === undefined ? undefined : ([named[0]!, named[1]!] as const);
      return c.json(await sourceAgreement(deps.store, param(c, 'workspace'), param(c, 'firmId'), c.req.query('source')!, pair), 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: `${FIRM}/anonymized`,
      action: 'export',
      tags: ['evidence'],
      summary: "Export a pseudonymized copy of the firm's case, with the capitalised words left to review",
      description:
        "The firm, its key people and person actors are replaced consistently in every field, quote and transcript; people's contact details are left out. Nothing is stored.",
      request: {
        params: firmParams,
        query: z.object({
          firmName: z.string().min(1).max(120).optional().describe('What to call the firm (default "Company X")'),
          replace: z.array(z.string().max(300)).optional().describe('More names to replace, each as NAME=PSEUDONYM; repeat the parameter'),
        }),
      },
      responses: { 200: jsonContent(anonymizedCaseSchema, 'The copy and what was replaced'), ...errorResponses },
    },
    async (c) => {
      const extra = (c.req.queries('replace') ?? []).map((pair, i) => {
        const at = pair.indexOf('=');
        const original = pair.slice(0, at).trim();
        const pseudonym = pair.slice(at + 1).trim();
        if (at < 0 || original === '' || pseudonym === '') throw new ValidationError([{ pointer: `/replace/${i}`, message: 'expected NAME=PSEUDONYM' }]);
        return { original, pseudonym };
      });
      const firmName = c.req.query('firmName');
      const result = await anonymizedFirm(deps.store, param(c, 'workspace'), param(c, 'firmId'), {
        extra,
        ...(firmName === undefined ? {} : { firmPseudonym: firmName }),
      });
      return c.json(result, 200);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/qdpx',
      action: 'export',
      tags: ['evidence'],
      summary: "Download the firms' codebook, transcripts and coded segments as a REFI-QDA project (.qdpx)",
      description: 'Valid against the REFI-QDA Project schema 1.0. Segments without a place in a stored text are not in the file.',
      request: { params: workspaceParam, query: firmsQuery },
      responses: {
        200: { description: 'The .qdpx file', content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } },
        ...errorResponses,
      },
    },
    async (c) => {
      const firms = firmList(c);
      const { bytes } = await exportQdpx(deps.store, param(c, 'workspace'), firms, deps.now());
      return download(bytes, 'application/octet-stream', `${firms.join('-')}.qdpx`);
    },
  );

  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/qdc',
      action: 'export',
      tags: ['evidence'],
      summary: "Download the firms' codebook as a REFI-QDA codebook (.qdc)",
      request: { params: workspaceParam, query: firmsQuery },
      responses: { 200: { description: 'The .qdc file', content: { 'application/xml': { schema: z.string() } } }, ...errorResponses },
    },
    async (c) => {
      const firms = firmList(c);
      const { xml } = await exportQdc(deps.store, param(c, 'workspace'), firms);
      return download(xml, 'application/xml; charset=utf-8', `${firms.join('-')}.qdc`);
    },
  );

  endpoint(
    app,
    {
      method: 'post',
      path: QDPX_IMPORT_PATH,
      tags: ['evidence'],
      summary: "Import a REFI-QDA project (.qdpx) into the firm's case",
      description:
        'Codes with their hierarchy, colours and descriptions; text sources (embedded or internal:// paths, any folder case) with their texts; selections and codings as segments, one per coder; notes on selections as memos. PDF, picture, audio and video sources are listed in `skipped` with the reason. One transaction: all of it or nothing.',
      request: {
        params: firmParams,
        query: z.object({ kind: z.enum(SOURCE_KINDS).optional().describe('What the text sources are (default document)'), name: fileNameQuery }),
        body: fileBody(QDPX_IMPORT_PATH, 'The .qdpx file'),
      },
      responses: { 200: jsonContent(qdpxImportSchema, 'What was imported and skipped'), ...errorResponses },
    },
    async (c) => {
      const bytes = await readBodyBytes(c, DEFAULT_ZIP_LIMITS.maxTotalBytes);
      const kind = c.req.query('kind') as SourceKind | undefined;
      const result = await importQdpx(deps.store, param(c, 'workspace'), param(c, 'firmId'), bytes, c.req.query('name') ?? 'request body', {
        ...(kind === undefined ? {} : { sourceKind: kind }),
      });
      return c.json(result, 200);
    },
  );
}
