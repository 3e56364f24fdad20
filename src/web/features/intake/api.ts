/**
 * The guided intake's server state: the vocabulary that words every question, the firm and the
 * records each step writes (markets, challenge ratings, actors with their ties, the competence
 * self-assessment), the key people who may have answered it, and the report
 * document the last step shows. Every write refreshes the firm's queries, so the dashboard follows.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, data, isStale, type Schemas } from '../../lib/api';
import { firmKey, firmsKey } from '../../lib/query-keys';
import type { ReportDocument } from '../../components/report-document/types';

export type Vocabulary = Schemas['Vocabulary'];
export type VersionedFirm = Schemas['VersionedFirm'];
export type Firm = VersionedFirm['record'];
export type VersionedMarket = Schemas['VersionedMarkets'];
export type Market = VersionedMarket['record'];
export type VersionedRating = Schemas['VersionedChallengeRatings'];
export type Rating = VersionedRating['record'];
export type VersionedActor = Schemas['VersionedActors'];
export type Actor = VersionedActor['record'];
export type VersionedTie = Schemas['VersionedTies'];
export type Tie = VersionedTie['record'];
export type VersionedCompetence = Schemas['VersionedCompetenceAssessments'];
export type CompetenceAssessment = VersionedCompetence['record'];
export type VersionedKeyPerson = Schemas['VersionedKeyPeople'];

/** How many times a write whose id is taken tries the next free one ("ana", "ana-2" …). */
const ID_TRIES = 20;

export function useVocabulary() {
  // The server lets the vocabulary be cached; it changes only with a new release.
  return useQuery({ queryKey: ['vocabulary'], queryFn: () => data(api.GET('/api/vocabulary')), staleTime: Infinity });
}

export function useFirm(workspace: string, firmId: string | undefined) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId ?? ''), 'firm'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId: firmId ?? '' } } })),
    enabled: firmId !== undefined,
  });
}

export function useMarkets(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'markets'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/markets', { params: { path: { workspace, firmId } } })),
  });
}

export function useRatings(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'challenge-ratings'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings', { params: { path: { workspace, firmId } } })),
  });
}

export function useActors(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'actors'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path: { workspace, firmId } } })),
  });
}

export function useTies(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'ties'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path: { workspace, firmId } } })),
  });
}

export function useCompetenceAssessments(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'competence-assessments'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/competence-assessments', { params: { path: { workspace, firmId } } })),
  });
}

/** The firm's key people: who may have answered the competence statements. */
export function useKeyPeople(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'key-people'],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/key-people', { params: { path: { workspace, firmId } } })),
  });
}

/** The firm's report document: the same query (and cache) as the dashboard's. */
export function useIntakeReport(workspace: string, firmId: string) {
  return useQuery({
    queryKey: [...firmKey(workspace, firmId), 'report-document'],
    queryFn: async () =>
      (await data(
        api.GET('/api/workspaces/{workspace}/report', { params: { path: { workspace }, query: { firms: [firmId], format: 'json' } }, parseAs: 'json' }),
      )) as ReportDocument,
  });
}

/** After a write: the firm's queries and the firm list are stale. */
function useRefresh(workspace: string) {
  const client = useQueryClient();
  return (firmId: string) =>
    Promise.all([client.invalidateQueries({ queryKey: firmKey(workspace, firmId) }), client.invalidateQueries({ queryKey: firmsKey(workspace) })]);
}

const isConflict = (err: unknown) => err instanceof ApiError && err.status === 409 && !isStale(err);

/** Adds `record` with `post`; while its id is taken in the case, with the next free one ("ana", "ana-2" …). */
async function createWithFreeId<R extends { id: string }, T>(record: R, post: (body: R) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await post({ ...record, id: numberedId(record.id, n) });
    } catch (err) {
      if (!isConflict(err) || n >= ID_TRIES) throw err;
    }
  }
}

