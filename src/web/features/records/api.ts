/**
 * The records view's server state: the firm's actors, ties, utilization cells and challenge ratings (readable and
 * writable, each write sent with the version it was read at), and what the editors need to name
 * things — the firm, its key people, challenge categories, evidence segments, sources, vocabulary.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';
import { firmKey, firmsKey } from '../../lib/query-keys';

export type Actor = Schemas['VersionedActors']['record'];
export type Tie = Schemas['VersionedTies']['record'];
export type UtilizationCell = Schemas['VersionedUtilization']['record'];
export type ChallengeRating = Schemas['VersionedChallengeRatings']['record'];
export type Market = Schemas['VersionedMarkets']['record'];
export type Segment = Schemas['VersionedSegments']['record'];
export type Source = Schemas['VersionedSources']['record'];
export type KeyPerson = Schemas['VersionedKeyPeople']['record'];
export type Vocabulary = Schemas['Vocabulary'];

export interface Versioned<T> {
  version: number;
  record: T;
}

/** The collections this view edits, by the URL segment the API gives them. */
export interface RecordOf {
  actors: Actor;
  ties: Tie;
  utilization: UtilizationCell;
  'challenge-ratings': ChallengeRating;
}
export type Collection = keyof RecordOf;
export type AnyRecord = RecordOf[Collection];

interface FirmPath {
  workspace: string;
  firmId: string;
}

interface CollectionApi<T> {
  list(path: FirmPath): Promise<Versioned<T>[]>;
  read(path: FirmPath, id: string): Promise<Versioned<T>>;
  save(path: FirmPath, body: Versioned<T>): Promise<Versioned<T>>;
  create(path: FirmPath, record: T): Promise<Versioned<T>>;
  remove(path: FirmPath, current: Versioned<T>): Promise<void>;
}

// openapi-fetch types each call by its literal path, so each collection spells its five calls out.
const COLLECTIONS: { [C in Collection]: CollectionApi<RecordOf[C]> } = {
  actors: {
    list: (path) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path } })),
    read: (path, id) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors/{id}', { params: { path: { ...path, id } } })),
    save: (path, body) => data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/actors/{id}', { params: { path: { ...path, id: body.record.id } }, body })),
    create: (path, body) => data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path }, body })),
    remove: async (path, { version, record }) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/actors/{id}', {
          params: { path: { ...path, id: record.id }, query: { version: String(version) } },
        }),
      );
    },
  },
  ties: {
    list: (path) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path } })),
    read: (path, id) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', { params: { path: { ...path, id } } })),
    save: (path, body) => data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', { params: { path: { ...path, id: body.record.id } }, body })),
    create: (path, body) => data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path }, body })),
    remove: async (path, { version, record }) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', {
          params: { path: { ...path, id: record.id }, query: { version: String(version) } },
        }),
      );
    },
  },
  utilization: {
    list: (path) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/utilization', { params: { path } })),
    read: (path, id) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/utilization/{id}', { params: { path: { ...path, id } } })),
    save: (path, body) =>
      data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/utilization/{id}', { params: { path: { ...path, id: body.record.id } }, body })),
    create: (path, body) => data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/utilization', { params: { path }, body })),
    remove: async (path, { version, record }) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/utilization/{id}', {
          params: { path: { ...path, id: record.id }, query: { version: String(version) } },
        }),
      );
    },
  },
  'challenge-ratings': {
    list: (path) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings', { params: { path } })),
    read: (path, id) => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', { params: { path: { ...path, id } } })),
    save: (path, body) =>
      data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', { params: { path: { ...path, id: body.record.id } }, body })),
    create: (path, body) => data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings', { params: { path }, body })),
    remove: async (path, { version, record }) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', {
          params: { path: { ...path, id: record.id }, query: { version: String(version) } },
        }),
      );
    },
  },
};

// The same keys as the other views' lists of the same records (the dashboard's ratings, the map's ties), so a save here refreshes them.
const collectionKey = (workspace: string, firmId: string, collection: Collection) => [...firmKey(workspace, firmId), collection] as const;

export function useRecords<C extends Collection>(workspace: string, firmId: string, collection: C) {
  return useQuery({
    queryKey: collectionKey(workspace, firmId, collection),
    queryFn: () => (COLLECTIONS[collection] as CollectionApi<RecordOf[C]>).list({ workspace, firmId }),
  });
}

