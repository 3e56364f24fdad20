/**
 * The k strongest simple paths from a set of start nodes to any of a set of targets, within a number
 * of hops: warm introduction paths. A path's strength is the product of its ties' weights (each in
 * (0, 1]), so every extra introduction costs something and the strongest chain comes first.
 *
 * How: first a layered dynamic programme from the targets gives, for every node and every number of
 * hops left, the strongest product that could still reach a target (simplicity ignored). That bound
 * is exact for the best continuation, so a best-first search over partial paths ordered by
 * "strength so far × best possible rest" pops complete paths in order of strength, and expands
 * little more than the paths it returns. Yen's algorithm, which reruns a shortest-path search for
 * every deviation, is far slower on millions of ties.
 */
import { InputError } from '../../shared/errors.js';
import { MAX_WARM_PATH_HOPS, MAX_WARM_PATHS } from '../../shared/warm-path-limits.js';
import { PathHeap, PathTree } from './path-search.js';
import type { CsrGraph } from './types.js';

export interface WarmPathQuery {
  /** Nodes a path may start from (the firm and its key people); never inside or at the end of a path. */
  readonly sources: readonly number[];
  /** 1 for a node a path may end at. A path ends at the first target it reaches. */
  readonly targets: Uint8Array;
  /** At most this many ties per path (1 … 8). */
  readonly maxHops: number;
  /** How many paths to return (1 … 1,000). */
  readonly top: number;
  /** Stop after expanding this many partial paths (default 2,000,000) and say the result may be incomplete. */
  readonly maxExpansions?: number;
}

export interface WarmPath {
  /** Product of the ties' weights. */
  readonly score: number;
  /** The nodes from a source to a target. */
  readonly nodes: readonly number[];
  /** Per hop, the position in g.targets of the entry it used (for the tie's weight and edgeIndex). */
  readonly entries: readonly number[];
}

export interface WarmPathResult {
  readonly paths: WarmPath[];
  /** True when the search stopped at maxExpansions: stronger paths than the last one found may be missing. */
  readonly truncated: boolean;
  /** Partial paths expanded, for benchmarks and the curious. */
  readonly expanded: number;
}

const DEFAULT_MAX_EXPANSIONS = 2_000_000;

function checkQuery(g: CsrGraph, q: WarmPathQuery): void {
  if (!Number.isInteger(q.maxHops) || q.maxHops < 1 || q.maxHops > MAX_WARM_PATH_HOPS) {
    throw new InputError(`maxHops is ${String(q.maxHops)}; expected a whole number from 1 to ${MAX_WARM_PATH_HOPS}`, '/maxHops');
  }
  if (!Number.isInteger(q.top) || q.top < 1 || q.top > MAX_WARM_PATHS) {
    throw new InputError(`top is ${String(q.top)}; expected a whole number from 1 to ${MAX_WARM_PATHS}`, '/top');
  }
  if (q.targets.length !== g.nodeCount) {
    throw new InputError(`The target mask has ${q.targets.length} entries; the graph has ${g.nodeCount} nodes`, '/targets');
  }
  for (const s of q.sources) {
    if (!Number.isInteger(s) || s < 0 || s >= g.nodeCount) {
      throw new InputError(`Source ${String(s)} is not a node of this graph of ${g.nodeCount} nodes`, '/sources');
    }
  }
}

/**
 * Hop distances from the sources, up to `depth` hops (-1 beyond), and the visiting order: the nodes
 * within each distance form a prefix of `order`.
 */
function sourceBall(g: CsrGraph, sources: readonly number[], blocked: Uint8Array, depth: number): { distance: Int32Array; order: Uint32Array; size: number } {
  const { offsets, targets: adj } = g;
  const distance = new Int32Array(g.nodeCount).fill(-1);
  const order = new Uint32Array(g.nodeCount);
  let size = 0;
  for (const s of sources) {
    if (distance[s] === -1) {
      distance[s] = 0;
      order[size++] = s;
    }
  }
  for (let head = 0; head < size; head++) {
    const v = order[head]!;
    const d = distance[v]!;
    // Paths never go on from another source, so neither does the ball.
    if (d === depth || (d > 0 && blocked[v] === 1)) continue;
    const end = offsets[v + 1]!;
    for (let j = offsets[v]!; j < end; j++) {
      const u = adj[j]!;
      if (distance[u] === -1) {
        distance[u] = d + 1;
        order[size++] = u;
      }
    }
  }
  return { distance, order, size };
}

/**
 * bound[r][v]: the strongest product of weights along any walk of at most r ties from v to a target
 * that passes through no target and no source on the way; 0 when there is none. Only the values
 * the search reads are computed: bound[r] for the nodes within maxHops − r hops of a source.
 *
 * Each round either pushes from the nodes whose bound rose in the last round or pulls into the
 * nodes it needs, whichever reads fewer ties: from a thousand targets the first rounds push, and
 * the last rounds, needed only near the sources, pull.
 */
