/** Schemas and helpers shared by the API's resource folders. */
import type { Context } from 'hono';
import { z } from 'zod';
import { parseJsonText } from '../core/case-file/index.js';
import { idSchema } from '../core/model/index.js';
import { InputError, ValidationError } from '../shared/errors.js';

export const workspaceParam = z.object({ workspace: idSchema.describe('Workspace id, e.g. "default"') });
export const firmParams = workspaceParam.extend({ firmId: idSchema.describe('Firm id, e.g. "company-a"') });
export const recordParams = firmParams.extend({ id: idSchema.describe('Record id') });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('validation_failed, not_found, conflict, stale_version, bad_input, internal'),
      message: z.string(),
      path: z.string().optional().describe('JSON pointer into the request body'),
      problems: z.array(z.object({ pointer: z.string(), message: z.string(), file: z.string().optional() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
export const errorResponses = {
  400: json(errorSchema, 'The body is not JSON'),
  404: json(errorSchema, 'No such workspace, firm or record'),
  409: json(errorSchema, 'Conflict: the id exists, the record is still referred to, or the version is stale'),
  422: json(errorSchema, 'The body breaks the schema or refers to records that do not exist'),
} as const;
export { json as jsonContent };

/** Reads a JSON request body, reporting malformed JSON with line and column. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new InputError('the request body is empty; expected JSON');
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new InputError(`request body: ${parsed.problem.message}`);
  return parsed.value;
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

/** The optional ?version= of a DELETE. */
export function versionQuery(c: Context): number | undefined {
  const raw = c.req.query('version');
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new ValidationError([{ pointer: '', message: `query "version" must be a positive whole number, got "${raw}"` }]);
  return n;
}

export function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
