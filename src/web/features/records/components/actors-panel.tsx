/**
 * The firm's actors: filtered by words and kind, sorted by any column, a page of 100 at a time,
 * each row editable in place, and a form under the table to add one.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Empty } from '../../../components/states';
import { countryName } from '../../../lib/format';
import type { Actor, Versioned } from '../api';
import { ACTOR_KINDS, keysOf } from '../drafts';
import { useDeleteWithUndo } from '../editing';
import { filterWords, hasWords, nextSort, pageOf, sortRows, type SortOrder, type SortValue } from '../table-model';
import { ActorForm } from './actor-form';
import { kindText } from './actor-fields';
import { ActorRow } from './actor-row';
import { CountLine, Pager, PlainHeader, SortHeader } from './table-parts';

type ActorColumn = 'name' | 'kind' | 'countries' | 'sector' | 'roles' | 'evidence';

const COLUMNS: [ActorColumn, string][] = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['countries', 'Countries'],
  ['sector', 'Sector'],
  ['roles', 'Roles'],
  ['evidence', 'Evidence'],
];

function valueOf({ record: a }: Versioned<Actor>, column: ActorColumn): SortValue {
  switch (column) {
    case 'name':
      return a.name;
    case 'kind':
      return kindText(a);
    case 'countries':
      return (a.countries ?? []).map(countryName).join(', ');
    case 'sector':
      return a.sector;
    case 'roles':
      return a.roles.join(', ');
    case 'evidence':
      return a.evidence?.length ?? 0;
  }
}

export function ActorsPanel({
  workspace,
  firmId,
  actors,
  taken,
}: {
  workspace: string;
  firmId: string;
  actors: readonly Versioned<Actor>[];
  taken: ReadonlySet<string>;
}) {
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('');
  const [order, setOrder] = useState<SortOrder<ActorColumn> | undefined>(undefined);
  const [page, setPage] = useState(0);
  const remove = useDeleteWithUndo(workspace, firmId, 'actors');
  const id = useId();

  // Each actor's text, lower-cased once per change of the data rather than on every keystroke.
  const indexed = useMemo(
    () =>
      actors.map((row) => {
        const a = row.record;
        const places = (a.countries ?? []).map((c) => `${c} ${countryName(c)}`).join(' ');
        return { row, text: `${a.name} ${kindText(a)} ${places} ${a.sector ?? ''} ${a.roles.join(' ')} ${a.description ?? ''} ${a.id}`.toLowerCase() };
      }),
    [actors],
  );
  const deferredFilter = useDeferredValue(filter);

  const shown = useMemo(() => {
    const wanted = filterWords(deferredFilter);
    const matching = indexed.filter(({ row, text }) => (kind === '' || row.record.kind === kind) && hasWords(text, wanted)).map((i) => i.row);
    return sortRows(matching, order, valueOf);
  }, [indexed, deferredFilter, kind, order]);
  const current = pageOf(shown, page);

  return (
    <>
      <div className="filters" role="search" aria-label="Actor filters">
        <div>
          <label htmlFor={`${id}-filter`}>Filter actors</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            placeholder="Name, country, sector, role…"
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(0);
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setPage(0);
            }}
          >
            <option value="">All kinds</option>
            {keysOf(ACTOR_KINDS).map((k) => (
              <option key={k} value={k}>
                {ACTOR_KINDS[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {actors.length === 0 ? (
        <Empty title="No actors recorded yet.">
          <p>Add the people, organizations and platforms the firm can reach with the form below.</p>
        </Empty>
      ) : (
        <>
          <CountLine page={current} all={actors.length} noun="actors" />
          {current.total === 0 ? (
            <p>No actor matches the filter.</p>
          ) : (
            <div className="table-scroll" role="region" aria-label="Actors table" tabIndex={0}>
              <table className="records-table" aria-label="Actors">
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
                  {current.rows.map((a) => (
                    <ActorRow key={a.record.id} workspace={workspace} firmId={firmId} current={a} onDelete={remove} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={current} noun="actors" onPage={setPage} />
        </>
      )}
      <ActorForm workspace={workspace} firmId={firmId} taken={taken} />
    </>
  );
}
