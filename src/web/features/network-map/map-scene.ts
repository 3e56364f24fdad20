/**
 * What either way of drawing the map starts from: the model's nodes and drawable ties as plain
 * arrays in one node order (positions, sizes, colours, shapes), the country clusters of the first
 * layout, and which nodes and ties the filters hide. The layout worker moves `positions`; the
 * renderers read them.
 */
import { INK, MUTED, NETWORK_COLOURS } from '../../../core/report/palette';
import { clusterLayout, type CountryCluster } from './cluster-layout';
import type { DrawScene } from './map-draw';
import { NETWORK_TYPES, type MapNode, type MapView, type NetworkModel } from './network-model';
import type { PathHighlight } from './warm-paths';

export type NodeShape = 'circle' | 'square' | 'diamond';

/** Neutral marks for the firm (a square) and its key people (diamonds); actors without a tie are grey circles. */
export const FIRM_COLOUR = INK;
export const KEY_PERSON_COLOUR = MUTED;
export const UNTIED_COLOUR = '#9aa5b1';

/** Above this many nodes, actors are drawn at half size, so that a country's cluster does not become one blot. */
const MANY_NODES = 1_000;

function mark(node: MapNode, scale: number): { size: number; color: string; shape: NodeShape } {
  if (node.kind === 'firm') return { size: 12, color: FIRM_COLOUR, shape: 'square' };
  if (node.kind === 'key-person') return { size: 8, color: KEY_PERSON_COLOUR, shape: 'diamond' };
  return {
    size: scale * (4 + 1.2 * node.strength),
    color: node.networkType === undefined ? UNTIED_COLOUR : NETWORK_COLOURS[node.networkType],
    shape: 'circle',
  };
}

export class MapScene {
  /** Node ids in drawing order: the firm, key people, then actors. */
  readonly ids: string[];
  readonly index: ReadonlyMap<string, number>;
  /** x, y of each node, two numbers a node. */
  readonly positions: Float32Array;
  readonly sizes: Float32Array;
  readonly colors: string[];
  readonly shapes: NodeShape[];
  readonly labels: string[];
  /** 1 for the firm and its key people, whose names are always shown. */
  readonly named: Uint8Array;
  /** 1 for the firm: it stays in the middle. */
  readonly pinned: Uint8Array;
  /** Node indices of each drawn tie, two a tie. */
  readonly edges: Uint32Array;
  readonly edgeIds: string[];
  readonly edgeIndex: ReadonlyMap<string, number>;
  /** Index in NETWORK_TYPES of each tie's type. */
  readonly edgeTypes: Uint8Array;
  readonly edgeStrengths: Float32Array;
  readonly clusters: readonly CountryCluster[];
  /** Node indices of the actors in each cluster. */
  readonly clusterMembers: number[][];
  /** Index in `clusters` of each node's country, the key people's anchor (clusters.length) or -1 for the firm. */
  readonly anchorOf: Int32Array;
  /** 1 for each node, and each tie, the filters hide. */
  readonly hiddenNodes: Uint8Array;
  readonly hiddenEdges: Uint8Array;