function reachBounds(g: CsrGraph, sources: readonly number[], targets: Uint8Array, blocked: Uint8Array, maxHops: number): Float64Array[] {
  const { offsets, targets: adj, weights, nodeCount } = g;
  // Nodes maxHops away need only bound[0], the target mask itself.
  const ball = sourceBall(g, sources, blocked, maxHops - 1);
  const near = ball.distance;
  // prefix[d]: how many nodes of ball.order lie within d hops; pullCost[d]: their ties.
  const prefix = new Array<number>(maxHops).fill(0);
  const pullCost = new Array<number>(maxHops).fill(0);
  for (let i = 0; i < ball.size; i++) {
    const v = ball.order[i]!;
    const d = near[v]!;
    prefix[d]!++;
    pullCost[d]! += offsets[v + 1]! - offsets[v]!;
  }
  for (let d = 1; d < maxHops; d++) {
    prefix[d]! += prefix[d - 1]!;
    pullCost[d]! += pullCost[d - 1]!;
  }

  const first = new Float64Array(nodeCount);
  let frontier: number[] = [];
  let pushCost = 0;
  for (let v = 0; v < nodeCount; v++) {
    if (targets[v] === 1) {
      first[v] = 1;
      frontier.push(v);
      pushCost += offsets[v + 1]! - offsets[v]!;
    }
  }
  const bound = [first];
  for (let r = 1; r <= maxHops; r++) {
    const prev = bound[r - 1]!;
    const next = prev.slice();
    const reach = maxHops - r;
    const changed: number[] = [];
    let changedCost = 0;
    const raise = (v: number, value: number) => {
      if (next[v] === prev[v] && blocked[v] === 0) {
        changed.push(v);
        changedCost += offsets[v + 1]! - offsets[v]!;
      }
      next[v] = value;
    };
    if (pushCost <= pullCost[reach]!) {
      for (const u of frontier) {
        const bu = prev[u]!;
        const end = offsets[u + 1]!;
        for (let j = offsets[u]!; j < end; j++) {
          const v = adj[j]!;
          const d = near[v]!;
          if (d === -1 || d > reach || targets[v] === 1) continue;
          const candidate = bu * (weights === undefined ? 1 : weights[j]!);
          if (candidate > next[v]!) raise(v, candidate);
        }
      }
    } else {
      for (let i = 0; i < prefix[reach]!; i++) {
        const v = ball.order[i]!;
        if (targets[v] === 1) continue;
        let best = next[v]!;
        const end = offsets[v + 1]!;
        for (let j = offsets[v]!; j < end; j++) {
          const u = adj[j]!;
          if (blocked[u] === 1 && targets[u] === 0) continue;
          const candidate = prev[u]! * (weights === undefined ? 1 : weights[j]!);
          if (candidate > best) best = candidate;
        }
        if (best > next[v]!) raise(v, best);
      }
    }
    bound.push(next);
    frontier = changed;
    pushCost = changedCost;
  }
  return bound;
}

/**
 * The `top` strongest simple paths of at most `maxHops` ties from any source to any target, strongest
 * first; among equally strong paths, fewer hops first. A source that is itself a target is not a
 * path (it has no ties); sources are never passed through, since starting from that source directly
 * would always be as strong.
 *
 * @throws InputError for a query outside the limits or not fitting the graph.
 */
export function warmPaths(g: CsrGraph, q: WarmPathQuery): WarmPathResult {
  checkQuery(g, q);
  const { offsets, targets: adj, weights } = g;
  const blocked = new Uint8Array(g.nodeCount);
  for (const s of q.sources) blocked[s] = 1;
  const targets = q.targets.slice();
  for (const s of q.sources) targets[s] = 0;
  const bound = reachBounds(g, q.sources, targets, blocked, q.maxHops);

  const tree = new PathTree();
  const heap = new PathHeap();
  // Priorities break ties towards fewer hops: a tiny penalty per hop never reorders distinct strengths.
  const priority = (score: number, rest: number, hops: number) => score * rest * (1 - hops * 1e-12);
  for (const s of new Set(q.sources)) {
    const rest = bound[q.maxHops]![s]!;
    if (rest > 0) heap.push(tree.add(s, -1, 0, 0, 1), priority(1, rest, 0));
  }

  const paths: WarmPath[] = [];
  const maxExpansions = q.maxExpansions ?? DEFAULT_MAX_EXPANSIONS;
  let expanded = 0;
  while (heap.size > 0 && paths.length < q.top) {
    const p = heap.pop();
    const v = tree.node[p]!;
    if (targets[v] === 1) {
      paths.push(tree.toPath(p));
      continue;
    }
    if (expanded === maxExpansions) return { paths, truncated: true, expanded };
    expanded++;
    const hops = tree.hops[p]! + 1;
    const left = q.maxHops - hops;
    const restBound = bound[left]!;
    const score = tree.score[p]!;
    const end = offsets[v + 1]!;
    for (let j = offsets[v]!; j < end; j++) {
      const u = adj[j]!;
      const rest = restBound[u]!;
      if (rest === 0 || blocked[u] === 1 || tree.onPath(p, u)) continue;
      const s = score * (weights === undefined ? 1 : weights[j]!);
      heap.push(tree.add(u, p, j, hops, s), priority(s, rest, hops));
    }
  }
  return { paths, truncated: false, expanded };
}
