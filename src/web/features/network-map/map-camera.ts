/**
 * The canvas map's view: which point of the graph is in the middle and how far it is zoomed.
 * `ratio` 1 fits the whole map; smaller is closer. Graph y grows upwards, screen y downwards.
 */

export interface Camera {
  /** The graph point in the middle of the view. */
  x: number;
  y: number;
  /** 1 fits the map; 0.5 shows it twice as large. */
  ratio: number;
  /** Screen pixels a graph unit takes at ratio 1. */
  fit: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const MIN_RATIO = 0.02;
export const MAX_RATIO = 4;
const PADDING = 40;

/** The camera that shows the whole box with some room round it. */
export function fitCamera(bounds: { minX: number; minY: number; maxX: number; maxY: number }, viewport: Viewport): Camera {
  const width = Math.max(bounds.maxX - bounds.minX, 1);
  const height = Math.max(bounds.maxY - bounds.minY, 1);
  const fit = Math.max(Math.min((viewport.width - 2 * PADDING) / width, (viewport.height - 2 * PADDING) / height), 1e-6);
  return { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2, ratio: 1, fit };
}

const scaleOf = (camera: Camera) => camera.fit / camera.ratio;

export function toScreen(camera: Camera, viewport: Viewport, x: number, y: number): { x: number; y: number } {
  const k = scaleOf(camera);
  return { x: (x - camera.x) * k + viewport.width / 2, y: -(y - camera.y) * k + viewport.height / 2 };
}

export function toGraph(camera: Camera, viewport: Viewport, x: number, y: number): { x: number; y: number } {
  const k = scaleOf(camera);
  return { x: (x - viewport.width / 2) / k + camera.x, y: -(y - viewport.height / 2) / k + camera.y };
}

/** The camera moved by a drag of dx, dy screen pixels: the map follows the pointer. */
export function panned(camera: Camera, dx: number, dy: number): Camera {
  const k = scaleOf(camera);
  return { ...camera, x: camera.x - dx / k, y: camera.y + dy / k };
}

/** The camera zoomed by `factor` (> 1 closer) about a screen point, which stays where it is. */
export function zoomed(camera: Camera, viewport: Viewport, factor: number, at: { x: number; y: number }): Camera {
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, camera.ratio / factor));
  const before = toGraph(camera, viewport, at.x, at.y);
  const next = { ...camera, ratio };
  const after = toGraph(next, viewport, at.x, at.y);
  return { ...next, x: camera.x + before.x - after.x, y: camera.y + before.y - after.y };
}

/**
 * The CSS transform (about the top left corner) that makes a picture drawn with camera `drawn`
 * show what camera `now` would: the page moves the last picture at once while a new one is drawn.
 */
export function pictureTransform(drawn: Camera, now: Camera, viewport: Viewport): { scale: number; x: number; y: number } {
  const scale = scaleOf(now) / scaleOf(drawn);
  const origin = toScreen(now, viewport, drawn.x, drawn.y);
  return { scale, x: origin.x - (scale * viewport.width) / 2, y: origin.y - (scale * viewport.height) / 2 };
}

/** The closest a framed part of the map is shown (a path of two close nodes is not blown up to fill the view). */
export const CLOSEST_FRAMING = 0.1;

/**
 * The camera that shows one part of the map (the nodes of a path) as large as fits with room round
 * it, no closer than CLOSEST_FRAMING and never farther than the whole map; `fit` stays the whole
 * map's, so zooming and "fit" go on as before.
 */
export function framedOn(box: { minX: number; minY: number; maxX: number; maxY: number }, camera: Camera, viewport: Viewport): Camera {
  const scale = Math.min(
    (viewport.width - 2 * PADDING) / Math.max(box.maxX - box.minX, 1e-9),
    (viewport.height - 2 * PADDING) / Math.max(box.maxY - box.minY, 1e-9),
  );
  const ratio = Math.min(1, Math.max(CLOSEST_FRAMING, camera.fit / Math.max(scale, 1e-9)));
  return { ...camera, x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2, ratio };
}
