/**
 * How much betweenness one request to POST /api/graph-metrics may cost a shared server. Here, with
 * no dependencies, so that the web app can tell the analyst the same numbers the API enforces.
 */

/** Exact betweenness up to this many nodes (the CLI's limit is 50,000): one search of the whole graph per node. */
export const HTTP_EXACT_BETWEENNESS_MAX_NODES = 5_000;
/** The pivots above HTTP_EXACT_BETWEENNESS_MAX_NODES unless the request asks for another number. */
export const HTTP_DEFAULT_BETWEENNESS_SAMPLES = 300;
/** The most pivots a request may ask for: each is one search of the whole graph. */
export const HTTP_MAX_BETWEENNESS_SAMPLES = 2_000;
