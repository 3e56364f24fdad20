/**
 * A firm's records, to edit: its ties, its actors, its challenge ratings (thesis Table 9) and its
 * recorded utilization levels (Table 10), one tab each. Every row edits in place, deletes with
 * Undo, and cites evidence.
 */
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useChallengeCategories, useFirmRecord, useKeyPeople, useMarkets, useRecords, useVocabulary } from '../api';
import { ActorsPanel } from './actors-panel';
import { RatingsPanel } from './ratings-panel';
import type { Endpoints } from './end-select';
import { TiesPanel } from './ties-panel';
import { UtilizationPanel } from './utilization-panel';
import type { Option } from './fields';

const TABS = [
  ['ties', 'Ties'],
  ['actors', 'Actors'],
  ['challenge-ratings', 'Challenge ratings (Table 9)'],
  ['utilization', 'Utilization (Table 10)'],
] as const;
type Tab = (typeof TABS)[number][0];

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');

export function RecordsPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find(([t]) => t === params.get('tab'))?.[0] ?? 'ties';
  const firm = useFirmRecord(workspace, firmId);
  const keyPeople = useKeyPeople(workspace, firmId);
  const actors = useRecords(workspace, firmId, 'actors');
  const ties = useRecords(workspace, firmId, 'ties');
  const cells = useRecords(workspace, firmId, 'utilization');
  const ratings = useRecords(workspace, firmId, 'challenge-ratings');
  const markets = useMarkets(workspace, firmId);
  const categories = useChallengeCategories(workspace, firmId);
  const vocabulary = useVocabulary();
  const name = firm.data?.record.name ?? firmId;
  const canEdit = useCan('write', workspace);
  useTitle(`Records of ${name}`);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const lookups = useMemo(() => {
    if (firm.data === undefined || keyPeople.data === undefined || actors.data === undefined) return undefined;
    const own: Option[] = [{ id: firm.data.record.id, label: `${firm.data.record.name} (the firm)` }];
    const people: Option[] = keyPeople.data.map(({ record: p }) => ({ id: p.id, label: p.name === undefined ? p.role : `${p.name} (${p.role})` }));
    const actorOptions: Option[] = actors.data.map(({ record: a }) => ({ id: a.id, label: a.name })).sort(byLabel);
    const names = new Map<string, string>([
      [firm.data.record.id, firm.data.record.name],
      ...keyPeople.data.map(({ record: p }): [string, string] => [p.id, p.name ?? p.role]),
      ...actors.data.map(({ record: a }): [string, string] => [a.id, a.name]),
    ]);
    const endpoints: Endpoints = { own: [...own, ...people], keyPeople: people, actors: actorOptions };
    return { names, endpoints };
  }, [firm.data, keyPeople.data, actors.data]);

  const taken = useMemo(
    () =>
      new Set([
        firmId,
        ...(keyPeople.data ?? []).map((r) => r.record.id),
        ...(actors.data ?? []).map((r) => r.record.id),
        ...(ties.data ?? []).map((r) => r.record.id),
        ...(cells.data ?? []).map((r) => r.record.id),
        ...(ratings.data ?? []).map((r) => r.record.id),
        ...(markets.data ?? []).map((r) => r.record.id),
      ]),
    [firmId, keyPeople.data, actors.data, ties.data, cells.data, ratings.data, markets.data],
  );

  const challenges = useMemo<Option[]>(
    () => [
      ...(vocabulary.data?.challengeCategories ?? []).map((c) => ({ id: c.id, label: c.label })),
      ...(categories.data ?? []).map(({ record: c }) => ({ id: c.id, label: c.label })),
    ],
    [vocabulary.data, categories.data],
  );

  const choose = (next: Tab) => setParams(next === 'ties' ? {} : { tab: next }, { replace: true });
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + step + TABS.length) % TABS.length;
    if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const target = TABS[to];
    if (target === undefined) return;
    choose(target[0]);
    tabRefs.current[to]?.focus();
  };

  const queries = [firm, keyPeople, actors, ties, cells, ratings, markets, categories, vocabulary];
  const failed = queries.find((q) => q.isError);
  const counts: Record<Tab, number | undefined> = {
    ties: ties.data?.length,
    actors: actors.data?.length,
    'challenge-ratings': ratings.data?.length,
    utilization: cells.data?.length,
  };

  let panel;
  if (failed !== undefined)
    panel = <ErrorState error={failed.error} retry={() => void Promise.all(queries.filter((q) => q.isError).map((q) => q.refetch()))} />;
  else if (
    lookups === undefined ||
    ties.data === undefined ||
    cells.data === undefined ||
    ratings.data === undefined ||
    markets.data === undefined ||
    vocabulary.data === undefined ||
    categories.data === undefined
  )
    panel = <Loading what="the records" />;
  else if (tab === 'ties')
    panel = (
      <TiesPanel
        workspace={workspace}
        firmId={firmId}
        ties={ties.data}
        names={lookups.names}
        vocabulary={vocabulary.data}
        challenges={challenges}
        endpoints={lookups.endpoints}
        taken={taken}
      />
    );
  else if (tab === 'actors') panel = <ActorsPanel workspace={workspace} firmId={firmId} actors={actors.data ?? []} taken={taken} />;
  else if (tab === 'challenge-ratings')
    panel = (
      <RatingsPanel
        workspace={workspace}
        firmId={firmId}
        ratings={ratings.data}
        markets={markets.data.map((m) => m.record)}
        vocabulary={vocabulary.data}
        challenges={challenges}
        taken={taken}
      />
    );
  else panel = <UtilizationPanel workspace={workspace} firmId={firmId} cells={cells.data} vocabulary={vocabulary.data} challenges={challenges} taken={taken} />;

  return (
    <article className="records-page">
      <h1>{name}: records</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        The firm's ties, actors, challenge ratings and recorded utilization levels.{' '}
        {canEdit ? 'Sort by a column, filter, edit a row in place, and cite the evidence behind it.' : 'Sort by a column and filter.'}
      </p>
      <div className="tabs" role="tablist" aria-label="Records">
        {TABS.map(([t, label], i) => (
          <button
            key={t}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`records-tab-${t}`}
            aria-selected={tab === t}
            aria-controls="records-panel"
            tabIndex={tab === t ? 0 : -1}
            onClick={() => choose(t)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {label}
            {counts[t] === undefined ? '' : ` (${counts[t].toLocaleString('en')})`}
          </button>
        ))}
      </div>
      <section key={`${workspace}/${firmId}`} className="tab-panel" role="tabpanel" id="records-panel" aria-labelledby={`records-tab-${tab}`}>
        {panel}
      </section>
    </article>
  );
}
