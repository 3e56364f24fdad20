/**
 * Every node of the file with its figures, in a table the user can sort by any column and filter by
 * id; long lists come a hundred rows at a time. The rows the filter keeps, in the order chosen, are
 * the CSV download, made in the browser.
 */
import { useId, useState } from 'react';
import { SortHeader } from '../../../components/sort-header';
import {
  csvFileName,
  DIGITS,
  figure,
  filterRows,
  FIRST_ORDER,
  metricsCsv,
  metricsRows,
  nextOrder,
  orderInWords,
  sortRows,
  type GraphMetrics,
  type MetricsColumn,
  type MetricsOrder,
  type MetricsRow,
} from '../metrics-view';

const PAGE = 100;

const COLUMNS: [MetricsColumn, string][] = [
  ['id', 'Node'],
  ['degree', 'Degree'],
  ['betweenness', 'Betweenness'],
  ['constraint', 'Constraint'],
  ['effectiveSize', 'Effective size'],
];

/** Hands the rows to the browser as a CSV file to save. */
function downloadCsv(rows: readonly MetricsRow[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([metricsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function MetricsTable({ fileName, metrics }: { fileName: string; metrics: GraphMetrics }) {
  const filterId = useId();
  const [order, setOrder] = useState<MetricsOrder>(FIRST_ORDER);
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const all = metricsRows(metrics);
  const sorted = sortRows(filterRows(all, filter), order);
  const shown = sorted.slice(0, limit);
  const rest = sorted.length - shown.length;
  const isolated = all.some((r) => r.constraint === null || r.effectiveSize === null);
  const filtering = filter.trim() !== '';
  return (
    <section aria-labelledby="graph-nodes-heading">
      <h2 id="graph-nodes-heading">Nodes</h2>
      <div className="table-tools">
        <div>
          <label htmlFor={filterId}>Filter nodes by id</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <button type="button" onClick={() => downloadCsv(sorted, fileName)} disabled={sorted.length === 0}>
          Download CSV
        </button>
      </div>
      <p className="quiet" role="status">
        {filtering
          ? `${sorted.length.toLocaleString('en')} of ${all.length.toLocaleString('en')} nodes have “${filter.trim()}” in their id.`
          : `${all.length.toLocaleString('en')} nodes.`}{' '}
        The CSV holds the nodes the filter keeps, in the table’s order, with every figure at full precision.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="graph-nodes-caption" tabIndex={0}>
        <table className="metrics-table">
          <caption id="graph-nodes-caption">
            Nodes of {fileName}, by {orderInWords(order)}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map(([column, label]) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={label}
                  direction={order.column === column ? order.direction : undefined}
                  className={column === 'id' ? undefined : 'number'}
                  onSort={(c) => setOrder((o) => nextOrder(o, c))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.id}</th>
                <td className="number">{r.degree}</td>
                <td className="number">{figure(r.betweenness, DIGITS.betweenness)}</td>
                <td className="number">{figure(r.constraint, DIGITS.constraint)}</td>
                <td className="number">{figure(r.effectiveSize, DIGITS.effectiveSize)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isolated ? (
        <p className="table-note">
          — marks an isolated node: without ties, its constraint and effective size are undefined (networkx gives NaN); the CSV leaves them empty.
        </p>
      ) : null}
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
