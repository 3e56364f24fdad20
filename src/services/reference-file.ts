/** The one reader of Foothold's own reference files under data/: parsed, checked against a schema. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { zodProblems } from '../core/case-file/index.js';
import { ValidationError } from '../shared/errors.js';

const dataDir = new URL('../../data/', import.meta.url);

/** Reads `file` under `dir` (default data/) and checks it against `schema`; a broken file names itself and the field. */
export function readReferenceFile<T>(file: string, schema: z.ZodType<T>, dir: URL = dataDir): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, [], schema).map((p) => ({ ...p, file: `data/${file}` })));
  return parsed.data;
}
