/**
 * The map drawn by sigma (WebGL 2), for networks of the size most firms have: nodes and ties can be
 * hovered and clicked. Filters and the selection change sigma's node and edge states (hidden,
 * highlighted), never the graph, so a filter costs one pass over the states.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { layerFill, sdfCircle, sdfDiamond, sdfSquare } from 'sigma/rendering';
import { INK, NETWORK_COLOURS } from '../../../core/report/palette';
import { CountryLabels } from './country-labels';
import { LayoutDriver } from './layout-driver';
import { CLOSEST_FRAMING } from './map-camera';
import type { MapHandlers, MapRenderer } from './map-renderer';
import type { MapScene, NodeShape } from './map-scene';
import { DIMMED } from './map-draw';
import { NETWORK_TYPES, type MapView, type Selection } from './network-model';
import type { PathHighlight } from './warm-paths';

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  shape: NodeShape;
  /** The firm and its key people: their names are always shown. */
  named: boolean;
}
interface EdgeAttributes {
  size: number;
  color: string;
}
/** A warm path shown on the map: its nodes and ties are on it, everything else is dimmed. */
interface PathState {
  isOnPath: boolean;
  isDimmed: boolean;
}
const OFF_PATH: PathState = { isOnPath: false, isDimmed: false };

/** Up to this many nodes every label is drawn; above it, sigma draws those that fit. */
const FEW_NODES = 150;

export class SigmaMap implements MapRenderer {
  private readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes, Attributes, PathState, PathState>;
  private readonly countries: CountryLabels;
  private readonly layout: LayoutDriver;
  private highlighted: Selection | undefined;
  /** The nodes of the path the view is framed on, until the reader moves the map: the layout may still move them. */
  private framed: string[] | undefined;

  /** Throws when the browser gives sigma no WebGL 2 context. */
  constructor(
    container: HTMLElement,
    private readonly scene: MapScene,
    handlers: MapHandlers,
  ) {
    const { positions } = scene;
    scene.ids.forEach((id, i) =>
      this.graph.addNode(id, {
        x: positions[i * 2] ?? 0,
        y: positions[i * 2 + 1] ?? 0,
        size: scene.sizes[i] ?? 1,
        color: scene.colors[i] ?? INK,
        label: scene.labels[i] ?? id,
        shape: scene.shapes[i] ?? 'circle',
        named: scene.named[i] === 1,
      }),
    );
    scene.edgeIds.forEach((id, i) => {
      const strength = scene.edgeStrengths[i] ?? 1;
      const type = NETWORK_TYPES[scene.edgeTypes[i] ?? 0] ?? 'business';
      this.graph.addDirectedEdgeWithKey(id, scene.ids[scene.edges[i * 2] ?? 0] ?? '', scene.ids[scene.edges[i * 2 + 1] ?? 0] ?? '', {
        size: 0.6 + 0.5 * strength,
        color: `${NETWORK_COLOURS[type]}b3`,
      });
    });
    const few = this.graph.order <= FEW_NODES;

    this.sigma = new Sigma<NodeAttributes, EdgeAttributes, Attributes, PathState, PathState>(this.graph, container, {
      customNodeState: OFF_PATH,
      customEdgeState: OFF_PATH,
      primitives: { nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] } },
      styles: {
        nodes: [
          {
            x: { attribute: 'x' },
            y: { attribute: 'y' },
            size: { attribute: 'size' },
            color: { attribute: 'color' },
            label: { attribute: 'label' },
            shape: { attribute: 'shape' },
            depth: 'nodes',
            labelVisibility: 'auto',
            backdropVisibility: 'hidden',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(0, 0, 0, 0.45)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
          { whenData: { named: true }, then: { labelVisibility: 'visible' } },
          // Before hover and selection, so that a dimmed node still shows its name when pointed at or chosen.
          { whenState: 'isDimmed', then: { color: DIMMED, labelVisibility: 'hidden' } },
          { whenState: 'isOnPath', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
          { whenState: 'isHovered', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
          { whenState: 'isHighlighted', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropShadowColor: INK } },
          { whenState: 'isHidden', then: { visibility: 'hidden' } },
        ],
        edges: [
          { size: { attribute: 'size' }, color: { attribute: 'color' }, depth: 'edges' },
          { whenState: 'isDimmed', then: { color: `${DIMMED}b3` } },
          { whenState: 'isOnPath', then: { depth: 'topEdges', size: 5, color: INK } },
          { whenState: 'isHovered', then: { depth: 'topEdges', size: 4 } },
          { whenState: 'isHighlighted', then: { depth: 'topEdges', size: 5, color: INK } },
          { whenState: 'isHidden', then: { visibility: 'hidden' } },
        ],
      },
      settings: {
        itemSizesReference: 'screen',
        enableEdgeEvents: true,
        minEdgeThickness: 1.7,
        // Plain scrolling and one-finger swipes move the page; Ctrl/⌘ + scroll or two fingers move the map.
        gestureTarget: 'shared',
        labelRenderedSizeThreshold: few ? 0 : 9,
        labelDensity: few ? 1 : 0.5,
        stagePadding: 40,
        // A container hidden for a moment (a closing tab, a collapsed layout) is no error.
        allowInvalidContainer: true,
      },
    });
    // Sigma's constructor renders the first frame before it returns.
    performance.mark('network-map:first-render');
    this.sigma.on('clickNode', ({ node }) => handlers.select({ kind: 'node', id: node }));
    this.sigma.on('clickEdge', ({ edge }) => handlers.select({ kind: 'tie', id: edge }));
    this.sigma.on('webglContextLost', () => handlers.lost());
    const unframe = () => (this.framed = undefined);
    this.sigma.getMouseCaptor().on('mousedown', unframe).on('wheel', unframe);
    this.sigma.getTouchCaptor().on('touchdown', unframe);
    this.countries = new CountryLabels(this.sigma.createLayer<HTMLDivElement>('countries', 'div', { style: { pointerEvents: 'none' } }), scene);
    const place = () => this.countries.place((at) => this.sigma.graphToViewport(at));
    this.sigma.on('afterRender', place);
    place();
    this.layout = new LayoutDriver(
      scene,
      () => {
        this.graph.updateEachNodeAttributes(
          (id, attributes) => {
            const i = scene.index.get(id) ?? 0;
            attributes.x = positions[i * 2] ?? attributes.x;
            attributes.y = positions[i * 2 + 1] ?? attributes.y;
            return attributes;
          },
          { attributes: ['x', 'y'] },
        );
        this.countries.measure();
        if (this.framed !== undefined) this.frame(this.framed, false);
      },
      handlers.layout,
    );
    this.layout.start();
  }

