/** The API tokens view in words: when a token was made or used, and what its scope lets it do. */
import type { TokenScope } from './api';

/** "2026-12-02 04:53 UTC": a moment the server gave, to the minute, in UTC as the server keeps it. */
export function momentText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const SCOPE_MEANINGS: Readonly<Record<TokenScope, string>> = {
  read: 'read and export only, whatever your role',
  write: 'everything your roles allow',
};

/** The curl line that shows how a token is used. */
export function usageExample(origin: string, token: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${origin}/api/workspaces`;
}
