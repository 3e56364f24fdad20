/** What stands behind one heatmap cell: the recorded level and its kinds of source, the level the ties suggest, what the difference means, those ties, and the quotes. */
import { NETWORK_NAMES } from '../../../core/report/palette';
import type { HeatmapChoice } from './heatmap';
import { sourceKindsLabel } from './source-kinds-label';
import type { Footnote } from './types';

export function HeatmapDetail({ choice, footnotes, onClose }: { choice: HeatmapChoice; footnotes: ReadonlyMap<number, Footnote>; onClose: () => void }) {
  const { row, cell } = choice;
  const quotes = cell.notes.map((n) => footnotes.get(n)).filter((f): f is Footnote => f !== undefined);
  const heading = `${row.label} × ${NETWORK_NAMES[cell.networkType].toLowerCase()} network`;
  return (
    <aside className="cell-detail" aria-label={`Behind the cell ${heading}`}>
      <div className="cell-detail-head">
        <h3>{heading}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>Recorded by the analyst</dt>
        <dd>{cell.recorded ?? 'nothing recorded'}</dd>
        {cell.triangulation === undefined ? null : (
          <>
            <dt>Sources behind the recorded level</dt>
            <dd>{sourceKindsLabel(cell.triangulation)}</dd>
          </>
        )}
        <dt>Suggested by the ties</dt>
        <dd>{cell.suggested ?? 'no tie tagged as helping'}</dd>
      </dl>
      <p>{cell.meaning}</p>
      <h4>Ties behind it</h4>
      {cell.ties.length === 0 ? (
        <p className="quiet">No tie is tagged as helping with this challenge.</p>
      ) : (
        <ul>
          {cell.ties.map((t) => (
            <li key={t.id}>{t.name}</li>
          ))}
        </ul>
      )}
      <h4>Evidence</h4>
      {quotes.length === 0 ? (
        <p className="quiet">No quote is cited for this cell.</p>
      ) : (
        <ul className="quotes">
          {quotes.map((q) => (
            <li key={q.number}>
              <q>{q.quote}</q> {q.where === undefined ? null : <span className="quiet">— {q.where}</span>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
