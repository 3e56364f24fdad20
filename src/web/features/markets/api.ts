/**
 * The Markets view's server state: the firm (for its name), its market ranking for the candidates
 * and weights in the address, and the institutions of the market the user chose.
 */
import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, data, type paths, type Schemas } from '../../lib/api';
import { firmKey } from '../../lib/query-keys';

export type MarketRanking = Schemas['MarketRanking'];
export type RankedMarket = Schemas['RankedMarket'];
export type RankingPart = RankedMarket['parts'][number]['part'];
export type RankingWeights = MarketRanking['weights'];
export type ExpectedChallenge = RankedMarket['expectedChallenges'][number];
export type InstitutionList = paths['/api/reference/institutions']['get']['responses'][200]['content']['application/json'];
export type Institution = InstitutionList['institutions'][number];

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

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));

/** The ranking; while new weights or candidates are ranked, the last ranking stays on screen (isPlaceholderData). */
export const useRanking = (workspace: string, firmId: string, request: RankingRequest) =>
  useQuery({ ...rankingQuery(workspace, firmId, request), placeholderData: keepPreviousData });

/** The institutions based in a country (ISO alpha-2 code). */
export const useInstitutions = (country: string) => useQuery(institutionsQuery(country));

/** Starts the view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchMarkets(client: QueryClient, workspace: string, firmId: string, request: RankingRequest): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(rankingQuery(workspace, firmId, request));
}
