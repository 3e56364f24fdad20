/** What the page and the layout worker say to each other: typed arrays only, so that nothing is copied twice. */

export interface LayoutRequest {
  /** x, y of each node, two numbers a node, in the page's node order. */
  positions: Float32Array;
  /** Drawn size of each node. */
  sizes: Float32Array;
  /** 1 for a node that stays where it is (the firm). */
  fixed: Uint8Array;
  /** Index in `anchors` of the place each node is held to (its country; the firm for key people), -1 for none. */
  anchorOf: Int32Array;
  /** x, y of each anchor: hidden fixed nodes that keep each country's actors together, and the key people by the firm. */
  anchors: Float32Array;
  /** Node indices, two a tie. */
  edges: Uint32Array;
  /** One weight a tie. */
  weights: Float32Array;
  /** The layout stops after this many rounds, or after maxMs, whichever comes first. */
  maxIterations: number;
  maxMs: number;
}

export type LayoutMessage = { kind: 'positions'; positions: Float32Array; iterations: number; done: boolean } | { kind: 'failed'; message: string };
