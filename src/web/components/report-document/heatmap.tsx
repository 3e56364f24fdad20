/**
 * The utilization heatmap (challenge × network type) from the same view model the HTML report
 * draws. Each cell is a button: choosing it shows the ties and evidence behind the level.
 */
import { NETWORK_NAMES, UTILIZATION_COLOURS } from '../../../core/report/palette';
import type { Heatmap, HeatmapCell, HeatmapRow } from './types';

export const NETWORK_TYPES = ['social', 'business', 'institutional', 'digital'] as const;

export interface HeatmapChoice {
  row: HeatmapRow;
  cell: HeatmapCell;
}

export function cellLabel(row: HeatmapRow, cell: HeatmapCell): string {
  return `${row.label} × ${NETWORK_NAMES[cell.networkType].toLowerCase()} network: ${cell.level}${cell.basis === 'suggested' ? ' suggested (by the ties; nothing recorded)' : ''}`;
}

export function HeatmapGrid({
  chart,
  caption,
  selected,
  onSelect,
}: {
  chart: Heatmap;
  caption: string;
  selected?: HeatmapChoice | undefined;
  onSelect?: (choice: HeatmapChoice) => void;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Challenge</th>
            {NETWORK_TYPES.map((t) => (
              <th key={t} scope="col">
                {NETWORK_NAMES[t]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {NETWORK_TYPES.map((t) => {
                const cell = row.cells.find((c) => c.networkType === t);
                if (cell === undefined)
                  return (
                    <td key={t} className="heat-empty">
                      <span className="visually-hidden">nothing recorded or suggested</span>—
                    </td>
                  );
                const colour = UTILIZATION_COLOURS[cell.level];
                const suggested = cell.basis === 'suggested';
                const isSelected = selected !== undefined && selected.row === row && selected.cell === cell;
                const style = suggested ? { borderColor: colour.edge } : { background: colour.fill, color: colour.text, borderColor: colour.edge };
                return (
                  <td key={t}>
                    <button
                      type="button"
                      className={`heat-cell${suggested ? ' suggested' : ''}`}
                      style={style}
                      aria-label={cellLabel(row, cell)}
                      aria-pressed={onSelect === undefined ? undefined : isSelected}
                      disabled={onSelect === undefined}
                      onClick={() => onSelect?.({ row, cell })}
                    >
                      <span className="heat-level">{cell.level}</span>
                      {suggested ? (
                        <>
                          {' '}
                          <span className="heat-basis">suggested</span>
                        </>
                      ) : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
