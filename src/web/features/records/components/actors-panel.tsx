/**
 * The firm's actors: filtered by words and kind, sorted by any column, a page of 100 at a time,
 * each row editable in place, and a form under the table to add one.
 */
import { useId, useMemo } from 'react';
import { Empty } from '../../../components/states';
import { countryName } from '../../../lib/format';
import type { Actor, Versioned } from '../api';
import { ACTOR_KINDS, type ActorKind } from '../drafts';
import { useDeleteWithUndo, useRowRights } from '../editing';
import { filterWords, hasWords, pageOf, sortRows, type SortValue } from '../table-model';
import { useTableView } from '../use-table-view';
import { ActorForm } from './actor-form';
import { kindText } from './actor-fields';
import { ActorRow } from './actor-row';
import { choicesOf, SelectField } from './fields';
import { FilterBar, PagedRecords, RecordsTable, sortingColumns } from './records-table';

type ActorColumn = 'name' | 'kind' | 'countries' | 'sector' | 'roles' | 'evidence';

const COLUMNS = sortingColumns<ActorColumn>([
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['countries', 'Countries'],
  ['sector', 'Sector'],
  ['roles', 'Roles'],
  ['evidence', 'Evidence'],
]);
const KINDS = choicesOf(ACTOR_KINDS);

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
  const view = useTableView<ActorColumn, ActorKind>();
  const remove = useDeleteWithUndo(workspace, firmId, 'actors');
  const rights = useRowRights(workspace);
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

  const organizations = useMemo(
    () =>
      actors.flatMap(({ record: a }) => (a.kind === 'organization' ? [{ id: a.id, label: a.name }] : [])).sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [actors],
  );

  const { deferredFilter, choice: kind, order } = view;
  const shown = useMemo(() => {
    const wanted = filterWords(deferredFilter);
    const matching = indexed.filter(({ row, text }) => (kind === '' || row.record.kind === kind) && hasWords(text, wanted)).map((i) => i.row);
    return sortRows(matching, order, valueOf);
  }, [indexed, deferredFilter, kind, order]);
  const current = pageOf(shown, view.page);

  return (
    <>
      <FilterBar id={id} name="Actor filters" label="Filter actors" placeholder="Name, country, sector, role…" filter={view.filter} onFilter={view.setFilter}>
        <SelectField id={`${id}-kind`} label="Kind" choices={KINDS} empty="All kinds" value={kind} onChange={view.setChoice} />
      </FilterBar>
      <PagedRecords
        page={current}
        all={actors.length}
        noun="actors"
        one="actor"
        onPage={view.setPage}
        empty={
          <Empty title="No actors recorded yet.">
            {rights.edit ? <p>Add the people, organizations and platforms the firm can reach with the form below.</p> : null}
          </Empty>
        }
      >
        <RecordsTable name="Actors" region="Actors table" columns={COLUMNS} order={order} onSort={view.sort} actions={rights.any}>
          {current.rows.map((a) => (
            <ActorRow key={a.record.id} workspace={workspace} firmId={firmId} current={a} organizations={organizations} onDelete={remove} />
          ))}
        </RecordsTable>
      </PagedRecords>
      {rights.edit ? <ActorForm workspace={workspace} firmId={firmId} taken={taken} /> : null}
    </>
  );
}
