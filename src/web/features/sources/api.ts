/**
 * The sources view's server state: thesis Tables 2–5 for the firm (interviews, other sources,
 * value-chain activities, key people), its sources and coded segments, the texts of its sources
 * (transcripts) and its codebook. The writes are in coding-api.ts and codebook-api.ts.
 */
import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';
import { firmPart, type CaseTableNumber, type CaseTableParts } from './tables';

export type Source = Schemas['VersionedSources']['record'];
export type Segment = Schemas['VersionedSegments']['record'];
export type Transcript = Schemas['VersionedTranscripts']['record'];
export type Code = Schemas['VersionedCodes']['record'];
export type CodebookEntry = Schemas['CodebookEntry'];

export interface Versioned<T> {
  version: number;
  record: T;
}

/** The keys of the lists this feature reads, under the firm's key so that any write to the firm refreshes them. */
export const listKey = (workspace: string, firmId: string, list: 'segment-list' | 'transcript-list' | 'code-list' | 'codebook' | 'source-list') =>
  [...firmKey(workspace, firmId), list] as const;

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
    queryKey: listKey(workspace, firmId, 'source-list'),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/sources', { params: { path: { workspace, firmId } } })),
  });
}

export function useSegments(workspace: string, firmId: string) {
  return useQuery({
    queryKey: listKey(workspace, firmId, 'segment-list'),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } } })),
  });
}

/** The firm's transcripts, with their texts: one per source at most. */
export function useTranscripts(workspace: string, firmId: string) {
  return useQuery({
    queryKey: listKey(workspace, firmId, 'transcript-list'),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/transcripts', { params: { path: { workspace, firmId } } })),
  });
}

/** The codebook in tree order: built-in codes, the case's own, and the free codes segments apply. */
export function useCodebook(workspace: string, firmId: string) {
  return useQuery({
    queryKey: listKey(workspace, firmId, 'codebook'),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/codebook', { params: { path: { workspace, firmId } } })),
  });
}

/** The case's own codes as records, with the versions an edit is sent with. */
export function useCodes(workspace: string, firmId: string) {
  return useQuery({
    queryKey: listKey(workspace, firmId, 'code-list'),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/codes', { params: { path: { workspace, firmId } } })),
  });
}
