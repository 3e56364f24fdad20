/**
 * The quotes behind a matrix cell, in a modal dialog: each quote with its source, where in the source
 * it stands, its codes and its coder. Escape or Close shuts it, and focus goes back to the cell.
 */
import { useEffect, useId, useRef } from 'react';
import { capitalize, words } from '../../../lib/format';
import { quotesBehind, type QuoteChoice, type QuoteIndex } from '../matrix-view';

export function QuotesDialog({
  choice,
  index,
  codeName,
  onClose,
}: {
  choice: QuoteChoice | undefined;
  index: QuoteIndex;
  codeName: (code: string) => string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // The cell that opened the dialog, to give focus back to when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (choice !== undefined && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (choice === undefined && dialog.open) dialog.close();
  }, [choice]);

  const found = choice === undefined ? undefined : quotesBehind(index, choice.firm, choice.segments);
  return (
    <dialog
      ref={ref}
      className="quotes-dialog"
      aria-labelledby={choice === undefined ? undefined : headingId}
      onClose={() => {
        onClose();
        opener.current?.focus();
        opener.current = null;
      }}
    >
      {choice === undefined || found === undefined ? null : (
        <>
          <div className="quotes-dialog-head">
            <h2 id={headingId}>{choice.title}</h2>
            <button type="button" onClick={() => ref.current?.close()}>
              Close
            </button>
          </div>
          <p className="quiet">
            {capitalize(choice.summary)}
            {choice.triangulation.kinds.length === 0 ? '' : ` (${choice.triangulation.kinds.map(words).join(', ')})`}.
          </p>
          {found.quotes.length === 0 ? <p>No quote stands behind this cell.</p> : null}
          <ol className="matrix-quotes" aria-label={`Quotes behind ${choice.title}`} hidden={found.quotes.length === 0}>
            {found.quotes.map((q) => (
              <li key={q.segment}>
                <figure>
                  <blockquote>
                    <p>{q.quote}</p>
                  </blockquote>
                  <figcaption>
                    {q.sourceTitle} <span className="quiet">({words(q.sourceKind)})</span>
                    {q.location === '' ? null : (
                      <>
                        {' · '}
                        <span className="quiet">Location:</span> {q.location}
                      </>
                    )}
                    {q.coder === undefined ? null : (
                      <>
                        {' · '}
                        <span className="quiet">Coder:</span> {q.coder}
                      </>
                    )}
                  </figcaption>
                </figure>
                {q.codes.length === 0 ? null : (
                  <ul className="matrix-codes" aria-label="Codes">
                    {q.codes.map((c) => (
                      <li key={c}>{codeName(c)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {found.missing === 0 ? null : (
            <p className="quiet">
              {found.missing} more {found.missing === 1 ? 'segment is' : 'segments are'} cited here without a quote in this answer.
            </p>
          )}
        </>
      )}
    </dialog>
  );
}
