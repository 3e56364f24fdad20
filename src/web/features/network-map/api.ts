/** The network map's server state: the firm, its key people, actors, ties and markets, (on demand) its evidence segments, and warm paths. */
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { reachOf, type WarmPathsQuery } from './warm-paths';

export type Firm = Schemas['VersionedFirm']['record'];
export type KeyPerson = Schemas['VersionedKeyPeople']['record'];
export type Actor = Schemas['VersionedActors']['record'];
export type Tie = Schemas['VersionedTies']['record'];
export type Market = Schemas['VersionedMarkets']['record'];
export type Segment = Schemas['VersionedSegments']['record'];

export interface FirmNetwork {
  firm: Firm;
  keyPeople: KeyPerson[];
  actors: Actor[];
  ties: Tie[];
  markets: Market[];
}

const records = <T>(rows: readonly { record: T }[]): T[] => rows.map((r) => r.record);

/** The five lists the map is drawn from, fetched side by side: `network` once all have come (the same object until one changes), `error` when one failed. */
export function useFirmNetwork(workspace: string, firmId: string) {
  const path = { workspace, firmId };
  const key = firmKey(workspace, firmId);
  const [firm, keyPeople, actors, ties, markets] = useQueries({
    queries: [
      { queryKey: [...key, 'record'], queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path } })) },
      { queryKey: [...key, 'key-people'], queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path } })) },
      { queryKey: [...key, 'actors'], queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path } })) },
      { queryKey: [...key, 'ties'], queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path } })) },
      { queryKey: [...key, 'markets'], queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/markets', { params: { path } })) },
    ],
  });
  const network = useMemo<FirmNetwork | undefined>(
    () =>
      firm.data === undefined || keyPeople.data === undefined || actors.data === undefined || ties.data === undefined || markets.data === undefined
        ? undefined
        : {
            firm: firm.data.record,
            keyPeople: records(keyPeople.data),
            actors: records(actors.data),
            ties: records(ties.data),
            markets: records(markets.data),
          },
    [firm.data, keyPeople.data, actors.data, ties.data, markets.data],
  );
  const all = [firm, keyPeople, actors, ties, markets];
  const error = all.find((q) => q.isError)?.error ?? null;
  return { network, error, retry: () => void Promise.all(all.filter((q) => q.isError).map((q) => q.refetch())) };
}

/** The firm's evidence segments by id, fetched only once a selected record cites some. */
export function useSegments(workspace: string, firmId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'segments'],
    queryFn: async () =>
      new Map(
        records(await data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } } }))).map((s) => [s.id, s]),
      ),
    enabled,
  });
}

/** The warmest paths to what the query names, once it names something; the API ranks them, strongest first. */
export function useWarmPaths(workspace: string, firmId: string, query: WarmPathsQuery | undefined) {
  const target = query?.target;
  const reach = target === undefined ? '' : reachOf(target);
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'paths', reach, query?.maxHops, query?.top],
    queryFn: () =>
      data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/paths', {
          params: {
            path: { workspace, firmId },
            query: {
              ...(target?.kind === 'market' ? { market: target.market } : {}),
              ...(target?.kind === 'orgKind' ? { orgKind: target.orgKind } : {}),
              ...(target?.kind === 'actor' ? { to: target.actorId } : {}),
              ...(query === undefined ? {} : { maxHops: query.maxHops, top: query.top }),
            },
          },
        }),
      ),
    enabled: query !== undefined,
  });
}
