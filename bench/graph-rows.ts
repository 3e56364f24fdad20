// The rows of BENCHMARKS.md's graph table, from what bench/graph.ts prints.
export interface GraphBench {
  nodes: number;
  ties: number;
  buildMs: number;
  csrMb: number;
  edgeListMb: number;
  peakRssMb: number;
  rssIncreaseMb: number;
  egosMs: number;
  egosFirstMs: number;
  subgraphNodes: number;
  subgraphTies: number;
  betweennessMs: number;
  betweennessOneMs: number;
  workers: number;
  warmPathsMs: number;
  warmPathsEgoDegree: number;
  warmPathsFound: number;
  warmPathsHops: number[];
  networkx:
    | {
        build: number;
        egos: number;
        egosTimed: number;
        effectiveSizeTimed: number;
        constraint: number;
        effectiveSize: number;
        betweennessEstimated: number;
        betweennessSources: number;
        version: string;
        warmPathsFirst?: number;
        warmPathsCount?: number;
        warmPathsSeconds?: number;
      }
    | { missing: string };
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Table rows: figure, Foothold, networkx, ratio (networkx ÷ Foothold). */
export function graphBenchRows(b: GraphBench): string[] {
  const nx = 'missing' in b.networkx ? undefined : b.networkx;
  const versus = (ours: number, theirsSeconds: number | undefined) =>
    theirsSeconds === undefined ? '— | —' : `${fmt(theirsSeconds * 1000)} ms | ${fmt((theirsSeconds * 1000) / ours, 0)}×`;
  return [
    `| build ${fmt(b.nodes)} actors / ${fmt(b.ties)} ties, median of 3; limit 1,500 ms | ${fmt(b.buildMs)} ms | ${versus(b.buildMs, nx?.build)} |`,
    `| memory: the graph's arrays (plus the tie list it is built from, ${fmt(b.edgeListMb)} MB) | ${fmt(b.csrMb)} MB | — | — |`,
    `| memory: resident size added by the first build (${fmt(b.rssIncreaseMb)} MB); the process's peak so far, with Node and the generated tie list; limit 400 MB | ${fmt(b.peakRssMb)} MB | — | — |`,
    `| constraint and effective size of 1,000 egos, median of 5 runs (first run ${fmt(b.egosFirstMs, 1)} ms); limit 20 ms | ${fmt(b.egosMs, 1)} ms | ${versus(b.egosMs, nx?.egos)} |`,
    ...(nx === undefined
      ? []
      : [
          `| the same, constraint alone (networkx: ${nx.egosTimed} egos timed, scaled to 1,000) | — | ${fmt(nx.constraint * 1000)} ms | — |`,
          `| the same, effective size alone (networkx: ${nx.effectiveSizeTimed} egos timed, scaled to 1,000) | — | ${fmt(nx.effectiveSize * 1000)} ms | — |`,
        ]),
    `| exact betweenness of ${fmt(b.subgraphNodes)} actors / ${fmt(b.subgraphTies)} ties, ${b.workers} worker threads; limit 8,000 ms | ${fmt(b.betweennessMs)} ms | ${versus(b.betweennessMs, nx?.betweennessEstimated)} |`,
    `| the same on one worker thread | ${fmt(b.betweennessOneMs)} ms | — | — |`,
    `| top-10 warm paths of ≤ 4 hops from an ego of degree ${b.warmPathsEgoDegree} into a market of 1,000 random actors, median of 5 runs (${b.warmPathsFound} found, ${Math.min(...b.warmPathsHops)}–${Math.max(...b.warmPathsHops)} hops); limit 300 ms; networkx: Yen's shortest_simple_paths to a sink joined to the market, cost −log(weight), no hop limit, ${nx?.warmPathsCount ?? 0} paths | ${fmt(b.warmPathsMs, 1)} ms | ${versus(b.warmPathsMs, nx?.warmPathsCount === 10 ? nx.warmPathsSeconds : undefined)} |`,
    ...(nx?.warmPathsFirst === undefined
      ? []
      : [`| the same in networkx, its first (strongest) path alone: one bidirectional Dijkstra | — | ${fmt(nx.warmPathsFirst * 1000)} ms | — |`]),
    ...(nx === undefined
      ? [`| networkx | not run: ${'missing' in b.networkx ? b.networkx.missing : ''} | — | — |`]
      : [`| networkx version | — | ${nx.version} | — |`]),
  ];
}
