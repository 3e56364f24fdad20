/**
 * The graph a GraphML file makes, built up as graphml-read.ts streams through the file: node ids
 * numbered in the order they first appear, edges in typed arrays that grow as they come, and their
 * weights; then the engine's shapes, with the weights scaled into (0, 1] and the parallel edges and
 * self-loops counted. The reader decides what the file's elements mean; this keeps what they add up to.
 */
import type { Problem } from '../../shared/errors.js';
import type { EdgeList } from './types.js';

export interface GraphmlGraph {
  /** Node ids; node i of the edge list is ids[i]. Declared nodes and those only named by edges, in first-seen order. */
  ids: string[];
  /** Every edge of the file, self-loops and parallel edges included (the CSR builder merges them). */
  edges: EdgeList;
  /**
   * Whether the file's ties have a direction: an edge by its own `directed` attribute or else the
   * graph's `edgedefault`; a graph without edges by its edgedefault. The engine reads ties as undirected.
   */
  directed: boolean;
  /** Edges joining two nodes an earlier edge already joined the same way (same ends; same order when directed). */
  parallelEdges: number;
  selfLoops: number;
  /** Nodes an edge names but no `<node>` declares; added, as networkx does. */
  impliedNodes: number;
  /**
   * What the file's weights were divided by to fit the engine's (0, 1]: the largest weight when it
   * is above 1, else 1. Weights come from the edge key named "weight" (networkx, Gephi); an edge
   * without one weighs the key's default, or 1. No weight anywhere, or a weight that is not a
   * positive number somewhere (0 for an ended tie, a negative score): `edges.weight` is absent and a
   * warning names the first such weight — the metrics do not use weights, so the file is still read.
   */
  weightScale: number;
}

/** Float32's smallest normal value: a tiny positive weight must not round to 0 and leave (0, 1]. */
const MIN_WEIGHT = 2 ** -126;

export class GraphmlGraphBuilder {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly declared = new Set<number>();
  private firstImplied: { id: string; line: number } | undefined;
  private redeclared: { count: number; id: string; line: number } | undefined;
  private edgeCount = 0;
  private from = new Uint32Array(1024);
  private to = new Uint32Array(1024);
  private edgeDirected = new Uint8Array(1024);
  /** NaN where the edge has no weight of its own. */
  private weights = new Float64Array(1024).fill(NaN);
  private anyWeight = false;
  /** The first weight that is not a positive number: the file's weights are then left out. */
  private unusableWeight: { line: number; text: string } | undefined;

  /** A <node> declares `id`; declared again, it is counted for a warning and stays one node. */
  declareNode(id: string, line: number): void {
    const known = this.index.get(id);
    const i = known ?? this.addNode(id);
    if (known !== undefined && this.declared.has(i)) {
      this.redeclared ??= { count: 0, id, line };
      this.redeclared.count++;
    }
    this.declared.add(i);
  }

  /** An <edge> between two node ids (added when no <node> declared them yet); answers the edge's number. */
  addEdge(source: string, target: string, directed: boolean, line: number): number {
    const e = this.edgeCount++;
    if (e === this.from.length) this.grow();
    this.from[e] = this.nodeNamedByEdge(source, line);
    this.to[e] = this.nodeNamedByEdge(target, line);
    this.edgeDirected[e] = directed ? 1 : 0;
    return e;
  }

  /** The text of an edge's weight; one that is not a positive number leaves the file's weights out. */
  weighEdge(edge: number, text: string, line: number): void {
    const weight = parseWeight(text);
    if (weight === undefined) this.unusableWeight ??= { line, text };
    else {
      this.weights[edge] = weight;
      this.anyWeight = true;
    }
  }

