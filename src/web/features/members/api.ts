/**
 * The members view's server state: a workspace's members and their roles (action manage_members),
 * adding an existing account or changing its role, and removing a member.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';

export type Member = Schemas['Member'];
export type Role = Member['role'];

const membersKey = (workspace: string) => ['members', workspace] as const;

export function useMembers(workspace: string, enabled: boolean) {
  return useQuery({
    queryKey: membersKey(workspace),
    queryFn: () => data(api.GET('/api/workspaces/{workspace}/members', { params: { path: { workspace } } })),
    enabled,
  });
}

/** Gives an existing account a role in the workspace (it becomes a member), or changes a member's role. */
export function useSetMember(workspace: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['MemberRequest']) => data(api.POST('/api/workspaces/{workspace}/members', { params: { path: { workspace } }, body })),
    // Refused or not, the list is asked again: a refused role change shows the role the server kept.
    onSettled: () => client.invalidateQueries({ queryKey: membersKey(workspace) }),
  });
}

export function useRemoveMember(workspace: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      data(api.DELETE('/api/workspaces/{workspace}/members/{userId}', { params: { path: { workspace, userId } } })).then(() => undefined),
    onSettled: () => client.invalidateQueries({ queryKey: membersKey(workspace) }),
  });
}
