/**
 * Writes to the case's own codes (records of /codes): add one (its id made from its name unless
 * given, as for a free code that joins the codebook under the id its segments use), edit one over
 * the version read, delete one. Built-in codes are no records and cannot be written.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, data, isStale } from '../../lib/api';
import type { Code, Versioned } from './api';
import { refreshEvidence } from './coding-api';
import { ownCodeIdFor } from './record-ids';

export type NewCode = Omit<Code, 'id'>;

const TRIES = 5;

async function createCode(workspace: string, firmId: string, code: NewCode, taken: ReadonlySet<string>, id?: string): Promise<Versioned<Code>> {
  const tried = new Set(taken);
  for (let attempt = 1; ; attempt++) {
    const candidate = id ?? ownCodeIdFor(code.name, tried);
    try {
      return await data(
        api.POST('/api/workspaces/{workspace}/firms/{firmId}/codes', { params: { path: { workspace, firmId } }, body: { ...code, id: candidate } }),
      );
    } catch (err) {
      // A given id is the point (segments use it): no other id is tried for it.
      if (id !== undefined || !(err instanceof ApiError && err.status === 409 && !isStale(err)) || attempt >= TRIES) throw err;
      tried.add(candidate);
    }
  }
}

export interface CreateCodeRequest {
  code: NewCode;
  /** Ids the case is known to hold. */
  taken: ReadonlySet<string>;
  /** The id to give it; made from the name when absent. */
  id?: string;
}

export function useCreateCode(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, taken, id }: CreateCodeRequest) => createCode(workspace, firmId, code, taken, id),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

export function useSaveCode(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Versioned<Code>) =>
      data(api.PUT('/api/workspaces/{workspace}/firms/{firmId}/codes/{id}', { params: { path: { workspace, firmId, id: body.record.id } }, body })),
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}

export function useDeleteCode(workspace: string, firmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, record }: Versioned<Code>) => {
      await data(
        api.DELETE('/api/workspaces/{workspace}/firms/{firmId}/codes/{id}', {
          params: { path: { workspace, firmId, id: record.id }, query: { version: String(version) } },
        }),
      );
    },
    onSettled: () => refreshEvidence(client, workspace, firmId),
  });
}
