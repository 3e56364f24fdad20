/**
 * Draws a whole map frame with the canvas 2D API: ties as lines batched by network type, nodes by
 * colour, then the names that fit. It knows nothing of the page, so the same code runs in the draw
 * worker (on an OffscreenCanvas) or, where a browser has no OffscreenCanvas, on the page.
 */
import { toScreen, type Camera, type Viewport } from './map-camera';

export interface DrawScene {
  /** x, y a node, in graph coordinates. */
  positions: Float32Array;
  sizes: Float32Array;
  /** Index in `nodeColours` of each node's colour. */
  colourOf: Uint8Array;
  nodeColours: string[];
  /** 0 circle, 1 square, 2 diamond. */
  shapeOf: Uint8Array;
  labels: string[];
  named: Uint8Array;
  edges: Uint32Array;
  /** Index in `edgeColours` of each tie's colour. */
  edgeColourOf: Uint8Array;
  edgeColours: string[];
  ink: string;
}

export interface DrawState {
  hiddenNodes: Uint8Array;
  hiddenEdges: Uint8Array;
  /** Index of the highlighted node or tie, -1 for none. */
  node: number;
  edge: number;
  /** 1 for each node, and each tie, of the warm path shown; without them no path is shown and nothing is dimmed. */
  pathNodes?: Uint8Array | undefined;
  pathEdges?: Uint8Array | undefined;
}

/** What a warm path dims: everything not on it, drawn in this pale grey (both renderers use it). */
export const DIMMED = '#d5dbe1';

export interface Frame {
  camera: Camera;
  viewport: Viewport;
  pixelRatio: number;
}

/** A node's radius on screen: sizes are pixels at the fitted view and grow with the square root of the zoom, as sigma's do. */
export function radiusOf(size: number, camera: Camera): number {
  return size / Math.sqrt(camera.ratio);
}

/** Labels are drawn for named nodes, the highlighted one, and, once zoomed in, for the larger nodes, one per cell of this size. */
const LABEL_CELL = { width: 140, height: 22 };
const MAX_LABELS = 250;
const FONT = '12px system-ui, sans-serif';

export class MapPainter {
  /** Nodes from largest to smallest: the order in which names get a place. */
  private readonly bySize: Uint32Array;

  constructor(private readonly scene: DrawScene) {
    this.bySize = Uint32Array.from(scene.sizes.keys()).sort((a, b) => (scene.sizes[b] ?? 0) - (scene.sizes[a] ?? 0));
  }

  draw(ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, frame: Frame, state: DrawState): void {
    const { scene } = this;
    const { camera, viewport, pixelRatio } = frame;
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.clearRect(0, 0, viewport.width, viewport.height);
    const count = scene.sizes.length;
    const xs = new Float32Array(count);
    const ys = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const at = toScreen(camera, viewport, scene.positions[i * 2] ?? 0, scene.positions[i * 2 + 1] ?? 0);
      xs[i] = at.x;
      ys[i] = at.y;
    }
    const outside = (i: number) => {
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      return x < -20 || y < -20 || x > viewport.width + 20 || y > viewport.height + 20;
    };

    // Ties: one path per colour; with a warm path shown, the others in one pale path and the path's in ink.
    const edgeCount = scene.edges.length / 2;
    const { pathNodes, pathEdges } = state;
    const dimmed = pathNodes !== undefined;
    const line = (e: number) => {
      const a = scene.edges[e * 2] ?? 0;
      const b = scene.edges[e * 2 + 1] ?? 0;
      if (outside(a) && outside(b) && !crosses(xs, ys, a, b, viewport)) return;
      ctx.moveTo(xs[a] ?? 0, ys[a] ?? 0);
      ctx.lineTo(xs[b] ?? 0, ys[b] ?? 0);
    };
    ctx.lineWidth = edgeCount > 4_000 ? 0.6 : 1.2;
    (dimmed ? [DIMMED] : scene.edgeColours).forEach((colour, c) => {
      ctx.beginPath();
      for (let e = 0; e < edgeCount; e++) {
        if (state.hiddenEdges[e] === 1 || e === state.edge || pathEdges?.[e] === 1) continue;
        if (dimmed || scene.edgeColourOf[e] === c) line(e);
      }
      ctx.strokeStyle = colour;
      ctx.stroke();
    });
    if (state.edge >= 0 || pathEdges !== undefined) {
      ctx.beginPath();
      if (state.edge >= 0) line(state.edge);
      for (let e = 0; pathEdges !== undefined && e < edgeCount; e++) if (pathEdges[e] === 1 && e !== state.edge && state.hiddenEdges[e] !== 1) line(e);
      ctx.lineWidth = 4;
      ctx.strokeStyle = scene.ink;
      ctx.stroke();
    }

