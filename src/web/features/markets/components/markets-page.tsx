/**
 * A firm's candidate markets, ranked: a world map coloured by score, the table with every part of
 * each score, the weights and candidates (kept in the address, so a view can be shared), and the
 * institutions of the market the user chooses with the firm's country-of-origin checklist there.
 * Loaded only when first opened; the map's code and shapes come after the table.
 */
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { FirmNav } from '../../../components/firm-nav';
import { countryName } from '../../../lib/format';
import { useTitle } from '../../../lib/use-title';
import { useFirm, useRanking, type MarketRanking, type RankingWeights } from '../api';
import { requestOf, withView } from '../markets-address';
import { mapSummary, scoreText } from '../markets-view';
import { CandidatesForm } from './candidates-form';
import { InstitutionsPanel } from './institutions-panel';
import { OriginChecklistPanel } from './origin-checklist-panel';
import { RankingTable } from './ranking-table';
import { WeightsForm } from './weights-form';

const WorldMap = lazy(() => import('./world-map'));

interface RankingViewProps {
  firmName: string;
  ranking: MarketRanking;
  busy: boolean;
  chosen: string | null;
  onChoose: (code: string) => void;
}

function RankingView({ firmName, ranking, busy, chosen, onChoose }: RankingViewProps) {
  const label = useMemo(() => mapSummary(ranking.markets), [ranking.markets]);
  const chosenMarket = ranking.markets.find((m) => m.country === chosen);
  const skipped = ranking.skipped.map((s) => `${countryName(s.country)} (${s.reason})`).join('; ');
  if (ranking.markets.length === 0) {
    return (
      <Empty title="No market to rank.">
        <p>{skipped === '' ? 'Name other countries above, or leave the list empty to rank every country.' : `Left out: ${skipped}.`}</p>
      </Empty>
    );
  }
  return (
    <>
      <figure className="markets-figure">
        <figcaption>Where {firmName} scores best</figcaption>
        <Suspense fallback={<Loading what="the world map" />}>
          <WorldMap markets={ranking.markets} chosen={chosen} onChoose={onChoose} label={label} />
        </Suspense>
        <p className="quiet">Grey: not ranked. Choose a country on the map or its name in the table to see the institutions there.</p>
      </figure>
      <p className="markets-chosen-line" aria-live="polite">
        {chosenMarket === undefined ? null : (
          <>
            Chosen: {chosenMarket.name}, rank {chosenMarket.rank} of {ranking.markets.length}, score {scoreText(chosenMarket.score)}.{' '}
            <a href="#markets-institutions">Its institutions</a> are listed below the table.
          </>
        )}
      </p>
      <section aria-labelledby="markets-ranking-heading">
        <h2 id="markets-ranking-heading">Ranking</h2>
        <p className="quiet">
          Each part column shows what the part adds to the score (its value times its weight, divided by the sum of the weights); the parts add up to the score.
          Choose “Why” to see each part’s sentence.
        </p>
        <p role="status" className="quiet">
          {busy ? 'Ranking again…' : ''}
        </p>
        <RankingTable firmName={firmName} markets={ranking.markets} chosen={chosen} onChoose={onChoose} busy={busy} />
        {skipped === '' ? null : <p className="quiet">Left out: {skipped}.</p>}
        <p className="quiet markets-sources">
          Sources: {Object.values(ranking.sources).join('; ')}. Bloc membership and tie recency as of {ranking.day}.
        </p>
      </section>
    </>
  );
}

export default function MarketsPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Parsed once per address, so that the weights form sees the same objects until the address changes.
  const request = useMemo(() => requestOf(new URLSearchParams(search)), [search]);
  const wanted = params.get('country')?.toUpperCase() ?? null;
  const firm = useFirm(workspace, firmId);
  const ranking = useRanking(workspace, firmId, request);
  const name = firm.data?.record.name ?? firmId;
  useTitle(`Markets — ${name}`);

  const update = useCallback((view: Parameters<typeof withView>[1]) => setParams((p) => withView(p, view), { replace: true }), [setParams]);
  const choose = useCallback((country: string) => update({ country }), [update]);
  const changeWeights = useCallback((weights: Partial<RankingWeights>) => update({ weights }), [update]);
  const resetWeights = useCallback(() => update({ weights: {} }), [update]);

  const failed = firm.isError ? firm : ranking.isError ? ranking : undefined;
  const chosenName = wanted === null ? undefined : (ranking.data?.markets.find((m) => m.country === wanted)?.name ?? countryName(wanted));
  const chosen = wanted === null || chosenName === undefined ? undefined : { country: wanted, name: chosenName };
  return (
    <article className="markets-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        Which countries suit {name} next. Each score is the weighted mean of eight parts: how close a country is to home and to the firm’s markets (language,
        border, region, bloc, income), how far the firm’s own network reaches there, what it has already done there, and the challenges to expect.
      </p>
      <section className="panel markets-controls" aria-labelledby="markets-controls-heading">
        <h2 id="markets-controls-heading">What to rank, and how</h2>
        <CandidatesForm key={request.candidates.join(',')} candidates={request.candidates} onSubmit={(candidates) => update({ candidates })} />
        {ranking.data === undefined ? null : (
          <WeightsForm weights={ranking.data.weights} set={request.weights} onChange={changeWeights} onReset={resetWeights} />
        )}
      </section>
      {failed !== undefined ? (
        <ErrorState error={failed.error} retry={() => void failed.refetch()} />
      ) : firm.data === undefined || ranking.data === undefined ? (
        <Loading what="the market ranking" />
      ) : (
        <RankingView firmName={name} ranking={ranking.data} busy={ranking.isPlaceholderData} chosen={wanted} onChoose={choose} />
      )}
      {failed === undefined ? (
        <>
          <InstitutionsPanel chosen={chosen} />
          <OriginChecklistPanel workspace={workspace} firmId={firmId} firmName={name} chosen={chosen} />
        </>
      ) : null}
    </article>
  );
}
