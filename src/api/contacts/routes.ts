/**
 * A firm's contacts, and the import of the user's own contact exports (LinkedIn's Connections.csv,
 * vCard, Google or Outlook CSV) sent as the raw request body — with a dry run for the preview.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { CONTACT_FORMATS } from '../../core/contacts/types.js';
import { idSchema, NETWORK_TYPES } from '../../core/model/index.js';
import { oneAtATime } from '../../shared/one-at-a-time.js';
import { CONTACT_FILE_MAX_BYTES, DEFAULT_CONTACT_NETWORK_TYPE, importContacts, listContacts } from '../../services/contact-import.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, errorSchema, firmParams, jsonContent, param, readBodyBytes } from '../common.js';
import { errorAnswer } from '../errors.js';
import { FILE_BODY_ROUTES } from '../guards.js';
import { endpoint } from '../route.js';
import { throttledProgress, type ImportProgress } from './import-progress.js';

const BASE = '/api/workspaces/{workspace}/firms/{firmId}/contacts';
const IMPORT_PATH = `${BASE}/import`;
/** The media types the import takes: those the request guards let through for it. */
const FILE_TYPES = FILE_BODY_ROUTES.get(IMPORT_PATH.replace(/\{(\w+)\}/g, ':$1')) ?? [];

const contactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organization: z.string().nullable(),
    position: z.string().nullable(),
    emails: z.array(z.string()),
    profileUrl: z.string().nullable(),
    connectedOn: z.string().nullable().describe('YYYY-MM-DD'),
  })
  .strict()
  .openapi('Contact');

const skippedSchema = z.object({ line: z.number().int(), reason: z.string() }).strict();
const reviewSchema = z
  .object({
    line: z.number().int(),
    name: z.string(),
    candidates: z.array(z.object({ id: z.string(), name: z.string(), organization: z.string().optional() }).strict()),
    why: z.string(),
  })
  .strict();
const plannedSchema = z
  .object({
    line: z.number().int(),
    actorId: z.string().describe('The actor this row is (or, for a row to create, will be)'),
    name: z.string(),
    organization: z.string().optional(),
    position: z.string().optional(),
    action: z.enum(['create', 'update', 'unchanged']),
    changes: z
      .array(z.string())
      .describe('For an update: the fields that change (emails, phones, profileUrl, organization, position, connectedOn, memberOf, tie)'),
  })
  .strict();
const importResultSchema = z
  .object({
    format: z.enum(CONTACT_FORMATS),
    dryRun: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    organizationsCreated: z.number().int().describe('Organization actors added for the people to be members of'),
    skipped: z.array(skippedSchema).describe('Records left out, by line, and why'),
    review: z.array(reviewSchema).describe('Rows not imported: they may or may not be someone already recorded'),
    contacts: z.array(plannedSchema).optional().describe('On a dry run: every person of the file and what the import would do'),
  })
  .strict()
  .openapi('ContactImport');

/** The media type of the streamed answer: one JSON object a line. */
const NDJSON = 'application/x-ndjson';

const importLineSchema = z
  .union([
    z
      .object({
        progress: z
          .object({ stage: z.enum(['reading', 'matching', 'writing']), done: z.number().int(), total: z.number().int() })
          .strict()
          .describe('How far a stage is: the file read, the rows matched, the records written'),
      })
      .strict(),
    z.object({ result: importResultSchema }).strict(),
    errorSchema,
  ])
  .describe('One line of the streamed answer: progress lines, then one result or error line')
  .openapi('ContactImportLine');

/** Does the request ask for the import's progress as it goes (Accept: application/x-ndjson)? */
function wantsProgress(c: Context): boolean {
  return (c.req.header('accept') ?? '').split(',').some((range) => range.split(';')[0]?.trim().toLowerCase() === NDJSON);
}

