/**
 * The dashboard's server state: the firm's report document, its overview, its challenge ratings
 * (editable) with the kinds of source behind each, its key people with their ties, and its digital presence.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey, firmsKey } from '../../lib/query-keys';
import type { ReportDocument } from '../../components/report-document/types';
import { ratingSources } from './rating-sources';

export type ChallengeRating = Schemas['VersionedChallengeRatings'];

const firmReportQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'report-document'],
    // The route also serves HTML, Markdown and PDF; with format=json its body is the ReportDocument.
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/report', { params: { path: { workspace }, query: { firms: [firmId], format: 'json' } }, parseAs: 'json' }),
      )) as ReportDocument,
  });

const overviewQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'overview'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/overview', { params: { path: { workspace, firmId } } })),
  });

export const useFirmReport = (workspace: string, firmId: string) => useQuery(firmReportQuery(workspace, firmId));
export const useOverview = (workspace: string, firmId: string) => useQuery(overviewQuery(workspace, firmId));

/**
 * Starts the requests the dashboard's first screen waits for (the report document, the overview)
 * while the router matches the URL, not after the page has rendered. Errors are left to the queries'
 * own states in the page; what is fresh in the cache is not asked for again.
 */
export function prefetchDashboard(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmReportQuery(workspace, firmId));
  void client.prefetchQuery(overviewQuery(workspace, firmId));
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

// The same keys as the other views' lists of these records, so that an edit there refreshes the key people panel.
export function useKeyPeople(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'key-people'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path: { workspace, firmId } } })),
  });
}

export function useTies(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'ties'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path: { workspace, firmId } } })),
  });
}

export function useActors(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'actors'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path: { workspace, firmId } } })),
  });
}

/** The firm's analysis (the contract's FirmAnalysis): one request, of which each hook below selects the part it shows. */
const analysisQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'analysis'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/analysis', { params: { path: { workspace, firmId } } })),
  });

const selectDigitalPresence = (analysis: Schemas['FirmAnalysis']): Schemas['PlatformPresence'][] => analysis.digitalPresence;

/**
 * The firm's digital presence per platform as core's analysis builds it for the report (paper
 * Table 1: snapshots oldest first, undated ones before them), so the chart draws the same figures.
 */
export function useDigitalPresence(workspace: string, firmId: string) {
  return useQuery({ ...analysisQuery(workspace, firmId), select: selectDigitalPresence });
}

const selectRatingSources = (analysis: Schemas['FirmAnalysis']) => ratingSources(analysis.challenges);

/** The kinds of source behind each of the firm's challenge ratings, as the analysis counts them. */
export function useRatingSources(workspace: string, firmId: string) {
  return useQuery({ ...analysisQuery(workspace, firmId), select: selectRatingSources });
}
