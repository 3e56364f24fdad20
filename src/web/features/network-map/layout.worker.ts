/**
 * ForceAtlas2 off the main thread. It starts from the country clusters the page drew, keeps each
 * country's actors together (a hidden fixed anchor at each country's centre pulls them), and sends
 * the positions back after each slice of work, for a bounded number of rounds and time.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutMessage, LayoutRequest } from './layout-messages';

/** Numbers a node and a tie take in ForceAtlas2's matrices (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;
const PPE = 3;
/** Work this long before sending positions: about three frames, so the page redraws smoothly but not too often. */
const SLICE_MS = 50;
/** How much harder an actor is pulled to its country's centre than by its ties. */
const ANCHOR_PULL = 6;
const ANCHOR_MASS = 0.01;

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

function matrices(request: LayoutRequest): { nodes: Float32Array; edges: Float32Array; count: number } {
  const count = request.sizes.length;
  const anchors = request.anchors.length / 2;
  const nodes = new Float32Array((count + anchors) * PPN);
  for (let i = 0; i < count + anchors; i++) {
    const at = i * PPN;
    const anchor = i >= count;
    nodes[at] = anchor ? (request.anchors[(i - count) * 2] ?? 0) : (request.positions[i * 2] ?? 0);
    nodes[at + 1] = anchor ? (request.anchors[(i - count) * 2 + 1] ?? 0) : (request.positions[i * 2 + 1] ?? 0);
    // Mass: 1 + weighted degree, added below. Anchors weigh almost nothing, so that they do not push their own actors away.
    nodes[at + 6] = anchor ? ANCHOR_MASS : 1;
    nodes[at + 7] = 1; // convergence
    nodes[at + 8] = anchor ? 1 : (request.sizes[i] ?? 1);
    nodes[at + 9] = anchor || request.fixed[i] === 1 ? 1 : 0;
  }
  const ties = request.weights.length;
  const anchored = request.anchorOf.reduce((n, a) => (a >= 0 ? n + 1 : n), 0);
  const edges = new Float32Array((ties + anchored) * PPE);
  const weightOf = new Float32Array(count);
  let j = 0;
  const link = (source: number, target: number, weight: number, heavier: boolean) => {
    edges[j] = source * PPN;
    edges[j + 1] = target * PPN;
    edges[j + 2] = weight;
    if (heavier) {
      nodes[source * PPN + 6] = (nodes[source * PPN + 6] ?? 1) + weight;
      nodes[target * PPN + 6] = (nodes[target * PPN + 6] ?? 1) + weight;
    }
    j += PPE;
  };
  for (let t = 0; t < ties; t++) {
    const source = request.edges[t * 2] ?? 0;
    const target = request.edges[t * 2 + 1] ?? 0;
    const weight = request.weights[t] ?? 1;
    link(source, target, weight, true);
    weightOf[source] = (weightOf[source] ?? 0) + weight;
    weightOf[target] = (weightOf[target] ?? 0) + weight;
  }
  // Each actor is pulled to its country harder than by all its ties together: countries stay
  // apart, and inside a country the ties still decide who sits next to whom.
  for (let i = 0; i < count; i++) {
    const anchor = request.anchorOf[i] ?? -1;
    // The pull attracts only: it adds no mass, which would push the actors apart (FA2 repels by mass).
    if (anchor >= 0) link(i, count + anchor, ANCHOR_PULL * Math.max(1, weightOf[i] ?? 0), false);
  }
  return { nodes, edges, count };
}

function positionsOf(nodes: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    out[i * 2] = nodes[i * PPN] ?? 0;
    out[i * 2 + 1] = nodes[i * PPN + 1] ?? 0;
  }
  return out;
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const { nodes, edges, count } = matrices(request);
    const order = nodes.length / PPN;
    // Close to graphology-layout-forceatlas2's inferSettings, with Barnes–Hut from a few hundred
    // nodes; no strong gravity, since the fixed country anchors already hold the map together.
    const settings = {
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      scalingRatio: 60,
      strongGravityMode: false,
      gravity: 1,
      slowDown: 1 + Math.log(order),
      barnesHutOptimize: order > 500,
      barnesHutTheta: 0.6,
    };
    const started = performance.now();
    let iterations = 0;
    const slice = () => {
      const sliceStart = performance.now();
      do {
        iterate(settings, nodes, edges);
        iterations += 1;
      } while (iterations < request.maxIterations && performance.now() - sliceStart < SLICE_MS);
      const done = iterations >= request.maxIterations || performance.now() - started >= request.maxMs;
      const positions = positionsOf(nodes, count);
      scope.postMessage({ kind: 'positions', positions, iterations, done }, [positions.buffer]);
      if (!done) setTimeout(slice, 0);
    };
    slice();
  } catch (err) {
    scope.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }, []);
  }
};
