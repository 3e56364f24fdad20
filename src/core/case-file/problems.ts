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

function messageFor(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_value':
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}, got ${describe(input)}`;
      return `expected one of ${issue.values.map(String).join('|')}, got ${describe(input)}`;
    case 'invalid_type':
      if (input === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describe(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'expected a non-empty text';
      return `${issue.message}${input === undefined ? '' : `, got ${describe(input)}`}`;
    default:
      return input === undefined || issue.code === 'custom' ? issue.message : `${issue.message}, got ${describe(input)}`;
  }
}

export function zodProblems(error: z.ZodError, base: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path];
    // Unknown keys are reported on the object; point at the first unknown key instead.
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1 && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    return { pointer: toPointer(path), message: messageFor(issue) };
  });
}
