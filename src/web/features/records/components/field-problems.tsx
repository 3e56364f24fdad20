/**
 * How an editor shows what went wrong: the server's problems next to the fields they name (tied to
 * the input by aria-describedby), the rest above the buttons, and the stale-version choice.
 */
import type { ApiProblem } from '../../../lib/api';
import { problemsAt, problemsElsewhere, type WriteFailure } from '../problems';

/** The aria attributes of an input whose field may have problems, and the id its messages carry. */
export function fieldAria(id: string, problems: readonly ApiProblem[], pointer: string) {
  const here = problemsAt(problems, pointer).length > 0;
  return here ? { 'aria-invalid': true, 'aria-describedby': `${id}-problems` } : {};
}

export function FieldProblems({ id, problems, pointer }: { id: string; problems: readonly ApiProblem[]; pointer: string }) {
  const here = problemsAt(problems, pointer);
  if (here.length === 0) return null;
  return (
    <span className="field-error" id={`${id}-problems`}>
      {here.map((p) => p.message).join('; ')}
    </span>
  );
}

/** The refusal of a write: "changed by someone else" with Reload and Overwrite, or the message and the problems no field shows. */
export function WriteProblems({
  failure,
  shown,
  onReload,
  onOverwrite,
}: {
  failure: WriteFailure | undefined;
  shown: readonly string[];
  onReload?: () => void;
  onOverwrite?: () => void;
}) {
  if (failure === undefined) return null;
  if (failure.stale && onReload !== undefined && onOverwrite !== undefined)
    return (
      <div className="conflict" role="alert">
        <p>
          <strong>Changed by someone else — reload or overwrite.</strong> Reload to see their version, or overwrite it with yours.
        </p>
        <button type="button" onClick={onReload}>
          Reload
        </button>{' '}
        <button type="button" onClick={onOverwrite}>
          Overwrite
        </button>
      </div>
    );
  const rest = problemsElsewhere(failure.problems, shown);
  const placed = failure.problems.length - rest.length;
  return (
    <div className="write-error" role="alert">
      <p>
        <strong>Not saved.</strong>{' '}
        {failure.problems.length === 0 ? failure.message : placed > 0 ? `The ${placed === 1 ? 'field marked says' : 'fields marked say'} what to change.` : ''}
      </p>
      {rest.length === 0 ? null : (
        <ul>
          {rest.map((p, i) => (
            <li key={i}>
              {p.pointer === '' ? '' : <code>{p.pointer}</code>} {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
