/**
 * One firm's challenges × network types as a heatmap table: each cell the utilization level
 * recorded (its colour), how many quotes back it and from how many kinds of source. A cell with
 * quotes is a button that opens them.
 */
import { UTILIZATION_COLOURS } from '../../../../core/report/palette';
import { kindsInWords, quotesInWords, type HeatCell, type HeatmapView, type QuoteChoice, type UtilizationLevel } from '../matrix-view';

function Cell({ cell, onOpen }: { cell: HeatCell; onOpen: (choice: QuoteChoice) => void }) {
  const style = cell.colour === undefined ? undefined : { background: cell.colour.fill, color: cell.colour.text, borderColor: cell.colour.edge };
  // The spaces between the lines are not drawn (flex items), but keep the words apart for assistive technology.
  const body = (
    <>
      <span className="heat-level">{cell.level ?? 'no level recorded'}</span> <span className="heat-figure">{quotesInWords(cell.segments.length)}</span>{' '}
      <span className="heat-figure">{kindsInWords(cell.triangulation.count)}</span>
    </>
  );
  if (cell.segments.length === 0) {
    return (
      <div className={`heat-cell matrix-cell${cell.colour === undefined ? ' unrated' : ''}`} style={style}>
        {body}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={`heat-cell matrix-cell${cell.colour === undefined ? ' unrated' : ''}`}
      style={style}
      aria-label={cell.label}
      aria-haspopup="dialog"
      onClick={() => onOpen(cell.choice)}
    >
      {body}
    </button>
  );
}

export function ChallengeHeatmap({ view, caption, onOpen }: { view: HeatmapView; caption: string; onOpen: (choice: QuoteChoice) => void }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="heatmap matrix-heatmap">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Challenge</th>
              {view.columns.map((c) => (
                <th key={c.networkType} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.challenge}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={view.columns[i]?.networkType ?? i}>
                    {cell === undefined ? (
                      <span className="heat-empty">
                        <span className="visually-hidden">nothing recorded or coded</span>
                        <span aria-hidden="true">—</span>
                      </span>
                    ) : (
                      <Cell cell={cell} onOpen={onOpen} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="matrix-legend" aria-label="Utilization levels">
        {(Object.keys(UTILIZATION_COLOURS) as UtilizationLevel[]).map((level) => {
          const colour = UTILIZATION_COLOURS[level];
          return (
            <li key={level}>
              <span className="matrix-swatch" style={{ background: colour.fill, borderColor: colour.edge }} aria-hidden="true" /> {level}
            </li>
          );
        })}
        <li>
          <span className="matrix-swatch unrated" aria-hidden="true" /> no level recorded, only coded quotes
        </li>
      </ul>
    </>
  );
}
