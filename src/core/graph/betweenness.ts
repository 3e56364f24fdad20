/**
 * Betweenness centrality: how often an actor lies on the shortest paths between others, i.e. how
 * much of the network's brokerage runs through them. Brandes' algorithm on unweighted ties,
 * normalized as networkx's default `betweenness_centrality(G)` (undirected, endpoints excluded).
 *
 * The work is split so it can run on several threads: betweennessFromSources adds up raw
 * dependencies for some sources, the caller sums the parts, and finishBetweenness normalizes.
 */
import { InputError } from '../../shared/errors.js';
import { seededRandom } from './seeded-random.js';
import type { CsrGraph } from './types.js';

/** The product's rule: exact betweenness up to this many nodes, sampled pivots above (the caller decides). */
export const EXACT_BETWEENNESS_MAX_NODES = 50_000;

/** The probability that a sampled estimate may miss its stated error bound, unless the caller sets one. */
export const DEFAULT_ERROR_PROBABILITY = 0.05;

/** Sources start, start + step, … below end (step 1 unless given). */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
  readonly step?: number;
}

/** The sources of the shortest paths to count: a list of nodes, or a range of node numbers. */
export type BetweennessSources = Uint32Array | SourceRange;

/**
 * Adds, for each source s, Brandes' dependency δ_s(v) = Σ_t σ_st(v) / σ_st of every node v ≠ s to
 * out[v]: the raw, unnormalized sums, so sources can be split between threads and the parts added.
 * Over all sources each unordered pair is counted twice (once from each end); normalizeBetweenness
 * accounts for that. Returns `out`.
 *
 * @throws InputError when a source is not a node or `out` is not one number per node.
 */
export function betweennessFromSources(g: CsrGraph, sources: BetweennessSources, out: Float64Array): Float64Array {
  const n = g.nodeCount;
  if (out.length !== n) throw new InputError(`The betweenness output holds ${out.length} numbers; the graph has ${n} nodes`);
  const scratch = {
    distance: new Int32Array(n).fill(-1),
    pathCount: new Float64Array(n),
    successorShare: new Float64Array(n),
    order: new Uint32Array(n),
  };
  if (sources instanceof Uint32Array) {
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i]!;
      if (s >= n) throw new InputError(`Betweenness source ${s} is not a node; the graph has ${n} nodes`, `/sources/${i}`);
      accumulateSource(g, s, scratch, out);
    }
    return out;
  }
  const { start, end, step = 1 } = sources;
  if (!Number.isInteger(start) || !Number.isInteger(end) || !Number.isInteger(step) || start < 0 || start > end || end > n || step < 1) {
    throw new InputError(`A betweenness source range needs whole numbers 0 ≤ start ≤ end ≤ ${n} and step ≥ 1, got ${start}…${end} by ${step}`, '/sources');
  }
  for (let s = start; s < end; s += step) accumulateSource(g, s, scratch, out);
  return out;
}

interface BrandesScratch {
  /** Hops from the source, -1 when not reached; reset after each source for the nodes it reached. */
  readonly distance: Int32Array;
  /** σ: the number of shortest paths from the source (a float, as in networkx: it can exceed 2^53). */
  readonly pathCount: Float64Array;
  /** (1 + δ(w)) / σ(w) of the nodes already accumulated: what each predecessor v gets per path of its own. */
  readonly successorShare: Float64Array;
  /** Breadth-first visiting order; read backwards it is the order of non-increasing distance. */
  readonly order: Uint32Array;
}

