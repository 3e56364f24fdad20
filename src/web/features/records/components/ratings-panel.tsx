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
import { freeId, keysOf, LEVEL_BASES, slug, type ChallengeLevel, type LevelBasis } from '../drafts';
import { useDeleteWithUndo } from '../editing';
import { writeFailure, type WriteFailure } from '../problems';
import { nextSort, sortRows, type SortOrder, type SortValue } from '../table-model';
import { FieldProblems, fieldAria, WriteProblems } from './field-problems';
import { LevelRow } from './level-row';
import { PlainHeader, SortHeader } from './table-parts';
import type { Option } from './tie-row';

type RatingColumn = 'category' | 'market' | 'level' | 'basis' | 'evidence';
const ALL_MARKETS = 'All markets';

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
  const problems = failure?.problems ?? [];
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
          <label htmlFor={`${id}-category`}>Challenge</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)} {...fieldAria(`${id}-category`, problems, '/category')}>
            {challenges.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-category`} problems={problems} pointer="/category" />
        </div>
        <div>
          <label htmlFor={`${id}-market`}>Market</label>
          <select id={`${id}-market`} value={market} onChange={(e) => setMarket(e.target.value)} {...fieldAria(`${id}-market`, problems, '/market')}>
            <option value="">{ALL_MARKETS}</option>
            {markets.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-market`} problems={problems} pointer="/market" />
        </div>
        <div>
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as ChallengeLevel)}>
            {vocabulary.challengeLevels.map((l) => (
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
  const marketOptions = useMemo(() => markets.map((m) => ({ id: m.id, label: marketPlace(m) })), [markets]);
  const challengeLabel = (c: string) => challenges.find((x) => x.id === c)?.label ?? c;
  const marketLabel = (m: string | undefined) => (m === undefined ? ALL_MARKETS : (marketOptions.find((x) => x.id === m)?.label ?? m));

  const shown = useMemo(() => {
    const rank = <T,>(list: readonly T[], item: T) => (list.indexOf(item) + 1 || list.length + 1) * 10;
    const categoryIds = challenges.map((c) => c.id);
    const levels = vocabulary.challengeLevels.map((l) => l.value);
    const place = (m: string | undefined) => (m === undefined ? '' : (marketOptions.find((x) => x.id === m)?.label ?? m));
    // Unsorted, the rows follow Table 9: challenges in its row order, each one's firm-wide rating before its per-market ones.
    const tableOrder = [...ratings].sort(
      (a, b) =>
        rank(categoryIds, a.record.category) - rank(categoryIds, b.record.category) || place(a.record.market).localeCompare(place(b.record.market), 'en'),
    );
    const valueOf = ({ record: r }: Versioned<ChallengeRating>, column: RatingColumn): SortValue =>
      column === 'category'
        ? rank(categoryIds, r.category)
        : column === 'market'
          ? place(r.market)
          : column === 'level'
            ? rank(levels, r.level)
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
          <p>Rate how much each challenge stands in the firm's way with the form below.</p>
        </Empty>
      ) : (
        <div className="table-scroll" role="region" aria-label="Challenge ratings table" tabIndex={0}>
          <table className="records-table" aria-label="Challenge ratings">
            <thead>
              <tr>
                <SortHeader label="Challenge" column="category" order={order} onSort={sort} />
                <SortHeader label="Market" column="market" order={order} onSort={sort} />
                <SortHeader label="Level" column="level" order={order} onSort={sort} />
                <SortHeader label="Basis" column="basis" order={order} onSort={sort} />
                <PlainHeader label="Description" />
                <SortHeader label="Evidence" column="evidence" order={order} onSort={sort} />
                <PlainHeader label="Actions" hidden />
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <AddRating workspace={workspace} firmId={firmId} vocabulary={vocabulary} challenges={challenges} markets={marketOptions} taken={taken} />
    </>
  );
}
