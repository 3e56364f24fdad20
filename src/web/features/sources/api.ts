/**
 * The sources view's server state: thesis Tables 2–5 for the firm (interviews, other sources,
 * value-chain activities, key people), and its sources and coded segments.
 */
import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { firmPart, type CaseTableNumber, type CaseTableParts } from './tables';

export type Source = Schemas['VersionedSources']['record'];
export type Segment = Schemas['VersionedSegments']['record'];

/** One of thesis Tables 2–5 for one firm, from the JSON the tables route gives. */
export function useThesisTable<N extends CaseTableNumber>(workspace: string, firmId: string, n: N) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'thesis-table', n],
    queryFn: async (): Promise<CaseTableParts[N]> => {
      const body = await data(
        api.GET('/api/workspaces/{workspace}/tables/{n}', { params: { path: { workspace, n: `${n}` }, query: { firms: [firmId], format: 'json' } } }),
      );
      return firmPart(n, body, firmId);
    },
  });
}

export function useFirmRecord(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });
}

export function useSources(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'source-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/sources', { params: { path: { workspace, firmId } } })),
  });
}

export function useSegments(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'segment-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } } })),
  });
}
