/**
 * The firm's challenge ratings (thesis Table 9): one row per challenge, or per challenge and
 * market, in the table's order unless sorted otherwise; each editable in place with the evidence
 * behind it, and a form to rate another.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Empty } from '../../../components/states';
import { useToasts } from '../../../components/toast';
import { countryName } from '../../../lib/format';
import { useCreateRecord, type ChallengeRating, type Market, type Versioned, type Vocabulary } from '../api';
import { freeId, slug, type ChallengeLevel, type LevelBasis } from '../drafts';
import { useDeleteWithUndo, useRowRights } from '../editing';
import { writeFailure, type WriteFailure } from '../problems';
import { nextSort, rankIn, sortRows, type SortOrder, type SortValue } from '../table-model';
import { WriteProblems } from './field-problems';
import { choicesOfOptions, SelectField } from './fields';
import { BasisSelect, LevelSelect } from './record-selects';
import { LevelRow } from './level-row';
import { RecordsTable, type Column } from './records-table';
import type { Option } from './fields';

type RatingColumn = 'category' | 'market' | 'level' | 'basis' | 'evidence';
const ALL_MARKETS = 'All markets';
const COLUMNS: Column<RatingColumn>[] = [
  { label: 'Challenge', sortBy: 'category' },
  { label: 'Market', sortBy: 'market' },
  { label: 'Level', sortBy: 'level' },
  { label: 'Basis', sortBy: 'basis' },
  { label: 'Description' },
  { label: 'Evidence', sortBy: 'evidence' },
];

/** "Germany", "EU", or the market's id when it names neither. */
export function marketPlace(market: Market): string {
  return market.country !== undefined ? countryName(market.country) : (market.region ?? market.id);
}

function AddRating({
  workspace,
  firmId,
  vocabulary,
  challenges,
  markets,
  taken,
}: {
  workspace: string;
  firmId: string;
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  markets: readonly Option[];
  taken: ReadonlySet<string>;
}) {
  const create = useCreateRecord(workspace, firmId, 'challenge-ratings');
  const toasts = useToasts();
  const id = useId();
  const [category, setCategory] = useState(challenges[0]?.id ?? '');
  const [market, setMarket] = useState('');
  const [level, setLevel] = useState<ChallengeLevel>('Medium');
  const [basis, setBasis] = useState<LevelBasis | ''>('');
  const [failure, setFailure] = useState<WriteFailure | undefined>(undefined);
  const field = (key: string, label: string) => ({ id: `${id}-${key}`, label, problems: failure?.problems ?? [], pointer: `/${key}` });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const record: ChallengeRating = {
      id: freeId(`rating-${slug(category)}${market === '' ? '' : `-${slug(market)}`}`, taken),
      category,
      level,
      ...(market === '' ? {} : { market }),
      ...(basis === '' ? {} : { basis }),
    };
    const label = `${challenges.find((c) => c.id === category)?.label ?? category}${market === '' ? '' : ` in ${markets.find((m) => m.id === market)?.label ?? market}`}`;
    create.mutate(record, { onSuccess: () => toasts.show(`Rated ${label}: ${level}.`), onError: (err) => setFailure(writeFailure(err)) });
  };
  return (
    <form className="add-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Rate a challenge</h3>
      <div className="form-grid">
        <div>
          <SelectField {...field('category', 'Challenge')} choices={choicesOfOptions(challenges)} value={category} onChange={setCategory} />
        </div>
        <div>
          <SelectField {...field('market', 'Market')} choices={choicesOfOptions(markets)} empty={ALL_MARKETS} value={market} onChange={setMarket} />
        </div>
        <div>
          <LevelSelect id={`${id}-level`} label="Level" levels={vocabulary.challengeLevels} value={level} onChange={setLevel} />
        </div>
        <div>
          <BasisSelect id={`${id}-basis`} label="Basis" value={basis} onChange={setBasis} />
        </div>
      </div>
      <WriteProblems failure={failure} shown={['/category', '/market']} />
      <button type="submit" className="primary" disabled={create.isPending}>
        Rate challenge
      </button>
    </form>
  );
}

export function RatingsPanel({
  workspace,
  firmId,
  ratings,
  markets,
  vocabulary,
  challenges,
  taken,
}: {
  workspace: string;
  firmId: string;
  ratings: readonly Versioned<ChallengeRating>[];
  markets: readonly Market[];
  vocabulary: Vocabulary;
  challenges: readonly Option[];
  taken: ReadonlySet<string>;
}) {
  const [order, setOrder] = useState<SortOrder<RatingColumn> | undefined>(undefined);
  const remove = useDeleteWithUndo(workspace, firmId, 'challenge-ratings');
  const rights = useRowRights(workspace);
  const marketOptions = useMemo(() => markets.map((m) => ({ id: m.id, label: marketPlace(m) })), [markets]);
  const challengeLabel = (c: string) => challenges.find((x) => x.id === c)?.label ?? c;
  const marketLabel = (m: string | undefined) => (m === undefined ? ALL_MARKETS : (marketOptions.find((x) => x.id === m)?.label ?? m));

  const shown = useMemo(() => {
    const categoryIds = challenges.map((c) => c.id);
    const levels = vocabulary.challengeLevels.map((l) => l.value);
    const place = (m: string | undefined) => (m === undefined ? '' : (marketOptions.find((x) => x.id === m)?.label ?? m));
    // Unsorted, the rows follow Table 9: challenges in its row order, each one's firm-wide rating before its per-market ones.
    const tableOrder = [...ratings].sort(
      (a, b) =>
        rankIn(categoryIds, a.record.category) - rankIn(categoryIds, b.record.category) || place(a.record.market).localeCompare(place(b.record.market), 'en'),
    );
    const valueOf = ({ record: r }: Versioned<ChallengeRating>, column: RatingColumn): SortValue =>
      column === 'category'
        ? rankIn(categoryIds, r.category)
        : column === 'market'
          ? place(r.market)
          : column === 'level'
            ? rankIn(levels, r.level)
            : column === 'basis'
              ? r.basis
              : (r.evidence?.length ?? 0);
    return sortRows(tableOrder, order, valueOf);
  }, [ratings, challenges, vocabulary, marketOptions, order]);
  const sort = (c: RatingColumn) => setOrder(nextSort(order, c));

  return (
    <>
      {ratings.length === 0 ? (
        <Empty title="No challenge is rated yet.">
          {rights.edit ? <p>Rate how much each challenge stands in the firm's way with the form below.</p> : null}
        </Empty>
      ) : (
        <RecordsTable name="Challenge ratings" region="Challenge ratings table" columns={COLUMNS} order={order} onSort={sort} actions={rights.any}>
          {shown.map((r) => (
            <LevelRow
              key={r.record.id}
              workspace={workspace}
              firmId={firmId}
              collection="challenge-ratings"
              current={r}
              heading={challengeLabel(r.record.category)}
              second={marketLabel(r.record.market)}
              label={`${challengeLabel(r.record.category)}${r.record.market === undefined ? '' : ` in ${marketLabel(r.record.market)}`}`}
              levels={vocabulary.challengeLevels}
              onDelete={remove}
            />
          ))}
        </RecordsTable>
      )}
      {rights.edit ? (
        <AddRating workspace={workspace} firmId={firmId} vocabulary={vocabulary} challenges={challenges} markets={marketOptions} taken={taken} />
      ) : null}
    </>
  );
}
