/** The cohort dashboard's server state: the workspace's cohort, and taking today's snapshot of its figures. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import type { Cohort } from './cohort-view';

const cohortKey = (workspace: string) => ['cohort', workspace] as const;

export function useCohort(workspace: string) {
  return useQuery({
    queryKey: cohortKey(workspace),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/cohort', { params: { path: { workspace } } })),
    // Any rating changed anywhere moves these figures: ask afresh each time the view opens.
    staleTime: 0,
  });
}

/** Takes (or, the same day, replaces) today's snapshot; the answer carries the cohort with it in the trend. */
export function useTakeSnapshot(workspace: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/api/workspaces/{workspace}/cohort/snapshots', { params: { path: { workspace } }, body: {} })),
    onSuccess: (taken) => client.setQueryData<Cohort>(cohortKey(workspace), taken.cohort),
  });
}
