/** The firms view's server state: workspaces and case-file import (the firm cards are in lib/firms.ts, shared with Compare). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../lib/api';
import { workspacesKey } from '../../lib/query-keys';

export function useWorkspaces() {
  return useQuery({ queryKey: workspacesKey, queryFn: () => data(api.GET('/api/workspaces')) });
}

export interface ImportRequest {
  text: string;
  replace: boolean;
}

/** Sends a case file's text as it is: the server reads it through the same checks as `foothold import`. */
export function useImportCase(workspace: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ text, replace }: ImportRequest) =>
      data(
        api.POST('/api/workspaces/{workspace}/cases', {
          params: { path: { workspace }, query: replace ? { replace: 'true' } : {} },
          body: text as never,
          bodySerializer: (body: unknown) => body as string,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['firms'] }).then(() => client.invalidateQueries({ queryKey: workspacesKey })),
  });
}
