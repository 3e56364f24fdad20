/**
 * The map's canvas and its zoom buttons. Drawing needs WebGL 2: without it, or when the browser
 * takes the canvas away, a message says so and the table of ties below still works.
 */
import { useEffect, useRef, useState } from 'react';
import { openMap, type LayoutState, type MapRenderer } from '../map-renderer';
import type { MapView, NetworkModel, Selection } from '../network-model';
import type { PathHighlight } from '../warm-paths';

type CanvasState = LayoutState | 'no-webgl' | 'lost';

const LAYOUT_WORDS: Record<LayoutState, string> = {
  arranging: 'Arranging the map…',
  arranged: 'Map arranged.',
  stopped: 'Arranging stopped.',
  failed: 'The map could not be arranged further; it keeps its country clusters.',
};

export function MapCanvas({
  model,
  view,
  selection,
  path,
  onSelect,
  label,
}: {
  model: NetworkModel;
  view: MapView;
  selection: Selection | undefined;
  /** The warm path to light up, the rest of the map dimmed; undefined for none. */
  path: PathHighlight | undefined;
  onSelect: (selection: Selection) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  const [state, setState] = useState<CanvasState>('arranging');
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const map = openMap(element, model, {
      select: (s) => select.current(s),
      layout: (s) => setState(s),
      lost: () => setState('lost'),
      unavailable: () => setState('no-webgl'),
    });
    if (map === undefined) return;
    renderer.current = map;
    return () => {
      map.kill();
      renderer.current = null;
    };
  }, [model]);

  // Declared after the effect that makes the renderer, so that a new renderer gets the view at once.
  useEffect(() => {
    renderer.current?.setView(view);
  }, [model, view]);

  const selectionKind = selection?.kind;
  const selectionId = selection?.id;
  useEffect(() => {
    renderer.current?.select(selectionKind === undefined || selectionId === undefined ? undefined : { kind: selectionKind, id: selectionId });
  }, [model, selectionKind, selectionId]);

  // What the map lit up, in data-path-nodes and data-path-ties: the canvas shows it only as pixels.
  useEffect(() => {
    const element = container.current;
    const lit = renderer.current?.showPath(path);
    if (element === null) return;
    if (lit === undefined || (lit.nodes.length === 0 && lit.ties.length === 0)) {
      delete element.dataset['pathNodes'];
      delete element.dataset['pathTies'];
      return;
    }
    element.dataset['pathNodes'] = lit.nodes.join(' ');
    element.dataset['pathTies'] = lit.ties.join(' ');
  }, [model, path]);

  if (state === 'no-webgl' || state === 'lost') {
    return (
      <div className="state map-unavailable" role="note">
        <p>
          <strong>{state === 'lost' ? 'The map stopped drawing.' : 'This browser cannot draw the map.'}</strong>{' '}
          {state === 'lost'
            ? 'The browser took its graphics context away (this happens when the graphics driver restarts). Reload the page to draw it again.'
            : 'It needs WebGL 2, which is turned off or not available here.'}{' '}
          The table of ties below lists the same ties, and the filters apply to it.
        </p>
      </div>
    );
  }

  return (
    <div className="map-frame">
      <div className="map-canvas" ref={container} role="img" aria-label={label} />
      <div className="map-controls">
        <button type="button" onClick={() => renderer.current?.zoom('in')}>
          Zoom in
        </button>
        <button type="button" onClick={() => renderer.current?.zoom('out')}>
          Zoom out
        </button>
        <button type="button" onClick={() => renderer.current?.zoom('reset')}>
          Fit the map
        </button>
        <span className="quiet map-layout-state" role="status">
          {LAYOUT_WORDS[state]}
        </span>
        {state === 'arranging' ? (
          <button type="button" onClick={() => renderer.current?.stopLayout()}>
            Stop arranging
          </button>
        ) : null}
      </div>
    </div>
  );
}
