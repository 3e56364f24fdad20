/**
 * The warm paths panel beside the map: what to reach, then the strongest chains of ties from the
 * firm or its key people to it, ranked, each hop said in words. The chosen path is lit up on the
 * map (the rest dimmed) and said in a status line, since the map itself is a picture.
 */
import { Link } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import type { NetworkModel } from '../network-model';
import {
  hopWords,
  MAX_HOPS,
  pathLine,
  scoreText,
  targetWords,
  type IntroductionPath,
  type IntroductionPaths,
  type WarmPathsQuery,
  type WarmTarget,
} from '../warm-paths';
import { WarmPathsForm } from './warm-paths-form';

export interface WarmPathsResult {
  data: IntroductionPaths | undefined;
  error: unknown;
  isPending: boolean;
  retry: () => void;
}

const hops = (n: number) => `${n} ${n === 1 ? 'hop' : 'hops'}`;

function NothingToReach({ firmName, target, words, recordsHref }: { firmName: string; target: WarmTarget; words: string; recordsHref: string }) {
  return (
    <Empty title={`${firmName} records no ${words}.`}>
      <p>
        {target.kind === 'market' ? 'None is based there and no tie names it. ' : ''}
        Choose another {target.kind === 'market' ? 'country' : 'kind'}, or record one in <Link to={recordsHref}>the firm’s records</Link>.
      </p>
    </Empty>
  );
}

function PathCard({ path, rank, chosen, onChoose }: { path: IntroductionPath; rank: number; chosen: boolean; onChoose: () => void }) {
  const percent = Math.round(path.score * 100);
  return (
    // The whole card answers a click; its button is the way in for the keyboard and screen readers.
    <li className={chosen ? 'warm-path is-chosen' : 'warm-path'} data-target={path.target.id} onClick={onChoose}>
      <button
        type="button"
        className="warm-path-choose"
        aria-current={chosen ? 'true' : undefined}
        onClick={(event) => {
          event.stopPropagation();
          onChoose();
        }}
      >
        Path {rank}: {path.target.name}
      </button>
      <div className="warm-path-score">
        <span className="score-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(percent, 1)}%` }} />
        </span>
        <span>
          Score {scoreText(path.score)} <span className="quiet">· {hops(path.hops.length)}</span>
        </span>
      </div>
      <ol className="warm-path-hops">
        {path.hops.map((hop, i) => (
          <li key={i}>{hopWords(hop)}</li>
        ))}
      </ol>
    </li>
  );
}

export function WarmPathsPanel({
  model,
  firmName,
  recordsHref,
  asked,
  unreadable,
  result,
  chosen,
  hiddenByFilters,
  onAsk,
  onChoose,
}: {
  model: NetworkModel;
  firmName: string;
  recordsHref: string;
  asked: WarmPathsQuery | undefined;
  /** The URL's `reach` when the page cannot read it. */
  unreadable: string | undefined;
  result: WarmPathsResult;
  /** Index of the path lit up on the map. */
  chosen: number;
  /** Part of the chosen path is hidden by the map's filters. */
  hiddenByFilters: boolean;
  onAsk: (query: WarmPathsQuery | undefined) => void;
  onChoose: (index: number) => void;
}) {
  const formKey = asked === undefined ? 'none' : JSON.stringify(asked);
  return (
    <section className="warm-paths" aria-labelledby="warm-paths-heading">
      <h2 id="warm-paths-heading">Warm paths</h2>
      <p className="quiet">Who can introduce {firmName}: the strongest chains of ties from the firm or its key people, strongest first.</p>
      <WarmPathsForm key={formKey} model={model} asked={asked} onAsk={onAsk} />
      <WarmPathsResults
        model={model}
        firmName={firmName}
        recordsHref={recordsHref}
        asked={asked}
        unreadable={unreadable}
        result={result}
        chosen={chosen}
        hiddenByFilters={hiddenByFilters}
        onAsk={onAsk}
        onChoose={onChoose}
      />
    </section>
  );
}

function WarmPathsResults({
  model,
  firmName,
  recordsHref,
  asked,
  unreadable,
  result,
  chosen,
  hiddenByFilters,
  onAsk,
  onChoose,
}: Parameters<typeof WarmPathsPanel>[0]) {
  if (unreadable !== undefined) {
    return (
      <p className="warm-paths-problem" role="alert">
        This link asks for paths to “{unreadable}”, which names no country, kind of organization or actor: use <code>market:KG</code>,{' '}
        <code>kind:regulator</code> or <code>actor:ID</code>, or choose above.
      </p>
    );
  }
  if (asked === undefined) return <p className="quiet">Choose what to reach and find the paths; the first is lit up on the map.</p>;
  if (result.error !== null && result.error !== undefined) return <ErrorState error={result.error} retry={result.retry} />;
  if (result.isPending || result.data === undefined) return <Loading what="the warm paths" />;

  const { paths, targetCount, truncated } = result.data;
  const words = targetWords(model, asked.target);
  if (targetCount === 0 && asked.target.kind !== 'actor')
    return <NothingToReach firmName={firmName} target={asked.target} words={words} recordsHref={recordsHref} />;
  const note = truncated ? (
    <p className="warm-paths-note" role="note">
      The search stopped early on this large network: stronger paths may be missing. Fewer hops or a narrower target search it fully.
    </p>
  ) : null;
  if (paths.length === 0) {
    return (
      <>
        <Empty title={`No path of at most ${hops(asked.maxHops)} reaches ${words}.`}>
          {asked.maxHops < MAX_HOPS ? (
            <p>
              Longer paths may get there.{' '}
              <button type="button" onClick={() => onAsk({ ...asked, maxHops: MAX_HOPS })}>
                Look up to {MAX_HOPS} hops
              </button>
            </p>
          ) : (
            <p>
              Nobody {firmName} or its key people know leads there in {MAX_HOPS} hops. Record who knows them in <Link to={recordsHref}>the firm’s records</Link>
              .
            </p>
          )}
        </Empty>
        {note}
      </>
    );
  }

  const path = paths[chosen];
  const memberships = path?.hops.some((h) => h.link !== 'tie') === true;
  return (
    <>
      <p className="warm-paths-summary">
        {paths.length} {paths.length === 1 ? 'path' : 'paths'} to {words}
        {targetCount > 1 ? ` (${targetCount} recorded)` : ''}, within {hops(asked.maxHops)}.
      </p>
      {note}
      <p className="warm-path-shown" role="status">
        {path === undefined
          ? ''
          : `Path ${chosen + 1} is lit up on the map, the rest dimmed: ${pathLine(path)}.${memberships ? ' Memberships are not drawn as lines.' : ''}${
              hiddenByFilters ? ' Part of it is hidden by the map’s filters; clear them to see it whole.' : ''
            }`}
      </p>
      <ol className="warm-path-list" aria-label={`Warm paths to ${words}`}>
        {paths.map((p, i) => (
          <PathCard key={i} path={p} rank={i + 1} chosen={i === chosen} onChoose={() => onChoose(i)} />
        ))}
      </ol>
    </>
  );
}
