/** Turns zod issues into Problems: a JSON pointer and a message that says what was expected. */
import type { z } from 'zod';
import type { Problem } from '../../shared/errors.js';
import { pointerSegment } from '../../shared/text-rules.js';

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + pointerSegment(String(key))).join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/*
 * Boundary: zod's internals (`_zod.def`) are how a schema tells its shape; they are read here only,
 * to name the expected shape in messages.
 */
interface SchemaInternals {
  _zod: { def: { type: string; innerType?: unknown; in?: unknown; element?: unknown; shape?: Record<string, unknown> }; optin?: string };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

function internals(schema: unknown): SchemaInternals | undefined {
  return typeof schema === 'object' && schema !== null && '_zod' in schema ? (schema as SchemaInternals) : undefined;
}

/** The schema without optional/default/nullable/pipe wrappers. */
function unwrap(schema: unknown): SchemaInternals | undefined {
  let current = internals(schema);
  for (let i = 0; current !== undefined && i < 10; i++) {
    const def = current._zod.def;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = internals(inner);
  }
  return current;
}

/** The schema that checks the value at `path` inside `root`, when it can be followed. */
export function schemaAt(root: unknown, path: readonly PropertyKey[]): SchemaInternals | undefined {
  let current = unwrap(root);
  for (const key of path) {
    const def = current?._zod.def;
    if (def === undefined) return undefined;
    if (def.type === 'object' && typeof key === 'string') current = unwrap(def.shape?.[key]);
    else if (def.type === 'array' && typeof key === 'number') current = unwrap(def.element);
    else return undefined;
  }
  return current;
}

/** "an object with "value" (required), "qualifier", "asOf"": the shape of an object schema. */
function objectShape(schema: SchemaInternals | undefined): string {
  const shape = schema?._zod.def.type === 'object' ? schema._zod.def.shape : undefined;
  if (shape === undefined) return 'object';
  const fields = Object.entries(shape).map(([key, field]) => {
    const optional = internals(field)?._zod.optin !== undefined;
    return optional ? JSON.stringify(key) : `${JSON.stringify(key)} (required)`;
  });
  const shown = fields.slice(0, 8).join(', ') + (fields.length > 8 ? ', …' : '');
  return `an object with ${shown}`;
}

/** "a whole number from 1 to 5": a number schema's range, as far as it has one. */
function numberRange(schema: SchemaInternals | undefined, issue: { minimum?: unknown; maximum?: unknown }): string {
  const noun = schema?.isInt === true ? 'a whole number' : 'a number';
  const min = schema?.minValue ?? (typeof issue.minimum === 'number' ? issue.minimum : undefined);
  const max = schema?.maxValue ?? (typeof issue.maximum === 'number' ? issue.maximum : undefined);
  const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  if (finite(min) && finite(max)) return `${noun} from ${min} to ${max}`;
  if (finite(min)) return `${noun} of at least ${min}`;
  if (finite(max)) return `${noun} of at most ${max}`;
  return noun;
}

function messageFor(issue: z.core.$ZodIssue, schema: SchemaInternals | undefined): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_value':
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}, got ${describe(input)}`;
      return `expected one of ${issue.values.map(String).join('|')}, got ${describe(input)}`;
    case 'invalid_type': {
      const expected = issue.expected === 'object' ? objectShape(schema) : issue.expected;
      if (input === undefined) return `required field is missing (expected ${expected})`;
      return `expected ${expected}, got ${describe(input)}`;
    }
    case 'invalid_format':
      // Formats with a rule of ours carry our words already; zod's own ("Invalid URL") do not.
      if (issue.format === 'url') return `expected a web address such as "https://example.com/", got ${describe(input)}`;
      if (issue.format === 'email') return `expected an e-mail address such as "name@example.com", got ${describe(input)}`;
      return `${issue.message}, got ${describe(input)}`;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return `expected ${numberRange(schema, issue)}, got ${describe(input)}`;
      return `${issue.message}${input === undefined ? '' : `, got ${describe(input)}`}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'expected a non-empty text';
      if (issue.origin === 'number' || issue.origin === 'int') return `expected ${numberRange(schema, issue)}, got ${describe(input)}`;
      return `${issue.message}${input === undefined ? '' : `, got ${describe(input)}`}`;
    default:
      return input === undefined || issue.code === 'custom' ? issue.message : `${issue.message}, got ${describe(input)}`;
  }
}

/**
 * Problems for zod's issues. Given the `schema` that was checked, messages name the expected shape
 * ("an object with "value" (required), …", "a whole number from 1 to 5") instead of zod's words.
 */
export function zodProblems(error: z.ZodError, base: readonly PropertyKey[] = [], schema?: z.ZodType): Problem[] {
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path];
    // Unknown keys are reported on the object; point at the first unknown key instead.
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1 && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return { pointer: toPointer(path), message: messageFor(issue, schema === undefined ? undefined : schemaAt(schema, issue.path)) };
  });
}