  constructor(readonly model: NetworkModel) {
    const { positions, clusters } = clusterLayout(model);
    this.clusters = clusters;
    const clusterIndex = new Map(clusters.map((c, i) => [c.country, i]));
    const nodes = [...model.nodes.values()];
    const count = nodes.length;
    this.ids = nodes.map((n) => n.id);
    this.index = new Map(this.ids.map((id, i) => [id, i]));
    this.positions = new Float32Array(count * 2);
    this.sizes = new Float32Array(count);
    this.named = new Uint8Array(count);
    this.pinned = new Uint8Array(count);
    this.anchorOf = new Int32Array(count).fill(-1);
    this.hiddenNodes = new Uint8Array(count);
    this.colors = [];
    this.shapes = [];
    this.labels = [];
    this.clusterMembers = clusters.map(() => []);
    const scale = count > MANY_NODES ? 0.5 : 1;
    nodes.forEach((node, i) => {
      const at = positions.get(node.id) ?? { x: 0, y: 0 };
      const { size, color, shape } = mark(node, scale);
      this.positions[i * 2] = at.x;
      this.positions[i * 2 + 1] = at.y;
      this.sizes[i] = size;
      this.colors.push(color);
      this.shapes.push(shape);
      this.labels.push(node.label);
      this.named[i] = node.kind === 'actor' ? 0 : 1;
      this.pinned[i] = node.kind === 'firm' ? 1 : 0;
      if (node.kind === 'actor') {
        const cluster = clusterIndex.get(node.group) ?? -1;
        this.anchorOf[i] = cluster;
        this.clusterMembers[cluster]?.push(i);
      }
      // Key people stay by the firm: the last anchor sits where the firm is.
      if (node.kind === 'key-person') this.anchorOf[i] = clusters.length;
    });
    const drawn = model.ties.filter((tie) => model.drawable.has(tie.id));
    this.edges = new Uint32Array(drawn.length * 2);
    this.edgeTypes = new Uint8Array(drawn.length);
    this.edgeStrengths = new Float32Array(drawn.length);
    this.hiddenEdges = new Uint8Array(drawn.length);
    this.edgeIds = drawn.map((tie) => tie.id);
    this.edgeIndex = new Map(this.edgeIds.map((id, i) => [id, i]));
    drawn.forEach((tie, i) => {
      this.edges[i * 2] = this.index.get(tie.from) ?? 0;
      this.edges[i * 2 + 1] = this.index.get(tie.to) ?? 0;
      this.edgeTypes[i] = NETWORK_TYPES.indexOf(tie.networkType);
      this.edgeStrengths[i] = tie.strength ?? 1;
    });
  }

  get firmIndex(): number {
    return this.index.get(this.model.firmId) ?? 0;
  }

  /**
   * Marks what the filters hide; returns the indices whose state changed, so that a renderer that
   * keeps its own state (sigma) updates only those.
   */
  setView(view: MapView): { nodes: number[]; edges: number[] } {
    const changed = { nodes: [] as number[], edges: [] as number[] };
    this.ids.forEach((id, i) => {
      const hidden = view.nodeIds.has(id) ? 0 : 1;
      if (this.hiddenNodes[i] !== hidden) changed.nodes.push(i);
      this.hiddenNodes[i] = hidden;
    });
    this.edgeIds.forEach((id, i) => {
      const hidden = view.tieIds.has(id) ? 0 : 1;
      if (this.hiddenEdges[i] !== hidden) changed.edges.push(i);
      this.hiddenEdges[i] = hidden;
    });
    return changed;
  }

  /** The indices of a warm path's nodes and ties that are on the map, in the path's order. */
  pathIndices(path: PathHighlight): { nodes: number[]; edges: number[] } {
    const on = <T>(list: readonly T[], index: ReadonlyMap<T, number>) => list.flatMap((id) => index.get(id) ?? []);
    return { nodes: on(path.nodes, this.index), edges: on(path.ties, this.edgeIndex) };
  }

  /**
   * The smallest box round all the nodes, hidden ones too (so a filter does not move the view), or
   * round the nodes of the given indices (a path), in graph coordinates.
   */
  bounds(only?: readonly number[]): { minX: number; minY: number; maxX: number; maxY: number } {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const count = only?.length ?? this.ids.length;
    for (let n = 0; n < count; n++) {
      const i = only === undefined ? n : (only[n] ?? 0);
      const x = this.positions[i * 2] ?? 0;
      const y = this.positions[i * 2 + 1] ?? 0;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return minX === Infinity ? { minX: -1, minY: -1, maxX: 1, maxY: 1 } : { minX, minY, maxX, maxY };
  }
}

const SHAPES = { circle: 0, square: 1, diamond: 2 } as const;

/** What the canvas map's painter needs of a scene (its worker gets a copy of the positions). */
export function drawScene(scene: MapScene): DrawScene {
  const nodeColours = [...new Set(scene.colors)];
  return {
    positions: scene.positions.slice(),
    sizes: scene.sizes,
    colourOf: Uint8Array.from(scene.colors, (c) => nodeColours.indexOf(c)),
    nodeColours,
    shapeOf: Uint8Array.from(scene.shapes, (s) => SHAPES[s]),
    labels: scene.labels,
    named: scene.named,
    edges: scene.edges,
    edgeColourOf: scene.edgeTypes,
    edgeColours: NETWORK_TYPES.map((t) => `${NETWORK_COLOURS[t]}b3`),
    ink: INK,
  };
}
