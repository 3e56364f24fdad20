/**
 * Runs ForceAtlas2 in a worker from the scene's cluster positions and hands each new set of
 * positions to the renderer, at most once a frame and, when showing them costs more than a frame
 * (a big map, a slow graphics card), no more often than leaves the page three quarters of its time.
 */
import type { LayoutMessage, LayoutRequest } from './layout-messages';
import type { MapScene } from './map-scene';

export type LayoutState = 'arranging' | 'arranged' | 'stopped' | 'failed';

/** The layout stops after this many rounds or this long, whichever comes first. */
const LAYOUT_ROUNDS = 600;
const LAYOUT_MS = 8_000;
/** A frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

export class LayoutDriver {
  private worker: Worker | undefined;
  private pending: Float32Array | undefined;
  private scheduled = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private nextAt = 0;
  private killed = false;

  /** `moved` runs after the scene's positions changed, in an animation frame. */
  constructor(
    private readonly scene: MapScene,
    private readonly moved: () => void,
    private readonly state: (state: LayoutState) => void,
  ) {}

  start(): void {
    const { scene } = this;
    const count = scene.ids.length;
    if (count < 3) {
      this.state('arranged');
      return;
    }
    const firm = scene.firmIndex;
    const anchors = new Float32Array([...scene.clusters.flatMap((c) => [c.x, c.y]), scene.positions[firm * 2] ?? 0, scene.positions[firm * 2 + 1] ?? 0]);
    const request: LayoutRequest = {
      positions: scene.positions.slice(),
      sizes: scene.sizes.slice(),
      fixed: scene.pinned.slice(),
      anchorOf: scene.anchorOf.slice(),
      anchors,
      edges: scene.edges.slice(),
      weights: new Float32Array(scene.edgeIds.length).fill(1),
      maxIterations: LAYOUT_ROUNDS,
      maxMs: LAYOUT_MS,
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.state('failed');
      return;
    }
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.kind === 'failed') {
        this.stop('failed');
        return;
      }
      this.show(message.positions);
      if (message.done) {
        worker.terminate();
        this.worker = undefined;
        this.state('arranged');
      }
    };
    worker.onerror = () => this.stop('failed');
    this.state('arranging');
    const transfer = [
      request.positions.buffer,
      request.sizes.buffer,
      request.fixed.buffer,
      request.anchorOf.buffer,
      anchors.buffer,
      request.edges.buffer,
      request.weights.buffer,
    ];
    worker.postMessage(request, transfer);
  }

  private show(positions: Float32Array): void {
    this.pending = positions;
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer = setTimeout(
      () => {
        this.frame = requestAnimationFrame((start) => {
          this.scheduled = false;
          const next = this.pending;
          this.pending = undefined;
          if (next === undefined || this.killed) return;
          this.scene.positions.set(next.subarray(0, this.scene.positions.length));
          this.moved();
          // The renderer draws at the next frame; the one after shows what that cost.
          this.frame = requestAnimationFrame(() => {
            this.frame = requestAnimationFrame((end) => {
              this.frame = undefined;
              const cost = Math.max(0, end - start - 2 * FRAME_MS);
              this.nextAt = performance.now() + 3 * cost;
            });
          });
        });
      },
      Math.max(0, this.nextAt - performance.now()),
    );
  }

  stop(state: LayoutState = 'stopped'): void {
    if (this.worker === undefined) return;
    this.worker.terminate();
    this.worker = undefined;
    this.state(state);
  }

  kill(): void {
    this.killed = true;
    this.worker?.terminate();
    this.worker = undefined;
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }
}
