import { describe, expect, it } from 'vitest';
import { cohortText, TEXT_LIMITS } from './cohort-text.js';
import type { Cohort, SharedGap } from './types.js';

const noTrend: Cohort['trend'] = { dates: [], comparedWith: null, firms: [], rated: [], notYetRated: [], unmetChallenges: [], institutions: [] };
const empty: Cohort = {
  workspaceId: 'agency',
  asOf: '2025-06-01',
  counts: { firms: 0, rated: 0, notYetRated: 0 },
  firms: [],
  unmetChallenges: [],
  sharedGaps: [],
  institutions: [],
  trend: noTrend,
};
const gap = (challenge: string, firms: string[]): SharedGap => ({
  challenge,
  label: `Label ${challenge}`,
  networkType: 'digital',
  firms: firms.map((firmId) => ({ firmId, challengeLevel: 'High', utilization: 'Not used', utilizationBasis: 'suggested', severity: 4 })),
  highestSeverity: 4,
});

describe('cohortText', () => {
  it('tells how to add firms to a workspace with none', () => {
    expect(cohortText(empty)).toEqual(['workspace "agency" has no firms yet: import case files into it with `foothold import -w agency FILE…`']);
  });

  it('prints counts, the unmet challenges with their change, and leaves out gaps of one firm and shared gaps beyond the limit', () => {
    const many = Array.from({ length: TEXT_LIMITS.sharedGaps + 2 }, (_, i) => gap(`c${i}`, ['a', 'b']));
    const lines = cohortText({
      ...empty,
      counts: { firms: 3, rated: 2, notYetRated: 1 },
      firms: [
        {
          firmId: 'c',
          name: 'C Ltd',
          countryOfOrigin: 'GH',
          countryName: 'Ghana',
          sector: undefined,
          sizeClass: undefined,
          status: 'not_yet_rated',
          notRatedReason: 'only_per_market',
          obstacles: [],
          unmetChallenges: [],
          gaps: 0,
          blindSpots: [],
          institutions: [],
        },
      ],
      unmetChallenges: [
        {
          category: 'financial_resource',
          label: 'Financial',
          firms: [
            { firmId: 'a', level: 'High' },
            { firmId: 'b', level: 'Medium' },
          ],
          obstacleFirms: 3,
          change: -2,
        },
      ],
      sharedGaps: [...many, gap('alone', ['a'])],
      trend: { ...noTrend, dates: ['2025-05-01'], comparedWith: '2025-05-01', firms: [{ date: '2025-05-01', value: 3, change: null }] },
    });
    expect(lines[0]).toBe('Cohort of agency on 2025-06-01: 3 firms, 2 rated, 1 not yet rated');
    expect(lines).toContain('Challenge  Firms  High  Obstacle for  Since 2025-05-01');
    expect(lines).toContain('Financial      2     1             3                -2');
    expect(lines).toContain('Firms with the same gap (two firms or more; 1 gap of one firm only left out)');
    expect(lines.filter((l) => / × digital presence: 2 firms$/.test(l))).toHaveLength(TEXT_LIMITS.sharedGaps);
    expect(lines).toContain('  … and 2 more shared gaps: --json lists every one');
    expect(lines).toContain('  c  C Ltd: rated for single markets only; gaps need firm-wide ratings');
    expect(lines.filter((l) => /^(Figure|Firms)\s+(2025-05-01|3)$/.test(l))).toHaveLength(2);
  });
});
