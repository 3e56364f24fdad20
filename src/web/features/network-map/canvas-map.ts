/**
 * The map of a large network: a worker draws each picture with the canvas 2D API, and the page
 * shows the latest one. While the view is dragged or zoomed, the page moves and scales the last
 * picture at once (a CSS transform) and asks for a new one; so a frame costs the same with fifty
 * ties or fifty thousand, even where the browser has no graphics card to draw with.
 */
import { CountryLabels } from './country-labels';
import type { DrawnPicture, DrawRequest } from './draw-messages';
import { LayoutDriver } from './layout-driver';
import { fitCamera, framedOn, pictureTransform, toScreen, zoomed, type Camera, type Viewport } from './map-camera';
import { MapGestures } from './map-gestures';
import { MapPainter, radiusOf, type DrawState, type Frame } from './map-draw';
import type { MapHandlers, MapRenderer } from './map-renderer';
import { drawScene, type MapScene } from './map-scene';
import type { MapView, Selection } from './network-model';
import type { PathHighlight } from './warm-paths';

export class CanvasMap implements MapRenderer {
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private readonly countries: CountryLabels;
  private readonly layout: LayoutDriver;
  private readonly state: DrawState;
  private readonly worker: Worker | undefined;
  /** Draws on the page when the browser cannot draw in a worker. */
  private readonly painter: MapPainter | undefined;
  private readonly observer: ResizeObserver;
  private viewport: Viewport;
  private camera: Camera;
  /** The frame of the picture on screen. */
  private shown: Frame | undefined;
  /** True once the user moved the view: until then the view follows the layout as it spreads. */
  private touched = false;
  /** The nodes of the path the view is framed on, until the reader moves the map: the layout may still move them. */
  private framed: number[] | undefined;
  private drawing = false;
  private wanted = false;
  private nextId = 0;
  private killed = false;
  private marked = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly scene: MapScene,
    private readonly handlers: MapHandlers,
  ) {
    const context = this.canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    this.context = context;
    this.canvas.className = 'map-picture';
    const layer = document.createElement('div');
    container.replaceChildren(this.canvas, layer);
    this.countries = new CountryLabels(layer, scene);
    this.viewport = { width: container.clientWidth, height: container.clientHeight };
    this.camera = fitCamera(scene.bounds(), this.viewport);
    // The scene's own filter arrays: setView updates them, and a message to the worker copies them.
    this.state = { hiddenNodes: scene.hiddenNodes, hiddenEdges: scene.hiddenEdges, node: -1, edge: -1 };

    const sceneToDraw = drawScene(scene);
    let worker: Worker | undefined;
    if (typeof OffscreenCanvas !== 'undefined') {
      try {
        worker = new Worker(new URL('./map-draw.worker.ts', import.meta.url), { type: 'module' });
      } catch {
        worker = undefined;
      }
    }
    this.worker = worker;
    if (worker === undefined) {
      sceneToDraw.positions = scene.positions;
      this.painter = new MapPainter(sceneToDraw);
    } else {
      worker.onmessage = (event: MessageEvent<DrawnPicture>) => this.showPicture(event.data);
      this.post({ kind: 'scene', scene: sceneToDraw });
      this.post({ kind: 'state', state: this.state });
    }

    new MapGestures(this.canvas, container, {
      camera: () => this.camera,
      viewport: () => this.viewport,
      moveTo: (camera) => this.moveTo(camera),
      click: (at) => {
        const node = this.nodeAt(at);
        if (node !== undefined) handlers.select({ kind: 'node', id: node });
      },
      nodeAt: (at) => this.nodeAt(at),
    });
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(container);

    this.layout = new LayoutDriver(
      scene,
      () => {
        if (this.worker !== undefined) this.post({ kind: 'positions', positions: scene.positions.slice() });
        this.follow();
        this.countries.measure();
        this.redraw();
      },
      handlers.layout,
    );
    this.redraw();
    this.layout.start();
  }

  private post(message: DrawRequest): void {
    this.worker?.postMessage(message);
  }

  /** Asks for a picture of the view as it is now; while one is being drawn, asks again once it comes. */
  private redraw(): void {
    this.place();
    if (this.drawing) {
      this.wanted = true;
      return;
    }
    this.drawing = true;
    const frame: Frame = { camera: { ...this.camera }, viewport: { ...this.viewport }, pixelRatio: window.devicePixelRatio || 1 };
    if (this.worker !== undefined) {
      this.nextId += 1;
      this.post({ kind: 'draw', frame, id: this.nextId });
      return;
    }
    requestAnimationFrame(() => {
      if (this.killed || this.painter === undefined) return;
      this.sizeCanvas(frame);
      this.painter.draw(this.context, frame, this.state);
      this.shown = frame;
      this.drawn();
    });
  }

  private sizeCanvas(frame: Frame): void {
    const width = Math.max(1, Math.round(frame.viewport.width * frame.pixelRatio));
    const height = Math.max(1, Math.round(frame.viewport.height * frame.pixelRatio));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.canvas.style.width = `${frame.viewport.width}px`;
    this.canvas.style.height = `${frame.viewport.height}px`;
  }

  private showPicture({ frame, picture }: DrawnPicture): void {
    if (this.killed) {
      picture.close();
      return;
    }
    this.sizeCanvas(frame);
    this.context.setTransform(1, 0, 0, 1, 0, 0);
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.context.drawImage(picture, 0, 0);
    picture.close();
    this.shown = frame;
    this.drawn();
  }

  private drawn(): void {
    if (!this.marked) performance.mark('network-map:first-render');
    this.marked = true;
    this.drawing = false;
    this.place();
    if (this.wanted) {
      this.wanted = false;
      this.redraw();
    }
  }

  /** Moves the picture on screen and the country names to where the view is now. */
  private place(): void {
    if (this.shown !== undefined) {
      const t = pictureTransform(this.shown.camera, this.camera, this.viewport);
      this.canvas.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.scale})`;
    }
    this.countries.place((at) => toScreen(this.camera, this.viewport, at.x, at.y));
  }

  private resize(): void {
    const viewport = { width: this.container.clientWidth, height: this.container.clientHeight };
    if (viewport.width === this.viewport.width && viewport.height === this.viewport.height) return;
    this.viewport = viewport;
    this.follow();
    this.redraw();
  }

  /** Keeps the view on what it follows while nodes move or the view resizes: the whole map until touched, else a framed path. */
  private follow(): void {
    if (!this.touched) this.camera = fitCamera(this.scene.bounds(), this.viewport);
    else if (this.framed !== undefined) this.camera = framedOn(this.scene.bounds(this.framed), this.camera, this.viewport);
  }

  private moveTo(camera: Camera): void {
    this.touched = true;
    this.framed = undefined;
    this.camera = camera;
    this.redraw();
  }

  /** The shown node under a point of the view, the nearest when several are. */
  private nodeAt(at: { x: number; y: number }): string | undefined {
    const { positions, sizes, ids } = this.scene;
    let best: number | undefined;
    let bestDistance = Infinity;
    for (let i = 0; i < ids.length; i++) {
      if (this.state.hiddenNodes[i] === 1) continue;
      const p = toScreen(this.camera, this.viewport, positions[i * 2] ?? 0, positions[i * 2 + 1] ?? 0);
      const distance = Math.hypot(p.x - at.x, p.y - at.y);
      if (distance <= Math.max(radiusOf(sizes[i] ?? 1, this.camera), 3) + 3 && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best === undefined ? undefined : ids[best];
  }

  private stateChanged(): void {
    this.post({ kind: 'state', state: this.state });
    this.redraw();
  }

  setView(view: MapView): void {
    const changed = this.scene.setView(view);
    if (changed.nodes.length === 0 && changed.edges.length === 0) return;
    if (changed.nodes.length > 0) this.countries.measure();
    this.stateChanged();
  }

  select(selection: Selection | undefined): void {
    this.state.node = selection?.kind === 'node' ? (this.scene.index.get(selection.id) ?? -1) : -1;
    this.state.edge = selection?.kind === 'tie' ? (this.scene.edgeIndex.get(selection.id) ?? -1) : -1;
    const node = this.state.node;
    if (node >= 0) {
      const { positions } = this.scene;
      this.touched = true;
      this.framed = undefined;
      this.camera = { ...this.camera, x: positions[node * 2] ?? 0, y: positions[node * 2 + 1] ?? 0, ratio: Math.min(this.camera.ratio, 0.5) };
    }
    this.stateChanged();
  }

  showPath(path: PathHighlight | undefined): PathHighlight {
    if (path === undefined) {
      this.framed = undefined;
      this.state.pathNodes = undefined;
      this.state.pathEdges = undefined;
      this.stateChanged();
      return { nodes: [], ties: [] };
    }
    const { ids, edgeIds } = this.scene;
    const lit = this.scene.pathIndices(path);
    this.state.pathNodes = new Uint8Array(ids.length);
    this.state.pathEdges = new Uint8Array(edgeIds.length);
    for (const i of lit.nodes) this.state.pathNodes[i] = 1;
    for (const e of lit.edges) this.state.pathEdges[e] = 1;
    // The view moves onto the path: on a large map its few nodes would otherwise be hard to find.
    if (lit.nodes.length > 0) {
      this.touched = true;
      this.framed = lit.nodes;
      this.follow();
    }
    this.stateChanged();
    return { nodes: lit.nodes.map((i) => ids[i] ?? ''), ties: lit.edges.map((e) => edgeIds[e] ?? '') };
  }

  zoom(how: 'in' | 'out' | 'reset'): void {
    const middle = { x: this.viewport.width / 2, y: this.viewport.height / 2 };
    if (how === 'reset') {
      this.touched = false;
      this.framed = undefined;
      this.camera = fitCamera(this.scene.bounds(), this.viewport);
      this.redraw();
      return;
    }
    this.moveTo(zoomed(this.camera, this.viewport, how === 'in' ? 1.5 : 1 / 1.5, middle));
  }

  stopLayout(): void {
    this.layout.stop();
  }

  kill(): void {
    this.killed = true;
    this.layout.kill();
    this.worker?.terminate();
    this.observer.disconnect();
    this.container.replaceChildren();
  }
}
