/**
 * Building the engine's compressed-sparse-row graph from an edge list, and reading it back.
 *
 * Two stable counting sorts (by target, then by source) put every row in ascending order in
 * O(n + m) time, with no comparison sort and no object per tie: a million actors and five million
 * ties take well under a second and a few hundred megabytes.
 */
import { InputError } from '../../shared/errors.js';
import type { CsrGraph, EdgeList } from './types.js';

export interface BuildCsrOptions {
  /** Back every typed array by a SharedArrayBuffer, so worker threads can read the graph without a copy. */
  readonly shared?: boolean;
}

/** Offsets are Uint32, so a graph holds at most 2^32 - 1 row entries, i.e. half as many ties. */
const MAX_TIES = Math.floor(0xffff_ffff / 2);
const MAX_NODES = 0xffff_ffff;

/**
 * Builds the undirected simple graph of an edge list, checking the list first.
 *
 * Each tie appears in both ends' rows. Parallel ties are merged into the heaviest (on equal weights
 * the first in the input), whose input index both rows keep in edgeIndex; self-loops are dropped.
 * `merged` counts every input tie that did not become an edge of its own, self-loops included, so
 * edgeCount + merged is always the input's length; `selfLoops` says how many of those were loops.
 *
 * @throws InputError when the arrays differ in length, a node number is not below nodeCount, or a
 *   weight is not a finite number in (0, 1].
 */
export function buildCsr(edges: EdgeList, options: BuildCsrOptions = {}): CsrGraph {
  checkEdgeList(edges);
  const { nodeCount, from, to, weight } = edges;
  const shared = options.shared === true;
  const tieCount = from.length;

  // Row lengths with repeats: offsets[v + 1] counts v's entries, then the prefix sum makes starts.
  const offsets = allocUint32(nodeCount + 1, shared);
  let selfLoops = 0;
  for (let i = 0; i < tieCount; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b) {
      selfLoops++;
      continue;
    }
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const entryCount = offsets[nodeCount]!;

  // First sort, by target: bucket b holds the sources of all entries pointing at b, in input order.
  const cursor = offsets.slice(0, nodeCount);
  const bySource = new Uint32Array(entryCount);
  const byTie = new Uint32Array(entryCount);
  for (let i = 0; i < tieCount; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b) continue;
    let p = cursor[b]!++;
    bySource[p] = a;
    byTie[p] = i;
    p = cursor[a]!++;
    bySource[p] = b;
    byTie[p] = i;
  }

  // Second sort, by source, stable: walking the targets in ascending order fills each row sorted,
  // and the parallel entries of a pair end up adjacent and in input order in both rows.
  cursor.set(offsets.subarray(0, nodeCount));
  let targets = allocUint32(entryCount, shared);
  let edgeIndex = allocUint32(entryCount, shared);
  let weights = weight === undefined ? undefined : allocFloat32(entryCount, shared);
  for (let target = 0; target < nodeCount; target++) {
    const end = offsets[target + 1]!;
    for (let p = offsets[target]!; p < end; p++) {
      const q = cursor[bySource[p]!]!++;
      const tie = byTie[p]!;
      targets[q] = target;
      edgeIndex[q] = tie;
      if (weights !== undefined) weights[q] = weight![tie]!;
    }
  }

  const kept = mergeParallelEntries(nodeCount, offsets, targets, edgeIndex, weights);
  if (kept < entryCount) {
    targets = trimUint32(targets, kept, shared);
    edgeIndex = trimUint32(edgeIndex, kept, shared);
    if (weights !== undefined) weights = trimFloat32(weights, kept, shared);
  }
  const edgeCount = kept / 2;
  return { nodeCount, edgeCount, offsets, targets, weights, edgeIndex, merged: tieCount - edgeCount, selfLoops };
}

/**
 * Compacts each sorted row in place, keeping one entry per neighbour (the heaviest; the first on a
 * tie, which is the same input tie in both rows since both see the pair's ties in input order), and
 * rewrites offsets to match. Returns the number of entries kept.
 */
function mergeParallelEntries(
  nodeCount: number,
  offsets: Uint32Array,
  targets: Uint32Array,
  edgeIndex: Uint32Array,
  weights: Float32Array | undefined,
): number {
  let write = 0;
  let start = 0;
  for (let v = 0; v < nodeCount; v++) {
    const end = offsets[v + 1]!;
    const rowStart = write;
    offsets[v] = rowStart;
    for (let p = start; p < end; p++) {
      const target = targets[p]!;
      if (write > rowStart && targets[write - 1] === target) {
        if (weights !== undefined && weights[p]! > weights[write - 1]!) {
          weights[write - 1] = weights[p]!;
          edgeIndex[write - 1] = edgeIndex[p]!;
        }
        continue;
      }
      targets[write] = target;
      edgeIndex[write] = edgeIndex[p]!;
      if (weights !== undefined) weights[write] = weights[p]!;
      write++;
    }
    start = end;
  }
  offsets[nodeCount] = write;
  return write;
}

