/**
 * The map on its canvas, drawn one of two ways behind one interface. Networks of the size most firms
 * have are drawn by sigma (WebGL 2), where every node and tie can be hovered and clicked. Larger ones
 * are drawn on a 2D canvas by a worker (canvas-map.ts): sigma redraws every node and tie at every
 * frame of a pan, which a browser drawing without a graphics card (software WebGL) cannot do fast
 * enough for thousands of them.
 */
import { CanvasMap } from './canvas-map';
import type { LayoutState } from './layout-driver';
import { MapScene } from './map-scene';
import type { MapView, NetworkModel, Selection } from './network-model';
import { SigmaMap } from './sigma-map';
import type { PathHighlight } from './warm-paths';

export type { LayoutState } from './layout-driver';

export interface MapHandlers {
  select(selection: Selection): void;
  layout(state: LayoutState): void;
  /** The canvas stopped working (its WebGL context was lost). */
  lost(): void;
  /** The browser cannot draw the map at all (no WebGL 2). */
  unavailable(): void;
}

export interface MapRenderer {
  /** Hides what the filters leave out; the layout keeps every node where it is. */
  setView(view: MapView): void;
  /** Highlights the selected node or tie and brings a selected node into the middle of the view. */
  select(selection: Selection | undefined): void;
  /**
   * Lights up a warm path's nodes and ties and dims the rest of the map; undefined lights nothing
   * and dims nothing. Returns the nodes and ties it lit up: those of the path that are on the map.
   */
  showPath(path: PathHighlight | undefined): PathHighlight;
  zoom(how: 'in' | 'out' | 'reset'): void;
  stopLayout(): void;
  kill(): void;
}

/** Above this many nodes, or ties drawn, the map is drawn on a 2D canvas by a worker. */
export const LARGE_MAP = { nodes: 1_500, ties: 4_000 };

/** A map drawn in the container, or undefined (and `handlers.unavailable()` called) when the browser cannot draw it. */
export function openMap(container: HTMLElement, model: NetworkModel, handlers: MapHandlers): MapRenderer | undefined {
  const scene = new MapScene(model);
  const large = scene.ids.length > LARGE_MAP.nodes || scene.edgeIds.length > LARGE_MAP.ties;
  try {
    if (large) return new CanvasMap(container, scene, handlers);
    if (typeof WebGL2RenderingContext === 'undefined') throw new Error('no WebGL 2');
    return new SigmaMap(container, scene, handlers);
  } catch {
    // Sigma throws when it gets no WebGL 2 context (turned off, or a graphics driver the browser blocks).
    container.replaceChildren();
    handlers.unavailable();
    return undefined;
  }
}
