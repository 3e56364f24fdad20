/**
 * The graph engine's shapes. Actors are numbered 0…n-1 by whoever builds the graph (the firm graph,
 * a GraphML file); the engine works on numbers and typed arrays only, so a million actors and five
 * million ties fit in a few hundred megabytes and every algorithm is a tight loop.
 */

/** Ties as parallel arrays: tie i joins from[i] and to[i]. Undirected for the engine. */
export interface EdgeList {
  readonly nodeCount: number;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
  /** Tie weight in (0, 1] (see tie-weight.ts for the firm's ties); absent = every tie weighs 1. */
  readonly weight?: Float32Array;
}

/**
 * An undirected simple graph in compressed sparse rows. Node i's neighbours are
 * targets[offsets[i]] … targets[offsets[i + 1] - 1], ascending, without i itself and without
 * repeats: parallel ties between two nodes are merged into one (the heaviest; its input index is kept
 * in edgeIndex) and self-loops are dropped. Each tie appears twice, once in each end's row.
 */
export interface CsrGraph {
  readonly nodeCount: number;
  /** Undirected edges after merging: targets.length / 2. */
  readonly edgeCount: number;
  /** Length nodeCount + 1. */
  readonly offsets: Uint32Array;
  /** Length 2 × edgeCount. */
  readonly targets: Uint32Array;
  /** Per entry of targets; undefined when the edge list had no weights. */
  readonly weights: Float32Array | undefined;
  /** Per entry of targets: the index in the input EdgeList of the tie it stands for. */
  readonly edgeIndex: Uint32Array;
  /** Ties of the input that were merged into another (parallel) or dropped (self-loop). */
  readonly merged: number;
  readonly selfLoops: number;
}
