/** The members view in words: a refused change of members said for people, and the roles with what each may do. */
import { ROLE_DESCRIPTIONS, ROLES, type Role } from '../../../core/access/policy';
import { ApiError } from '../../lib/api';
import { capitalize } from '../../lib/format';

export { ROLE_DESCRIPTIONS, ROLES, type Role };

/** "Not changed: …" for a refusal: an unknown account (404), the last owner (409), or the server's own words. */
export function memberRefusal(error: unknown, email: string): string {
  if (error instanceof ApiError && error.status === 404 && error.message.startsWith('account '))
    return `There is no account for ${email}. Accounts are made on the server with foothold user add; add it here after that.`;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && error.status === 409) return `Not changed: ${capitalize(message)}.`;
  return `Not changed: ${message}`;
}

/** "2026-12-02": the day a membership began, as the server gave it. */
export function sinceText(since: string): string {
  return since.slice(0, 10);
}
