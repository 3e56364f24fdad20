/**
 * ECharts options for the network-mix and benefits view models. Only the drawing is decided here:
 * the counts, labels and scale come from the view model core built for the report too.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { FIRM_COLOURS, NETWORK_COLOURS, NETWORK_NAMES } from '../../../core/report/palette';
import { escapeHtml } from '../../lib/format';
import type { Chart } from './types';

type NetworkMix = Extract<Chart, { type: 'network-mix' }>;
type Benefits = Extract<Chart, { type: 'benefits' }>;
const TYPES = ['social', 'business', 'institutional', 'digital'] as const;
const FONT = { fontFamily: 'system-ui, sans-serif', fontSize: 13, color: '#1f2933' };

export function networkMixOption(chart: NetworkMix): EChartsCoreOption {
  const single = chart.firms.length === 1;
  return {
    aria: { enabled: true },
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: single ? undefined : { bottom: 0 },
    grid: { left: 110, right: 24, top: 8, bottom: single ? 24 : 48 },
    xAxis: { type: 'value', minInterval: 1, name: 'ties', nameLocation: 'end' },
    yAxis: { type: 'category', inverse: true, data: TYPES.map((t) => NETWORK_NAMES[t]) },
    series: chart.firms.map((f, i) => ({
      type: 'bar',
      name: f.name,
      data: TYPES.map((t) => ({ value: f.counts[t], itemStyle: { color: single ? NETWORK_COLOURS[t] : FIRM_COLOURS[i % FIRM_COLOURS.length] } })),
      label: { show: true, position: 'right' },
    })),
  };
}

export function benefitsOption(chart: Benefits): EChartsCoreOption {
  const points = chart.rows.flatMap((row, y) =>
    TYPES.map((t, x) => ({ value: [x, y, row.counts[t]] as [number, number, number], itemStyle: { color: NETWORK_COLOURS[t] } })),
  );
  return {
    aria: { enabled: true },
    textStyle: FONT,
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => {
        const [x, y, count] = p.value;
        // The tooltip is HTML: a label a case defines is text, never markup.
        return escapeHtml(`${chart.rows[y]?.label ?? ''} through ${NETWORK_NAMES[TYPES[x] ?? 'social'].toLowerCase()} ties: ${count}`);
      },
    },
    grid: { left: 220, right: 24, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: TYPES.map((t) => NETWORK_NAMES[t]), splitLine: { show: true } },
    yAxis: { type: 'category', inverse: true, data: chart.rows.map((r) => r.label), splitLine: { show: true } },
    series: [
      {
        type: 'scatter',
        data: points.filter((p) => p.value[2] > 0),
        symbolSize: (v: [number, number, number]) => 8 + 40 * Math.sqrt(v[2] / Math.max(1, chart.scaleMax)),
        label: { show: true, formatter: (p: { value: [number, number, number] }) => String(p.value[2]), color: '#1f2933' },
      },
    ],
  };
}
