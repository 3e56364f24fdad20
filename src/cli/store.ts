/** Opens the store the environment names (DATABASE_URL, else SQLite under FOOTHOLD_DATA) for one command. */
import type { CaseStore } from '../store/types.js';

export const DEFAULT_DATA_DIR = '.foothold';

export async function withStore<T>(fn: (store: CaseStore) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: the database drivers are needed only once a command runs.
  const { openStore, storeConfigFromEnv } = await import('../store/open.js');
  const store = await openStore(storeConfigFromEnv(process.env, DEFAULT_DATA_DIR));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