/** Puts what the server answered into the cached list at once, so the table shows it before the refetch. */
function patchList<T extends AnyRecord>(client: QueryClient, key: readonly unknown[], change: (rows: Versioned<T>[]) => Versioned<T>[]) {
  client.setQueryData<Versioned<T>[]>(key, (rows) => (rows === undefined ? rows : change(rows)));
}

/**
 * Refetches what the firm's views show, without waiting for it: the cached list already holds the
 * server's answer, and a firm with 20,000 ties should not keep the editor open until they arrive.
 */
function refreshFirm(client: QueryClient, workspace: string, firmId: string): void {
  void client.invalidateQueries({ queryKey: firmKey(workspace, firmId) });
  void client.invalidateQueries({ queryKey: firmsKey(workspace) });
}

export interface SaveRequest<T> extends Versioned<T> {
  /** Read the version stored now and save over it (after a stale-version refusal). */
  overwrite?: boolean;
}

/** Saves a record with the version it was read at; the server answers 409 stale_version when someone saved it in between. */
export function useSaveRecord<C extends Collection>(workspace: string, firmId: string, collection: C) {
  const client = useQueryClient();
  const calls = COLLECTIONS[collection] as CollectionApi<RecordOf[C]>;
  const path = { workspace, firmId };
  return useMutation({
    mutationFn: async ({ version, record, overwrite = false }: SaveRequest<RecordOf[C]>) => {
      const base = overwrite ? (await calls.read(path, record.id)).version : version;
      return calls.save(path, { version: base, record });
    },
    onSuccess: (saved) =>
      patchList<RecordOf[C]>(client, collectionKey(workspace, firmId, collection), (rows) => rows.map((r) => (r.record.id === saved.record.id ? saved : r))),
    onSettled: () => refreshFirm(client, workspace, firmId),
  });
}

/** Adds a record (or puts a deleted one back, with its own id). */
export function useCreateRecord<C extends Collection>(workspace: string, firmId: string, collection: C) {
  const client = useQueryClient();
  const calls = COLLECTIONS[collection] as CollectionApi<RecordOf[C]>;
  return useMutation({
    mutationFn: (record: RecordOf[C]) => calls.create({ workspace, firmId }, record),
    onSuccess: (created) => patchList<RecordOf[C]>(client, collectionKey(workspace, firmId, collection), (rows) => [...rows, created]),
    onSettled: () => refreshFirm(client, workspace, firmId),
  });
}

/** Deletes a record if it is still at the version shown; refused (409 conflict) while other records refer to it. */
export function useDeleteRecord<C extends Collection>(workspace: string, firmId: string, collection: C) {
  const client = useQueryClient();
  const calls = COLLECTIONS[collection] as CollectionApi<RecordOf[C]>;
  return useMutation({
    mutationFn: (current: Versioned<RecordOf[C]>) => calls.remove({ workspace, firmId }, current),
    onSuccess: (_none, current) =>
      patchList<RecordOf[C]>(client, collectionKey(workspace, firmId, collection), (rows) => rows.filter((r) => r.record.id !== current.record.id)),
    onSettled: () => refreshFirm(client, workspace, firmId),
  });
}

export function useFirmRecord(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'record'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId } } })),
  });
}

export function useKeyPeople(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'key-people'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path: { workspace, firmId } } })),
  });
}

export function useMarkets(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'markets'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/markets', { params: { path: { workspace, firmId } } })),
  });
}

export function useChallengeCategories(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'challenge-categories'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-categories', { params: { path: { workspace, firmId } } })),
  });
}

/** The firm's coded segments (quote, location, source, codes): what a record's evidence can cite. */
export function useSegments(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'segment-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/segments', { params: { path: { workspace, firmId } } })),
  });
}

export function useSources(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'source-list'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/sources', { params: { path: { workspace, firmId } } })),
  });
}

/** Labels and meanings of network types, tie statuses, levels and challenge categories; the same for every firm. */
export function useVocabulary() {
  return useQuery({ queryKey: ['vocabulary'], queryFn: () => data(api.GET('/api/vocabulary')), staleTime: 300_000 });
}
