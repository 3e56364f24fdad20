// graphology-layout-forceatlas2 ships one round of the layout as iterate.js, without types: the
// layout worker runs it on its own matrices so that the layout keeps its speed from one batch to the next.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One round of ForceAtlas2 on the node matrix (10 numbers a node) and edge matrix (3 a tie), in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): object;
}
