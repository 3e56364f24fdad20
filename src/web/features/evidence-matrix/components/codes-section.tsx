/** The codes × firms table with its one choice: whether codes no segment uses are listed too. */
import { useId, useMemo, useState } from 'react';
import { codeRows, type FrameworkMatrix, type QuoteChoice } from '../matrix-view';
import { CodeMatrixTable } from './code-matrix-table';

export function CodesSection({ matrix, caption, onOpen }: { matrix: FrameworkMatrix; caption: string; onOpen: (choice: QuoteChoice) => void }) {
  const id = useId();
  const [showUnused, setShowUnused] = useState(false);
  const rows = useMemo(() => codeRows(matrix, { showUnused }), [matrix, showUnused]);
  return (
    <>
      <p className="matrix-options">
        <input id={`${id}-unused`} type="checkbox" checked={showUnused} onChange={(e) => setShowUnused(e.target.checked)} />{' '}
        <label htmlFor={`${id}-unused`}>List the codes no segment uses too</label>
      </p>
      <CodeMatrixTable firms={matrix.firms} rows={rows} caption={caption} onOpen={onOpen} />
    </>
  );
}
