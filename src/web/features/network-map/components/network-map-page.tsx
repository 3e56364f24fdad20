/**
 * A firm's network map: who the firm and its key people know, drawn with sigma (or, for a large
 * network, on a canvas painted by a worker) and grouped by country, with filters kept in the URL, a
 * search for an actor, warm introduction paths lit up on the map, a details panel, and the table of
 * the ties shown (the map's text alternative and keyboard way in). Loaded only when first opened.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { countryName } from '../../../lib/format';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useFirmNetwork, useWarmPaths, type FirmNetwork } from '../api';
import { changeFilters, filterQueryOf, paramsWithSelection, selectionFromParams, shownFilters, type PendingFilters } from '../map-filters';
import { findActor, isFiltered, mapView, networkModel, NO_COUNTRY, type MapFilters, type MapView, type Selection } from '../network-model';
import { chosenPathOf, paramsWithChosenPath, paramsWithWarmQuery, pathHighlight, pathLine, warmQueryFromParams, type WarmPathsQuery } from '../warm-paths';
import { DetailsPanel } from './details-panel';
import { MapCanvas } from './map-canvas';
import { MapFilterForm } from './map-filter-form';
import { MapLegend } from './map-legend';
import { TiesTable } from './ties-table';
import { WarmPathsPanel } from './warm-paths-panel';
import './network-map.css';
import { NetworkDownloads } from './network-downloads';

/**
 * The filters to show, and a way to change them. A change shows at once (a checkbox must not spring
 * back while the router updates the URL) and builds on the change before, even when the router,
 * whose params lag behind, has not rendered it yet.
 */
function useFilters(params: URLSearchParams, setParams: (params: URLSearchParams, options: { replace: boolean }) => void) {
  const [pending, setPending] = useState<PendingFilters>();
  // The same, for the handler: a second change in a row reads what the first set, before any render.
  const latest = useRef<PendingFilters>(undefined);
  const filterQuery = filterQueryOf(params);
  const filters = useMemo(() => shownFilters(pending, new URLSearchParams(filterQuery)), [pending, filterQuery]);
  const change = useCallback(
    (update: (current: MapFilters) => MapFilters) => {
      const next = changeFilters(latest.current, params, update);
      latest.current = next.pending;
      setPending(next.pending);
      setParams(next.params, { replace: true });
    },
    [params, setParams],
  );
  return [filters, change] as const;
}

/** The warm paths the URL asks for, the one chosen, and a way to ask for others or choose another. */
function useWarmPathsOnMap(workspace: string, firmId: string, params: URLSearchParams, setParams: ReturnType<typeof useSearchParams>[1], view: MapView) {
  const asked = warmQueryFromParams(params);
  const query = typeof asked === 'object' ? asked : undefined;
  const result = useWarmPaths(workspace, firmId, query);
  const paths = query === undefined ? undefined : result.data?.paths;
  const chosen = chosenPathOf(params, paths?.length ?? 0);
  const path = paths?.[chosen];
  const highlight = useMemo(() => (path === undefined ? undefined : pathHighlight(path)), [path]);
  const hiddenByFilters = highlight !== undefined && (highlight.nodes.some((id) => !view.nodeIds.has(id)) || highlight.ties.some((id) => !view.tieIds.has(id)));
  const ask = useCallback((next: WarmPathsQuery | undefined) => setParams((p) => paramsWithWarmQuery(p, next), { replace: true }), [setParams]);
  const choose = useCallback((index: number) => setParams((p) => paramsWithChosenPath(p, index), { replace: true }), [setParams]);
  return {
    query,
    unreadable: asked === 'unreadable' ? (params.get('reach') ?? '') : undefined,
    result: { data: result.data, error: result.error, isPending: result.isPending, retry: () => void result.refetch() },
    chosen,
    path,
    highlight,
    hiddenByFilters,
    ask,
    choose,
  };
}

