import { describe, expect, it } from 'vitest';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import type { HeatmapRow, Section, UtilizationHeatmap } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');

/** The utilization heatmap of a firm report on one case. */
function heatmapOf(c: CaseFile): UtilizationHeatmap {
  const doc = buildReport({ analyses: [analyzeLoaded(c, now)], cases: [c], generatedOn: '2025-06-01', bibliography: reportBibliography() });
  const sections = (s: Section): Section[] => [s, ...s.subsections.flatMap(sections)];
  for (const s of doc.sections.flatMap(sections)) for (const b of s.blocks) if (b.kind === 'chart' && b.chart.type === 'utilization-heatmap') return b.chart;
  throw new Error(`no heatmap in the report on ${c.firm.id}`);
}
const rowOf = (chart: UtilizationHeatmap, challenge: string): HeatmapRow => {
  const row = chart.rows.find((r) => r.challenge === challenge);
  if (row === undefined) throw new Error(`no row for ${challenge}`);
  return row;
};

describe('utilization heatmap cells', () => {
  it('keep the recorded level beside a different level the ties suggest, and name those ties by whom they lead to', () => {
    const row = rowOf(heatmapOf(sampleCase('company-b')), 'regulatory_institutional');
    expect(row.label).toBe('Regulatory and institutional challenges');
    const social = row.cells.find((c) => c.networkType === 'social');
    expect(social).toMatchObject({
      level: 'High',
      basis: 'recorded',
      recorded: 'High',
      suggested: 'Low',
      ties: [{ id: 'tie-firm-kg-representative', name: 'Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary' }],
    });
    expect(social?.notes.length).toBeGreaterThan(0);
    // A recorded cell no tie is tagged for: nothing suggested beyond "Not used", no ties.
    expect(row.cells.find((c) => c.networkType === 'institutional')).toMatchObject({ recorded: 'Low', suggested: 'Not used', ties: [] });
  });

  it('show a level only the ties suggest, with no recorded level, and the ties behind it', () => {
    const cell = rowOf(heatmapOf(sampleCase('sl-it-sme')), 'distance_accessibility').cells.find((c) => c.networkType === 'digital');
    expect(cell).toMatchObject({ level: 'High', basis: 'suggested', suggested: 'High' });
    expect(cell).not.toHaveProperty('recorded');
    expect(cell?.ties.map((t) => t.name)).toEqual(['Corporate website of the focal company', 'Company LinkedIn page', 'Company Facebook page']);
    expect(cell?.notes.length).toBeGreaterThan(0);
  });

  it('name a tie of a key person by the actor it leads to, skip ended ties, and give each row its challenge id', () => {
    const c = smallCase({
      keyPeople: [{ id: 'kp-ceo', role: 'Chief executive officer' }],
      actors: [
        { id: 'act-agent', name: 'Agent in Kenya', kind: 'person' },
        { id: 'act-old', name: 'Former distributor', kind: 'organization' },
      ],
      ties: [
        { id: 'tie-ceo-agent', from: 'kp-ceo', to: 'act-agent', networkType: 'business', strength: 5, helpedWith: { challenges: ['market_specific'] } },
        { id: 'tie-old', from: 'f', to: 'act-old', networkType: 'business', status: 'ended', helpedWith: { challenges: ['market_specific'] } },
      ],
      challengeRatings: [{ id: 'r-market', category: 'market_specific', level: 'High' }],
      utilization: [{ id: 'u-market-social', challenge: 'market_specific', networkType: 'social', level: 'Low' }],
    });
    const row = rowOf(heatmapOf(c), 'market_specific');
    expect(row.cells.map((cell) => [cell.networkType, cell.basis, cell.level, cell.recorded, cell.suggested, cell.ties])).toEqual([
      ['social', 'recorded', 'Low', 'Low', 'Not used', []],
      ['business', 'suggested', 'Moderate', undefined, 'Moderate', [{ id: 'tie-ceo-agent', name: 'Agent in Kenya' }]],
      ['institutional', 'suggested', 'Not used', undefined, 'Not used', []],
      ['digital', 'suggested', 'Not used', undefined, 'Not used', []],
    ]);
  });
});
