/**
 * Draws the canvas map off the main thread: it keeps the scene, positions and filter state it is
 * sent, draws a frame when asked, and sends the picture back, so that a map of thousands of ties
 * never holds up scrolling, typing or the pointer.
 */
import type { DrawRequest, DrawnPicture } from './draw-messages';
import { MapPainter, type DrawScene, type DrawState } from './map-draw';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DrawRequest>) => void) | null;
  postMessage(message: DrawnPicture, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let scene: DrawScene | undefined;
let painter: MapPainter | undefined;
let state: DrawState | undefined;
let canvas: OffscreenCanvas | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'scene') {
    scene = message.scene;
    painter = new MapPainter(scene);
  } else if (message.kind === 'positions') {
    scene?.positions.set(message.positions);
  } else if (message.kind === 'state') {
    state = message.state;
  } else if (painter !== undefined && state !== undefined) {
    const { viewport, pixelRatio } = message.frame;
    const width = Math.max(1, Math.round(viewport.width * pixelRatio));
    const height = Math.max(1, Math.round(viewport.height * pixelRatio));
    if (canvas === undefined) canvas = new OffscreenCanvas(width, height);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d');
    if (context === null) return;
    painter.draw(context, message.frame, state);
    const picture = canvas.transferToImageBitmap();
    scope.postMessage({ id: message.id, frame: message.frame, picture }, [picture]);
  }
};
