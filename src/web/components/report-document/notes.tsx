/** Evidence note references ([3]) that link to the numbered quotes at the end of a document. */
import { createContext, useContext } from 'react';

/** The id prefix of the document being shown, so two documents on one page keep their notes apart. */
export const NotePrefix = createContext('doc');

export function NoteRefs({ notes }: { notes: readonly number[] }) {
  const prefix = useContext(NotePrefix);
  if (notes.length === 0) return null;
  return (
    <sup className="note-refs">
      {notes.map((n, i) => (
        <span key={n}>
          {i > 0 ? (
            <>
              ,<wbr />
            </>
          ) : null}
          <a href={`#${prefix}-fn-${n}`} aria-label={`evidence note ${n}`}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}
