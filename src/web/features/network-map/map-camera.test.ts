import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSEST_FRAMING, fitCamera, framedOn, MAX_RATIO, MIN_RATIO, panned, pictureTransform, toGraph, toScreen, zoomed, type Camera } from './map-camera';

const viewport = { width: 800, height: 500 };
const coordinate = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const camera = fc.record({
  x: coordinate,
  y: coordinate,
  ratio: fc.double({ min: MIN_RATIO, max: MAX_RATIO, noNaN: true }),
  fit: fc.double({ min: 0.01, max: 50, noNaN: true }),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the canvas map’s camera', () => {
  it('fits a box into the view with room round it, its middle in the middle, y growing upwards', () => {
    const fitted = fitCamera({ minX: -100, minY: 0, maxX: 100, maxY: 50 }, viewport);
    expect(fitted).toMatchObject({ x: 0, y: 25, ratio: 1 });
    expect(toScreen(fitted, viewport, 0, 25)).toEqual({ x: 400, y: 250 });
    const leftTop = toScreen(fitted, viewport, -100, 50);
    expect(leftTop.x).toBeCloseTo(40);
    expect(leftTop.y).toBeLessThan(250);
    // One point only: still a usable camera, no division by zero.
    expect(Number.isFinite(fitCamera({ minX: 3, minY: 3, maxX: 3, maxY: 3 }, viewport).fit)).toBe(true);
  });

  it('turns screen points into graph points and back', () => {
    fc.assert(
      fc.property(camera, coordinate, coordinate, (c, x, y) => {
        const screen = toScreen(c, viewport, x, y);
        const back = toGraph(c, viewport, screen.x, screen.y);
        return close(back.x, x) && close(back.y, y);
      }),
    );
  });

  it('keeps the point under the pointer in place when zooming, within the zoom limits', () => {
    fc.assert(
      fc.property(camera, fc.double({ min: 0.1, max: 10, noNaN: true }), (c, factor) => {
        const at = { x: 123, y: 321 };
        const before = toGraph(c, viewport, at.x, at.y);
        const next = zoomed(c, viewport, factor, at);
        const after = toGraph(next, viewport, at.x, at.y);
        return close(after.x, before.x) && close(after.y, before.y) && next.ratio >= MIN_RATIO && next.ratio <= MAX_RATIO;
      }),
    );
  });

  it('moves the map with the pointer when dragged', () => {
    const c: Camera = { x: 5, y: 5, ratio: 0.5, fit: 2 };
    const point = toScreen(c, viewport, 10, 20);
    const moved = toScreen(panned(c, 30, -12), viewport, 10, 20);
    expect(moved.x).toBeCloseTo(point.x + 30);
    expect(moved.y).toBeCloseTo(point.y - 12);
  });

  it('moves and scales the last picture to where the new view shows what it drew', () => {
    fc.assert(
      fc.property(camera, camera, coordinate, coordinate, (drawn, now, x, y) => {
        const same = { ...now, fit: drawn.fit };
        const t = pictureTransform(drawn, same, viewport);
        const inPicture = toScreen(drawn, viewport, x, y);
        const onScreen = toScreen(same, viewport, x, y);
        return close(t.x + t.scale * inPicture.x, onScreen.x) && close(t.y + t.scale * inPicture.y, onScreen.y);
      }),
    );
    const c: Camera = { x: 1, y: 2, ratio: 1, fit: 3 };
    expect(pictureTransform(c, c, viewport)).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('frames a path: every node of it in view, as large as fits, never farther than the whole map nor closer than the closest framing', () => {
    const whole = fitCamera({ minX: -1000, minY: -600, maxX: 1000, maxY: 600 }, viewport);
    const inView = (c: Camera, x: number, y: number) => {
      const p = toScreen(c, viewport, x, y);
      return p.x >= -1e-6 && p.x <= viewport.width + 1e-6 && p.y >= -1e-6 && p.y <= viewport.height + 1e-6;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -600, max: 600, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (points) => {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const box = { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
          const framed = framedOn(box, whole, viewport);
          expect(framed.fit).toBe(whole.fit);
          expect(framed.ratio).toBeGreaterThanOrEqual(CLOSEST_FRAMING);
          expect(framed.ratio).toBeLessThanOrEqual(1);
          // At the closest framing a spread-out path might not fit; above it, every node is in view.
          if (framed.ratio > CLOSEST_FRAMING) for (const [x, y] of points) expect(inView(framed, x, y)).toBe(true);
          expect(toScreen(framed, viewport, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2)).toEqual({ x: viewport.width / 2, y: viewport.height / 2 });
        },
      ),
    );
    // Two nodes a tenth of the map apart: zoomed in well past the whole map, but the two still in view.
    const near = framedOn({ minX: 0, minY: 0, maxX: 200, maxY: 0 }, whole, viewport);
    expect(near.ratio).toBeLessThan(0.3);
    expect(inView(near, 0, 0) && inView(near, 200, 0)).toBe(true);
    // One node: as close as the closest framing allows.
    expect(framedOn({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, whole, viewport).ratio).toBe(CLOSEST_FRAMING);
  });
});