/** `base`, or `base-2`, `base-3` … for the n-th try, within the 80 characters an id may have. */
export function numberedId(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, 80 - suffix.length)}${suffix}`;
}

/** The first of `base`, `base-2` … that no firm of the workspace has. */
export async function freeFirmId(workspace: string, base: string): Promise<string> {
  const firms = await data(api.GET('/api/workspaces/{workspace}/firms', { params: { path: { workspace } } }));
  const taken = new Set(firms.map((f) => f.id));
  let n = 2;
  while (taken.has(numberedId(base, n))) n++;
  return numberedId(base, n);
}

/** Creates the firm (no version) or replaces it (with the version it was read at). */
export function useSaveFirm(workspace: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: ({ record, version }: { record: Firm; version?: number }) =>
      version === undefined
        ? data(api.POST('/api/workspaces/{workspace}/firms', { params: { path: { workspace } }, body: record }))
        : data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}', { params: { path: { workspace, firmId: record.id } }, body: { version, record } })),
    onSuccess: (saved) => refresh(saved.record.id),
  });
}

export function useAddMarket(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (record: Market) =>
      data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/markets', { params: { path: { workspace, firmId } }, body: record })),
    onSettled: () => refresh(firmId),
  });
}

export function useRemoveMarket(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: (id: string) => data(api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/markets/{id}', { params: { path: { workspace, firmId, id } } })),
    onSettled: () => refresh(firmId),
  });
}

/** Adds a rating (no version; its id moves on to a free one when taken) or replaces it with the version read. */
export function useSaveRating(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: async ({ record, version }: { record: Rating; version?: number }) => {
      if (version !== undefined) {
        const path = { workspace, firmId, id: record.id };
        return data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings/{id}', { params: { path }, body: { version, record } }));
      }
      return createWithFreeId(record, (body) =>
        data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/challenge-ratings', { params: { path: { workspace, firmId } }, body })),
      );
    },
    onSettled: () => refresh(firmId),
  });
}

export interface NewContact {
  actor: Actor;
  /** The tie from the firm; its `id` and `to` follow the actor's id as stored. */
  tie: Omit<Tie, 'id' | 'to'>;
}

/**
 * Records someone the firm knows: the actor, then the firm's tie to it. An actor id already used
 * in the case moves on to the next free one; when the tie is refused, the actor is taken back out,
 * so that a retry does not leave a stray record.
 */
export function useAddContact(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: async ({ actor, tie }: NewContact) => {
      const path = { workspace, firmId };
      const stored = await createWithFreeId(actor, (body) => data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/actors', { params: { path }, body })));
      const to = stored.record.id;
      try {
        const saved = await createWithFreeId({ ...tie, id: `tie-${to}`, to }, (body) =>
          data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/ties', { params: { path }, body })),
        );
        return { actor: stored, tie: saved };
      } catch (err) {
        await api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/actors/{id}', { params: { path: { workspace, firmId, id: to } } }).catch(() => undefined);
        throw err;
      }
    },
    onSettled: () => refresh(firmId),
  });
}

/** Takes back a tie and, unless other records still name it, its actor. */
export function useRemoveContact(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: async (tie: Tie) => {
      await data(api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', { params: { path: { workspace, firmId, id: tie.id } } }));
      try {
        await data(api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/actors/{id}', { params: { path: { workspace, firmId, id: tie.to } } }));
      } catch (err) {
        // Another tie or record still names the actor: it stays, which is right.
        if (!isConflict(err)) throw err;
      }
    },
    onSettled: () => refresh(firmId),
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Sets which challenges a tie helped with. The change is sent as the difference from what was read
 * (`before` → `after`): when someone saved the tie in between (409 stale_version), the tie is read
 * again and the same difference applied to it, so neither change is lost.
 */
export function useSaveHelpedWith(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: async ({ tie, before, after }: { tie: VersionedTie; before: readonly string[]; after: readonly string[] }) => {
      const added = after.filter((c) => !before.includes(c));
      const removed = before.filter((c) => !after.includes(c));
      let current = tie;
      for (let attempt = 1; ; attempt++) {
        const had = current.record.helpedWith?.challenges ?? [];
        const challenges = [...had.filter((c) => !removed.includes(c)), ...added.filter((c) => !had.includes(c))];
        if (current.record.helpedWith !== undefined && sameSet(challenges, had)) return current;
        const record: Tie = { ...current.record, helpedWith: { challenges, benefits: current.record.helpedWith?.benefits ?? [] } };
        const path = { workspace, firmId, id: record.id };
        try {
          return await data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', { params: { path }, body: { version: current.version, record } }));
        } catch (err) {
          if (!isStale(err) || attempt >= 3) throw err;
          current = await data(api.GET('/api/workspaces/{workspace}/firms/{firmId}/ties/{id}', { params: { path } }));
        }
      }
    },
    onSettled: () => refresh(firmId),
  });
}

/** Adds the firm's competence self-assessment (no version) or replaces it with the version it was read at. */
export function useSaveCompetence(workspace: string, firmId: string) {
  const refresh = useRefresh(workspace);
  return useMutation({
    mutationFn: ({ record, version }: { record: CompetenceAssessment; version?: number }) =>
      version === undefined
        ? createWithFreeId(record, (body) =>
            data(api.POST('/api/workspaces/{workspace}/firms/{firmId}/competence-assessments', { params: { path: { workspace, firmId } }, body })),
          )
        : data(
            api.PUT('/api/workspaces/{workspace}/firms/{firmId}/competence-assessments/{id}', {
              params: { path: { workspace, firmId, id: record.id } },
              body: { version, record },
            }),
          ),
    onSettled: () => refresh(firmId),
  });
}
