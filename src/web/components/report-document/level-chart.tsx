/** Challenge levels per category, one column per firm, from the report's challenge-levels view model. */
import { CHALLENGE_COLOURS } from '../../../core/report/palette';
import { NoteRefs } from './notes';
import type { Chart } from './types';

type ChallengeLevels = Extract<Chart, { type: 'challenge-levels' }>;

export function ChallengeLevelsGrid({ chart, caption }: { chart: ChallengeLevels; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="level-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Challenge</th>
            {chart.firms.map((f) => (
              <th key={f} scope="col">
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.levels.map((level, i) => {
                const colour = level === undefined || level === null ? undefined : CHALLENGE_COLOURS[level];
                return (
                  <td key={i}>
                    {level === undefined || level === null || colour === undefined ? (
                      <span className="quiet">not rated</span>
                    ) : (
                      <span className="level-chip" style={{ background: colour.fill, color: colour.text, borderColor: colour.edge }}>
                        {level}
                      </span>
                    )}
                    <NoteRefs notes={row.notes[i] ?? []} />
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
