/** The dashboard's server state: the firm's report document, its overview, and its challenge ratings (editable). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey, firmsKey } from '../../lib/query-keys';
import type { ReportDocument } from '../../components/report-document/types';

export type ChallengeRating = Schemas['VersionedChallengeRatings'];

export function useFirmReport(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'report-document'],
    // The route also serves HTML, Markdown and PDF; with format=json its body is the ReportDocument.
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/report', { params: { path: { workspace }, query: { firms: [firmId], format: 'json' } }, parseAs: 'json' }),
      )) as ReportDocument,
  });
}

export function useOverview(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'overview'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/overview', { params: { path: { workspace, firmId } } })),
  });
}

export function useChallengeRatings(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'challenge-ratings'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings', { params: { path: { workspace, firmId } } })),
  });
}

/**
 * Saves a rating with the version it was read at; the server answers 409 stale_version when someone
 * saved in between. With `overwrite`, the version stored now is read first and replaced.
 */
export function useSaveRating(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, record, overwrite = false }: ChallengeRating & { overwrite?: boolean }) => {
      const path = { workspace, firmId, id: record.id };
      const base = overwrite
        ? (await data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', { params: { path } }))).version
        : version;
      return data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', { params: { path }, body: { version: base, record } }));
    },
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }), client.invalidateQueries({ queryKey: firmsKey(workspace) })]),
  });
}
