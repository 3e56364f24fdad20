import { describe, expect, it } from 'vitest';
import { categoryLabels, changeText, sharedGapGroups, trendOption, trendRows, unmetOption, type Cohort, type CohortTrend, type SharedGap } from './cohort-view';

const point = (date: string, value: number, change: number | null) => ({ date, value, change });

const trend: CohortTrend = {
  dates: ['2026-11-01', '2026-12-01'],
  comparedWith: '2026-12-01',
  firms: [point('2026-11-01', 2, null), point('2026-12-01', 3, 1)],
  rated: [point('2026-11-01', 1, null), point('2026-12-01', 2, 1)],
  notYetRated: [point('2026-11-01', 1, null), point('2026-12-01', 1, 0)],
  unmetChallenges: [{ category: 'country_of_origin', label: 'Country-of-origin effect', points: [point('2026-11-01', 0, null), point('2026-12-01', 1, 1)] }],
  institutions: [{ id: 'mncci', name: 'MNCCI', points: [point('2026-11-01', 1, null), point('2026-12-01', 1, 0)] }],
};

const gap = (challenge: string, firms: string[]): SharedGap => ({
  challenge,
  label: `${challenge} label`,
  networkType: 'digital',
  firms: firms.map((firmId) => ({ firmId, challengeLevel: 'High', utilization: 'Low', utilizationBasis: 'recorded', severity: 2 })),
  highestSeverity: 2,
});

describe('changeText', () => {
  it('signs a change, says no change, and a dash when there is nothing to compare with', () => {
    expect(changeText(2)).toBe('+2');
    expect(changeText(-1)).toBe('−1');
    expect(changeText(0)).toBe('no change');
    expect(changeText(null)).toBe('—');
  });
});

describe('trendRows', () => {
  it('puts the counts first, then each unmet challenge and each institution, with their points', () => {
    const rows = trendRows(trend);
    expect(rows.map((r) => r.figure)).toEqual(['Firms', 'Rated', 'Not yet rated', 'Leaving unmet: Country-of-origin effect', 'Needing MNCCI']);
    expect(rows[3]?.points.map((p) => p.value)).toEqual([0, 1]);
  });
});

describe('sharedGapGroups', () => {
  it('keeps gaps of two or more firms apart from those of one', () => {
    const groups = sharedGapGroups([gap('a', ['f1', 'f2']), gap('b', ['f1']), gap('c', ['f1', 'f2', 'f3'])]);
    expect(groups.shared.map((g) => g.challenge)).toEqual(['a', 'c']);
    expect(groups.single.map((g) => g.challenge)).toEqual(['b']);
  });
});

describe('categoryLabels', () => {
  it('finds a category’s words in the cohort, else writes its id in words', () => {
    const cohort = { unmetChallenges: [], sharedGaps: [gap('financial_resource', ['f1'])], trend } as unknown as Cohort;
    const label = categoryLabels(cohort);
    expect(label('financial_resource')).toBe('financial_resource label');
    expect(label('country_of_origin')).toBe('Country-of-origin effect');
    expect(label('pandemic_disruption')).toBe('pandemic disruption');
  });
});

describe('the charts', () => {
  it('draws one bar per unmet challenge with its number of firms', () => {
    const unmet: Cohort['unmetChallenges'] = [
      {
        category: 'a',
        label: 'A',
        firms: [
          { firmId: 'f1', level: 'High' },
          { firmId: 'f2', level: 'Medium' },
        ],
        obstacleFirms: 3,
        change: null,
      },
      { category: 'b', label: 'B', firms: [{ firmId: 'f1', level: 'High' }], obstacleFirms: 1, change: 1 },
    ];
    const option = unmetOption(unmet) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.yAxis.data).toEqual(['A', 'B']);
    expect(option.series[0]?.data).toEqual([2, 1]);
  });

  it('draws the three counts over the snapshot dates', () => {
    const option = trendOption(trend) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(trend.dates);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Firms', [2, 3]],
      ['Rated', [1, 2]],
      ['Not yet rated', [1, 1]],
    ]);
  });
});
