/** The workspace's firms, one row each: where they come from, their size, pathway, markets and worst challenge. */
import { Link } from 'react-router';
import { capitalize, words } from '../../../lib/format';
import type { FirmCard } from '../../../lib/firms';

function markets(card: FirmCard): string {
  if (card.markets.length === 0) return '—';
  return card.markets.map((m) => `${m.place} (${words(m.status)})`).join(', ');
}

/** `canWrite`: the user may change the workspace, so an unfinished firm offers its guided intake. */
export function FirmTable({ workspace, firms, canWrite }: { workspace: string; firms: readonly FirmCard[]; canWrite: boolean }) {
  return (
    <div className="table-scroll" role="region" aria-label="Firms" tabIndex={0}>
      <table className="firm-table">
        <thead>
          <tr>
            <th scope="col">Firm</th>
            <th scope="col">Origin</th>
            <th scope="col">Size</th>
            <th scope="col">Pathway</th>
            <th scope="col">Markets</th>
            <th scope="col">Worst challenge</th>
            <th scope="col">Ties</th>
          </tr>
        </thead>
        <tbody>
          {firms.map((f) => (
            <tr key={f.id} data-firm={f.id}>
              <th scope="row">
                <Link to={`/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(f.id)}`}>{f.name}</Link>
                <div className="quiet">{f.id}</div>
                {canWrite && f.counts.ties === 0 ? (
                  <Link className="intake-link" to={`/w/${encodeURIComponent(workspace)}/intake/${encodeURIComponent(f.id)}`}>
                    Continue the guided intake
                  </Link>
                ) : null}
              </th>
              <td>
                {f.countryName} <span className="quiet">({f.countryOfOrigin})</span>
              </td>
              <td>{f.sizeClass === undefined ? '—' : capitalize(f.sizeClass)}</td>
              <td>{f.pathway === undefined ? '—' : capitalize(words(f.pathway))}</td>
              <td>{markets(f)}</td>
              <td>
                {f.worstChallenge === undefined ? (
                  <span className="quiet">none rated</span>
                ) : (
                  <>
                    <span className={`level level-challenge-${f.worstChallenge.level.toLowerCase()}`}>{f.worstChallenge.level}</span> {f.worstChallenge.label}
                    {f.worstChallenge.marketPlace === undefined ? null : <span className="quiet"> in {f.worstChallenge.marketPlace}</span>}
                  </>
                )}
              </td>
              <td>
                {f.counts.ties} <span className="quiet">to {f.counts.actors} actors</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
