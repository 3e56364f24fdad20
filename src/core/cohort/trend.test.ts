import { describe, expect, it } from 'vitest';
import { trendOf } from './trend.js';
import type { CohortFigures, CohortSnapshot } from './types.js';

const figures = (firms: number, unmet: Record<string, number>, institutions: Record<string, number> = {}): CohortFigures => ({
  firms,
  rated: firms - 1,
  notYetRated: 1,
  unmetChallenges: Object.entries(unmet).map(([category, n]) => ({ category, label: `label of ${category} with ${firms}`, firms: n })),
  institutions: Object.entries(institutions).map(([id, n]) => ({ id, name: `name of ${id}`, firms: n })),
});
const snap = (date: string, f: CohortFigures): CohortSnapshot => ({ date, figures: f });

describe('trendOf', () => {
  it('puts the snapshots oldest first, whatever order they come in, each figure with its change from the one before', () => {
    const trend = trendOf([snap('2025-05-01', figures(4, {})), snap('2024-12-01', figures(2, {})), snap('2025-02-01', figures(7, {}))], '2025-06-01');
    expect(trend.dates).toEqual(['2024-12-01', '2025-02-01', '2025-05-01']);
    expect(trend.firms).toEqual([
      { date: '2024-12-01', value: 2, change: null },
      { date: '2025-02-01', value: 7, change: 5 },
      { date: '2025-05-01', value: 4, change: -3 },
    ]);
    expect(trend.rated.map((p) => p.value)).toEqual([1, 6, 3]);
    expect(trend.notYetRated.map((p) => p.change)).toEqual([null, 0, 0]);
  });

  it('makes a series of every challenge and institution any snapshot lists, 0 where one does not, named as the latest names it', () => {
    const trend = trendOf(
      [
        snap('2025-01-01', figures(3, { financial_resource: 2 }, { een: 1 })),
        snap('2025-03-01', figures(5, { regulatory_institutional: 1, financial_resource: 1 })),
      ],
      '2025-06-01',
    );
    expect(trend.unmetChallenges).toEqual([
      {
        category: 'regulatory_institutional',
        label: 'label of regulatory_institutional with 5',
        points: [
          { date: '2025-01-01', value: 0, change: null },
          { date: '2025-03-01', value: 1, change: 1 },
        ],
      },
      {
        category: 'financial_resource',
        label: 'label of financial_resource with 5',
        points: [
          { date: '2025-01-01', value: 2, change: null },
          { date: '2025-03-01', value: 1, change: -1 },
        ],
      },
    ]);
    expect(trend.institutions).toEqual([
      {
        id: 'een',
        name: 'name of een',
        points: [
          { date: '2025-01-01', value: 1, change: null },
          { date: '2025-03-01', value: 0, change: -1 },
        ],
      },
    ]);
  });

  it('orders the series by their latest value, most firms first', () => {
    const trend = trendOf(
      [snap('2025-03-01', figures(9, { market_specific: 2, cultural_communication: 5, knowledge_experience: 2 }, { a: 1, b: 3 }))],
      '2025-06-01',
    );
    expect(trend.unmetChallenges.map((s) => s.category)).toEqual(['cultural_communication', 'knowledge_experience', 'market_specific']);
    expect(trend.institutions.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('compares today with the latest snapshot before today, never with today’s own', () => {
    expect(trendOf([snap('2025-06-01', figures(1, {}))], '2025-06-01').comparedWith).toBeNull();
    expect(
      trendOf([snap('2025-06-01', figures(1, {})), snap('2025-04-01', figures(1, {})), snap('2025-05-31', figures(1, {}))], '2025-06-01').comparedWith,
    ).toBe('2025-05-31');
    expect(trendOf([], '2025-06-01')).toEqual({ dates: [], comparedWith: null, firms: [], rated: [], notYetRated: [], unmetChallenges: [], institutions: [] });
  });
});
