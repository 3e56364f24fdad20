/**
 * The map on its canvas: a graphology graph drawn by sigma (WebGL 2), laid out first by country
 * clusters and then by ForceAtlas2 in a worker. Filters and the selection change sigma's node and
 * edge states (hidden, highlighted), never the graph, so a filter costs one pass over the states.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { layerFill, sdfCircle, sdfDiamond, sdfSquare } from 'sigma/rendering';
import { INK, MUTED, NETWORK_COLOURS } from '../../../core/report/palette';
import { countryName } from '../../lib/format';
import { clusterLayout, type CountryCluster } from './cluster-layout';
import type { LayoutMessage, LayoutRequest } from './layout-messages';
import { NO_COUNTRY, type MapNode, type MapView, type NetworkModel, type Selection } from './network-model';

export type LayoutState = 'arranging' | 'arranged' | 'stopped' | 'failed';

export interface MapHandlers {
  select(selection: Selection): void;
  layout(state: LayoutState): void;
  /** The canvas stopped working (its WebGL context was lost). */
  lost(): void;
  /** The browser cannot draw the map at all (no WebGL 2). */
  unavailable(): void;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  shape: 'circle' | 'square' | 'diamond';
  /** The firm: it stays in the middle. */
  pinned: boolean;
  /** The firm and its key people: their names are always shown. */
  named: boolean;
}
interface EdgeAttributes {
  size: number;
  color: string;
}

/** Neutral marks for the firm (a square) and its key people (diamonds); actors without a tie are grey circles. */
export const FIRM_COLOUR = INK;
export const KEY_PERSON_COLOUR = MUTED;
export const UNTIED_COLOUR = '#9aa5b1';

/** The layout stops after this many rounds or this long, whichever comes first. */
const LAYOUT_ROUNDS = 600;
const LAYOUT_MS = 8_000;
/** Above this many ties, lines are thin, cannot be clicked, and are not drawn while the view moves, so panning stays smooth. */
const MANY_TIES = 4_000;
/** A frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** Up to this many nodes every label is drawn; above it, sigma draws those that fit. */
const FEW_NODES = 150;

/** Above this many nodes, actors are drawn at half size, so that a country's cluster does not become one blot. */
const MANY_NODES = 1_000;

function nodeAttributes(node: MapNode, at: { x: number; y: number }, scale: number): NodeAttributes {
  const base = { x: at.x, y: at.y, label: node.label, pinned: false, named: false };
  if (node.kind === 'firm') return { ...base, size: 12, color: FIRM_COLOUR, shape: 'square', pinned: true, named: true };
  if (node.kind === 'key-person') return { ...base, size: 8, color: KEY_PERSON_COLOUR, shape: 'diamond', named: true };
  return {
    ...base,
    size: scale * (4 + 1.2 * node.strength),
    color: node.networkType === undefined ? UNTIED_COLOUR : NETWORK_COLOURS[node.networkType],
    shape: 'circle',
  };
}

export class NetworkMapRenderer {
  private readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private readonly order: string[];
  private readonly clusters: readonly CountryCluster[];
  private readonly countryLayer: HTMLElement;
  private readonly countryLabels: HTMLElement[] = [];
  /** Where each country's name goes, in graph coordinates: above its actors, moved as the layout moves them. */
  private countryLabelAt: ({ x: number; y: number } | undefined)[] = [];
  private readonly clusterMembers: string[][];
  private worker: Worker | undefined;
  private pendingPositions: Float32Array | undefined;
  private positionsScheduled = false;
  private positionTimer: ReturnType<typeof setTimeout> | undefined;
  private positionFrame: number | undefined;
  private nextPositionsAt = 0;
  private highlighted: Selection | undefined;
  private readonly hiddenNodes = new Set<string>();
  private readonly hiddenEdges = new Set<string>();
  private killed = false;

