/** What the partner forms share: the lines of a refusal, and where a form shows them. */
import { ApiError } from '../../../lib/api';

/** The lines to show for a refused write: the server's problems when it named them, else its message. */
export function refusalLines(err: unknown): string[] {
  if (err instanceof ApiError) return err.problems.length > 0 ? err.problems.map((p) => p.message) : [err.message];
  return [err instanceof Error ? err.message : String(err)];
}

/** A form's refusal, announced when it appears. */
export function FormError({ id, lines, what = 'Not saved.' }: { id?: string; lines: readonly string[] | undefined; what?: string }) {
  if (lines === undefined || lines.length === 0) return null;
  return (
    <div className="write-error" role="alert" id={id}>
      <p>
        <strong>{what}</strong> {lines.length === 1 ? capitalized(lines[0] ?? '') : null}
      </p>
      {lines.length > 1 ? (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{capitalized(line)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const capitalized = (line: string) => (line === '' ? line : line.charAt(0).toUpperCase() + line.slice(1) + (/[.!?]$/.test(line) ? '' : '.'));

/** The choices of a weight, 1 (counts a little) to 5 (decisive). */
export const WEIGHTS: readonly { value: string; label: string }[] = [
  { value: '1', label: '1 — counts a little' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 — decisive' },
];
