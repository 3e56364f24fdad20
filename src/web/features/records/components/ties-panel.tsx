/**
 * The firm's ties: filtered by words and network type, sorted by any column, a page of 100 at a
 * time (filtering first, so a filter finds ties on every page), each row editable in place, and a
 * form under the table to add one.
 */
import { useId, useMemo } from 'react';
import { Empty } from '../../../components/states';
import { words } from '../../../lib/format';
import type { Tie, Versioned, Vocabulary } from '../api';
import { useDeleteWithUndo, useRowRights } from '../editing';
import type { NetworkType } from '../drafts';
import { filterWords, hasWords, pageOf, sortRows, type SortValue } from '../table-model';
import { useTableView } from '../use-table-view';
import { SelectField } from './fields';
import { FilterBar, PagedRecords, RecordsTable, sortingColumns } from './records-table';
import type { Endpoints } from './end-select';
import { TieForm } from './tie-form';
import { TieRow } from './tie-row';
import type { Option } from './fields';

type TieColumn = 'from' | 'to' | 'networkType' | 'subtype' | 'strength' | 'trust' | 'status' | 'since' | 'lastContact' | 'evidence';

const COLUMNS = sortingColumns<TieColumn>([
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
]);

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
  const view = useTableView<TieColumn, NetworkType>();
  const remove = useDeleteWithUndo(workspace, firmId, 'ties');
  const rights = useRowRights(workspace);
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
  const { deferredFilter, choice: networkType, order } = view;

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
  const current = pageOf(shown, view.page);

  return (
    <>
      <FilterBar id={id} name="Tie filters" label="Filter ties" placeholder="Names, subtype, description…" filter={view.filter} onFilter={view.setFilter}>
        <SelectField
          id={`${id}-type`}
          label="Network type"
          choices={vocabulary.networkTypes}
          empty="All network types"
          value={networkType}
          onChange={view.setChoice}
        />
      </FilterBar>
      <PagedRecords
        page={current}
        all={ties.length}
        noun="ties"
        one="tie"
        onPage={view.setPage}
        empty={<Empty title="No ties recorded yet.">{rights.edit ? <p>Add the firm's first tie with the form below.</p> : null}</Empty>}
      >
        <RecordsTable name="Ties" region="Ties table" columns={COLUMNS} order={order} onSort={view.sort} actions={rights.any}>
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
              endpoints={endpoints}
              onDelete={remove}
            />
          ))}
        </RecordsTable>
      </PagedRecords>
      {rights.edit ? <TieForm workspace={workspace} firmId={firmId} vocabulary={vocabulary} endpoints={endpoints} names={names} taken={taken} /> : null}
    </>
  );
}
