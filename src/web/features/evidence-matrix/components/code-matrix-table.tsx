/**
 * Codes × firms: the codebook's tree down the side (indented by depth, built-in groups as heading
 * rows), and for each firm the segments coded with the code or a code under it — a button that
 * opens their quotes — and the kinds of source behind them (triangulation).
 */
import { words } from '../../../lib/format';
import type { CodeCell, CodeRow, FrameworkMatrix, QuoteChoice } from '../matrix-view';

function Cells({ cell, onOpen }: { cell: CodeCell; onOpen: (choice: QuoteChoice) => void }) {
  const { count, kinds } = cell.triangulation;
  return (
    <>
      <td className="number">
        {cell.segments.length === 0 ? (
          <span className="quiet">0</span>
        ) : (
          <button type="button" className="matrix-count" aria-label={cell.label} aria-haspopup="dialog" onClick={() => onOpen(cell.choice)}>
            {cell.segments.length}
          </button>
        )}
      </td>
      <td>
        {count === 0 ? (
          <span className="quiet">—</span>
        ) : (
          <>
            {count} <span className="quiet">({kinds.map(words).join(', ')})</span>
          </>
        )}
      </td>
    </>
  );
}

export function CodeMatrixTable({
  firms,
  rows,
  caption,
  onOpen,
}: {
  firms: FrameworkMatrix['firms'];
  rows: readonly CodeRow[];
  caption: string;
  onOpen: (choice: QuoteChoice) => void;
}) {
  const several = firms.length > 1;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="code-matrix">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col />
        </colgroup>
        {firms.map((f) => (
          <colgroup key={f.id} span={2} />
        ))}
        <thead>
          {several ? (
            <tr>
              <td />
              {firms.map((f) => (
                <th key={f.id} scope="colgroup" colSpan={2}>
                  {f.name}
                </th>
              ))}
            </tr>
          ) : null}
          <tr>
            <th scope="col">Code</th>
            {firms.map((f) => (
              <Headers key={f.id} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className={row.group ? 'code-group' : undefined}>
              <th scope="row" style={{ paddingLeft: `${0.6 + row.depth * 1.25}rem` }}>
                {row.name}
              </th>
              {row.cells.map((cell) => (
                <Cells key={cell.firm} cell={cell} onOpen={onOpen} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Headers() {
  return (
    <>
      <th scope="col" className="number">
        Segments
      </th>
      <th scope="col">Kinds of source (triangulation)</th>
    </>
  );
}
