/**
 * How much input Foothold accepts, from the environment: one place for the CLI and the server.
 * Apart from the JSON reader (safe-json.ts), so that the CLI can read its limits without loading it.
 */
import { InputError } from './errors.js';

export interface JsonLimits {
  /** Largest input in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxBytes: 50 * 1024 * 1024, maxDepth: 64 };

export interface InputLimits {
  /** A whole case file (CLI import/validate, POST …/cases). */
  caseFile: JsonLimits;
  /** Any other JSON request body: one record, a firm, a versioned update. */
  record: JsonLimits;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  caseFile: DEFAULT_JSON_LIMITS,
  record: { ...DEFAULT_JSON_LIMITS, maxBytes: 1024 * 1024 },
};

/** FOOTHOLD_MAX_CASE_MB raises or lowers the case-file limit (default 50); anything else is a clear error. */
export function inputLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): InputLimits {
  const raw = env['FOOTHOLD_MAX_CASE_MB'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_INPUT_LIMITS;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 4096) throw new InputError(`FOOTHOLD_MAX_CASE_MB must be a number of megabytes from 0.001 to 4096, got "${raw}"`);
  return { ...DEFAULT_INPUT_LIMITS, caseFile: { ...DEFAULT_JSON_LIMITS, maxBytes: Math.round(mb * 1024 * 1024) } };
}