export function registerContactRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: BASE,
      tags: ['contacts'],
      summary: "List the firm's contacts by name",
      description: 'The actors of the firm that carry contact details (from a contact import, or recorded by hand). Details the actor does not have are null.',
      request: { params: firmParams },
      responses: { 200: jsonContent(z.array(contactSchema), 'Sorted by name'), ...errorResponses },
    },
    async (c) => c.json(await listContacts(deps.store, param(c, 'workspace'), param(c, 'firmId')), 200),
  );

  // One import at a time: each holds a file of up to 50 MB and its plan in memory, and all would queue for the write lock anyway.
  const importing = oneAtATime();
  endpoint(
    app,
    {
      method: 'post',
      path: IMPORT_PATH,
      tags: ['contacts'],
      summary: "Import a contact file into the firm's network, or preview the import",
      description: [
        "The body is the file itself: LinkedIn's Connections.csv, a vCard (.vcf) file, or a Google or Outlook contacts CSV, in UTF-8 (or UTF-16 with a byte-order mark).",
        'People are matched with the actors already recorded by profile address, then e-mail, then name and organization; new ones become actors with a tie from the firm (or from `person`), and members of an organization actor for their company.',
        'Rows that may or may not be someone recorded are listed under `review` and not imported. Everything is written in one transaction; with `dryRun=true` nothing is, and `contacts` shows what would happen to each person.',
        'A file that cannot be read answers 422 with the line, and nothing is written.',
        `With the header \`Accept: ${NDJSON}\` the answer is streamed as newline-delimited JSON, for a progress bar: lines \`{ "progress": { "stage": "reading" | "matching" | "writing", "done": n, "total": n } }\` (each stage's start and end, and in between at most every 100 ms and every 1 % of the stage), then one last line, either \`{ "result": … }\` with the object the JSON answer has, or \`{ "error": { code, message, problems? } }\` as an error answer carries it.`,
        'The streamed answer starts once the body is read, so its status is 200 even when the last line is an error (and then nothing was written); a refusal before that (403, 413, 415, 422 for the query) answers as usual.',
      ].join(' '),
      request: {
        params: firmParams,
        query: z.object({
          dryRun: z.enum(['true', 'false']).optional().describe('Plan and preview only; write nothing'),
          as: z.enum(NETWORK_TYPES).optional().describe(`Network type of the new ties (default ${DEFAULT_CONTACT_NETWORK_TYPE})`),
          person: idSchema.optional().describe('A key person whose contacts these are: the ties go from them (default: from the firm)'),
          format: z.enum(CONTACT_FORMATS).optional().describe('The kind of file (default: told from its content)'),
          name: z.string().max(200).optional().describe('The file name, used in messages (default "request body")'),
        }),
        body: {
          content: Object.fromEntries(FILE_TYPES.map((type) => [type, { schema: z.string().describe('The contact file') }])),
          required: true,
        },
      },
      responses: {
        200: {
          description: `What the import did (or, on a dry run, would do); with Accept: ${NDJSON}, its progress and then that, one JSON object a line`,
          content: { 'application/json': { schema: importResultSchema }, [NDJSON]: { schema: importLineSchema } },
        },
        ...errorResponses,
      },
    },
    (c) => {
      const run = (bytes: Uint8Array, onProgress?: (stage: ImportProgress['stage'], done: number, total: number) => Promise<void>) => {
        // endpoint() has checked the query against the declared enums.
        const as = c.req.query('as') as (typeof NETWORK_TYPES)[number] | undefined;
        const format = c.req.query('format') as (typeof CONTACT_FORMATS)[number] | undefined;
        const person = c.req.query('person');
        return importContacts(
          deps.store,
          param(c, 'workspace'),
          param(c, 'firmId'),
          { name: c.req.query('name') ?? 'request body', bytes },
          {
            now: deps.now(),
            dryRun: c.req.query('dryRun') === 'true',
            ...(as === undefined ? {} : { as }),
            ...(format === undefined ? {} : { format }),
            ...(person === undefined ? {} : { person }),
            ...(onProgress === undefined ? {} : { onProgress }),
          },
        );
      };
      if (!wantsProgress(c)) return importing(async () => c.json(await run(await readBodyBytes(c, CONTACT_FILE_MAX_BYTES)), 200));

      // The body is read first, so that a body too large is still a plain 413; the stream then holds
      // the turn until the import has ended, as the JSON answer does.
      return new Promise<Response>((answer, refuse) => {
        importing(async () => {
          const bytes = await readBodyBytes(c, CONTACT_FILE_MAX_BYTES);
          await new Promise<void>((ended) => {
            c.header('Content-Type', `${NDJSON}; charset=utf-8`);
            c.header('Cache-Control', 'no-store');
            // Chunked from the start: the Node adapter would otherwise wait for the first lines to size the body.
            c.header('Transfer-Encoding', 'chunked');
            answer(
              stream(c, async (lines) => {
                // Written without waiting for each: the writes keep their order.
                const send = (line: z.infer<typeof importLineSchema>) => void lines.writeln(JSON.stringify(line));
                const report = throttledProgress(
                  (progress) => send({ progress }),
                  () => deps.now().getTime(),
                );
                // On SQLite the import never waits for I/O; at each stage's steps it waits here for a turn of
                // the event loop, in which the lines written so far go out.
                const onProgress = (stage: ImportProgress['stage'], done: number, total: number) => {
                  report(stage, done, total);
                  return new Promise<void>((resume) => setImmediate(resume));
                };
                try {
                  send({ result: await run(bytes, onProgress) });
                } catch (err) {
                  send({ error: errorAnswer(err instanceof Error ? err : new Error(String(err)), deps.logger).error });
                } finally {
                  ended();
                }
              }),
            );
          });
        }).catch(refuse);
      });
    },
  );
}
