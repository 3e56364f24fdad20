import { describe, expect, it } from 'vitest';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { reportBibliography } from '../../services/report-service.js';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import { levelDifferenceMeaning } from './heatmap-cells.js';
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
    expect(social?.meaning).toBe(levelDifferenceMeaning('High', 'Low', 1));
    // A recorded cell no tie is tagged for: nothing suggested beyond "Not used", no ties.
    expect(row.cells.find((c) => c.networkType === 'institutional')).toMatchObject({ recorded: 'Low', suggested: 'Not used', ties: [] });
  });

  it('show a level only the ties suggest, with no recorded level, and the ties behind it', () => {
    const cell = rowOf(heatmapOf(sampleCase('sl-it-sme')), 'distance_accessibility').cells.find((c) => c.networkType === 'digital');
    expect(cell).toMatchObject({ level: 'High', basis: 'suggested', suggested: 'High' });
    expect(cell).not.toHaveProperty('recorded');
    expect(cell?.ties.map((t) => t.name)).toEqual(['Corporate website of the focal company', 'Company LinkedIn page', 'Company Facebook page']);
    expect(cell?.notes.length).toBeGreaterThan(0);
    expect(cell?.meaning).toBe(levelDifferenceMeaning(undefined, 'High', 3));
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
    const nothing = 'Nothing is recorded and no tie is tagged as helping here.';
    expect(row.cells.map((cell) => cell.meaning)).toEqual([
      levelDifferenceMeaning('Low', 'Not used', 0),
      levelDifferenceMeaning(undefined, 'Moderate', 1),
      nothing,
      nothing,
    ]);
  });
});

describe('levelDifferenceMeaning', () => {
  it('says the two agree when the recorded level equals the suggested one', () => {
    expect(levelDifferenceMeaning('Moderate', 'Moderate', 2)).toBe('The recorded level and the level the ties suggest agree.');
    expect(levelDifferenceMeaning('Not used', 'Not used', 0)).toBe('The recorded level and the level the ties suggest agree.');
  });

  it('points to missing or untagged ties when the analyst recorded more use than the ties suggest, by one step or more', () => {
    const more =
      'The analyst saw more use than the tagged ties explain: some ties behind it may be missing from the map, or not tagged as helping with this challenge.';
    expect(levelDifferenceMeaning('Moderate', 'Low', 1)).toBe(more);
    expect(levelDifferenceMeaning('High', 'Not used', 0)).toBe(more);
  });

  it('points to weaker ties or a stale record when the ties suggest more use than was recorded', () => {
    const less =
      'The ties suggest more use than the analyst recorded: the ties may be weaker in practice than on paper, or the recorded level may be out of date.';
    expect(levelDifferenceMeaning('Low', 'Moderate', 2)).toBe(less);
    expect(levelDifferenceMeaning('Not used', 'High', 4)).toBe(less);
  });

  it('asks for a recorded level when only the ties suggest one', () => {
    expect(levelDifferenceMeaning(undefined, 'Low', 1)).toBe(
      'Only the ties suggest this level: no analyst has recorded one yet. Record a level with its evidence to confirm or correct it.',
    );
  });

  it('does not credit the ties with a level when none is recorded and no tie is tagged', () => {
    expect(levelDifferenceMeaning(undefined, 'Not used', 0)).toBe('Nothing is recorded and no tie is tagged as helping here.');
    expect(levelDifferenceMeaning(undefined, undefined, 0)).toBe('Nothing is recorded and no tie is tagged as helping here.');
  });

  it('says the ties neither support nor contradict a recorded level when nothing is suggested', () => {
    expect(levelDifferenceMeaning('High', undefined, 0)).toBe(
      'The analyst recorded this level; no tie on record is tagged as helping with it, so the ties neither support nor contradict it.',
    );
  });
});
