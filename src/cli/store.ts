/** Opens the store the environment names (DATABASE_URL, else SQLite under FOOTHOLD_DATA) for one command. */
import { openStore, storeConfigFromEnv } from '../store/open.js';
import type { CaseStore } from '../store/types.js';

export const DEFAULT_DATA_DIR = '.foothold';

export async function withStore<T>(fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfigFromEnv(process.env, DEFAULT_DATA_DIR));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
