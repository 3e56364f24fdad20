/**
 * The limits and defaults of a warm-path search. Here, with no dependencies, so that the CLI can
 * show them in its help before it loads the graph engine (core/graph/warm-paths.ts enforces them).
 */
export const MAX_WARM_PATH_HOPS = 8;
export const MAX_WARM_PATHS = 1000;
export const DEFAULT_MAX_HOPS = 4;
export const DEFAULT_TOP_PATHS = 10;
