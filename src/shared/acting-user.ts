/**
 * Who is making the changes of the current request or command, carried through async calls so the
 * store can write it into the audit log without every service passing it along. The HTTP app sets
 * it per request (the logged-in user, or "local" in the single-user mode); the CLI per command.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ActingUser {
  /** The account's id when someone is logged in. */
  userId: string | null;
  /** Who, in words: an e-mail, "cli:<login>", or "local". */
  label: string;
}

const acting = new AsyncLocalStorage<ActingUser>();
const NOBODY: ActingUser = { userId: null, label: 'local' };

export function runAs<T>(user: ActingUser, fn: () => T): T {
  return acting.run(user, fn);
}

export function actingUser(): ActingUser {
  return acting.getStore() ?? NOBODY;
}
