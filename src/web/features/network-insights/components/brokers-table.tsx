/** The key people and actors as brokers, in a table the user can sort by any column; long lists come a hundred rows at a time. */
import { useState } from 'react';
import { countryName } from '../../../lib/format';
import type { Broker } from '../api';
import { API_ORDER, figure, nextOrder, orderInWords, sortBrokers, type BrokerColumn, type BrokerOrder } from '../brokerage-view';
import { SortHeader } from '../../../components/sort-header';

const PAGE = 100;

const COLUMNS: [BrokerColumn, string][] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['degree', 'Degree'],
  ['betweenness', 'Betweenness'],
  ['constraint', 'Constraint'],
  ['effectiveSize', 'Effective size'],
  ['bridgesTo', 'Bridges to'],
];

const NUMBERS: ReadonlySet<BrokerColumn> = new Set(['degree', 'betweenness', 'constraint', 'effectiveSize']);

const KINDS: Record<Broker['kind'], string> = { keyPerson: 'Key person', actor: 'Actor' };

export function BrokersTable({ firmName, brokers }: { firmName: string; brokers: readonly Broker[] }) {
  const [order, setOrder] = useState<BrokerOrder>(API_ORDER);
  const [limit, setLimit] = useState(PAGE);
  const sorted = sortBrokers(brokers, order);
  const rows = sorted.slice(0, limit);
  const rest = sorted.length - rows.length;
  return (
    <section aria-labelledby="brokers-heading">
      <h2 id="brokers-heading">Brokers</h2>
      <p className="quiet">
        <strong>Degree</strong>: how many ties someone has. <strong>Betweenness</strong>: how often they lie on the shortest way between two others in the
        network. <strong>Constraint</strong> and <strong>effective size</strong>: the same measures as the firm’s above, for them. <strong>Bridges to</strong>:
        the markets they lie on the firm’s way to. Choose a column’s heading to sort by it.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="brokers-caption" tabIndex={0}>
        <table className="brokers-table">
          <caption id="brokers-caption">
            Key people and actors of {firmName} as brokers, by {orderInWords(order)}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map(([column, label]) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={label}
                  direction={order.column === column ? order.direction : undefined}
                  className={NUMBERS.has(column) ? 'number' : undefined}
                  onSort={(c) => setOrder((o) => nextOrder(o, c))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id} data-broker={b.id}>
                <th scope="row">{b.name}</th>
                <td>{KINDS[b.kind]}</td>
                <td className="number">{b.degree}</td>
                <td className="number">{figure(b.betweenness, 3)}</td>
                <td className="number">{figure(b.constraint, 3)}</td>
                <td className="number">{figure(b.effectiveSize, 2)}</td>
                <td>{b.bridgesTo.length === 0 ? '—' : b.bridgesTo.map((m) => `${countryName(m)} (${m})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 ? (
        <p>
          <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
            Show {Math.min(PAGE, rest).toLocaleString('en')} more of {rest.toLocaleString('en')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
