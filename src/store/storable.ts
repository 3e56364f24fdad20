/**
 * The last guard before text reaches a database: both stores refuse the same things (NUL, lone
 * surrogates — see shared/text-rules.ts) with the same ValidationError, whichever edge the data
 * came through. Cheap on the common path: JSON.stringify escapes exactly these characters, so
 * only a record whose JSON shows such an escape is walked to find the field.
 */
import { ValidationError } from '../shared/errors.js';
import { contentProblems } from '../shared/safe-json.js';

const SUSPECT_ESCAPE = /\\u(0000|d[89a-f])/i;

/** JSON text of a value to store; ValidationError (pointers under `base`) when it holds unstorable text. */
export function storableJson(value: unknown, base: string): string {
  const json = JSON.stringify(value);
  if (SUSPECT_ESCAPE.test(json)) {
    const problems = contentProblems(value, base);
    if (problems.length > 0) throw new ValidationError(problems);
  }
  return json;
}
