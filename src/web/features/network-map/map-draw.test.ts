import { describe, expect, it } from 'vitest';
import type { Actor, FirmNetwork, Tie } from './api';
import { DIMMED, MapPainter, type DrawScene, type DrawState } from './map-draw';
import { fitCamera } from './map-camera';
import { MapScene } from './map-scene';
import { mapView, networkModel, NO_FILTERS } from './network-model';

const actor = (id: string, country: string): Actor => ({ id, name: `Name of ${id}`, kind: 'organization', roles: [], countries: [country] });
const tie = (id: string, from: string, to: string, networkType: Tie['networkType']): Tie => ({ id, from, to, networkType, status: 'active' });
const network: FirmNetwork = {
  firm: { id: 'acme', name: 'Acme', isPseudonym: false, countryOfOrigin: 'FI' } as FirmNetwork['firm'],
  keyPeople: [{ id: 'kp', role: 'Export manager' }],
  actors: [actor('a1', 'DE'), actor('a2', 'DE'), actor('a3', 'SE')],
  ties: [tie('t1', 'acme', 'a1', 'business'), tie('t2', 'kp', 'a2', 'social'), tie('t3', 'a1', 'a3', 'institutional'), tie('t4', 'acme', 'gone', 'digital')],
  markets: [],
};

/** A 2D context that records, for each stroke and fill, its colour and how many lines or shapes it drew. */
function recorder() {
  const strokes: { colour: string; lines: number }[] = [];
  const texts: string[] = [];
  let lines = 0;
  const context = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    font: '',
    textBaseline: '',
    lineJoin: '',
    setTransform() {},
    clearRect() {},
    beginPath: () => (lines = 0),
    moveTo() {},
    lineTo: () => (lines += 1),
    arc() {},
    rect() {},
    closePath() {},
    stroke: () => strokes.push({ colour: context.strokeStyle, lines }),
    fill() {},
    strokeText() {},
    fillText: (text: string) => texts.push(text),
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes, texts };
}

function paint(scene: MapScene, node = -1, edge = -1, path: Pick<DrawState, 'pathNodes' | 'pathEdges'> = {}) {
  const draw: DrawScene = {
    positions: scene.positions,
    sizes: scene.sizes,
    colourOf: new Uint8Array(scene.ids.length),
    nodeColours: ['#000000'],
    shapeOf: new Uint8Array(scene.ids.length),
    labels: scene.labels,
    named: scene.named,
    edges: scene.edges,
    edgeColourOf: scene.edgeTypes,
    edgeColours: ['social', 'business', 'institutional', 'digital'],
    ink: 'ink',
  };
  const viewport = { width: 600, height: 400 };
  const { context, strokes, texts } = recorder();
  new MapPainter(draw).draw(
    context,
    { camera: fitCamera(scene.bounds(), viewport), viewport, pixelRatio: 1 },
    {
      hiddenNodes: scene.hiddenNodes,
      hiddenEdges: scene.hiddenEdges,
      node,
      edge,
      ...path,
    },
  );
  const linesOf = (colour: string) => strokes.filter((s) => s.colour === colour).reduce((n, s) => n + s.lines, 0);
  return { linesOf, texts };
}

describe('the canvas map’s painter', () => {
  const model = networkModel(network);

  it('draws each tie whose two ends are in the case once, in its network type’s colour, and names the firm and key people', () => {
    const scene = new MapScene(model);
    expect(scene.edgeIds).toEqual(['t1', 't2', 't3']);
    const { linesOf, texts } = paint(scene);
    expect([linesOf('social'), linesOf('business'), linesOf('institutional'), linesOf('digital')]).toEqual([1, 1, 1, 0]);
    expect(texts).toEqual(expect.arrayContaining(['Acme', 'Export manager']));
  });

  it('leaves out what the filters hide, and draws a highlighted tie in ink instead of its colour', () => {
    const scene = new MapScene(model);
    const changed = scene.setView(mapView(model, { ...NO_FILTERS, types: new Set(['institutional', 'business'] as const) }));
    expect(changed.edges.map((i) => scene.edgeIds[i])).toEqual(['t2']);
    expect(changed.nodes.map((i) => scene.ids[i])).toEqual(['kp', 'a2']);
    const hidden = paint(scene);
    expect([hidden.linesOf('social'), hidden.linesOf('business'), hidden.linesOf('institutional')]).toEqual([0, 1, 1]);
    expect(hidden.texts).not.toContain('Export manager');
    const highlighted = paint(scene, -1, scene.edgeIndex.get('t3') ?? -1);
    expect([highlighted.linesOf('institutional'), highlighted.linesOf('ink')]).toEqual([0, 1]);
    expect(scene.setView(mapView(model, NO_FILTERS)).edges.map((i) => scene.edgeIds[i])).toEqual(['t2']);
  });

  it('draws a warm path’s ties in ink and everything else pale, and names only the path’s nodes', () => {
    const scene = new MapScene(model);
    const lit = scene.pathIndices({ nodes: ['acme', 'a1', 'a3'], ties: ['t1', 't3'] });
    const pathNodes = new Uint8Array(scene.ids.length);
    const pathEdges = new Uint8Array(scene.edgeIds.length);
    for (const i of lit.nodes) pathNodes[i] = 1;
    for (const e of lit.edges) pathEdges[e] = 1;
    const { linesOf, texts } = paint(scene, -1, -1, { pathNodes, pathEdges });
    expect([linesOf('ink'), linesOf(DIMMED), linesOf('social'), linesOf('business'), linesOf('institutional')]).toEqual([2, 1, 0, 0, 0]);
    expect(texts).toContain('Acme');
    expect(texts).not.toContain('Export manager');
  });
});
