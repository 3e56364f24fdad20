/**
 * Field errors of the intake's forms: the server's 422 problems placed at the field their JSON
 * pointer names, and everything else (a lost connection, a conflict) as one message for the step.
 */
import { ApiError } from '../../lib/api';

export type FieldErrors = Partial<Record<string, string>>;

export interface PlacedProblems {
  fields: FieldErrors;
  /** Messages that name no field of the form. */
  other: string[];
}

/**
 * Sorts an error's problems by field: `fieldOf` maps the first segment of a pointer
 * ("/foundedYear" → "foundedYear", "/employees/value" → "employees") to a field of the form.
 */
export function placeProblems(err: unknown, fieldOf: Record<string, string>): PlacedProblems {
  if (!(err instanceof ApiError)) return { fields: {}, other: [err instanceof Error ? err.message : String(err)] };
  if (err.problems.length === 0) return { fields: {}, other: [err.message] };
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const p of err.problems) {
    const head = p.pointer.split('/')[1] ?? '';
    const field = fieldOf[head];
    if (field === undefined) other.push(`${p.pointer === '' ? '' : `${p.pointer}: `}${p.message}`);
    else fields[field] = fields[field] === undefined ? capitalFirst(p.message) : `${fields[field]}; ${p.message}`;
  }
  return { fields, other };
}

function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((e) => e !== undefined);
}

/** Moves focus to the first control marked invalid inside `root`, once the errors are on screen. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const target = root?.querySelector<HTMLElement>('[aria-invalid="true"], .step-errors');
    target?.focus();
  });
}
