// POST /api/graph-metrics in-process: networkx's values for GraphML sent as the body, the facts
// around them, the HTTP limits on betweenness, and each refusal with its status and reason.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { DEFAULT_INPUT_LIMITS } from '../../shared/limits.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { HTTP_DEFAULT_BETWEENNESS_SAMPLES, HTTP_EXACT_BETWEENNESS_MAX_NODES } from '../../shared/http-graph-metrics-limits.js';

interface Fixture {
  nodeCount: number;
  edges: [number, number][];
  betweenness: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
}
interface NodeMetrics {
  degree: number;
  betweenness: number;
  constraint: number | null;
  effectiveSize: number | null;
}
interface Answer {
  nodes: Record<string, NodeMetrics>;
  edgeCount: number;
  parallelEdges: number;
  selfLoops: number;
  readAsUndirected: boolean;
  betweenness: { exact: boolean; samples: number; errorBound?: { epsilon: number; delta: number } };
  warnings: { pointer: string; message: string; file?: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; problems?: { pointer: string; message: string; file?: string }[] };
}

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../core/graph/fixtures/${name}.json`, import.meta.url), 'utf8')) as Fixture;

/** A fixture's graph as GraphML written by hand, node ids "n0", "n1" …, so isolated nodes are declared too. */
function graphmlOf(f: Pick<Fixture, 'nodeCount' | 'edges'>, edgedefault = 'undirected'): string {
  const nodes = Array.from({ length: f.nodeCount }, (_, i) => `<node id="n${i}"/>`);
  const edges = f.edges.map(([a, b]) => `<edge source="n${a}" target="n${b}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="${edgedefault}">\n${[...nodes, ...edges].join('\n')}\n</graph></graphml>\n`;
}

let store: CaseStore;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
});
afterAll(async () => store.close());

const post = (body: string, query = '', type = 'application/graphml+xml', on = app) =>
  on.request(`/api/graph-metrics${query}`, { method: 'POST', headers: { 'content-type': type }, body });

function expectNetworkx(answer: Answer, f: Fixture): void {
  expect(Object.keys(answer.nodes)).toHaveLength(f.nodeCount);
  for (let v = 0; v < f.nodeCount; v++) {
    const node = answer.nodes[`n${v}`];
    expect(node?.degree, `n${v}`).toBe(f.edges.filter(([a, b]) => a === v || b === v).length);
    expect(Math.abs((node?.betweenness ?? NaN) - f.betweenness[v]!), `n${v}`).toBeLessThanOrEqual(1e-9);
    for (const key of ['constraint', 'effectiveSize'] as const) {
      const want = f[key][v];
      if (want === null || want === undefined) expect(node?.[key], `n${v} ${key}`).toBeNull();
      else expect(Math.abs((node?.[key] ?? NaN) - want), `n${v} ${key}`).toBeLessThanOrEqual(1e-9);
    }
  }
}

