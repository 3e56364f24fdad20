/** The API tokens view in words: what a token's scope lets it do, and how to use one. */
import type { TokenScope } from './api';

export const SCOPE_MEANINGS: Readonly<Record<TokenScope, string>> = {
  read: 'read and export only, whatever your role',
  write: 'everything your roles allow',
};

/** The curl line that shows how a token is used. */
export function usageExample(origin: string, token: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${origin}/api/workspaces`;
}
