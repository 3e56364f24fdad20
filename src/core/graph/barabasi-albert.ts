/**
 * Seeded Barabási–Albert graphs: scale-free networks with hubs, like real contact networks, for
 * benchmarks and property tests of the graph engine.
 */
import { InputError } from '../../shared/errors.js';
import { seededRandom } from './seeded-random.js';
import type { EdgeList } from './types.js';

/**
 * Generates a Barabási–Albert preferential-attachment graph: n nodes, each new node tied to m
 * distinct earlier nodes chosen with probability proportional to their degree. The same (n, m, seed)
 * always gives the same ties.
 *
 * It follows networkx's `barabasi_albert_graph` (without an initial graph): a star of m + 1 nodes
 * (node 0 the centre) to start, then nodes m + 1 … n - 1 each bring m ties, so there are
 * m + (n - m - 1) × m ties. The random draws differ from networkx's, so the graphs do too.
 * Degree-proportional choice uses the list-of-repeated-nodes trick: every tie appends both its ends
 * to one Uint32Array, and a uniform pick from it is a pick by degree.
 *
 * @throws InputError unless n and m are whole numbers with 1 ≤ m < n.
 */
export function barabasiAlbert(n: number, m: number, seed: number): EdgeList {
  if (!Number.isInteger(n) || !Number.isInteger(m) || m < 1 || m >= n) {
    throw new InputError(`A Barabási–Albert graph needs whole numbers with 1 ≤ m < n, got n = ${String(n)}, m = ${String(m)}`);
  }
  const tieCount = m + (n - m - 1) * m;
  if (2 * tieCount > 0xffff_ffff) throw new InputError(`A Barabási–Albert graph of ${tieCount} ties is too large for the engine (at most 2147483647)`);
  const random = seededRandom(seed);
  const from = new Uint32Array(tieCount);
  const to = new Uint32Array(tieCount);
  const repeated = new Uint32Array(2 * tieCount);
  let ties = 0;
  let filled = 0;
  for (let leaf = 1; leaf <= m; leaf++) {
    from[ties] = leaf;
    to[ties++] = 0;
    repeated[filled++] = 0;
    repeated[filled++] = leaf;
  }
  // chosenBy[v] === source marks v as already picked for this source: m distinct targets, O(1) each.
  const chosenBy = new Uint32Array(n);
  for (let source = m + 1; source < n; source++) {
    const first = ties;
    let picked = 0;
    // Picks come only from what was there before this node arrived, as in networkx.
    const pool = filled;
    while (picked < m) {
      const target = repeated[random.below(pool)]!;
      if (chosenBy[target] === source) continue;
      chosenBy[target] = source;
      from[ties] = source;
      to[ties++] = target;
      picked++;
    }
    for (let t = first; t < ties; t++) {
      repeated[filled++] = to[t]!;
      repeated[filled++] = source;
    }
  }
  return { nodeCount: n, from, to };
}
