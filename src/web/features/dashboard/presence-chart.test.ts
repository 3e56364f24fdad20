import { describe, expect, it } from 'vitest';
import { followersText, postsText, presenceChart, presenceOption, type PlatformPresence } from './presence-chart';

const snapshot = (id: string, followers: number | null, date?: string) => ({ id, followers, ...(date === undefined ? {} : { date }) });

describe('the digital presence chart', () => {
  it('draws bars, not a line, for undated snapshots, with a missing figure as "not available" rather than 0', () => {
    const platforms: PlatformPresence[] = [
      { platform: 'Website', snapshots: [snapshot('dp-web', null)] },
      { platform: 'LinkedIn', snapshots: [snapshot('dp-li', 685)] },
    ];
    const chart = presenceChart(platforms);
    expect(chart).toEqual({
      kind: 'one-point',
      bars: [
        { platform: 'Website', followers: null, when: 'undated' },
        { platform: 'LinkedIn', followers: 685, when: 'undated' },
      ],
    });
    if (chart.kind !== 'one-point') throw new Error('expected bars');
    const option = presenceOption(chart) as { yAxis: { data: string[] }; series: { type: string; data: { value: number | null }[] }[] };
    expect(option.yAxis.data).toEqual(['Website: not available', 'LinkedIn']);
    expect(option.series.map((s) => s.type)).toEqual(['bar']);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([null, 685]);
  });

  it('keeps to bars while only one date has a follower figure', () => {
    const chart = presenceChart([{ platform: 'Facebook', snapshots: [snapshot('a', null, '2020'), snapshot('b', 368, '2021-05')] }]);
    expect(chart).toEqual({ kind: 'one-point', bars: [{ platform: 'Facebook', followers: 368, when: '2021-05' }] });
  });

  it('draws one line per platform over the dates in order, naming the snapshots without a figure', () => {
    const chart = presenceChart([
      { platform: 'LinkedIn', snapshots: [snapshot('l1', 100, '2021'), snapshot('l2', null, '2021-05'), snapshot('l3', 300, '2022')] },
      { platform: 'Facebook', snapshots: [snapshot('f1', 50, '2021-05')] },
      { platform: 'Website', snapshots: [snapshot('w1', null)] },
    ]);
    expect(chart).toEqual({
      kind: 'over-time',
      dates: ['2021', '2021-05', '2022'],
      lines: [
        { platform: 'LinkedIn', values: [100, null, 300], notAvailable: ['2021-05'] },
        { platform: 'Facebook', values: [null, 50, null], notAvailable: [] },
      ],
      leftOut: ['Website'],
    });
    if (chart.kind !== 'over-time') throw new Error('expected lines');
    const option = presenceOption(chart) as { series: { type: string; symbol: string }[]; tooltip: { formatter: (p: { dataIndex: number }[]) => string } };
    expect(option.series.map((s) => s.type)).toEqual(['line', 'line']);
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('<strong>2021-05</strong><br>LinkedIn: not available<br>Facebook: 50');
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toBe('<strong>2022</strong><br>LinkedIn: 300<br>Facebook: no snapshot');
    // Shapes tell the platforms apart without their colours.
    expect(new Set(option.series.map((s) => s.symbol)).size).toBe(2);
  });

  it('has nothing to draw when no snapshot has a follower figure', () => {
    expect(presenceChart([{ platform: 'Website', snapshots: [snapshot('w', null, '2021')] }])).toEqual({ kind: 'none' });
  });

  it('writes figures the way the report does', () => {
    expect([followersText(null), followersText(1200), postsText(8, 'last 03 months'), postsText(3, undefined), postsText(undefined, 'x')]).toEqual([
      'not available',
      '1,200',
      '8 (last 03 months)',
      '3',
      '—',
    ]);
  });
});
