/**
 * The utilization levels the analyst recorded (thesis Table 10): one row per challenge × network
 * type, in the table's order unless sorted otherwise, each editable in place with its evidence,
 * and a form to record another cell.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Empty } from '../../../components/states';
import { useToasts } from '../../../components/toast';
import { useCreateRecord, type UtilizationCell, type Versioned, type Vocabulary } from '../api';
import { freeId, keysOf, LEVEL_BASES, slug, type LevelBasis, type NetworkType, type UtilizationLevel } from '../drafts';
import { useDeleteWithUndo } from '../editing';
import { writeFailure, type WriteFailure } from '../problems';
import { nextSort, sortRows, type SortOrder, type SortValue } from '../table-model';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import { PlainHeader, SortHeader } from './table-parts';
import type { Option } from './tie-row';
import { LevelRow } from './level-row';

type CellColumn = 'challenge' | 'networkType' | 'level' | 'basis' | 'evidence';
const COLUMNS: [CellColumn, string][] = [
  ['challenge', 'Challenge'],
  ['networkType', 'Network type'],
  ['level', 'Level'],
  ['basis', 'Basis'],
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
  const problems = failure?.problems ?? [];
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
          <label htmlFor={`${id}-challenge`}>Challenge</label>
          <select
            id={`${id}-challenge`}
            value={challenge}
            onChange={(e) => setChallenge(e.target.value)}
            {...fieldAria(`${id}-challenge`, problems, '/challenge')}
          >
            {challenges.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-challenge`} problems={problems} pointer="/challenge" />
        </div>
        <div>
          <label htmlFor={`${id}-type`}>Network type</label>
          <select id={`${id}-type`} value={networkType} onChange={(e) => setNetworkType(e.target.value as NetworkType)}>
            {vocabulary.networkTypes.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as UtilizationLevel)}>
            {vocabulary.utilizationLevels.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-basis`}>Basis</label>
          <select id={`${id}-basis`} value={basis} onChange={(e) => setBasis(e.target.value as LevelBasis | '')}>
            <option value="">Not said</option>
            {keysOf(LEVEL_BASES).map((b) => (
              <option key={b} value={b}>
                {LEVEL_BASES[b]}
              </option>
            ))}
          </select>
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
  const challengeLabel = (c: string) => challenges.find((x) => x.id === c)?.label ?? c;
  const typeLabel = (t: NetworkType) => vocabulary.networkTypes.find((n) => n.value === t)?.label ?? t;

  const shown = useMemo(() => {
    const rank = <T,>(list: readonly T[], item: T) => (list.indexOf(item) + 1 || list.length + 1) * 10;
    const challengeIds = challenges.map((c) => c.id);
    const types = vocabulary.networkTypes.map((n) => n.value);
    const levels = vocabulary.utilizationLevels.map((l) => l.value);
    // Unsorted, the rows follow Table 10: challenges in its row order, network types in its column order.
    const tableOrder = [...cells].sort(
      (a, b) =>
        rank(challengeIds, a.record.challenge) - rank(challengeIds, b.record.challenge) ||
        rank(types, a.record.networkType) - rank(types, b.record.networkType),
    );
    const valueOf = ({ record: c }: Versioned<UtilizationCell>, column: CellColumn): SortValue =>
      column === 'challenge'
        ? rank(challengeIds, c.challenge)
        : column === 'networkType'
          ? rank(types, c.networkType)
          : column === 'level'
            ? rank(levels, c.level)
            : column === 'basis'
              ? c.basis
              : (c.evidence?.length ?? 0);
    return sortRows(tableOrder, order, valueOf);
  }, [cells, challenges, vocabulary, order]);

  return (
    <>
      {cells.length === 0 ? (
        <Empty title="No utilization levels recorded yet.">
          <p>Record how much each network type helps with each challenge with the form below.</p>
        </Empty>
      ) : (
        <div className="table-scroll" role="region" aria-label="Utilization table" tabIndex={0}>
          <table className="records-table" aria-label="Recorded utilization">
            <thead>
              <tr>
                {COLUMNS.map(([column, label]) => (
                  <SortHeader key={column} label={label} column={column} order={order} onSort={(c) => setOrder(nextSort(order, c))} />
                ))}
                <PlainHeader label="Description" />
                <SortHeader label="Evidence" column="evidence" order={order} onSort={(c) => setOrder(nextSort(order, c))} />
                <PlainHeader label="Actions" hidden />
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <AddCell workspace={workspace} firmId={firmId} vocabulary={vocabulary} challenges={challenges} taken={taken} />
    </>
  );
}
