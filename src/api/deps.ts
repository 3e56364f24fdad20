/** What the HTTP app needs from outside: the store, a clock, a logger, and its limits (injected for tests). */
import { fileURLToPath } from 'node:url';
import { AnalysisCache } from '../services/analysis-cache.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../shared/limits.js';
import type { CaseStore } from '../store/types.js';
import type { AuthMode } from './auth/access.js';
import { DEFAULT_ALLOWED_HOSTS } from './guards.js';

export interface Logger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ApiDeps {
  store: CaseStore;
  now: () => Date;
  logger: Logger;
  /** Body size and depth limits; DEFAULT_INPUT_LIMITS when absent. */
  limits?: InputLimits;
  /** Host names the server answers to besides IP addresses; DEFAULT_ALLOWED_HOSTS when absent. */
  allowedHosts?: readonly string[];
  /** Analyses of unchanged cases, reused between requests; a new one per app when absent. */
  analysisCache?: AnalysisCache;
  /** The built web app (index.html and assets/); dist/web of this package when absent. */
  webRoot?: string;
  /** 'required': every /api route but /api/health and /api/session needs a login or token; 'off' (default): the single-user mode. */
  auth?: AuthMode;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For and HTTPS from X-Forwarded-Proto. False when absent. */
  trustProxy?: boolean;
}

/** ApiDeps with every default filled in: what the routes receive. */
export type AppDeps = Required<ApiDeps>;

export function withDefaults(deps: ApiDeps): AppDeps {
  return {
    limits: DEFAULT_INPUT_LIMITS,
    allowedHosts: DEFAULT_ALLOWED_HOSTS,
    analysisCache: new AnalysisCache(),
    webRoot: DEFAULT_WEB_ROOT,
    auth: 'off',
    trustProxy: false,
    ...deps,
  } as AppDeps;
}

/** dist/web beside dist/api, and also from src/api when run from the sources (tests, `npm run dev`). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const silentLogger: Logger = { info: () => {}, error: () => {} };