function accumulateSource(g: CsrGraph, source: number, scratch: BrandesScratch, out: Float64Array): void {
  const { offsets, targets } = g;
  const { distance, pathCount, successorShare, order } = scratch;
  distance[source] = 0;
  pathCount[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = distance[v]! + 1;
    const paths = pathCount[v]!;
    const end = offsets[v + 1]!;
    for (let j = offsets[v]!; j < end; j++) {
      const w = targets[j]!;
      const dw = distance[w]!;
      if (dw === -1) {
        distance[w] = next;
        order[tail++] = w;
        pathCount[w] = paths;
      } else if (dw === next) {
        pathCount[w]! += paths;
      }
    }
  }
  // Backwards through the search, each node pulls its dependency from its successors (neighbours
  // one hop further): δ(v) = σ(v) Σ_w (1 + δ(w)) / σ(w). Pulling writes once per node instead of once
  // per predecessor, which is measurably faster on graphs that do not fit in the cache.
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i]!;
    const next = distance[v]! + 1;
    let sum = 0;
    const end = offsets[v + 1]!;
    for (let j = offsets[v]!; j < end; j++) {
      const w = targets[j]!;
      if (distance[w] === next) sum += successorShare[w]!;
    }
    const paths = pathCount[v]!;
    const dependency = paths * sum;
    out[v]! += dependency;
    successorShare[v] = (1 + dependency) / paths;
  }
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    distance[v] = -1;
    pathCount[v] = 0;
    successorShare[v] = 0;
  }
}

/**
 * Turns raw dependency sums into normalized betweenness, in place, exactly as networkx's
 * `betweenness_centrality` with normalized=True and endpoints=False on an undirected graph.
 *
 * Exact (no pivots): divided by (n - 1)(n - 2), the ordered pairs of nodes other than v, as each
 * unordered pair was counted from both ends. From distinct pivots (networkx's `k=`, as rescaled
 * since networkx 3.5): a node that is not a pivot is divided by k(n - 2), a pivot by (k - 1)(n - 2),
 * since a pivot's own search says nothing about it. Each value is thus the mean, over the pivots
 * other than v, of δ_s(v) / (n - 2), a number in [0, 1]; the older scaling by n / k (networkx up to
 * 3.4) could exceed 1. With n ≤ 2 no node lies between two others and every value is 0.
 *
 * @throws InputError for fewer than 2 pivots: one pivot's own value would be 0 / 0.
 */
export function normalizeBetweenness(raw: Float64Array, pivots?: Uint32Array): Float64Array {
  const n = raw.length;
  if (n <= 2) return raw.fill(0);
  if (pivots === undefined) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) raw[v]! *= scale;
    return raw;
  }
  const k = pivots.length;
  if (k < 2) throw new InputError(`Sampled betweenness needs at least 2 pivots, got ${k}`, '/samples');
  const isPivot = new Uint8Array(n);
  for (let i = 0; i < k; i++) isPivot[pivots[i]!] = 1;
  const pivotScale = 1 / ((k - 1) * (n - 2));
  const otherScale = 1 / (k * (n - 2));
  for (let v = 0; v < n; v++) raw[v]! *= isPivot[v] === 1 ? pivotScale : otherScale;
  return raw;
}

export interface BetweennessOptions {
  /** Estimate from this many pivots (sources, at least 2) instead of all nodes; exact when absent or ≥ the node count. */
  readonly samples?: number;
  /** Seed of the pivot choice (default 1): the same seed picks the same pivots. */
  readonly seed?: number;
  /** The probability δ the stated error bound may fail (default 0.05). */
  readonly errorProbability?: number;
}

export interface BetweennessResult {
  /** Normalized betweenness per node, in [0, 1] (estimates too). */
  readonly values: Float64Array;
  readonly exact: boolean;
  /** Sources counted: the node count when exact, else the pivots. */
  readonly samples: number;
  /** For a sampled estimate: with probability ≥ 1 - delta, every node is within epsilon of its exact value. */
  readonly errorBound?: { readonly epsilon: number; readonly delta: number };
}

/** Which sources a betweenness run counts: every node, or a seeded sample of pivots. */
export interface BetweennessPlan {
  readonly nodeCount: number;
  /** undefined: every node is a source (exact). */
  readonly pivots: Uint32Array | undefined;
  readonly errorProbability: number;
}

/**
 * Decides which sources to count, checking the options: exact when no sample size is given or it
 * covers every node (as networkx does for k = n), else `samples` distinct pivots drawn uniformly
 * by a seeded generator.
 *
 * @throws InputError for a sample size that is not a whole number ≥ 2, a seed that is not a whole
 *   number, or an error probability outside (0, 1).
 */
