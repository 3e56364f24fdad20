/**
 * The firm's ties: filtered by words and network type, sorted by any column, a page of 100 at a
 * time (filtering first, so a filter finds ties on every page), each row editable in place, and a
 * form under the table to add one.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Empty } from '../../../components/states';
import { words } from '../../../lib/format';
import type { Tie, Versioned, Vocabulary } from '../api';
import { useDeleteWithUndo } from '../editing';
import { filterWords, hasWords, nextSort, pageOf, sortRows, type SortOrder, type SortValue } from '../table-model';
import { CountLine, Pager, PlainHeader, SortHeader } from './table-parts';
import { TieForm, type Endpoints } from './tie-form';
import { TieRow, type Option } from './tie-row';

type TieColumn = 'from' | 'to' | 'networkType' | 'subtype' | 'strength' | 'trust' | 'status' | 'since' | 'lastContact' | 'evidence';

const COLUMNS: [TieColumn, string][] = [
  ['from', 'From'],
  ['to', 'To'],
  ['networkType', 'Network type'],
  ['subtype', 'Subtype'],
  ['strength', 'Strength'],
  ['trust', 'Trust'],
  ['status', 'Status'],
  ['since', 'Since'],
  ['lastContact', 'Last contact'],
  ['evidence', 'Evidence'],
];

export function TiesPanel({
  workspace,
  firmId,
  ties,
  names,
  vocabulary,
  challenges,
  endpoints,
  taken,
}: {
  workspace: string;
  firmId: string;
  ties: readonly Versioned<Tie>[];
  names: ReadonlyMap<string, string>;
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  endpoints: Endpoints;
  taken: ReadonlySet<string>;
}) {
  const [filter, setFilter] = useState('');
  const [networkType, setNetworkType] = useState('');
  const [order, setOrder] = useState<SortOrder<TieColumn> | undefined>(undefined);
  const [page, setPage] = useState(0);
  const remove = useDeleteWithUndo(workspace, firmId, 'ties');
  const id = useId();
  const nameOf = (ref: string) => names.get(ref) ?? ref;

  // Each tie's text, lower-cased once per change of the data rather than on every keystroke.
  const indexed = useMemo(() => {
    const typeLabels = new Map(vocabulary.networkTypes.map((n) => [n.value, n.label]));
    const name = (ref: string) => names.get(ref) ?? ref;
    return ties.map((row) => {
      const t = row.record;
      return {
        row,
        text: `${name(t.from)} ${name(t.to)} ${typeLabels.get(t.networkType) ?? ''} ${words(t.subtype ?? '')} ${t.status} ${t.description ?? ''} ${t.id}`.toLowerCase(),
      };
    });
  }, [ties, names, vocabulary]);
  // Typing stays quick on 20,000 ties: the table follows the filter when React has time.
  const deferredFilter = useDeferredValue(filter);

  const shown = useMemo(() => {
    const typeLabels = new Map(vocabulary.networkTypes.map((n) => [n.value, n.label]));
    const wanted = filterWords(deferredFilter);
    const matching = indexed
      .filter(({ row, text }) => (networkType === '' || row.record.networkType === networkType) && hasWords(text, wanted))
      .map((i) => i.row);
    const valueOf = ({ record: t }: Versioned<Tie>, column: TieColumn): SortValue => {
      switch (column) {
        case 'from':
          return names.get(t.from) ?? t.from;
        case 'to':
          return names.get(t.to) ?? t.to;
        case 'networkType':
          return typeLabels.get(t.networkType);
        case 'subtype':
          return t.subtype;
        case 'evidence':
          return t.evidence?.length ?? 0;
        default:
          return t[column];
      }
    };
    return sortRows(matching, order, valueOf);
  }, [indexed, names, vocabulary, deferredFilter, networkType, order]);
  const current = pageOf(shown, page);

  return (
    <>
      <div className="filters" role="search" aria-label="Tie filters">
        <div>
          <label htmlFor={`${id}-filter`}>Filter ties</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            placeholder="Names, subtype, description…"
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(0);
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-type`}>Network type</label>
          <select
            id={`${id}-type`}
            value={networkType}
            onChange={(e) => {
              setNetworkType(e.target.value);
              setPage(0);
            }}
          >
            <option value="">All network types</option>
            {vocabulary.networkTypes.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {ties.length === 0 ? (
        <Empty title="No ties recorded yet.">
          <p>Add the firm's first tie with the form below.</p>
        </Empty>
      ) : (
        <>
          <CountLine page={current} all={ties.length} noun="ties" />
          {current.total === 0 ? (
            <p>No tie matches the filter.</p>
          ) : (
            <div className="table-scroll" role="region" aria-label="Ties table" tabIndex={0}>
              <table className="records-table" aria-label="Ties">
                <thead>
                  <tr>
                    {COLUMNS.map(([column, label]) => (
                      <SortHeader
                        key={column}
                        label={label}
                        column={column}
                        order={order}
                        onSort={(c) => {
                          setOrder(nextSort(order, c));
                          setPage(0);
                        }}
                      />
                    ))}
                    <PlainHeader label="Actions" hidden />
                  </tr>
                </thead>
                <tbody>
                  {current.rows.map((t) => (
                    <TieRow
                      key={t.record.id}
                      workspace={workspace}
                      firmId={firmId}
                      current={t}
                      fromName={nameOf(t.record.from)}
                      toName={nameOf(t.record.to)}
                      vocabulary={vocabulary}
                      challenges={challenges}
                      onDelete={remove}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={current} noun="ties" onPage={setPage} />
        </>
      )}
      <TieForm workspace={workspace} firmId={firmId} vocabulary={vocabulary} endpoints={endpoints} names={names} taken={taken} />
    </>
  );
}
