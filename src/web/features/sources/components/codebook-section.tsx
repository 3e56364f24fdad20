/** The codebook as a section of a page: always open on the Sources page, folded away on a transcript until asked for. */
import { useId, useState } from 'react';
import { CodebookPanel } from './codebook-panel';
import './codebook.css';

export function CodebookSection({ workspace, firmId, collapsible = false }: { workspace: string; firmId: string; collapsible?: boolean }) {
  const [open, setOpen] = useState(!collapsible);
  const id = useId();
  return (
    <section className="panel codebook-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {collapsible ? (
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
            {/* A marker in the markup, hidden from the accessibility tree: CSS generated content would join the button's name. */}
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            Codebook
          </button>
        ) : (
          'Codebook'
        )}
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {open ? (
          <>
            {collapsible ? null : (
              <p className="quiet">
                The codes segments are coded with: Foothold’s built-in codes, the case’s own, and any a segment applies that no codebook has.
              </p>
            )}
            <CodebookPanel workspace={workspace} firmId={firmId} />
          </>
        ) : null}
      </div>
    </section>
  );
}
