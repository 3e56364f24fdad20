/**
 * Moving the canvas map by hand: a mouse drag pans it, Ctrl or ⌘ with the wheel (and a touchpad's
 * pinch) zooms it about the pointer, two fingers pan and zoom it, a double click zooms in, and a
 * press that does not move is a click. The plain wheel and a one-finger swipe scroll the page.
 */
import { panned, zoomed, type Camera, type Viewport } from './map-camera';

type Point = { x: number; y: number };

export interface GestureTarget {
  camera(): Camera;
  viewport(): Viewport;
  moveTo(camera: Camera): void;
  click(at: Point): void;
  /** The node under a point, if any: the pointer shows it can be clicked. */
  nodeAt(at: Point): string | undefined;
}

/** A press that moves less than this many pixels is a click. */
const CLICK_SLOP = 4;

export class MapGestures {
  private readonly pointers = new Map<number, Point>();
  private press: (Point & { moved: boolean }) | undefined;

  /** Listens on `element`; points are measured from the top left corner of `frame`. */
  constructor(
    private readonly element: HTMLElement,
    private readonly frame: HTMLElement,
    private readonly target: GestureTarget,
  ) {
    element.addEventListener('pointerdown', this.onPointerDown);
    element.addEventListener('pointermove', this.onPointerMove);
    element.addEventListener('pointerup', this.onPointerUp);
    element.addEventListener('pointercancel', this.onPointerUp);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('dblclick', this.onDoubleClick);
  }

  private local(event: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.frame.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.element.setPointerCapture(event.pointerId);
    this.pointers.set(event.pointerId, this.local(event));
    this.press = this.pointers.size === 1 ? { ...this.local(event), moved: false } : undefined;
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const at = this.local(event);
    const before = this.pointers.get(event.pointerId);
    if (before === undefined) {
      this.element.style.cursor = this.target.nodeAt(at) === undefined ? '' : 'pointer';
      return;
    }
    const others = [...this.pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
    this.pointers.set(event.pointerId, at);
    const other = others[0];
    if (other !== undefined) {
      // Two fingers: the map follows their middle and zooms with the distance between them.
      const middle = { x: (at.x + other.x) / 2, y: (at.y + other.y) / 2 };
      const factor = Math.hypot(at.x - other.x, at.y - other.y) / Math.max(1, Math.hypot(before.x - other.x, before.y - other.y));
      const moved = panned(this.target.camera(), (at.x - before.x) / 2, (at.y - before.y) / 2);
      this.target.moveTo(zoomed(moved, this.target.viewport(), factor, middle));
      return;
    }
    if (this.press !== undefined && !this.press.moved && Math.hypot(at.x - this.press.x, at.y - this.press.y) < CLICK_SLOP) return;
    if (this.press !== undefined) this.press.moved = true;
    this.target.moveTo(panned(this.target.camera(), at.x - before.x, at.y - before.y));
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    const press = this.press;
    this.press = undefined;
    if (event.type !== 'pointerup' || press === undefined || press.moved) return;
    this.target.click(this.local(event));
  };

  /** Ctrl or ⌘ with the wheel (and a touchpad's pinch) zooms the map; the plain wheel scrolls the page. */
  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.target.moveTo(zoomed(this.target.camera(), this.target.viewport(), Math.exp(-event.deltaY * 0.002), this.local(event)));
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    this.target.moveTo(zoomed(this.target.camera(), this.target.viewport(), 2, this.local(event)));
  };
}