  /** A map drawn in the container, or undefined (and `handlers.unavailable()` called) when the browser cannot draw it. */
  static open(container: HTMLElement, model: NetworkModel, handlers: MapHandlers): NetworkMapRenderer | undefined {
    if (typeof WebGL2RenderingContext === 'undefined') {
      handlers.unavailable();
      return undefined;
    }
    try {
      return new NetworkMapRenderer(container, model, handlers);
    } catch {
      // Sigma throws when it gets no WebGL 2 context (turned off, or a graphics driver the browser blocks).
      container.replaceChildren();
      handlers.unavailable();
      return undefined;
    }
  }

  private constructor(
    container: HTMLElement,
    private readonly model: NetworkModel,
    private readonly handlers: MapHandlers,
  ) {
    const { positions, clusters } = clusterLayout(model);
    this.clusters = clusters;
    const clusterIndex = new Map(clusters.map((c, i) => [c.country, i]));
    this.clusterMembers = clusters.map(() => []);
    for (const node of model.nodes.values()) if (node.kind === 'actor') this.clusterMembers[clusterIndex.get(node.group) ?? -1]?.push(node.id);
    const scale = model.nodes.size > MANY_NODES ? 0.5 : 1;
    for (const node of model.nodes.values()) this.graph.addNode(node.id, nodeAttributes(node, positions.get(node.id) ?? { x: 0, y: 0 }, scale));
    // With many ties, lines are thin and cannot be clicked (the table selects them): sigma then
    // skips drawing them a second time into its picking buffer, and thin lines cover fewer pixels.
    // (Sigma 4 still works out where every line meets its nodes at each frame, hidden or not: on a
    // software-rendered WebGL, that is most of a frame's cost with tens of thousands of ties.)
    const many = model.drawable.size > MANY_TIES;
    for (const tie of model.ties) {
      if (!model.drawable.has(tie.id)) continue;
      const strength = tie.strength ?? 1;
      this.graph.addDirectedEdgeWithKey(tie.id, tie.from, tie.to, { size: many ? 0.5 : 0.6 + 0.5 * strength, color: `${NETWORK_COLOURS[tie.networkType]}b3` });
    }
    this.order = this.graph.nodes();
    const few = this.graph.order <= FEW_NODES;

    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
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
          { whenState: 'isHovered', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' } },
          { whenState: 'isHighlighted', then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropShadowColor: INK } },
          { whenState: 'isHidden', then: { visibility: 'hidden' } },
        ],
        edges: [
          { size: { attribute: 'size' }, color: { attribute: 'color' }, depth: 'edges' },
          { whenState: 'isHovered', then: { depth: 'topEdges', size: 4 } },
          { whenState: 'isHighlighted', then: { depth: 'topEdges', size: 5, color: INK } },
          { whenState: 'isHidden', then: { visibility: 'hidden' } },
        ],
      },
      settings: {
        itemSizesReference: 'screen',
        enableEdgeEvents: !many,
        minEdgeThickness: many ? 0.8 : 1.7,
        // Plain scrolling and one-finger swipes move the page; Ctrl/⌘ + scroll or two fingers move the map.
        gestureTarget: 'shared',
        hideEdgesOnMove: many,
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

    this.countryLayer = this.sigma.createLayer<HTMLDivElement>('countries', 'div', { style: { pointerEvents: 'none' } });
    this.countryLayer.className = 'map-countries';
    this.countryLayer.setAttribute('aria-hidden', 'true');
    for (const cluster of clusters) {
      const label = document.createElement('span');
      label.textContent = cluster.country === NO_COUNTRY ? 'No country' : countryName(cluster.country);
      this.countryLayer.append(label);
      this.countryLabels.push(label);
    }
    this.measureCountries();
    this.sigma.on('afterRender', () => this.placeCountryLabels());
    this.startLayout();
  }

  /** Puts each country's name above the middle of its shown actors as they are now; no name for a country with none shown. */
  private measureCountries(): void {
    this.countryLabelAt = this.clusterMembers.map((ids) => {
      let x = 0;
      let top = -Infinity;
      let shown = 0;
      for (const id of ids) {
        if (this.hiddenNodes.has(id)) continue;
        const at = this.graph.getNodeAttributes(id);
        x += at.x;
        top = Math.max(top, at.y);
        shown += 1;
      }
      return shown === 0 ? undefined : { x: x / shown, y: top };
    });
  }

  /** Country names above their clusters, moved with the view. */
  private placeCountryLabels(): void {
    this.countryLabelAt.forEach((where, i) => {
      const label = this.countryLabels[i];
      if (label === undefined) return;
      label.hidden = where === undefined;
      if (where === undefined) return;
      const at = this.sigma.graphToViewport(where);
      label.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translate(-50%, -120%)`;
    });
  }

  private startLayout(): void {
    if (this.graph.order < 3) {
      this.handlers.layout('arranged');
      return;
    }
    const index = new Map(this.order.map((id, i) => [id, i]));
    const count = this.order.length;
    const positions = new Float32Array(count * 2);
    const sizes = new Float32Array(count);
    const fixed = new Uint8Array(count);
    const anchorOf = new Int32Array(count).fill(-1);
    const clusterIndex = new Map(this.clusters.map((c, i) => [c.country, i]));
    this.order.forEach((id, i) => {
      const attributes = this.graph.getNodeAttributes(id);
      positions[i * 2] = attributes.x;
      positions[i * 2 + 1] = attributes.y;
      sizes[i] = attributes.size;
      fixed[i] = attributes.pinned ? 1 : 0;
      const node = this.model.nodes.get(id);
      if (node?.kind === 'actor') anchorOf[i] = clusterIndex.get(node.group) ?? -1;
      // Key people stay by the firm: the last anchor sits where the firm is.
      if (node?.kind === 'key-person') anchorOf[i] = this.clusters.length;
    });
    const firm = this.graph.getNodeAttributes(this.model.firmId);
    const anchors = new Float32Array([...this.clusters.flatMap((c) => [c.x, c.y]), firm.x, firm.y]);
    const edges = new Uint32Array(this.graph.size * 2);
    const weights = new Float32Array(this.graph.size);
    let e = 0;
    this.graph.forEachEdge((_key, _attributes, source, target) => {
      edges[e * 2] = index.get(source) ?? 0;
      edges[e * 2 + 1] = index.get(target) ?? 0;
      weights[e] = 1;
      e += 1;
    });
    const request: LayoutRequest = { positions, sizes, fixed, anchorOf, anchors, edges, weights, maxIterations: LAYOUT_ROUNDS, maxMs: LAYOUT_MS };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.handlers.layout('failed');
      return;
    }
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.kind === 'failed') {
        this.stopLayout('failed');
        return;
      }
      this.showPositions(message.positions);
      if (message.done) {
        worker.terminate();
        this.worker = undefined;
        this.handlers.layout('arranged');
      }
    };
    worker.onerror = () => this.stopLayout('failed');
    this.handlers.layout('arranging');
    worker.postMessage(request, [positions.buffer, sizes.buffer, fixed.buffer, anchorOf.buffer, anchors.buffer, edges.buffer, weights.buffer]);
  }

  /**
   * Moves the nodes to the newest positions the worker sent, at most once a frame and, when a
   * frame costs more (a big map, a slow graphics card), no more often than leaves the page three
   * quarters of its time for scrolling, typing and the rest.
   */
  private showPositions(positions: Float32Array): void {
    this.pendingPositions = positions;
    if (this.positionsScheduled) return;
    this.positionsScheduled = true;
    this.positionTimer = setTimeout(
      () => {
        this.positionFrame = requestAnimationFrame((start) => {
          this.positionsScheduled = false;
          const next = this.pendingPositions;
          this.pendingPositions = undefined;
          if (next === undefined || this.killed) return;
          let i = 0;
          this.graph.updateEachNodeAttributes(
            (_node, attributes) => {
              attributes.x = next[i * 2] ?? attributes.x;
              attributes.y = next[i * 2 + 1] ?? attributes.y;
              i += 1;
              return attributes;
            },
            { attributes: ['x', 'y'] },
          );
          this.measureCountries();
          // Sigma draws at the next frame; the one after shows what that cost.
          this.positionFrame = requestAnimationFrame(() => {
            this.positionFrame = requestAnimationFrame((end) => {
              this.positionFrame = undefined;
              const cost = Math.max(0, end - start - 2 * FRAME_MS);
              this.nextPositionsAt = performance.now() + 3 * cost;
            });
          });
        });
      },
      Math.max(0, this.nextPositionsAt - performance.now()),
    );
  }

  stopLayout(state: LayoutState = 'stopped'): void {
    if (this.worker === undefined) return;
    this.worker.terminate();
    this.worker = undefined;
    this.handlers.layout(state);
  }

  /** Hides what the filters leave out: node and edge states only, the graph stays as it is. Only changes are sent to sigma. */
  setView(view: MapView): void {
    const toggle = (ids: Iterable<string>, shown: (id: string) => boolean, hidden: Set<string>): [string[], string[]] => {
      const show: string[] = [];
      const hide: string[] = [];
      for (const id of ids) {
        const wasHidden = hidden.has(id);
        if (shown(id) === wasHidden) (wasHidden ? show : hide).push(id);
      }
      for (const id of show) hidden.delete(id);
      for (const id of hide) hidden.add(id);
      return [show, hide];
    };
    const [showNodes, hideNodes] = toggle(this.graph.nodes(), (id) => view.nodeIds.has(id), this.hiddenNodes);
    const [showEdges, hideEdges] = toggle(this.graph.edges(), (id) => view.tieIds.has(id), this.hiddenEdges);
    if (showNodes.length > 0) this.sigma.setNodesState(showNodes, { isHidden: false });
    if (hideNodes.length > 0) this.sigma.setNodesState(hideNodes, { isHidden: true });
    if (showEdges.length > 0) this.sigma.setEdgesState(showEdges, { isHidden: false });
    if (hideEdges.length > 0) this.sigma.setEdgesState(hideEdges, { isHidden: true });
    if (showNodes.length > 0 || hideNodes.length > 0) this.measureCountries();
  }

  /** Highlights the selected node or tie and brings a selected node into the middle of the view. */
  select(selection: Selection | undefined): void {
    const previous = this.highlighted;
    if (previous?.kind === 'node' && this.graph.hasNode(previous.id)) this.sigma.setNodeState(previous.id, { isHighlighted: false });
    if (previous?.kind === 'tie' && this.graph.hasEdge(previous.id)) this.sigma.setEdgeState(previous.id, { isHighlighted: false });
    this.highlighted = selection;
    if (selection?.kind === 'node' && this.graph.hasNode(selection.id)) {
      this.sigma.setNodeState(selection.id, { isHighlighted: true });
      const shown = this.sigma.getNodeDisplayData(selection.id);
      if (shown !== undefined)
        void this.sigma.getCamera().animate({ x: shown.x, y: shown.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.5) }, { duration: 400 });
    }
    if (selection?.kind === 'tie' && this.graph.hasEdge(selection.id)) this.sigma.setEdgeState(selection.id, { isHighlighted: true });
  }

  zoom(how: 'in' | 'out' | 'reset'): void {
    const camera = this.sigma.getCamera();
    void (how === 'in' ? camera.zoomIn({ duration: 250 }) : how === 'out' ? camera.zoomOut({ duration: 250 }) : camera.reset({ duration: 250 }));
  }

  kill(): void {
    this.killed = true;
    this.worker?.terminate();
    this.worker = undefined;
    clearTimeout(this.positionTimer);
    if (this.positionFrame !== undefined) cancelAnimationFrame(this.positionFrame);
    this.sigma.kill();
  }
}
