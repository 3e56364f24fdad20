/**
 * Where the server's validation problems go: each `{ pointer, message }` next to the field its
 * JSON pointer names ("/strength", "/countries/0"), and the rest in a list above the Save button.
 */
import { ApiError, isStale, type ApiProblem } from '../../lib/api';

/** The problems at a field or inside it: "/countries" takes "/countries" and "/countries/1". */
export function problemsAt(problems: readonly ApiProblem[], pointer: string): ApiProblem[] {
  return problems.filter((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
}

/** The problems no field of the editor shows. */
export function problemsElsewhere(problems: readonly ApiProblem[], shown: readonly string[]): ApiProblem[] {
  return problems.filter((p) => !shown.some((pointer) => problemsAt([p], pointer).length > 0));
}

/** What a failed write tells the editor: stale (offer reload or overwrite), field problems, or one message. */
export interface WriteFailure {
  stale: boolean;
  message: string;
  problems: readonly ApiProblem[];
}

export function writeFailure(err: unknown): WriteFailure {
  if (isStale(err)) return { stale: true, message: err.message, problems: [] };
  if (err instanceof ApiError) return { stale: false, message: err.message, problems: err.problems };
  return { stale: false, message: err instanceof Error ? err.message : String(err), problems: [] };
}