describe('POST /api/graph-metrics', () => {
  it('gives networkx’s degree, betweenness, constraint and effective size of the karate club, exactly', async () => {
    const karate = fixture('karate');
    const res = await post(graphmlOf(karate));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Answer;
    expectNetworkx(answer, karate);
    expect(answer.nodes['n0']).toMatchObject({ degree: 16, effectiveSize: 13.75 });
    expect(answer).toMatchObject({ edgeCount: 78, parallelEdges: 0, selfLoops: 0, readAsUndirected: false, warnings: [] });
    expect(answer.betweenness).toEqual({ exact: true, samples: 34 });
  });

  it('gives null constraint and effective size for an isolated node, and counts parallel edges and self-loops apart', async () => {
    const components = fixture('components');
    const answer = (await (await post(graphmlOf(components), '', 'text/xml')).json()) as Answer;
    expectNetworkx(answer, components);
    expect(answer.nodes['n5']).toEqual({ degree: 0, betweenness: 0, constraint: null, effectiveSize: null });

    const repeated = graphmlOf({
      nodeCount: 3,
      edges: [
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 2],
      ],
    });
    const small = (await (await post(repeated, '', 'application/octet-stream')).json()) as Answer;
    expect(small).toMatchObject({ edgeCount: 2, parallelEdges: 1, selfLoops: 1 });
    expect(small.nodes['n1']).toEqual({ degree: 2, betweenness: 1, constraint: 0.5, effectiveSize: 2 });
  });

  it('refuses a directed file with the reason and the way round it, and reads it as undirected when asked', async () => {
    const directed = graphmlOf(fixture('karate'), 'directed');
    const refused = await post(directed, '?name=club.graphml');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error).toEqual({
      code: 'bad_input',
      message:
        "club.graphml: the graph is directed; these metrics are for undirected graphs (as networkx's for nx.Graph); add ?asUndirected=true to read every edge as an undirected tie",
    });
    const read = await post(directed, '?asUndirected=true');
    expect(read.status).toBe(200);
    const answer = (await read.json()) as Answer;
    expect(answer.readAsUndirected).toBe(true);
    expectNetworkx(answer, fixture('karate'));
    expect((await post(directed, '?asUndirected=false')).status).toBe(400);
  });

  it('answers 422 with the line for a file that is not well-formed, naming the file', async () => {
    const broken = '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph></graphml>\n';
    const res = await post(broken, '?name=broken.graphml');
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('validation_failed');
    expect(error.problems).toHaveLength(1);
    expect(error.problems?.[0]?.file).toBe('broken.graphml');
    expect(error.problems?.[0]?.message).toMatch(/^not well-formed XML at line 5, column \d+: /);
    const noGraph = await post('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>');
    expect(noGraph.status).toBe(422);
    expect(((await noGraph.json()) as ErrorBody).error.problems?.[0]).toMatchObject({
      file: 'request body',
      message: expect.stringContaining('no <graph> element'),
    });
  });

  it('refuses a document type declaration without expanding its entities', async () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<graphml>&b;</graphml>\n';
    const res = await post(laughs);
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.problems?.[0]?.message).toMatch(/^a DOCTYPE declaration at line 2, column 1: Foothold refuses DOCTYPEs/);
  });

  it('takes the file only with a GraphML or XML content type (415 otherwise)', async () => {
    const karate = graphmlOf(fixture('karate'));
    for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await post(karate, '', type);
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as ErrorBody).error.message).toContain('application/graphml+xml, application/xml, text/xml or application/octet-stream');
    }
    const none = await app.request('/api/graph-metrics', { method: 'POST', body: karate });
    expect(none.status).toBe(415);
    expect((await post(karate, '', 'application/xml; charset=utf-8')).status).toBe(200);
  });

  it('refuses a body over the API’s file limit with 413', async () => {
    const small = createApp({
      store,
      now: () => new Date('2025-06-01T00:00:00Z'),
      logger: silentLogger,
      limits: { ...DEFAULT_INPUT_LIMITS, caseFile: { ...DEFAULT_INPUT_LIMITS.caseFile, maxBytes: 1000 } },
    });
    const res = await post(graphmlOf(fixture('karate')), '', 'application/graphml+xml', small);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.message).toBe('request body: the body is larger than 1000 bytes; at most 1000 bytes is accepted here');
  });

  it(`estimates betweenness from ${HTTP_DEFAULT_BETWEENNESS_SAMPLES} pivots above ${HTTP_EXACT_BETWEENNESS_MAX_NODES} nodes, and from as many as asked`, async () => {
    // A ring: every node's exact betweenness is the same, so an estimate is easy to judge.
    const n = HTTP_EXACT_BETWEENNESS_MAX_NODES + 1;
    const ring = graphmlOf({ nodeCount: n, edges: Array.from({ length: n }, (_, i): [number, number] => [i, (i + 1) % n]) });
    const big = (await (await post(ring)).json()) as Answer;
    expect(big.betweenness.exact).toBe(false);
    expect(big.betweenness.samples).toBe(HTTP_DEFAULT_BETWEENNESS_SAMPLES);
    expect(big.betweenness.errorBound?.delta).toBe(0.05);
    const epsilon = big.betweenness.errorBound?.epsilon ?? 0;
    expect(epsilon).toBeCloseTo(Math.sqrt(Math.log((2 * n) / 0.05) / (2 * (HTTP_DEFAULT_BETWEENNESS_SAMPLES - 1))), 12);
    // Exact on a ring of an odd number n of nodes: (n - 1)(n - 3) / 8 shortest paths through each, over (n - 1)(n - 2) / 2 pairs.
    const exact = (n - 3) / (4 * (n - 2));
    expect(Math.abs((big.nodes['n7']?.betweenness ?? NaN) - exact)).toBeLessThanOrEqual(epsilon);

    const gnp = graphmlOf(fixture('gnp-60'));
    const sampled = (await (await post(gnp, '?samples=20&seed=3')).json()) as Answer;
    expect(sampled.betweenness).toMatchObject({ exact: false, samples: 20 });
    const again = (await (await post(gnp, '?samples=20&seed=3')).json()) as Answer;
    expect(again.nodes).toEqual(sampled.nodes);
    expect(((await (await post(gnp, '?samples=60')).json()) as Answer).betweenness).toEqual({ exact: true, samples: 60 });
  });

  it('refuses a number of samples it will not run, or a seed that is not a whole number', async () => {
    const karate = graphmlOf(fixture('karate'));
    for (const query of ['?samples=1', '?samples=2001', '?samples=ten', '?seed=-1', '?seed=1.5', '?asUndirected=yes']) {
      const res = await post(karate, query);
      expect(res.status, query).toBe(422);
      expect(((await res.json()) as ErrorBody).error.problems?.[0]?.pointer, query).toBe(`/query/${query.slice(1).split('=')[0]}`);
    }
    expect((await post(karate, '?samples=2000')).status).toBe(200);
  });
});
