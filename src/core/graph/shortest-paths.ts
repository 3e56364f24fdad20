/**
 * Hop distances by breadth-first search: how many introductions separate two actors, ignoring how
 * strong the ties are.
 */
import { InputError } from '../../shared/errors.js';
import type { CsrGraph } from './types.js';

/** Working memory for hopDistances, allocated once and reused across sources. */
export interface BfsBuffers {
  /** Hops from the last source searched; -1 for nodes it cannot reach. */
  readonly distance: Int32Array;
  /** The visiting order of the last search: its first `reached` entries. */
  readonly queue: Uint32Array;
  /** How many nodes the last search reached, the source included. */
  reached: number;
}

/** Allocates the buffers for searches on graphs of up to nodeCount nodes. */
export function createBfsBuffers(nodeCount: number): BfsBuffers {
  return { distance: new Int32Array(nodeCount).fill(-1), queue: new Uint32Array(nodeCount), reached: 0 };
}

/**
 * Finds the hop distance from `source` to every node (-1 where no path exists).
 *
 * The result is `buffers.distance`, overwritten by the next call with the same buffers; copy it to
 * keep it.
 */
export function hopDistances(g: CsrGraph, source: number, buffers: BfsBuffers = createBfsBuffers(g.nodeCount)): Int32Array {
  const { offsets, targets, nodeCount } = g;
  const { distance, queue } = buffers;
  if (!Number.isInteger(source) || source < 0 || source >= nodeCount) {
    throw new InputError(`The search starts at node ${String(source)}, which is not a node of this graph of ${nodeCount} nodes`, '/source');
  }
  if (distance.length < nodeCount || queue.length < nodeCount) {
    throw new InputError(`The search buffers hold ${distance.length} nodes; this graph has ${nodeCount}`);
  }
  // Only what the previous search reached is reset, so many searches in small components stay cheap.
  for (let i = 0; i < buffers.reached; i++) distance[queue[i]!] = -1;
  distance[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const next = distance[v]! + 1;
    const end = offsets[v + 1]!;
    for (let j = offsets[v]!; j < end; j++) {
      const w = targets[j]!;
      if (distance[w] === -1) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  buffers.reached = tail;
  return distance;
}
