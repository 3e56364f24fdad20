// The graph engine's figures (issue 10): a seeded Barabási–Albert network of 1,000,000 actors and
// 5,000,000 ties — build time and memory, Burt's constraint and effective size for 1,000 egos, exact
// betweenness of a 10,000-node subgraph on both cores — and, where python3 has networkx, the same
// queries in networkx for the ratio. Run as its own process (bench/run.ts does) so that its memory
// figure is this work's alone. Prints one JSON object; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barabasiAlbert } from '../src/core/graph/barabasi-albert.js';
import { buildCsr } from '../src/core/graph/csr.js';
import { inducedSubgraph } from '../src/core/graph/induced-subgraph.js';
import { seededRandom } from '../src/core/graph/seeded-random.js';
import { constraintOf, createEgoScratch, effectiveSizeOf } from '../src/core/graph/structural-holes.js';
import { betweennessParallel, defaultWorkerCount } from '../src/services/graph-workers.js';
import { degree } from '../src/core/graph/csr.js';
import { warmPaths } from '../src/core/graph/warm-paths.js';

const N = 1_000_000;
const M = 5;
const EGOS = 1_000;
const SUBGRAPH = 10_000;
const MARKET_ACTORS = 1_000;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (bytes: number) => bytes / (1024 * 1024);

const edges = barabasiAlbert(N, M, 1);
const rssBefore = process.memoryUsage().rss;
const buildTimes: number[] = [];
let start = process.hrtime.bigint();
const graph = buildCsr(edges, { shared: true });
buildTimes.push(ms(start));
// Memory after the first build: the generated tie list and the graph, nothing else yet.
const rssIncreaseMb = mb(process.memoryUsage().rss - rssBefore);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
for (let i = 0; i < 2; i++) {
  start = process.hrtime.bigint();
  buildCsr(edges, { shared: true });
  buildTimes.push(ms(start));
}
const csrBytes = graph.offsets.byteLength + graph.targets.byteLength + graph.edgeIndex.byteLength + (graph.weights?.byteLength ?? 0);
const edgeListBytes = edges.from.byteLength + edges.to.byteLength;

const random = seededRandom(7);
const egos = Uint32Array.from({ length: EGOS }, () => random.below(N));
const scratch = createEgoScratch(N);
const egoTimes: number[] = [];
let checksum = 0;
for (let run = 0; run < 5; run++) {
  const start = process.hrtime.bigint();
  for (const v of egos) checksum += constraintOf(graph, v, scratch) + effectiveSizeOf(graph, v, scratch);
  egoTimes.push(ms(start));
}

// Warm paths need weights: each tie gets a seeded weight in [0.05, 1), as tie-weight.ts gives in
// (0, 1]. The ego is the actor whose degree is nearest 300; the target is a "market" of 1,000
// actors drawn at random, so the search must find the ten strongest ways into any of them.
const weight = Float32Array.from({ length: edges.from.length }, () => 0.05 + 0.95 * (random.nextUint32() / 2 ** 32));
const weighted = buildCsr({ ...edges, weight });
let ego = 0;
for (let v = 0; v < N; v++) if (Math.abs(degree(weighted, v) - 300) < Math.abs(degree(weighted, ego) - 300)) ego = v;
const market = Uint32Array.from({ length: MARKET_ACTORS }, () => random.below(N));
const targets = new Uint8Array(N);
for (const v of market) targets[v] = 1;
const pathTimes: number[] = [];
let pathResult = warmPaths(weighted, { sources: [ego], targets, maxHops: 4, top: 10 });
for (let run = 0; run < 5; run++) {
  const start = process.hrtime.bigint();
  pathResult = warmPaths(weighted, { sources: [ego], targets, maxHops: 4, top: 10 });
  pathTimes.push(ms(start));
}

// The oldest 10,000 actors: a Barabási–Albert network of their own, with its hubs (about 50,000 ties).
const subNodes = Uint32Array.from({ length: SUBGRAPH }, (_, i) => i);
const sub = inducedSubgraph(graph, subNodes, { shared: true }).graph;
const workers = defaultWorkerCount();
start = process.hrtime.bigint();
const between = await betweennessParallel(sub, { workers });
const betweennessMs = ms(start);
start = process.hrtime.bigint();
await betweennessParallel(sub, { workers: 1 });
const betweennessOneMs = ms(start);
let networkx: Record<string, number | string> | { missing: string };
const folder = mkdtempSync(join(tmpdir(), 'foothold-bench-graph-'));
try {
  const pairs = new Uint32Array(edges.from.length * 2);
  for (let i = 0; i < edges.from.length; i++) {
    pairs[2 * i] = edges.from[i]!;
    pairs[2 * i + 1] = edges.to[i]!;
  }
  writeFileSync(join(folder, 'edges.u32'), pairs);
  writeFileSync(join(folder, 'egos.u32'), egos);
  writeFileSync(join(folder, 'subgraph.u32'), subNodes);
  writeFileSync(join(folder, 'weights.f32'), weight);
  writeFileSync(join(folder, 'market.u32'), market);
  writeFileSync(join(folder, 'ego.u32'), Uint32Array.of(ego));
  const py = spawnSync('python3', [new URL('graph-networkx.py', import.meta.url).pathname, folder, '200', '50', '2'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  networkx =
    py.status === 0
      ? (JSON.parse(py.stdout) as Record<string, number | string>)
      : { missing: (py.error?.message ?? py.stderr.trim().split('\n').at(-1)) || 'python3 failed' };
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(
  JSON.stringify({
    nodes: N,
    ties: edges.from.length,
    buildMs: median(buildTimes),
    buildRuns: buildTimes,
    csrMb: mb(csrBytes),
    edgeListMb: mb(edgeListBytes),
    rssIncreaseMb,
    peakRssMb,
    egosMs: median(egoTimes),
    egosFirstMs: egoTimes[0],
    egoChecksum: checksum,
    subgraphNodes: sub.nodeCount,
    subgraphTies: sub.edgeCount,
    betweennessMs,
    betweennessOneMs,
    workers,
    betweennessMax: Math.max(...between.values),
    warmPathsMs: median(pathTimes),
    warmPathsRuns: pathTimes,
    warmPathsEgoDegree: degree(weighted, ego),
    warmPathsFound: pathResult.paths.length,
    warmPathsBest: pathResult.paths[0]?.score ?? 0,
    warmPathsHops: pathResult.paths.map((p) => p.entries.length),
    warmPathsExpanded: pathResult.expanded,
    networkx,
  }),
);
