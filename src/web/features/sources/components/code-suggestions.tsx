/**
 * What the keyword lexicon suggests for the passage being coded, each with why. A suggestion is
 * never applied by itself: the coder applies it with its own button, and can still uncheck it.
 */
import { useId } from 'react';
import { useCodeSuggestions } from '../coding-api';

export function CodeSuggestions({
  workspace,
  firmId,
  about,
  chosen,
  onApply,
}: {
  workspace: string;
  firmId: string;
  about: { transcript: string; start: number; end: number } | { segment: string };
  chosen: readonly string[];
  onApply: (code: string) => void;
}) {
  const suggestions = useCodeSuggestions(workspace, firmId, about);
  const headingId = useId();
  let body;
  if (suggestions.isPending)
    body = (
      <p className="quiet" role="status">
        Looking for suggestions…
      </p>
    );
  else if (suggestions.isError) body = <p className="quiet">No suggestions: {suggestions.error.message}</p>;
  else if (suggestions.data.suggestions.length === 0) body = <p className="quiet">No suggestions for this passage.</p>;
  else
    body = (
      <ul className="plain-list suggestion-list">
        {suggestions.data.suggestions.map((s) => (
          <li key={s.code}>
            <span>
              Suggested: <strong>{s.name}</strong> — because {s.because}
            </span>{' '}
            {chosen.includes(s.code) ? (
              <span className="quiet">(applied)</span>
            ) : (
              <button type="button" onClick={() => onApply(s.code)} aria-label={`Apply ${s.name}`}>
                Apply
              </button>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="code-suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>Suggestions</h3>
      {body}
    </section>
  );
}
