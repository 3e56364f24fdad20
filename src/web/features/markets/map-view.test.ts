import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import type { RankedMarket } from './api';
import { mapOption, SCORE_COLOURS, tooltipHtml, worldShapes } from './map-view';

function market(country: string, rank: number, score: number): RankedMarket {
  return {
    country,
    name: country === 'CI' ? 'Côte d’Ivoire <&>' : `Country ${country}`,
    rank,
    score,
    statuses: [],
    parts: [],
    reach: { actors: { person: 0, organization: 0, platform: 0 }, ties: { social: 0, business: 0, institutional: 0, digital: 0 }, bestPath: null },
    expectedChallenges: [],
  };
}

describe('the world’s shapes', () => {
  const shapes = worldShapes(world as unknown as Topology);
  const names = shapes.features.map((f) => f.properties.name);

  it('name every shape of world-atlas by its alpha-2 code, but the three that have none', () => {
    expect(names.filter((n) => !/^[A-Z]{2}$/.test(n)).sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['KZ', 'KG', 'CN', 'MN', 'RU', 'US', 'BR', 'FJ']));
  });

  it('never jump across the antimeridian, which a flat map would draw as a band round the world', () => {
    const rings = shapes.features.flatMap((f) =>
      f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
    );
    const jumps = rings.filter((ring) => ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180));
    expect(jumps).toEqual([]);
    // Russia is still drawn: its Chukotka ring now runs a few degrees past 180° rather than back to −180°.
    const russia = shapes.features.find((f) => f.properties.name === 'RU');
    const longitudes = russia?.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates.flat(2).map((p) => p[0] ?? 0) : [];
    expect(Math.max(...longitudes)).toBeGreaterThan(180);
    expect(Math.max(...longitudes)).toBeLessThan(200);
  });

  it('leave Antarctica off', () => {
    expect(names).not.toContain('AQ');
    expect(shapes.features).toHaveLength((world as unknown as { objects: { countries: { geometries: unknown[] } } }).objects.countries.geometries.length - 1);
  });
});

describe('the map’s option', () => {
  const markets = [market('KZ', 1, 0.26), market('KG', 2, 0.14), market('CI', 3, -0.05)];

  it('colours the ranked countries by score, from the lowest to the highest, and outlines the chosen one', () => {
    const option = mapOption(markets, 'KG') as {
      visualMap: { min: number; max: number; inRange: { color: string[] } };
      series: { map: string; data: { name: string; value: number; itemStyle?: { borderWidth: number } }[] }[];
    };
    expect(option.visualMap.min).toBe(-0.05);
    expect(option.visualMap.max).toBe(0.26);
    expect(option.visualMap.inRange.color).toEqual(SCORE_COLOURS);
    const data = option.series[0]?.data ?? [];
    expect(option.series[0]?.map).toBe('world');
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['KZ', 0.26],
      ['KG', 0.14],
      ['CI', -0.05],
    ]);
    expect(data.filter((d) => d.itemStyle !== undefined).map((d) => d.name)).toEqual(['KG']);
  });

  it('keeps two ends to the colour scale when every score is the same', () => {
    const option = mapOption([market('KZ', 1, 0.2)], null) as { visualMap: { min: number; max: number } };
    expect(option.visualMap.min).toBeCloseTo(0.15);
    expect(option.visualMap.max).toBeCloseTo(0.25);
  });

  it('names a shape in its tooltip with its rank and score, escaped; a shape not ranked says so', () => {
    const byCode = new Map(markets.map((m) => [m.country, m]));
    expect(tooltipHtml('KZ', byCode, 3)).toBe('<strong>Country KZ</strong><br>rank 1 of 3<br>score 0.260');
    expect(tooltipHtml('CI', byCode, 3)).toBe('<strong>Côte d’Ivoire &#60;&#38;&#62;</strong><br>rank 3 of 3<br>score −0.050');
    expect(tooltipHtml('FI', byCode, 3)).toBe('<strong>Finland</strong><br>not ranked');
    expect(tooltipHtml('N. Cyprus', byCode, 3)).toBe('<strong>N. Cyprus</strong><br>not ranked');
  });
});
