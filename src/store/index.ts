/** The store's public face: the CaseStore interface and how to open one. */
export type { CaseStore, CollectionRecord, FirmSummary, Referrer, StoreKind, StoredCase, Versioned } from './types.js';
export { openStore, storeConfigFromEnv, type StoreConfig } from './open.js';
export type { CaseStoreOptions } from './case-store.js';