function checkEdgeList(edges: EdgeList): void {
  const { nodeCount, from, to, weight } = edges;
  if (!Number.isInteger(nodeCount) || nodeCount < 0 || nodeCount > MAX_NODES) {
    throw new InputError(`The graph's node count must be a whole number from 0 to ${MAX_NODES}, got ${String(nodeCount)}`, '/nodeCount');
  }
  if (from.length !== to.length) {
    throw new InputError(`The edge list's "from" and "to" must have the same length: "from" has ${from.length} ties, "to" has ${to.length}`, '/to');
  }
  if (weight !== undefined && weight.length !== from.length) {
    throw new InputError(`The edge list has ${from.length} ties but ${weight.length} weights; give one weight per tie or none`, '/weight');
  }
  if (from.length > MAX_TIES) throw new InputError(`The graph engine takes at most ${MAX_TIES} ties, got ${from.length}`, '/from');
  for (let i = 0; i < from.length; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a >= nodeCount || b >= nodeCount) {
      const last = nodeCount === 0 ? 'no nodes' : `only nodes 0…${nodeCount - 1}`;
      throw new InputError(`Tie ${i} joins nodes ${a} and ${b}, but the graph has ${last}`, a >= nodeCount ? `/from/${i}` : `/to/${i}`);
    }
  }
  if (weight === undefined) return;
  for (let i = 0; i < weight.length; i++) {
    const w = weight[i]!;
    // Written so that NaN fails too.
    if (!(w > 0 && w <= 1)) throw new InputError(`Tie ${i} weighs ${String(w)}; a tie's weight must be a number in (0, 1]`, `/weight/${i}`);
  }
}

function allocUint32(length: number, shared: boolean): Uint32Array {
  return shared ? new Uint32Array(new SharedArrayBuffer(length * 4)) : new Uint32Array(length);
}

function allocFloat32(length: number, shared: boolean): Float32Array {
  return shared ? new Float32Array(new SharedArrayBuffer(length * 4)) : new Float32Array(length);
}

// slice() would give an ordinary ArrayBuffer even for a shared array, hence the explicit copies.
function trimUint32(array: Uint32Array, length: number, shared: boolean): Uint32Array {
  const out = allocUint32(length, shared);
  out.set(array.subarray(0, length));
  return out;
}

function trimFloat32(array: Float32Array, length: number, shared: boolean): Float32Array {
  const out = allocFloat32(length, shared);
  out.set(array.subarray(0, length));
  return out;
}

/** How many neighbours node v has (ties after merging; a self-loop does not count). */
export function degree(g: CsrGraph, v: number): number {
  return g.offsets[v + 1]! - g.offsets[v]!;
}

/** Node v's neighbours, ascending: a view into the graph, not a copy, so do not write to it. */
export function neighbours(g: CsrGraph, v: number): Uint32Array {
  return g.targets.subarray(g.offsets[v]!, g.offsets[v + 1]!);
}

/**
 * Where the tie between u and v sits in u's row (an index into targets, weights and edgeIndex), or
 * -1 when they are not linked. Binary search: O(log degree).
 */
export function tiePosition(g: CsrGraph, u: number, v: number): number {
  let low = g.offsets[u]!;
  let high = g.offsets[u + 1]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const t = g.targets[mid]!;
    if (t === v) return mid;
    if (t < v) low = mid + 1;
    else high = mid;
  }
  return -1;
}

/** Whether every typed array of the graph lives in a SharedArrayBuffer (worker threads read it in place). */
export function isSharedCsr(g: CsrGraph): boolean {
  const arrays = [g.offsets, g.targets, g.edgeIndex, ...(g.weights === undefined ? [] : [g.weights])];
  return arrays.every((a) => a.buffer instanceof SharedArrayBuffer);
}

/** The same graph on SharedArrayBuffers: one copy, for a graph built without `shared: true`. */
export function shareCsr(g: CsrGraph): CsrGraph {
  if (isSharedCsr(g)) return g;
  const copyUint32 = (a: Uint32Array): Uint32Array => trimUint32(a, a.length, true);
  return {
    ...g,
    offsets: copyUint32(g.offsets),
    targets: copyUint32(g.targets),
    edgeIndex: copyUint32(g.edgeIndex),
    weights: g.weights === undefined ? undefined : trimFloat32(g.weights, g.weights.length, true),
  };
}
