/** What stands behind one heatmap cell: the recorded level, the level the ties suggest, those ties, and the quotes. */
import { NETWORK_NAMES } from '../../../core/report/palette';
import type { HeatmapChoice } from './heatmap';
import type { Footnote } from './types';

const ORDER = ['Not used', 'Low', 'Moderate', 'High'] as const;

/** One sentence on what the difference between the recorded and the suggested level means. */
export function differenceSentence(recorded: string | undefined, suggested: string | undefined): string {
  if (recorded === undefined && suggested === undefined) return 'Nothing is recorded and no tie is tagged as helping here.';
  if (recorded === undefined)
    return 'Only the ties suggest this level: no analyst has recorded one yet. Record a level with its evidence to confirm or correct it.';
  if (suggested === undefined)
    return 'The analyst recorded this level; no tie on record is tagged as helping with it, so the ties neither support nor contradict it.';
  const gap = ORDER.indexOf(recorded as (typeof ORDER)[number]) - ORDER.indexOf(suggested as (typeof ORDER)[number]);
  if (gap === 0) return 'The recorded level and the level the ties suggest agree.';
  if (gap > 0)
    return 'The analyst saw more use than the tagged ties explain: some ties behind it may be missing from the map, or not tagged as helping with this challenge.';
  return 'The ties suggest more use than the analyst recorded: the ties may be weaker in practice than on paper, or the recorded level may be out of date.';
}

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
        <dt>Suggested by the ties</dt>
        <dd>{cell.suggested ?? 'no tie tagged as helping'}</dd>
      </dl>
      <p>{differenceSentence(cell.recorded, cell.suggested)}</p>
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