  private nodeNamedByEdge(id: string, line: number): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    this.firstImplied ??= { id, line };
    return this.addNode(id);
  }

  private addNode(id: string): number {
    const i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);
    return i;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const copy = <T extends Uint32Array | Uint8Array | Float64Array>(old: T, grown: T): T => {
      grown.set(old);
      return grown;
    };
    this.from = copy(this.from, new Uint32Array(size));
    this.to = copy(this.to, new Uint32Array(size));
    this.edgeDirected = copy(this.edgeDirected, new Uint8Array(size));
    this.weights = copy(this.weights, new Float64Array(size).fill(NaN));
  }

  /** Nodes named by edges only, nodes declared twice, and a weight that made the file's weights be left out. */
  warnings(): Problem[] {
    const warnings: Problem[] = [];
    const implied = this.ids.length - this.declared.size;
    if (implied > 0 && this.firstImplied !== undefined) {
      const { id, line } = this.firstImplied;
      warnings.push({
        pointer: '',
        message: `${implied === 1 ? '1 node is' : `${implied} nodes are`} named by edges but never declared (the first, "${id}", at line ${line}); added, as networkx does`,
      });
    }
    if (this.redeclared !== undefined) {
      const { count, id, line } = this.redeclared;
      warnings.push({
        pointer: '',
        message: `${count === 1 ? '1 node is' : `${count} nodes are`} declared more than once (the first, "${id}", again at line ${line}); read as one node each`,
      });
    }
    if (this.unusableWeight !== undefined) {
      const { line, text } = this.unusableWeight;
      warnings.push({
        pointer: '',
        message: `line ${line}: the weight ${quoteStart(text)} is not a positive number, so the file's weights are left out (the metrics do not use them)`,
      });
    }
    return warnings;
  }

  /** The engine's shapes; `edgeDefaultDirected` is the graph's edgedefault, `defaultWeight` the text of the weight key's <default>. */
  finish(edgeDefaultDirected: boolean, defaultWeight: string | undefined): GraphmlGraph {
    const m = this.edgeCount;
    const n = this.ids.length;
    const from = this.from.slice(0, m);
    const to = this.to.slice(0, m);
    const directedEdges = this.edgeDirected.subarray(0, m);
    let selfLoops = 0;
    for (let e = 0; e < m; e++) if (from[e] === to[e]) selfLoops++;
    const { weight, scale } = this.scaledWeights(m, defaultWeight);
    const edges: EdgeList = weight === undefined ? { nodeCount: n, from, to } : { nodeCount: n, from, to, weight };
    return {
      ids: this.ids,
      edges,
      directed: m === 0 ? edgeDefaultDirected : directedEdges.includes(1),
      parallelEdges: countParallel(n, from, to, directedEdges),
      selfLoops,
      impliedNodes: n - this.declared.size,
      weightScale: scale,
    };
  }

  private scaledWeights(m: number, defaultWeight: string | undefined): { weight: Float32Array | undefined; scale: number } {
    const fallback = defaultWeight === undefined ? undefined : parseWeight(defaultWeight);
    if ((!this.anyWeight && fallback === undefined) || this.unusableWeight !== undefined) return { weight: undefined, scale: 1 };
    const raw = this.weights.subarray(0, m).map((w) => (Number.isNaN(w) ? (fallback ?? 1) : w));
    const max = raw.reduce((a, b) => Math.max(a, b), 0);
    const scale = max > 1 ? max : 1;
    const weight = new Float32Array(m);
    for (let e = 0; e < m; e++) weight[e] = Math.max(Math.fround(raw[e]! / scale), MIN_WEIGHT);
    return { weight, scale };
  }
}

/** A positive decimal number as GraphML's double, float, int and long write it; undefined otherwise. */
function parseWeight(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const quoteStart = (text: string) => JSON.stringify(text.trim().length > 20 ? `${text.trim().slice(0, 20)}…` : text.trim());

/**
 * Parallel edges, counted by sorting one number per edge: its ends (in order when directed, smaller
 * first when not) and its direction. Exact while 2n² stays below 2^53, that is below 67 million
 * nodes; beyond, text keys do the same more slowly.
 */
function countParallel(n: number, from: Uint32Array, to: Uint32Array, directed: Uint8Array): number {
  const m = from.length;
  const exact = 2 * n * n < Number.MAX_SAFE_INTEGER;
  const keys = exact ? new Float64Array(m) : undefined;
  const seen = new Set<string>();
  let parallel = 0;
  for (let e = 0; e < m; e++) {
    const d = directed[e]!;
    const [a, b] = d === 1 || from[e]! <= to[e]! ? [from[e]!, to[e]!] : [to[e]!, from[e]!];
    if (keys !== undefined) keys[e] = (a * n + b) * 2 + d;
    else {
      const key = `${a},${b},${d}`;
      if (seen.has(key)) parallel++;
      else seen.add(key);
    }
  }
  if (keys === undefined) return parallel;
  keys.sort();
  for (let e = 1; e < m; e++) if (keys[e] === keys[e - 1]) parallel++;
  return parallel;
}
