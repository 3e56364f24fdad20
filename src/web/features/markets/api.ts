/**
 * The Markets view's server state: the firm (for its name), its market ranking for the candidates
 * and weights in the address, the institutions of the market the user chose, and the firm's
 * country-of-origin checklists there (read from the analysis, written on the market records).
 */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, data, type paths, type Schemas } from '../../lib/api';
import { firmKey, firmsKey } from '../../lib/query-keys';

export type MarketRanking = Schemas['MarketRanking'];
export type RankedMarket = Schemas['RankedMarket'];
export type RankingPart = RankedMarket['parts'][number]['part'];
export type RankingWeights = MarketRanking['weights'];
export type ExpectedChallenge = RankedMarket['expectedChallenges'][number];
export type InstitutionList = paths['/api/reference/institutions']['get']['responses'][200]['content']['application/json'];
export type Institution = InstitutionList['institutions'][number];
/** A market record with the version it was read at, as the records API reads and writes it. */
export type MarketRecord = Schemas['VersionedMarkets'];
export type Market = MarketRecord['record'];
export type OriginChecklist = Schemas['OriginChecklist'];

/** What the ranking is asked for: no candidates means every country; weights holds only the parts the user set. */
export interface RankingRequest {
  candidates: readonly string[];
  weights: Partial<RankingWeights>;
}

/** "reach=3,bloc=2", the API's form of the weights; undefined when the user set none. */
export function weightsText(weights: Partial<RankingWeights>): string | undefined {
  const pairs = Object.entries(weights).map(([part, weight]) => `${part}=${weight}`);
  return pairs.length === 0 ? undefined : pairs.join(',');
}

// The same key as the other views' firm record, so that a rename there shows here.
const firmQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });

// Under the firm's key, so that a change to its ties or markets ranks again.
const rankingQuery = (workspace: string, firmId: string, request: RankingRequest) => {
  const weights = weightsText(request.weights);
  const candidates = [...request.candidates];
  return queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'markets', 'ranking', candidates, weights ?? ''],
    queryFn: () =>
      data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/market-ranking', {
          params: {
            path: { workspace, firmId },
            query: { ...(candidates.length === 0 ? {} : { candidates }), ...(weights === undefined ? {} : { weights }) },
          },
        }),
      ),
  });
};

// Reference data, the same for every firm and workspace: kept for the whole visit.
const institutionsQuery = (country: string) =>
  queryOptions({
    queryKey: ['reference', 'institutions', country],
    queryFn: () => data(api.GET('/api/reference/institutions', { params: { query: { country } } })),
    staleTime: Infinity,
  });

// The same key as the records view's list of markets, so that a save in either shows in both.
const marketRecordsQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'markets'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/markets', { params: { path: { workspace, firmId } } })),
  });

// The same key as the dashboard's analysis: one request serves both views.
const analysisQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'analysis'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/analysis', { params: { path: { workspace, firmId } } })),
  });

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));

/** The ranking; while new weights or candidates are ranked, the last ranking stays on screen (isPlaceholderData). */
export const useRanking = (workspace: string, firmId: string, request: RankingRequest) =>
  useQuery({ ...rankingQuery(workspace, firmId, request), placeholderData: keepPreviousData });

/** The institutions based in a country (ISO alpha-2 code). */
export const useInstitutions = (country: string) => useQuery(institutionsQuery(country));

/** The firm's market records, each with its version. */
export const useMarketRecords = (workspace: string, firmId: string) => useQuery(marketRecordsQuery(workspace, firmId));

/** The firm's country-of-origin checklists, as the analysis builds them (labels, what each measure asks, the settled count). */
export const useOriginChecklists = (workspace: string, firmId: string) =>
  useQuery({ ...analysisQuery(workspace, firmId), select: (analysis): OriginChecklist[] => analysis.originChecklists });

/**
 * Saves a market record with the version it was read at; the server answers 409 stale_version when
 * someone saved it in between. Afterwards everything about the firm is asked for again — the
 * analysis (checklists, action plan) and the ranking among it — as every write in the app does.
 */
export function useSaveMarket(workspace: string, firmId: string) {
  const client = useQueryClient();
  const listKey = marketRecordsQuery(workspace, firmId).queryKey;
  return useMutation({
    mutationFn: ({ version, record }: MarketRecord) =>
      data(
        api.PUT('/api/workspaces/{workspace}/firms/{firmId}/markets/{id}', {
          params: { path: { workspace, firmId, id: record.id } },
          body: { version, record },
        }),
      ),
    // The form shows the record's values: the saved ones at once, before the refetch.
    onSuccess: (saved) => client.setQueryData(listKey, (rows) => rows?.map((r) => (r.record.id === saved.record.id ? saved : r))),
    // Not awaited: the form already shows what the server answered, and need not wait for the analysis.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: firmKey(workspace, firmId) });
      void client.invalidateQueries({ queryKey: firmsKey(workspace) });
    },
  });
}

/** Starts the view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchMarkets(client: QueryClient, workspace: string, firmId: string, request: RankingRequest): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(rankingQuery(workspace, firmId, request));
}
