/**
 * How the dashboard draws digital presence (paper Table 1) over time: followers per platform across
 * the dated snapshots as lines, or, while there is at most one dated snapshot, each platform's
 * figure as a bar — a line through one point in time would suggest a trend the data does not have.
 * The snapshots themselves (grouped, ordered) come from core's analysis, as the report uses them.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { FIRM_COLOURS, FIRM_EDGES, INK } from '../../../core/report/palette';
import { escapeHtml } from '../../lib/format';

/** One platform of the analysis's digital presence (core's PlatformPresence, as the API sends it: absent fields left out). */
export interface PlatformPresence {
  platform: string;
  /** Undated snapshots first, then by date. */
  snapshots: { id: string; date?: string; followers: number | null; posts?: number; postsPeriod?: string }[];
}

export type PresenceChart =
  /** No snapshot has a follower figure: nothing to draw. */
  | { kind: 'none' }
  /**
   * Two or more dated follower figures: one line per platform, `values` lined up with `dates` (null:
   * no figure then); `notAvailable` are the dates the platform has a snapshot but no follower figure.
   */
  | { kind: 'over-time'; dates: string[]; lines: { platform: string; values: (number | null)[]; notAvailable: string[] }[]; leftOut: string[] }
  /** At most one point in time: each platform's latest figure (null: not available), and when it was taken. */
  | { kind: 'one-point'; bars: { platform: string; followers: number | null; when: string }[] };

const NOT_AVAILABLE = 'not available';
const FONT = { fontFamily: 'system-ui, sans-serif', fontSize: 13, color: INK };
/** Marks differ in shape too, so that the platforms stay apart without their colours. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];

/** "685", or "not available" for a figure the source does not give. */
export function followersText(followers: number | null | undefined): string {
  return followers === null || followers === undefined ? NOT_AVAILABLE : followers.toLocaleString('en');
}

/** "8 (last 03 months)", or "—". */
export function postsText(posts: number | undefined, period: string | undefined): string {
  return posts === undefined ? '—' : `${posts}${period === undefined ? '' : ` (${period})`}`;
}

/** Which chart the snapshots call for, with its figures. */
export function presenceChart(platforms: readonly PlatformPresence[]): PresenceChart {
  const all = platforms.flatMap((p) => p.snapshots);
  if (all.every((s) => s.followers === null)) return { kind: 'none' };
  const counted = new Set(all.flatMap((s) => (s.date !== undefined && s.followers !== null ? [s.date] : [])));
  if (counted.size < 2) {
    return {
      kind: 'one-point',
      bars: platforms.map((p) => {
        const latest = p.snapshots.filter((s) => s.followers !== null).at(-1) ?? p.snapshots.at(-1);
        return { platform: p.platform, followers: latest?.followers ?? null, when: latest?.date ?? 'undated' };
      }),
    };
  }
  // Partial dates ("2021", "2021-05") sort as text, as core sorts them.
  const dates = [...new Set(all.flatMap((s) => (s.date === undefined ? [] : [s.date])))].sort();
  const drawn = platforms.filter((p) => p.snapshots.some((s) => s.date !== undefined && s.followers !== null));
  return {
    kind: 'over-time',
    dates,
    // The last snapshot of a day wins when a platform has two with the same date.
    lines: drawn.map((p) => {
      const values = dates.map((d) => p.snapshots.filter((s) => s.date === d && s.followers !== null).at(-1)?.followers ?? null);
      const taken = new Set(p.snapshots.map((s) => s.date));
      return { platform: p.platform, values, notAvailable: dates.filter((d, i) => values[i] === null && taken.has(d)) };
    }),
    leftOut: platforms.filter((p) => !drawn.includes(p)).map((p) => p.platform),
  };
}

/** The tooltip of one date: each platform's figure, "not available", or "no snapshot". */
function lineTooltip(chart: Extract<PresenceChart, { kind: 'over-time' }>, index: number): string {
  const date = chart.dates[index] ?? '';
  const rows = chart.lines.map((line) => {
    const value = line.values[index] ?? null;
    return `${escapeHtml(line.platform)}: ${value !== null ? followersText(value) : line.notAvailable.includes(date) ? NOT_AVAILABLE : 'no snapshot'}`;
  });
  return [`<strong>${escapeHtml(date)}</strong>`, ...rows].join('<br>');
}

const colourAt = (i: number) => ({ fill: FIRM_COLOURS[i % FIRM_COLOURS.length] ?? INK, edge: FIRM_EDGES[i % FIRM_EDGES.length] ?? INK });

/** The chart's height in pixels: one band per bar, or a fixed plot for lines. */
export function presenceChartHeight(chart: PresenceChart): number {
  return chart.kind === 'one-point' ? 64 + chart.bars.length * 44 : 340;
}

/** The ECharts option for a chart that has figures. */
export function presenceOption(chart: Exclude<PresenceChart, { kind: 'none' }>): EChartsCoreOption {
  const valueAxis = { type: 'value', minInterval: 1, name: 'followers', nameLocation: 'middle', nameGap: 28, axisLabel: { hideOverlap: true } };
  if (chart.kind === 'one-point') {
    const oneDate = new Set(chart.bars.map((b) => b.when)).size === 1;
    return {
      textStyle: FONT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: followersText },
      grid: { left: 8, right: 64, top: 8, bottom: 32, containLabel: true },
      xAxis: valueAxis,
      // A missing figure gets no bar (not a zero one); its platform's label says so.
      yAxis: { type: 'category', inverse: true, data: chart.bars.map((b) => (b.followers === null ? `${b.platform}: ${NOT_AVAILABLE}` : b.platform)) },
      series: [
        {
          type: 'bar',
          name: 'Followers',
          barMaxWidth: 28,
          data: chart.bars.map((b, i) => ({
            value: b.followers,
            itemStyle: { color: colourAt(i).fill, borderColor: colourAt(i).edge, borderWidth: 1.5 },
            label: { show: true, position: 'right', formatter: () => (oneDate ? followersText(b.followers) : `${followersText(b.followers)} (${b.when})`) },
          })),
        },
      ],
    };
  }
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis', formatter: (params: { dataIndex: number }[]) => lineTooltip(chart, params[0]?.dataIndex ?? 0) },
    legend: { bottom: 0 },
    grid: { left: 8, right: 32, top: 40, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: chart.dates, boundaryGap: true, name: 'snapshot', nameLocation: 'middle', nameGap: 28, axisLabel: { hideOverlap: true } },
    yAxis: { ...valueAxis, nameLocation: 'end', nameGap: 16 },
    series: chart.lines.map((line, i) => ({
      type: 'line',
      name: line.platform,
      data: line.values,
      // Lines join the snapshots with figures; those without are named under the chart and in the tooltip.
      connectNulls: true,
      showAllSymbol: true,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 10,
      lineStyle: { color: colourAt(i).edge, width: 2.5, type: i % 2 === 0 ? 'solid' : 'dashed' },
      itemStyle: { color: colourAt(i).fill, borderColor: colourAt(i).edge, borderWidth: 1.5 },
      label: { show: true, position: 'top', color: INK, formatter: (p: { value: number | null }) => followersText(p.value) },
    })),
  };
}