    // Nodes: one path per colour, the firm and key people (larger, other shapes) last; with a warm path shown, the others pale.
    const drawNodes = (colour: string, wanted: (i: number) => boolean) => {
      ctx.beginPath();
      for (let i = 0; i < count; i++) {
        if (state.hiddenNodes[i] === 1 || outside(i) || !wanted(i)) continue;
        shape(ctx, scene.shapeOf[i] ?? 0, xs[i] ?? 0, ys[i] ?? 0, radiusOf(scene.sizes[i] ?? 1, camera));
      }
      ctx.fillStyle = colour;
      ctx.fill();
    };
    if (dimmed) drawNodes(DIMMED, (i) => pathNodes[i] !== 1);
    scene.nodeColours.forEach((colour, c) => drawNodes(colour, (i) => scene.colourOf[i] === c && (!dimmed || pathNodes[i] === 1)));
    if (state.node >= 0 && state.hiddenNodes[state.node] !== 1) {
      ctx.beginPath();
      shape(ctx, scene.shapeOf[state.node] ?? 0, xs[state.node] ?? 0, ys[state.node] ?? 0, radiusOf(scene.sizes[state.node] ?? 1, camera) + 3);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = scene.ink;
      ctx.stroke();
    }
    this.labels(ctx, xs, ys, frame, state);
  }

  private labels(ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, xs: Float32Array, ys: Float32Array, frame: Frame, state: DrawState): void {
    const { scene } = this;
    const taken = new Set<number>();
    const columns = Math.ceil(frame.viewport.width / LABEL_CELL.width) + 1;
    const cellOf = (i: number) => Math.floor((ys[i] ?? 0) / LABEL_CELL.height) * columns + Math.floor((xs[i] ?? 0) / LABEL_CELL.width);
    const chosen: number[] = [];
    const take = (i: number) => {
      if (state.hiddenNodes[i] === 1) return;
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      if (x < 0 || y < 0 || x > frame.viewport.width || y > frame.viewport.height) return;
      taken.add(cellOf(i));
      chosen.push(i);
    };
    // With a warm path shown, only its nodes (and the selected one) are named: the rest is dimmed.
    const { pathNodes } = state;
    if (state.node >= 0) take(state.node);
    const named = pathNodes ?? scene.named;
    for (let i = 0; i < named.length; i++) if (named[i] === 1 && i !== state.node) take(i);
    for (const i of this.bySize) {
      if (chosen.length >= MAX_LABELS || pathNodes !== undefined) break;
      if (scene.named[i] === 1 || i === state.node || radiusOf(scene.sizes[i] ?? 1, frame.camera) < 6) continue;
      if (taken.has(cellOf(i))) continue;
      take(i);
    }
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const i of chosen) {
      const text = scene.labels[i] ?? '';
      const x = (xs[i] ?? 0) + radiusOf(scene.sizes[i] ?? 1, frame.camera) + 4;
      const y = ys[i] ?? 0;
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(text, x, y);
      ctx.fillStyle = scene.ink;
      ctx.fillText(text, x, y);
    }
  }
}

/** Whether the line between two nodes, both off screen, may cross it (its box meets the screen). */
function crosses(xs: Float32Array, ys: Float32Array, a: number, b: number, viewport: Viewport): boolean {
  const ax = xs[a] ?? 0;
  const bx = xs[b] ?? 0;
  const ay = ys[a] ?? 0;
  const by = ys[b] ?? 0;
  return Math.max(ax, bx) >= 0 && Math.min(ax, bx) <= viewport.width && Math.max(ay, by) >= 0 && Math.min(ay, by) <= viewport.height;
}

function shape(ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, kind: number, x: number, y: number, r: number): void {
  if (kind === 1) {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  if (kind === 2) {
    ctx.moveTo(x, y - r * 1.3);
    ctx.lineTo(x + r * 1.3, y);
    ctx.lineTo(x, y + r * 1.3);
    ctx.lineTo(x - r * 1.3, y);
    ctx.closePath();
    return;
  }
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}
