/** Schemas and helpers shared by the API's resource folders. */
import type { Context } from 'hono';
import { z } from 'zod';
import { zodProblems } from '../core/case-file/index.js';
import { ID_PATTERN, idSchema } from '../core/model/index.js';
import { InputError, TooLargeError, ValidationError } from '../shared/errors.js';
import { formatBytes, readJson, type JsonLimits } from '../shared/safe-json.js';

export const workspaceParam = z.object({ workspace: idSchema.describe('Workspace id, e.g. "default"') });
export const firmParams = workspaceParam.extend({ firmId: idSchema.describe('Firm id, e.g. "company-a"') });
export const recordParams = firmParams.extend({ id: idSchema.describe('Record id') });

/**
 * ?firms=a&firms=b, ?firms=a,b or both mixed: one or more firm ids, in the order the caller wants
 * them. Declared as an array so OpenAPI describes the repeated form; route.ts hands it every value.
 */
export const firmsQuery = z.object({
  firms: z
    .array(z.string())
    .refine((values) => firmIdsOf(values).length > 0, 'name at least one firm, e.g. ?firms=company-a&firms=company-b')
    .refine(
      (values) => firmIdsOf(values).every((id) => ID_PATTERN.test(id)),
      'expected firm ids (lower-case letters, digits, ".", "_", "-"), each in its own firms= or separated by commas',
    )
    .describe('Firm ids in column order: repeat the parameter (firms=company-a&firms=company-b) or separate the ids by commas (firms=company-a,company-b)')
    .meta({ param: { style: 'form', explode: true } }),
});

function firmIdsOf(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The firm ids of a request whose ?firms= firmsQuery has accepted, in the order given. */
export function firmList(c: Context): string[] {
  return firmIdsOf(c.req.queries('firms') ?? []);
}

/** ?version=N on a DELETE: the version the caller read. */
export const versionQuerySchema = z.object({
  version: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, 'expected the version you read: a whole number from 1')
    .optional()
    .describe('Delete only if the stored version is still this one'),
});

export const errorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe(
          'validation_failed, not_found, method_not_allowed, conflict, stale_version, bad_input, too_large, unsupported_media_type, forbidden, busy, internal',
        ),
      message: z.string(),
      path: z.string().optional().describe('JSON pointer into the request body, or /path/NAME and /query/NAME for URL parameters'),
      problems: z.array(z.object({ pointer: z.string(), message: z.string(), file: z.string().optional() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
export const errorResponses = {
  400: json(errorSchema, 'The body is not readable JSON: empty, not UTF-8, nested too deep, or a syntax error (with line and column)'),
  403: json(errorSchema, 'Refused: a Host this server does not answer to, or a cross-site Origin'),
  404: json(errorSchema, 'No such workspace, firm or record'),
  409: json(errorSchema, 'Conflict: the id exists, the record is still referred to, or the version is stale'),
  413: json(errorSchema, 'The body is larger than accepted (50 MB for case files, 1 MB otherwise, by default)'),
  415: json(errorSchema, 'A body sent without Content-Type: application/json'),
  422: json(errorSchema, 'The body or a URL parameter breaks the schema, or refers to records that do not exist'),
  503: json(errorSchema, 'The database is locked by another process; retry after the Retry-After seconds'),
} as const;
export { json as jsonContent };

/**
 * Reads a request body through the safe JSON reader: at most limits.maxBytes are read (413 beyond,
 * judged from Content-Length when given, else while streaming), then UTF-8, depth and syntax
 * (400), prototype keys and unstorable text (422 with pointers).
 */
export async function readJsonBody(c: Context, limits: JsonLimits): Promise<unknown> {
  const reading = readJson(await readBodyBytes(c, limits.maxBytes), limits);
  if (reading.ok) return reading.value;
  const message = `request body: ${reading.problems[0]?.message ?? 'unreadable'}`;
  if (reading.kind === 'too_large') throw new TooLargeError(message);
  if (reading.kind === 'malformed') throw new InputError(message);
  throw new ValidationError(reading.problems);
}

/** readJsonBody, then the schema (422 with pointers into the body). */
export async function readBodyAs<S extends z.ZodType>(c: Context, limits: JsonLimits, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJsonBody(c, limits), { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, [], schema));
  return parsed.data;
}

/** The request body's bytes, at most maxBytes (TooLargeError beyond, judged from Content-Length when given, else while streaming). */
export async function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new TooLargeError(`request body: ${size}; at most ${formatBytes(maxBytes)} is accepted here`);
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(`the body is ${formatBytes(declared)}`);
  const body = c.req.raw.body;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`the body is larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Reads `{ "version": N, "record": {...} }`, the shape of every update. */
export function versionedBody(body: unknown): { version: number; record: unknown } {
  const shape = z.object({ version: z.number().int().positive(), record: z.unknown() }).strict();
  const parsed = shape.safeParse(body);
  if (!parsed.success || parsed.data.record === undefined) {
    throw new ValidationError([{ pointer: '', message: 'expected { "version": <the version you read>, "record": { … } }' }]);
  }
  return { version: parsed.data.version, record: parsed.data.record };
}

/** The ?version= of a DELETE as a number, once versionQuerySchema has accepted it. */
export function versionQuery(c: Context): number | undefined {
  const raw = c.req.query('version');
  return raw === undefined ? undefined : Number(raw);
}

export function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
