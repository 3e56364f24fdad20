/** What the HTTP app needs from outside: the store, a clock and a logger (injected for tests). */
import type { CaseStore } from '../store/types.js';

export interface Logger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ApiDeps {
  store: CaseStore;
  now: () => Date;
  logger: Logger;
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
