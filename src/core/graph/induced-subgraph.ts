/**
 * The part of a graph among chosen nodes, for running an expensive metric (exact betweenness) on a
 * manageable piece of a large network.
 */
import { InputError } from '../../shared/errors.js';
import { buildCsr, type BuildCsrOptions } from './csr.js';
import type { CsrGraph } from './types.js';

export interface InducedSubgraph {
  /** Node i of this graph is node original[i] of the parent; edgeIndex still points into the parent's input. */
  readonly graph: CsrGraph;
  /** The parent's node number of each node, in the order given (a copy of `nodes`). */
  readonly original: Uint32Array;
}

/**
 * Takes the subgraph induced by `nodes`: those nodes, renumbered 0…k-1 in the order given, and every
 * tie of the parent between two of them (with its weight). Edge indices keep pointing at the
 * parent's input edge list, so a tie can still be traced to where it came from.
 *
 * @throws InputError when a node is not in the parent or is listed twice.
 */
export function inducedSubgraph(g: CsrGraph, nodes: Uint32Array, options: BuildCsrOptions = {}): InducedSubgraph {
  const local = new Int32Array(g.nodeCount).fill(-1);
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i]!;
    if (v >= g.nodeCount) throw new InputError(`Node ${v} is not in the graph, which has ${g.nodeCount} nodes`, `/nodes/${i}`);
    if (local[v] !== -1) throw new InputError(`Node ${v} is listed twice, at ${local[v]} and ${i}`, `/nodes/${i}`);
    local[v] = i;
  }
  const { offsets, targets, weights, edgeIndex } = g;
  // Each tie once, from its smaller parent end; counted first so the arrays are allocated exactly.
  let tieCount = 0;
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i]!;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const w = targets[j]!;
      if (w > u && local[w]! >= 0) tieCount++;
    }
  }
  const from = new Uint32Array(tieCount);
  const to = new Uint32Array(tieCount);
  const weight = weights === undefined ? undefined : new Float32Array(tieCount);
  const parentTie = new Uint32Array(tieCount);
  let t = 0;
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i]!;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const w = targets[j]!;
      if (w <= u || local[w]! < 0) continue;
      from[t] = i;
      to[t] = local[w]!;
      if (weight !== undefined) weight[t] = weights![j]!;
      parentTie[t++] = edgeIndex[j]!;
    }
  }
  const graph = buildCsr(weight === undefined ? { nodeCount: nodes.length, from, to } : { nodeCount: nodes.length, from, to, weight }, options);
  for (let j = 0; j < graph.edgeIndex.length; j++) graph.edgeIndex[j] = parentTie[graph.edgeIndex[j]!]!;
  return { graph, original: Uint32Array.from(nodes) };
}
