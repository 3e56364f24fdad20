/**
 * The partner searches' server state: the firm's searches (the record routes), a search's board and
 * its suggestions from the network, the actors and key people a candidate or referrer is chosen
 * from, and the changes to a search — each sent with the version of the board it was made on, so
 * the server answers 409 stale_version when someone changed the search in between.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, data, type Schemas } from '../../lib/api';
import type { paths } from '../../lib/api-schema';
import { firmKey } from '../../lib/query-keys';

export type SearchRecord = Schemas['VersionedPartnerSearches']['record'];
export type NewSearch = paths['/api/workspaces/{workspace}/firms/{firmId}/partner-searches']['post']['requestBody']['content']['application/json'];
export type Board = Schemas['PartnerBoard'];
export type Column = Board['columns'][number];
export type Stage = Column['stage'];
export type BoardCandidate = Column['candidates'][number];
export type CandidateScore = BoardCandidate['score'];
export type Decision = Board['decisions'][number];
export type Criterion = Board['search']['criteria'][number];
export type Suggestions = Schemas['PartnerSuggestions'];
export type Suggestion = Suggestions['suggestions'][number];
export type SuggestionFilters = Suggestions['filters'];
export type Changed = Schemas['ChangedPartnerSearch'];

/** Where a search is: its workspace, firm and id, the path parameters of every action route. */
export interface SearchPath {
  workspace: string;
  firmId: string;
  searchId: string;
}

const searchesKey = (workspace: string, firmId: string) => [...firmKey(workspace, firmId), 'partner-searches'] as const;

// The same key as the other views' firm record, so that a rename there shows here.
const firmQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });

const searchesQuery = (workspace: string, firmId: string) =>
  queryOptions({
    queryKey: searchesKey(workspace, firmId),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/partner-searches', { params: { path: { workspace, firmId } } })),
  });

const boardQuery = ({ workspace, firmId, searchId }: SearchPath) =>
  queryOptions({
    queryKey: [...searchesKey(workspace, firmId), searchId, 'board'],
    queryFn: () =>
      data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/partner-searches/{searchId}/board', { params: { path: { workspace, firmId, searchId } } })),
  });

const suggestionsQuery = ({ workspace, firmId, searchId }: SearchPath) =>
  queryOptions({
    queryKey: [...searchesKey(workspace, firmId), searchId, 'suggestions'],
    queryFn: () =>
      data(
        api.GET('/api/workspaces/{workspace}/firms/{firmId}/partner-searches/{searchId}/suggestions', { params: { path: { workspace, firmId, searchId } } }),
      ),
  });

export const useFirm = (workspace: string, firmId: string) => useQuery(firmQuery(workspace, firmId));
export const useSearches = (workspace: string, firmId: string) => useQuery(searchesQuery(workspace, firmId));
export const useBoard = (path: SearchPath) => useQuery(boardQuery(path));
export const useSuggestions = (path: SearchPath) => useQuery(suggestionsQuery(path));

// The same keys as the records view's lists, so that an actor added there is offered here.
export const useActors = (workspace: string, firmId: string) =>
  useQuery({
    queryKey: [...firmKey(workspace, firmId), 'actors'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path: { workspace, firmId } } })),
  });

export const useKeyPeople = (workspace: string, firmId: string) =>
  useQuery({
    queryKey: [...firmKey(workspace, firmId), 'key-people'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path: { workspace, firmId } } })),
  });

/** Starts a view's requests while its code is still loading; errors are left to the page's own states. */
export function prefetchSearches(client: QueryClient, workspace: string, firmId: string): void {
  void client.prefetchQuery(firmQuery(workspace, firmId));
  void client.prefetchQuery(searchesQuery(workspace, firmId));
}

export function prefetchBoard(client: QueryClient, path: SearchPath): void {
  void client.prefetchQuery(firmQuery(path.workspace, path.firmId));
  void client.prefetchQuery(boardQuery(path));
}

/** Is this the refusal of a new record whose id another record of the case has? */
const idTaken = (err: unknown) => err instanceof ApiError && err.status === 409 && err.code === 'conflict';

/**
 * Opens a search: POST of the whole record. Its id is made from the title and checked against the
 * firm's searches; should another record of the case hold it, "-2", "-3" … are tried.
 */
export function useOpenSearch(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (record: NewSearch) => {
      for (let n = 1; ; n++) {
        const id = n === 1 ? record.id : `${record.id}-${n}`;
        try {
          return await data(
            api.POST('/api/workspaces/{workspace}/firms/{firmId}/partner-searches', { params: { path: { workspace, firmId } }, body: { ...record, id } }),
          );
        } catch (err) {
          if (!idTaken(err) || n >= 5) throw err;
        }
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }),
  });
}

const BASE = '/api/workspaces/{workspace}/firms/{firmId}/partner-searches/{searchId}' as const;

/** The action routes of a search, each taking the version it was read at in the body. */
export const searchActions = {
  addCandidate: (path: SearchPath, body: Schemas['NewPartnerCandidate']) => data(api.POST(`${BASE}/candidates`, { params: { path }, body })),
  addCriteria: (path: SearchPath, body: Schemas['NewPartnerCriteria']) => data(api.POST(`${BASE}/criteria`, { params: { path }, body })),
  score: (path: SearchPath, candidateId: string, body: Schemas['PartnerCandidateScores']) =>
    data(api.POST(`${BASE}/candidates/{candidateId}/scores`, { params: { path: { ...path, candidateId } }, body })),
  move: (path: SearchPath, candidateId: string, body: Schemas['PartnerCandidateMove']) =>
    data(api.POST(`${BASE}/candidates/{candidateId}/moves`, { params: { path: { ...path, candidateId } }, body })),
  note: (path: SearchPath, candidateId: string, body: Schemas['PartnerCandidateNote']) =>
    data(api.POST(`${BASE}/candidates/{candidateId}/notes`, { params: { path: { ...path, candidateId } }, body })),
  setStatus: (path: SearchPath, body: Schemas['PartnerSearchStatusChange']) => data(api.POST(`${BASE}/status`, { params: { path }, body })),
};

/** A change to a search: `send` makes one of the action calls, on the version it was read at. */
export function useSearchChange(path: SearchPath) {
  return useMutation({ mutationFn: (send: (path: SearchPath) => Promise<Changed>) => send(path) });
}

/**
 * Reads the firm's views again — the board, the list and the suggestions among them — and resolves
 * once the ones on screen are back: after a change, or after a stale refusal (that is the reload).
 */
export function useRefreshFirm(workspace: string, firmId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: firmKey(workspace, firmId) });
}
