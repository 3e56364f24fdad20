/**
 * The cohort dashboard's words and charts, from the cohort view model core computed (GET …/cohort):
 * nothing is counted again here, only said and drawn — why a firm is not yet rated, a change since
 * the last snapshot, the bar chart of unmet challenges and the lines of the trend.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { FIRM_COLOURS, FIRM_EDGES, INK } from '../../../core/report/palette';
import type { Schemas } from '../../lib/api';
import { escapeHtml, words } from '../../lib/format';

export type Cohort = Schemas['Cohort'];
export type CohortFirm = Schemas['CohortFirm'];
export type CohortTrend = Schemas['CohortTrend'];
export type TrendPoint = Schemas['TrendPoint'];
export type SharedGap = Schemas['SharedGap'];

export const NOT_RATED_TEXT: Readonly<Record<NonNullable<CohortFirm['notRatedReason']>, string>> = {
  no_ratings: 'no challenge is rated yet',
  only_unknown: 'every challenge is rated Unknown',
  only_per_market: 'levels are known for single markets only, none for the firm as a whole',
};

/** "+2", "−1", "no change"; "—" when there is no earlier snapshot to compare with. */
export function changeText(change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return 'no change';
  return change > 0 ? `+${change}` : `−${-change}`;
}

/** The words of each challenge category the cohort names, from its own labels (the unknown ones as their id in words). */
export function categoryLabels(cohort: Cohort): (category: string) => string {
  const labels = new Map<string, string>();
  for (const u of cohort.unmetChallenges) labels.set(u.category, u.label);
  for (const g of cohort.sharedGaps) labels.set(g.challenge, g.label);
  for (const t of cohort.trend.unmetChallenges) if (!labels.has(t.category)) labels.set(t.category, t.label);
  return (category) => labels.get(category) ?? words(category);
}

/** Gaps more than one firm has, and those only one has: the first are what a cohort-wide measure could address. */
export function sharedGapGroups(gaps: readonly SharedGap[]): { shared: SharedGap[]; single: SharedGap[] } {
  return { shared: gaps.filter((g) => g.firms.length > 1), single: gaps.filter((g) => g.firms.length === 1) };
}

export interface TrendRow {
  figure: string;
  points: TrendPoint[];
}

/** Every figure the snapshots keep, one row each: the counts, then firms per unmet challenge, then firms per institution. */
export function trendRows(trend: CohortTrend): TrendRow[] {
  return [
    { figure: 'Firms', points: trend.firms },
    { figure: 'Rated', points: trend.rated },
    { figure: 'Not yet rated', points: trend.notYetRated },
    ...trend.unmetChallenges.map((u) => ({ figure: `Leaving unmet: ${u.label}`, points: u.points })),
    ...trend.institutions.map((i) => ({ figure: `Needing ${i.name}`, points: i.points })),
  ];
}

const FONT = { fontFamily: 'system-ui, sans-serif', fontSize: 13, color: INK };
const colourAt = (i: number) => ({ fill: FIRM_COLOURS[i % FIRM_COLOURS.length] ?? INK, edge: FIRM_EDGES[i % FIRM_EDGES.length] ?? INK });

/** The bar chart's height: one band per challenge. */
export function unmetChartHeight(unmet: Cohort['unmetChallenges']): number {
  return 64 + unmet.length * 44;
}

/** Firms leaving each challenge unmet, most first, as horizontal bars with their count written beside. */
export function unmetOption(unmet: Cohort['unmetChallenges']): EChartsCoreOption {
  return {
    textStyle: FONT,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // The tooltip is HTML: a label a case defines is text, never markup.
      formatter: (params: { dataIndex: number }[]) => {
        const u = unmet[params[0]?.dataIndex ?? 0];
        return u === undefined ? '' : escapeHtml(`${u.label}: ${u.firms.length} of the ${u.obstacleFirms} firms rating it High or Medium leave it unmet`);
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: 'firms', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', inverse: true, data: unmet.map((u) => u.label), axisLabel: { width: 260, overflow: 'break' } },
    series: [
      {
        type: 'bar',
        name: 'Firms leaving it unmet',
        barMaxWidth: 28,
        data: unmet.map((u) => u.firms.length),
        itemStyle: { color: colourAt(1).fill, borderColor: colourAt(1).edge, borderWidth: 1.5 },
        label: { show: true, position: 'right', color: INK },
      },
    ],
  };
}

/** The three counts at every snapshot date, as lines told apart by colour, dash and mark. */
export function trendOption(trend: CohortTrend): EChartsCoreOption {
  const lines = trendRows(trend).slice(0, 3);
  const symbols = ['circle', 'rect', 'triangle'];
  return {
    textStyle: FONT,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 32, top: 24, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: trend.dates, name: 'snapshot', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', minInterval: 1, name: 'firms' },
    series: lines.map((line, i) => ({
      type: 'line',
      name: line.figure,
      data: line.points.map((p) => p.value),
      symbol: symbols[i],
      symbolSize: 9,
      lineStyle: { color: colourAt(i).edge, width: 2.5, type: i === 1 ? 'dashed' : 'solid' },
      itemStyle: { color: colourAt(i).fill, borderColor: colourAt(i).edge, borderWidth: 1.5 },
    })),
  };
}
