/**
 * The world map of the ranking: country shapes named by their alpha-2 codes, the ECharts option that
 * colours them by score. Only the map's own chunk imports this (with topojson-client).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { INK, MUTED } from '../../../core/report/palette';
import { countryName, escapeHtml } from '../../lib/format';
import type { RankedMarket } from './api';
import { alpha2OfNumeric } from './country-numbers';
import { scoreText } from './markets-view';

export interface CountryShape {
  /** The alpha-2 code, or world-atlas's own name for a shape no ISO code names (N. Cyprus, Somaliland, Kosovo). */
  name: string;
}

/** Antarctica is left off: no firm enters it, and it would take a fifth of the map's height. */
const LEFT_OFF = new Set(['AQ']);

type Ring = Position[];

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from 180° to −180°; drawn on a
 * flat map it would be a band across the whole world. Such a ring is moved wholly to the side where
 * most of it lies, so its far end pokes a few degrees past the map's edge instead.
 */
function unwrapRing(ring: Ring): Ring {
  const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
  if (!crosses) return ring;
  const east = ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) > 0;
  return ring.map(([lon = 0, ...rest]) => [east && lon < 0 ? lon + 360 : !east && lon > 0 ? lon - 360 : lon, ...rest]);
}

function unwrapped(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  return geometry;
}

/** world-atlas's countries as GeoJSON whose features are named by alpha-2 code, the name the ranking's rows match. */
export function worldShapes(topology: Topology): FeatureCollection<Geometry, CountryShape> {
  const countries = topology.objects['countries'] as GeometryCollection<{ name?: string }>;
  const all = feature(topology, countries) as FeatureCollection<Geometry, { name?: string }>;
  const features = all.features.flatMap((f) => {
    const code = f.id === undefined ? undefined : alpha2OfNumeric(f.id);
    if (code !== undefined && LEFT_OFF.has(code)) return [];
    return [{ type: 'Feature' as const, geometry: unwrapped(f.geometry), properties: { name: code ?? f.properties.name ?? String(f.id) } }];
  });
  return { type: 'FeatureCollection', features };
}

/** Low to high score; ColorBrewer's YlGnBu, whose palest step still differs from the grey of a country not ranked. */
export const SCORE_COLOURS = ['#edf8b1', '#7fcdbb', '#2c7fb8', '#253494'];
const NOT_RANKED = '#d9d9d9';
const CHOSEN_EDGE = '#b35c00';
// The shape under the pointer: its score is in the tooltip, so its own colour can give way to one that stands out.
const HOVER = '#fdae6b';

/** The tooltip's lines for a shape: name, rank and score, or that the country is not ranked. */
export function tooltipHtml(name: string, byCode: ReadonlyMap<string, RankedMarket>, total: number): string {
  const market = byCode.get(name);
  if (market === undefined) return `<strong>${escapeHtml(/^[A-Z]{2}$/.test(name) ? countryName(name) : name)}</strong><br>not ranked`;
  return `<strong>${escapeHtml(market.name)}</strong><br>rank ${market.rank} of ${total}<br>score ${scoreText(market.score)}`;
}

/** The choropleth: colour = score, the chosen market outlined; the map itself is registered as `world`. */
export function mapOption(markets: readonly RankedMarket[], chosen: string | null): EChartsCoreOption {
  const byCode = new Map(markets.map((m) => [m.country, m]));
  const scores = markets.map((m) => m.score);
  const low = scores.length === 0 ? 0 : Math.min(...scores);
  const high = scores.length === 0 ? 1 : Math.max(...scores);
  // One market, or all equal: a range around the score, so the colour scale still has two ends.
  const [min, max] = high - low < 1e-6 ? [low - 0.05, high + 0.05] : [low, high];
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string }) => tooltipHtml(p.name, byCode, markets.length),
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'left',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 120,
      text: [`highest score ${scoreText(max)}`, `lowest ${scoreText(min)}`],
      textStyle: { color: INK },
      inRange: { color: SCORE_COLOURS },
      outOfRange: { color: NOT_RANKED },
      seriesIndex: 0,
    },
    series: [
      {
        type: 'map',
        map: 'world',
        roam: false,
        selectedMode: false,
        // ECharts fits the map into this box and keeps its shape; the bottom is left to the colour scale.
        left: 0,
        right: 0,
        top: 0,
        bottom: 36,
        aspectScale: 0.85,
        label: { show: false },
        itemStyle: { areaColor: NOT_RANKED, borderColor: '#ffffff', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: HOVER, borderColor: INK, borderWidth: 1 } },
        data: markets.map((m) => ({
          name: m.country,
          value: m.score,
          ...(m.country === chosen ? { itemStyle: { borderColor: CHOSEN_EDGE, borderWidth: 2.5 } } : {}),
        })),
        nameProperty: 'name',
      },
    ],
    textStyle: { color: MUTED },
  };
}