function NetworkMap({ workspace, firmId, network }: { workspace: string; firmId: string; network: FirmNetwork }) {
  const model = useMemo(() => networkModel(network), [network]);
  const [params, setParams] = useSearchParams();
  // The filters change only when their own params or pending changes do, not when the selection does.
  const [filters, filter] = useFilters(params, setParams);
  const view = useMemo(() => mapView(model, filters), [model, filters]);
  const selection = selectionFromParams(params);
  const [found, setFound] = useState('');
  const warm = useWarmPathsOnMap(workspace, firmId, params, setParams, view);

  const select = useCallback((next: Selection | undefined) => setParams((p) => paramsWithSelection(p, next), { replace: true }), [setParams]);
  const find = (text: string) => {
    const actor = findActor(model, text);
    if (actor === undefined) {
      setFound(text.trim() === '' ? 'Type a name to look for.' : `No actor’s name contains “${text.trim()}”.`);
      return;
    }
    const where = actor.group === NO_COUNTRY ? '' : ` (${countryName(actor.group)})`;
    setFound(`Found ${actor.label}${where}${view.nodeIds.has(actor.id) ? '' : ', hidden on the map by the current filters'}.`);
    select({ kind: 'node', id: actor.id });
  };

  const base = `/w/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}`;
  if (model.ties.length === 0) {
    return (
      <Empty title="No ties recorded yet.">
        <p>
          The map draws the firm’s ties to the people and organizations it knows. Add them in <Link to={`${base}/records`}>the firm’s records</Link>, or import
          a case file that has them.
        </p>
      </Empty>
    );
  }

  const actors = [...model.nodes.values()].filter((n) => n.kind === 'actor').length;
  const label = `Network map of ${network.firm.name}: ${view.nodeIds.size.toLocaleString('en')} people and organizations and ${view.ties.length.toLocaleString('en')} ties shown.${
    warm.path === undefined ? '' : ` Warm path ${warm.chosen + 1} lit up, the rest dimmed: ${pathLine(warm.path)}.`
  } The table “Ties shown” below lists the same ties.`;
  return (
    <>
      <p className="lead">
        {network.firm.name} and its key people, their {model.ties.length.toLocaleString('en')} ties to {actors.toLocaleString('en')} actors, grouped by country.
        Drag to move the map; Ctrl/⌘ + scroll or two fingers zoom it.
      </p>
      <MapFilterForm model={model} filters={filters} onChange={filter} onFind={find} found={found} />
      <div className="map-layout">
        <div className="map-main">
          <MapCanvas model={model} view={view} selection={selection} path={warm.highlight} onSelect={select} label={label} />
          <MapLegend model={model} view={view} filtered={isFiltered(filters)} />
        </div>
        <div className="map-side">
          <WarmPathsPanel
            model={model}
            firmName={network.firm.name}
            recordsHref={`${base}/records`}
            asked={warm.query}
            unreadable={warm.unreadable}
            result={warm.result}
            chosen={warm.chosen}
            hiddenByFilters={warm.hiddenByFilters}
            onAsk={warm.ask}
            onChoose={warm.choose}
          />
          <DetailsPanel
            workspace={workspace}
            firmId={firmId}
            model={model}
            view={view}
            selection={selection}
            onSelect={select}
            onClose={() => select(undefined)}
          />
        </div>
      </div>
      <TiesTable key={filterQueryOf(params)} model={model} view={view} selection={selection} onSelect={select} />
    </>
  );
}

export default function NetworkMapPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const canExport = useCan('export', workspace);
  const { network, error, retry } = useFirmNetwork(workspace, firmId);
  const name = network?.firm.name ?? firmId;
  useTitle(`Network map — ${name}`);
  return (
    <article className="network-map-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      {error !== null ? (
        <ErrorState error={error} retry={retry} />
      ) : network === undefined ? (
        <Loading what="the network map" />
      ) : (
        <>
          <NetworkMap workspace={workspace} firmId={firmId} network={network} />
          {canExport ? <NetworkDownloads workspace={workspace} firmId={firmId} /> : null}
        </>
      )}
    </article>
  );
}
