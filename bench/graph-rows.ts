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
    `| top-10 warm paths of ≤ 4 hops from an ego of degree ~300; limit 300 ms | not built yet | — | — |`,
    ...(nx === undefined
      ? [`| networkx | not run: ${'missing' in b.networkx ? b.networkx.missing : ''} | — | — |`]
      : [`| networkx version | — | ${nx.version} | — |`]),
  ];
}