  stopLayout(): void {
    this.layout.stop();
  }

  setView(view: MapView): void {
    const changed = this.scene.setView(view);
    const { ids, edgeIds, hiddenNodes, hiddenEdges } = this.scene;
    const part = (indices: number[], hidden: Uint8Array, value: number, names: string[]) =>
      indices.filter((i) => hidden[i] === value).map((i) => names[i] ?? '');
    const showNodes = part(changed.nodes, hiddenNodes, 0, ids);
    const hideNodes = part(changed.nodes, hiddenNodes, 1, ids);
    const showEdges = part(changed.edges, hiddenEdges, 0, edgeIds);
    const hideEdges = part(changed.edges, hiddenEdges, 1, edgeIds);
    if (showNodes.length > 0) this.sigma.setNodesState(showNodes, { isHidden: false });
    if (hideNodes.length > 0) this.sigma.setNodesState(hideNodes, { isHidden: true });
    if (showEdges.length > 0) this.sigma.setEdgesState(showEdges, { isHidden: false });
    if (hideEdges.length > 0) this.sigma.setEdgesState(hideEdges, { isHidden: true });
    if (changed.nodes.length > 0) this.countries.measure();
  }

  /** Highlights the selected node or tie and brings a selected node into the middle of the view. */
  select(selection: Selection | undefined): void {
    const previous = this.highlighted;
    if (previous?.kind === 'node' && this.graph.hasNode(previous.id)) this.sigma.setNodeState(previous.id, { isHighlighted: false });
    if (previous?.kind === 'tie' && this.graph.hasEdge(previous.id)) this.sigma.setEdgeState(previous.id, { isHighlighted: false });
    this.highlighted = selection;
    if (selection?.kind === 'node' && this.graph.hasNode(selection.id)) {
      this.framed = undefined;
      this.sigma.setNodeState(selection.id, { isHighlighted: true });
      const shown = this.sigma.getNodeDisplayData(selection.id);
      if (shown !== undefined)
        void this.sigma.getCamera().animate({ x: shown.x, y: shown.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.5) }, { duration: 400 });
    }
    if (selection?.kind === 'tie' && this.graph.hasEdge(selection.id)) this.sigma.setEdgeState(selection.id, { isHighlighted: true });
  }

  showPath(path: PathHighlight | undefined): PathHighlight {
    const { ids, edgeIds } = this.scene;
    if (path === undefined) {
      this.framed = undefined;
      this.sigma.setNodesState(ids, OFF_PATH);
      this.sigma.setEdgesState(edgeIds, OFF_PATH);
      return { nodes: [], ties: [] };
    }
    const lit = this.scene.pathIndices(path);
    const nodes = new Set(lit.nodes);
    const edges = new Set(lit.edges);
    const part = (names: readonly string[], on: ReadonlySet<number>, wanted: boolean) => names.filter((_, i) => on.has(i) === wanted);
    this.sigma.setNodesState(part(ids, nodes, false), { isOnPath: false, isDimmed: true });
    this.sigma.setNodesState(part(ids, nodes, true), { isOnPath: true, isDimmed: false });
    this.sigma.setEdgesState(part(edgeIds, edges, false), { isOnPath: false, isDimmed: true });
    this.sigma.setEdgesState(part(edgeIds, edges, true), { isOnPath: true, isDimmed: false });
    this.framed = part(ids, nodes, true);
    this.frame(this.framed, true);
    return { nodes: lit.nodes.map((i) => ids[i] ?? ''), ties: lit.edges.map((e) => edgeIds[e] ?? '') };
  }

  /** Moves the view onto some nodes (a path), as large as fits with room round them (sigma's ratio 1 shows the whole graph). */
  private frame(nodes: readonly string[], animate: boolean): void {
    // Sigma rescales the graph into the view as the layout moves it: its display data are those of the last frame drawn.
    this.sigma.refresh();
    const shown = nodes.flatMap((id) => this.sigma.getNodeDisplayData(id) ?? []);
    if (shown.length === 0) return;
    const xs = shown.map((d) => d.x);
    const ys = shown.map((d) => d.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(CLOSEST_FRAMING, Math.max(maxX - minX, maxY - minY) * 1.25));
    const camera = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
    if (animate) void this.sigma.getCamera().animate(camera, { duration: 400 });
    else this.sigma.getCamera().setState(camera);
  }

  zoom(how: 'in' | 'out' | 'reset'): void {
    this.framed = undefined;
    const camera = this.sigma.getCamera();
    void (how === 'in' ? camera.zoomIn({ duration: 250 }) : how === 'out' ? camera.zoomOut({ duration: 250 }) : camera.reset({ duration: 250 }));
  }

  kill(): void {
    this.layout.kill();
    this.sigma.kill();
  }
}
