/**
 * How the firm reaches one of its markets, picked from a list kept in the URL: who bridges it
 * there, each actor there with the shortest way to it (names joined by arrows), and those with none.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { countryName } from '../../../lib/format';
import type { Brokerage, MarketReach } from '../api';
import { chosenMarket, leadsToText, nodeNames, pathText, reachSummary } from '../brokerage-view';

function Reach({ firmName, reach, names, records }: { firmName: string; reach: MarketReach; names: ReadonlyMap<string, string>; records: string }) {
  const country = countryName(reach.market);
  if (reach.reached.length === 0 && reach.unreachable.length === 0) {
    return (
      <p>
        Add the partners, distributors, agencies or regulators there that the firm or its key people know in <Link to={records}>the firm’s records</Link>, with{' '}
        {country} as their country or among a tie’s markets.
      </p>
    );
  }
  return (
    <>
      <h3 id="bridges-heading">
        Who bridges {firmName} to {country}
      </h3>
      {reach.bridges.length === 0 ? (
        <p>Nobody in between: {firmName} reaches every actor there directly, or not at all.</p>
      ) : (
        <ul aria-labelledby="bridges-heading">
          {reach.bridges.map((b) => (
            <li key={b.id}>
              {b.name} <span className="quiet">— {leadsToText(b.leadsTo)}</span>
            </li>
          ))}
        </ul>
      )}
      {reach.reached.length === 0 ? null : (
        <div className="table-scroll" role="region" aria-labelledby="reached-caption" tabIndex={0}>
          <table className="reach-table">
            <caption id="reached-caption">
              Actors in {country} that {firmName} reaches, with the shortest way to each
            </caption>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Path</th>
                <th scope="col" className="number">
                  Steps
                </th>
              </tr>
            </thead>
            <tbody>
              {reach.reached.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{pathText(r.path, names)}</td>
                  <td className="number">{r.path.length - 1}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reach.unreachable.length === 0 ? null : (
        <>
          <h3 id="unreachable-heading">No path from the firm</h3>
          <p className="quiet">Nobody the firm knows leads to these yet: reaching them takes a new tie.</p>
          <ul aria-labelledby="unreachable-heading">
            {reach.unreachable.map((u) => (
              <li key={u.id}>{u.name}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function MarketReachPanel({ firmId, firmName, brokerage, records }: { firmId: string; firmName: string; brokerage: Brokerage; records: string }) {
  const [params, setParams] = useSearchParams();
  const names = useMemo(() => nodeNames(firmId, firmName, brokerage), [firmId, firmName, brokerage]);
  const reach = chosenMarket(brokerage.markets, params.get('market'));
  const empty = reach !== undefined && reach.reached.length === 0 && reach.unreachable.length === 0;
  return (
    <section className="panel" aria-labelledby="reach-heading">
      <h2 id="reach-heading">Reach into a market</h2>
      {reach === undefined ? (
        <p>
          No market with a country is recorded for {firmName} yet. Add the countries it targets or has entered in <Link to={records}>the firm’s records</Link>.
        </p>
      ) : (
        <>
          <p className="market-picker">
            <label htmlFor="reach-market">Market</label>{' '}
            <select
              id="reach-market"
              value={reach.market}
              onChange={(e) =>
                setParams(
                  (p) => {
                    p.set('market', e.target.value);
                    return p;
                  },
                  { replace: true },
                )
              }
            >
              {brokerage.markets.map((m) => (
                <option key={m.market} value={m.market}>
                  {countryName(m.market)} ({m.market})
                </option>
              ))}
            </select>
          </p>
          <p className={empty ? 'state state-empty reach-summary' : 'reach-summary'} aria-live="polite">
            {reachSummary(firmName, countryName(reach.market), reach)}
          </p>
          <Reach key={reach.market} firmName={firmName} reach={reach} names={names} records={records} />
        </>
      )}
    </section>
  );
}
