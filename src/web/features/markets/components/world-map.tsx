/**
 * The ranking as a world choropleth, drawn by ECharts on a canvas. Loaded with its own chunk, and the
 * country shapes (world-atlas, 110 m) in another one after it, so that the table never waits for
 * either. The canvas is one image to assistive technology: its name sums up the top markets, and
 * the table is the accessible view of the same ranking.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { init, registerMap, use as register, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Topology } from 'topojson-specification';
import type { RankedMarket } from '../api';
import { mapOption, worldShapes } from '../map-view';

register([MapChart, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

let world: Promise<void> | undefined;

/** Registers the shapes as the map `world` once per page load; a failed load may be tried again. */
function loadWorld(): Promise<void> {
  world ??= import('world-atlas/countries-110m.json').then(
    (json) => {
      // world-atlas's JSON is TopoJSON; its typed import is one literal type far too wide to be useful.
      registerMap('world', worldShapes(json.default as unknown as Topology) as unknown as Parameters<typeof registerMap>[1]);
    },
    (err: unknown) => {
      world = undefined;
      throw err;
    },
  );
  return world;
}

export interface WorldMapProps {
  markets: readonly RankedMarket[];
  chosen: string | null;
  /** A ranked country's code, when the user clicks its shape. */
  onChoose: (code: string) => void;
  label: string;
}

export default function WorldMap({ markets, chosen, onChoose, label }: WorldMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  const choose = useRef(onChoose);
  const ranked = useRef<ReadonlySet<string>>(new Set());
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const option = useMemo(() => mapOption(markets, chosen), [markets, chosen]);

  useEffect(() => {
    choose.current = onChoose;
    ranked.current = new Set(markets.map((m) => m.country));
  }, [onChoose, markets]);

  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let disposed = false;
    let instance: ECharts | undefined;
    const resize = new ResizeObserver(() => instance?.resize());
    loadWorld().then(
      () => {
        if (disposed) return;
        instance = init(element, undefined, { renderer: 'canvas' });
        instance.on('click', (params) => {
          if (typeof params.name === 'string' && ranked.current.has(params.name)) choose.current(params.name);
        });
        chart.current = instance;
        resize.observe(element);
        setState('ready');
      },
      () => {
        if (!disposed) setState('failed');
      },
    );
    return () => {
      disposed = true;
      resize.disconnect();
      instance?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(option, { notMerge: true });
  }, [state, option]);

  return (
    <>
      <div ref={ref} className="markets-map" role="img" aria-label={label} />
      {state === 'loading' ? (
        <p className="quiet" role="status">
          Loading the world map…
        </p>
      ) : state === 'failed' ? (
        <p className="quiet" role="status">
          The world map could not be loaded; the table below has every market.
        </p>
      ) : null}
    </>
  );
}
