/**
 * The ties the map shows, as a table: the map's text alternative and its keyboard way in. Each
 * row's first cell is a button that selects the tie; long lists come a page at a time.
 */
import { useState } from 'react';
import { NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from '../../../../core/report/palette';
import { capitalize, words } from '../../../lib/format';
import { labelOf, type MapView, type NetworkModel, type Selection } from '../network-model';

const PAGE = 100;

export function TiesTable({
  model,
  view,
  selection,
  onSelect,
}: {
  model: NetworkModel;
  view: MapView;
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  const rows = view.ties.slice(0, limit);
  const rest = view.ties.length - rows.length;
  return (
    <section className="map-ties" aria-labelledby="ties-heading">
      <h2 id="ties-heading">Ties shown</h2>
      <p className="quiet">
        {view.ties.length === model.ties.length
          ? `All ${model.ties.length.toLocaleString('en')} ties of the firm.`
          : `${view.ties.length.toLocaleString('en')} of the firm's ${model.ties.length.toLocaleString('en')} ties, as filtered above.`}{' '}
        Choose a tie to see its details.
      </p>
      {view.ties.length === 0 ? (
        <p>No tie matches the filters.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Ties shown on the map" tabIndex={0}>
          <table className="ties-table">
            <thead>
              <tr>
                <th scope="col">Tie</th>
                <th scope="col">Network type</th>
                <th scope="col">Subtype</th>
                <th scope="col">Strength</th>
                <th scope="col">Status</th>
                <th scope="col">Markets</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tie) => (
                <tr key={tie.id} data-tie={tie.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-current={selection?.kind === 'tie' && selection.id === tie.id ? 'true' : undefined}
                      onClick={() => onSelect({ kind: 'tie', id: tie.id })}
                    >
                      {labelOf(model, tie.from)} → {labelOf(model, tie.to)}
                    </button>
                  </th>
                  <td>
                    <span
                      className="swatch swatch-circle"
                      style={{ background: NETWORK_COLOURS[tie.networkType], borderColor: NETWORK_EDGES[tie.networkType] }}
                      aria-hidden="true"
                    />
                    {NETWORK_NAMES[tie.networkType]}
                  </td>
                  <td>{tie.subtype === undefined ? '—' : words(tie.subtype)}</td>
                  <td>{tie.strength === undefined ? '—' : `${tie.strength} of 5`}</td>
                  <td>{capitalize(tie.status)}</td>
                  <td>{tie.markets === undefined || tie.markets.length === 0 ? '—' : tie.markets.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rest > 0 ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, rest).toLocaleString('en')} more of {rest.toLocaleString('en')}
        </button>
      ) : null}
    </section>
  );
}
