/**
 * The utilization levels the analyst recorded (thesis Table 10): one row per challenge × network
 * type, in the table's order unless sorted otherwise, each editable in place with its evidence,
 * and a form to record another cell.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Empty } from '../../../components/states';
import { useToasts } from '../../../components/toast';
import { useCreateRecord, type UtilizationCell, type Versioned, type Vocabulary } from '../api';
import { freeId, slug, type LevelBasis, type NetworkType, type UtilizationLevel } from '../drafts';
import { useDeleteWithUndo, useRowRights } from '../editing';
import { writeFailure, type WriteFailure } from '../problems';
import { nextSort, rankIn, sortRows, type SortOrder, type SortValue } from '../table-model';
import { WriteProblems } from './field-problems';
import { choicesOfOptions, SelectField } from './fields';
import { BasisSelect, LevelSelect, NetworkTypeSelect } from './record-selects';
import { RecordsTable, type Column } from './records-table';
import { LevelRow } from './level-row';
import type { Option } from './fields';

type CellColumn = 'challenge' | 'networkType' | 'level' | 'basis' | 'evidence';
const COLUMNS: Column<CellColumn>[] = [
  { label: 'Challenge', sortBy: 'challenge' },
  { label: 'Network type', sortBy: 'networkType' },
  { label: 'Level', sortBy: 'level' },
  { label: 'Basis', sortBy: 'basis' },
  { label: 'Description' },
  { label: 'Evidence', sortBy: 'evidence' },
];

function AddCell({
  workspace,
  firmId,
  vocabulary,
  challenges,
  taken,
}: {
  workspace: string;
  firmId: string;
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  taken: ReadonlySet<string>;
}) {
  const create = useCreateRecord(workspace, firmId, 'utilization');
  const toasts = useToasts();
  const id = useId();
  const [challenge, setChallenge] = useState(challenges[0]?.id ?? '');
  const [networkType, setNetworkType] = useState<NetworkType>('social');
  const [level, setLevel] = useState<UtilizationLevel>('Moderate');
  const [basis, setBasis] = useState<LevelBasis | ''>('');
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const record: UtilizationCell = {
      id: freeId(`util-${slug(challenge)}-${networkType}`, taken),
      challenge,
      networkType,
      level,
      ...(basis === '' ? {} : { basis }),
    };
    const label = `${challenges.find((c) => c.id === challenge)?.label ?? challenge} × ${vocabulary.networkTypes.find((n) => n.value === networkType)?.label ?? networkType}`;
    create.mutate(record, { onSuccess: () => toasts.show(`Recorded ${label}: ${level}.`), onError: (err) => setFailure(writeFailure(err)) });
  };
  return (
    <form className="add-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Record a utilization level</h3>
      <div className="form-grid">
        <div>
          <SelectField
            id={`${id}-challenge`}
            label="Challenge"
            choices={choicesOfOptions(challenges)}
            value={challenge}
            onChange={setChallenge}
            problems={failure?.problems ?? []}
            pointer="/challenge"
          />
        </div>
        <div>
          <NetworkTypeSelect id={`${id}-type`} label="Network type" networkTypes={vocabulary.networkTypes} value={networkType} onChange={setNetworkType} />
        </div>
        <div>
          <LevelSelect id={`${id}-level`} label="Level" levels={vocabulary.utilizationLevels} value={level} onChange={setLevel} />
        </div>
        <div>
          <BasisSelect id={`${id}-basis`} label="Basis" value={basis} onChange={setBasis} />
        </div>
      </div>
      <WriteProblems failure={failure} shown={['/challenge']} />
      <button type="submit" className="primary" disabled={create.isPending}>
        Record level
      </button>
    </form>
  );
}

export function UtilizationPanel({
  workspace,
  firmId,
  cells,
  vocabulary,
  challenges,
  taken,
}: {
  workspace: string;
  firmId: string;
  cells: readonly Versioned<UtilizationCell>[];
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  taken: ReadonlySet<string>;
}) {
  const [order, setOrder] = useState<SortOrder<CellColumn> | undefined>(undefined);
  const remove = useDeleteWithUndo(workspace, firmId, 'utilization');
  const rights = useRowRights(workspace);
  const challengeLabel = (c: string) => challenges.find((x) => x.id === c)?.label ?? c;
  const typeLabel = (t: NetworkType) => vocabulary.networkTypes.find((n) => n.value === t)?.label ?? t;

  const shown = useMemo(() => {
    const challengeIds = challenges.map((c) => c.id);
    const types = vocabulary.networkTypes.map((n) => n.value);
    const levels = vocabulary.utilizationLevels.map((l) => l.value);
    // Unsorted, the rows follow Table 10: challenges in its row order, network types in its column order.
    const tableOrder = [...cells].sort(
      (a, b) =>
        rankIn(challengeIds, a.record.challenge) - rankIn(challengeIds, b.record.challenge) ||
        rankIn(types, a.record.networkType) - rankIn(types, b.record.networkType),
    );
    const valueOf = ({ record: c }: Versioned<UtilizationCell>, column: CellColumn): SortValue =>
      column === 'challenge'
        ? rankIn(challengeIds, c.challenge)
        : column === 'networkType'
          ? rankIn(types, c.networkType)
          : column === 'level'
            ? rankIn(levels, c.level)
            : column === 'basis'
              ? c.basis
              : (c.evidence?.length ?? 0);
    return sortRows(tableOrder, order, valueOf);
  }, [cells, challenges, vocabulary, order]);

  return (
    <>
      {cells.length === 0 ? (
        <Empty title="No utilization levels recorded yet.">
          {rights.edit ? <p>Record how much each network type helps with each challenge with the form below.</p> : null}
        </Empty>
      ) : (
        <RecordsTable
          name="Recorded utilization"
          region="Utilization table"
          columns={COLUMNS}
          order={order}
          onSort={(c) => setOrder(nextSort(order, c))}
          actions={rights.any}
        >
          {shown.map((c) => (
            <LevelRow
              key={c.record.id}
              workspace={workspace}
              firmId={firmId}
              collection="utilization"
              current={c}
              heading={challengeLabel(c.record.challenge)}
              second={typeLabel(c.record.networkType)}
              levels={vocabulary.utilizationLevels}
              onDelete={remove}
            />
          ))}
        </RecordsTable>
      )}
      {rights.edit ? <AddCell workspace={workspace} firmId={firmId} vocabulary={vocabulary} challenges={challenges} taken={taken} /> : null}
    </>
  );
}