export function planBetweenness(nodeCount: number, options: BetweennessOptions = {}): BetweennessPlan {
  const { samples, seed = 1, errorProbability = DEFAULT_ERROR_PROBABILITY } = options;
  if (!Number.isSafeInteger(seed)) throw new InputError(`The random seed must be a whole number, got ${String(seed)}`, '/seed');
  if (!(errorProbability > 0 && errorProbability < 1)) {
    throw new InputError(`The error probability must be a number between 0 and 1 (exclusive), got ${String(errorProbability)}`, '/errorProbability');
  }
  if (samples === undefined) return { nodeCount, pivots: undefined, errorProbability };
  if (!Number.isInteger(samples) || samples < 2) {
    // One pivot would leave that pivot's own betweenness at 0 / 0 (networkx gives NaN there).
    throw new InputError(`The number of betweenness samples must be a whole number of at least 2, got ${String(samples)}`, '/samples');
  }
  if (samples >= nodeCount) return { nodeCount, pivots: undefined, errorProbability };
  return { nodeCount, pivots: choosePivots(nodeCount, samples, seed), errorProbability };
}

/**
 * Draws `samples` distinct nodes uniformly at random (a partial Fisher–Yates shuffle), ascending so
 * that the searches walk memory in order. Deterministic for a seed.
 */
export function choosePivots(nodeCount: number, samples: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const deck = new Uint32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) deck[i] = i;
  for (let i = 0; i < samples; i++) {
    const j = i + random.below(nodeCount - i);
    const picked = deck[j]!;
    deck[j] = deck[i]!;
    deck[i] = picked;
  }
  return deck.slice(0, samples).sort();
}

/**
 * The ε of a sampled estimate from k pivots among n nodes: with probability ≥ 1 - δ, every node's
 * estimate is within ε of its exact normalized betweenness. ε = sqrt(ln(2n / δ) / (2(k - 1))).
 *
 * Why: for a node v, let Y_s = δ_s(v) / (n - 2) for each of the n - 1 other nodes s. Y_s lies in
 * [0, 1], because only the n - 2 targets other than s and v contribute to δ_s(v), each at most 1
 * (the bound is reached: a leaf source and a star's centre); and the mean of all the Y_s is v's exact
 * betweenness. The pivots other than v are a uniform sample without replacement from those n - 1
 * nodes, k of them when v is not a pivot and k - 1 when it is, and v's estimate is their mean Y (see
 * normalizeBetweenness). Hoeffding's inequality, which holds for sampling without replacement too,
 * bounds P(|estimate - exact| ≥ ε) by 2 exp(-2(k - 1)ε²) in either case; the union bound over the n
 * nodes gives 2n exp(-2(k - 1)ε²) = δ, solved for ε above.
 */
export function samplingErrorBound(nodeCount: number, samples: number, errorProbability: number): number {
  return Math.sqrt(Math.log((2 * nodeCount) / errorProbability) / (2 * (samples - 1)));
}

/** The fewest pivots whose error bound (samplingErrorBound) is at most epsilon with probability ≥ 1 - δ. */
export function samplesForErrorBound(nodeCount: number, epsilon: number, errorProbability: number): number {
  return 1 + Math.ceil(Math.log((2 * nodeCount) / errorProbability) / (2 * epsilon * epsilon));
}

/** Normalizes the summed raw dependencies of a plan's sources (in place) and states how exact they are. */
export function finishBetweenness(raw: Float64Array, plan: BetweennessPlan): BetweennessResult {
  const { pivots, nodeCount, errorProbability } = plan;
  if (pivots === undefined) return { values: normalizeBetweenness(raw), exact: true, samples: nodeCount };
  return {
    values: normalizeBetweenness(raw, pivots),
    exact: false,
    samples: pivots.length,
    errorBound: { epsilon: samplingErrorBound(nodeCount, pivots.length, errorProbability), delta: errorProbability },
  };
}

/**
 * Computes every node's betweenness on one thread: exact unless `samples` asks for an estimate from
 * that many pivots, scaled as networkx's `k=` option (since 3.5). services/graph-workers.ts does the
 * same on all cores.
 */
export function betweenness(g: CsrGraph, options: BetweennessOptions = {}): BetweennessResult {
  const plan = planBetweenness(g.nodeCount, options);
  const raw = betweennessFromSources(g, plan.pivots ?? { start: 0, end: g.nodeCount }, new Float64Array(g.nodeCount));
  return finishBetweenness(raw, plan);
}
