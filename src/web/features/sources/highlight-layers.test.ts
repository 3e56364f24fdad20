import { describe, expect, it } from 'vitest';
import { assignLanes, DEFAULT_HIGHLIGHT, highlightColour, layerStyle, MAX_BANDS, piecesOf, type Layer } from './highlight-layers';

const RED = '#cc0000';
const BLUE = '#0000cc';

describe('the colour of a segment', () => {
  it('is that of its first code with a colour, else the default', () => {
    const colours = new Map([
      ['own-b', BLUE],
      ['own-a', RED],
    ]);
    expect(highlightColour(['network:business', 'own-a', 'own-b'], colours)).toBe(RED);
    expect(highlightColour(['own-b', 'own-a'], colours)).toBe(BLUE);
    expect(highlightColour(['network:business'], colours)).toBe(DEFAULT_HIGHLIGHT);
    expect(highlightColour([], colours)).toBe(DEFAULT_HIGHLIGHT);
  });
});

describe('the lanes of segments', () => {
  it('put an outer segment under the ones inside it, and reuse a lane once its segment has ended', () => {
    // a 0–10 holds b 2–5; c 5–8 starts where b ends, so it takes b's lane; d 12–14 overlaps none.
    const lanes = assignLanes([
      { id: 'c', start: 5, end: 8, color: RED },
      { id: 'b', start: 2, end: 5, color: RED },
      { id: 'a', start: 0, end: 10, color: RED },
      { id: 'd', start: 12, end: 14, color: RED },
    ]);
    expect(lanes.map((l) => [l.id, l.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['d', 0],
    ]);
  });

  it('give three segments over one spot three lanes', () => {
    const lanes = assignLanes([
      { id: 'x', start: 0, end: 4, color: RED },
      { id: 'y', start: 1, end: 6, color: RED },
      { id: 'z', start: 3, end: 5, color: RED },
    ]);
    expect(lanes.map((l) => l.lane)).toEqual([0, 1, 2]);
  });
});

describe('the pieces of a turn', () => {
  const layer = (id: string, start: number, end: number, lane: number): Layer => ({ id, start, end, color: RED, lane });

  it('cut the turn where a segment starts or ends, each piece with the segments over it, outermost first', () => {
    // Turn 10–30; a 5–20 starts before it, b 15–25 inside, c 40–50 elsewhere.
    const a = layer('a', 5, 20, 0);
    const b = layer('b', 15, 25, 1);
    const pieces = piecesOf({ start: 10, end: 30 }, [b, a, layer('c', 40, 50, 0)]);
    expect(pieces.map((p) => [p.start, p.end, p.layers.map((l) => l.id)])).toEqual([
      [10, 15, ['a']],
      [15, 20, ['a', 'b']],
      [20, 25, ['b']],
      [25, 30, []],
    ]);
  });

  it('are the turn itself when no segment touches it; a segment ending where the turn starts does not', () => {
    expect(piecesOf({ start: 3, end: 9 }, [layer('a', 0, 3, 0), layer('b', 9, 12, 0)])).toEqual([{ start: 3, end: 9, layers: [] }]);
  });
});

describe('the style of a piece', () => {
  it('tints with the innermost segment and draws each segment’s band in its lane', () => {
    const style = layerStyle([
      { id: 'a', start: 0, end: 10, color: RED, lane: 0 },
      { id: 'b', start: 2, end: 5, color: BLUE, lane: 2 },
    ]);
    expect(style).toEqual({
      backgroundColor: `${BLUE}40`,
      backgroundImage: `linear-gradient(${RED}, ${RED}), linear-gradient(${BLUE}, ${BLUE})`,
      backgroundSize: '100% 3px, 100% 3px',
      backgroundPosition: '0 calc(100% - 0px), 0 calc(100% - 6px)',
      backgroundRepeat: 'no-repeat',
      // Lanes 0–2: three bands of 3 px.
      paddingBottom: '9px',
    });
  });

  it('draws no band past the last lane shown, but still tints', () => {
    const deep = layerStyle([{ id: 'd', start: 0, end: 1, color: RED, lane: MAX_BANDS }]);
    expect(deep?.backgroundImage).toBe('');
    expect(deep?.backgroundColor).toBe(`${RED}40`);
    expect(deep?.paddingBottom).toBe(`${MAX_BANDS * 3}px`);
    expect(layerStyle([])).toBeUndefined();
  });
});
