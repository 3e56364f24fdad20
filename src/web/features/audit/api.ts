/**
 * The audit view's server state: the workspace's changes, newest first, a page at a time (filtered
 * by firm and by account), one change with every record before and after, and undoing a change.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import type { AuditChange } from './change-words';

/** Changes per page: the server's own default. */
export const AUDIT_PAGE = 50;

export interface AuditFilter {
  firm: string | undefined;
  user: string | undefined;
}

const auditKey = (workspace: string) => ['audit', workspace] as const;

export function useAuditPages(workspace: string, filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: [...auditKey(workspace), 'list', filter.firm ?? '', filter.user ?? ''],
    queryFn: ({ pageParam }): Promise<AuditChange[]> =>
      data(
        api.GET('/api/workspaces/{workspace}/audit', {
          params: {
            path: { workspace },
            query: {
              limit: String(AUDIT_PAGE),
              ...(filter.firm === undefined ? {} : { firm: filter.firm }),
              ...(filter.user === undefined ? {} : { user: filter.user }),
              ...(pageParam === undefined ? {} : { before: pageParam }),
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    // A short page is the last one; otherwise the next starts after its oldest change.
    getNextPageParam: (last) => (last.length < AUDIT_PAGE ? undefined : last.at(-1)?.id),
    // Every change anywhere in the app adds to the log: show it afresh each time the view opens.
    staleTime: 0,
  });
}

export function useAuditChange(workspace: string, changeId: string | undefined) {
  return useQuery({
    queryKey: [...auditKey(workspace), 'change', changeId ?? ''],
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/audit/{changeId}', { params: { path: { workspace, changeId: changeId ?? '' } } })),
    enabled: changeId !== undefined,
    staleTime: 0,
  });
}

/** Undoes a change. Whatever the answer, every cached answer may be out of date (an undo may bring back or remove a whole firm). */
export function useUndoChange(workspace: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changeId: string) =>
      // The route takes no body, but every POST is sent as JSON (api/guards.ts): an empty object.
      data(api.POST('/api/workspaces/{workspace}/audit/{changeId}/undo', { params: { path: { workspace, changeId } }, body: {} as never })),
    onSettled: () => client.invalidateQueries(),
  });
}
