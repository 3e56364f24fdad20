/** What the canvas map and its draw worker say to each other. */
import type { DrawScene, DrawState, Frame } from './map-draw';

export type DrawRequest =
  | { kind: 'scene'; scene: DrawScene }
  | { kind: 'positions'; positions: Float32Array }
  | { kind: 'state'; state: DrawState }
  | { kind: 'draw'; frame: Frame; id: number };

export interface DrawnPicture {
  id: number;
  frame: Frame;
  picture: ImageBitmap;
}
