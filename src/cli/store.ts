/** Opens the store the environment names (DATABASE_URL, else SQLite under FOOTHOLD_DATA) for one command. */
import { userInfo } from 'node:os';
import { runAs, type ActingUser } from '../shared/acting-user.js';
import type { CaseStore } from '../store/types.js';

export const DEFAULT_DATA_DIR = '.foothold';

export async function withStore<T>(fn: (store: CaseStore) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the database drivers are needed only once a command runs.
  const { openStore, storeConfigFromEnv } = await import('../store/open.js');
  const store = await openStore(storeConfigFromEnv(process.env, DEFAULT_DATA_DIR));
  try {
    return await runAs(commandLineUser(), () => fn(store));
  } finally {
    await store.close();
  }
}

/** The audit log's "who" for a command: FOOTHOLD_ACTOR when set (e.g. an administrator's e-mail), else cli:<login name>. */
export function commandLineUser(env: Readonly<Record<string, string | undefined>> = process.env): ActingUser {
  const given = env['FOOTHOLD_ACTOR']?.trim();
  if (given !== undefined && given !== '') return { userId: null, label: given.slice(0, 200) };
  let login = 'unknown';
  try {
    login = userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): the label says so.
  }
  return { userId: null, label: `cli:${login}` };
}
