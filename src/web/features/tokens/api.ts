/** The API tokens view's server state: your tokens (never their values), making one, and revoking one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '../../lib/api';

export type ApiToken = Schemas['ApiToken'];
export type NewApiToken = Schemas['NewApiToken'];
export type TokenScope = ApiToken['scope'];

const tokensKey = ['tokens'] as const;

export function useTokens(enabled: boolean) {
  return useQuery({ queryKey: tokensKey, queryFn: () => data(api.GET('/api/tokens')), enabled });
}

/** Makes a token; its value is in the answer only, which the caller shows once and never caches. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['TokenRequest']) => data(api.POST('/api/tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => data(api.DELETE('/api/tokens/{tokenId}', { params: { path: { tokenId } } })).then(() => undefined),
    onSettled: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}
