import { describe, expect, it } from 'vitest';
import { parseCaseOrThrow, sampleCase } from '../../test-support/samples.js';
import { BENEFITS, NETWORK_TYPES } from '../model/index.js';
import { analyzeCase } from './analyze.js';
import type { AnalysisContext, FirmContext, Gap, Recommendation } from './types.js';

const ctx: AnalysisContext = {
  economyClasses: new Map([
    ['FI', 'developed'],
    ['MN', 'emerging'],
  ]),
  countryName: (code) => ({ FI: 'Finland', MN: 'Mongolia' })[code] ?? code,
  asOfYear: 2025,
};

describe('analyzeCase', () => {
  it('analyzes an empty firm to empty sections', () => {
    const empty = parseCaseOrThrow(JSON.stringify({ format: 'foothold.case/1', firm: { id: 'empty-oy', name: 'Empty Oy', countryOfOrigin: 'FI' } }));
    const analysis = analyzeCase(empty, ctx);
    const noTies = { statement: undefined, ties: 0, activeTies: 0, unknownStatusTies: 0, examples: [], inUse: false, evidence: [] };
    const zero = Object.fromEntries(NETWORK_TYPES.map((t) => [t, { count: 0, from: [], triangulation: { count: 0, kinds: [] } }]));
    expect(analysis).toEqual({
      firmId: 'empty-oy',
      profile: {
        firmId: 'empty-oy',
        name: 'Empty Oy',
        rows: expect.any(Array),
        derived: { economyClass: 'developed', sizeClass: undefined, yearsActive: undefined },
      },
      networkTypes: {
        main: { statement: undefined, evidence: [] },
        byType: Object.fromEntries(NETWORK_TYPES.map((t) => [t, { networkType: t, ...noTies }])),
      },
      challenges: [],
      utilization: {},
      suggestedUtilization: {},
      agreement: { cells: [], n: 0, percentAgreement: undefined, weightedKappa: undefined },
      benefits: Object.fromEntries(BENEFITS.map((b) => [b, zero])),
      digitalPresence: [],
      gaps: [],
      blindSpots: [],
      recommendations: [],
      originChecklists: [],
      actionPlan: { top: [], byChallenge: [] },
    });
    // The country is known even for an empty firm; everything else is missing.
    expect(analysis.profile.rows.map((r) => [r.key, r.basis])).toEqual([
      ['country_of_origin', 'derived'],
      ['company_size', 'missing'],
      ['pathway', 'missing'],
      ['market_experience', 'missing'],
      ['product_type', 'missing'],
      ['international_experience', 'missing'],
      ['target_markets', 'missing'],
      ['key_people_education', 'missing'],
      ['key_people_networking', 'missing'],
    ]);
    expect(analysis.profile.rows[0]?.value).toBe('Finland (developed economy)');
  });

  it('assembles every section for a sample case', () => {
    const analysis = analyzeCase(sampleCase('company-b'), ctx);
    expect(analysis.firmId).toBe('company-b');
    expect(analysis.challenges).toHaveLength(7);
    expect(Object.keys(analysis.utilization)).toHaveLength(6);
    expect(analysis.agreement.n).toBe(24);
    expect(analysis.gaps).toHaveLength(19);
    expect(analysis.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ challenge: 'regulatory_institutional', networkType: 'digital', utilization: 'Not used' }),
        expect.objectContaining({ challenge: 'financial_resource', networkType: 'digital', utilization: 'Not used' }),
      ]),
    );
    expect(analysis.blindSpots.map((s) => s.challenge)).toEqual(['market_specific']);
    expect(analysis.recommendations).toEqual([]);
  });

  it('asks the recommender, when there is one, with the gaps and the firm’s context', () => {
    const calls: [Gap[], FirmContext][] = [];
    const recommendation: Recommendation = {
      ruleId: 'r1',
      challenge: 'regulatory_institutional',
      challengeLabel: 'Regulatory and institutional challenges',
      networkType: 'digital',
      title: 'Test rule',
      rationale: 'because',
      actions: ['act'],
      tiesUsed: [],
      sectorFamily: undefined,
      examples: [],
      citations: [],
      because: [],
      severity: 4,
      institutions: [],
    };
    const analysis = analyzeCase(sampleCase('company-b'), {
      ...ctx,
      recommend: (gaps, firm) => {
        calls.push([gaps, firm]);
        return [recommendation];
      },
    });
    expect(analysis.recommendations).toEqual([recommendation]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(analysis.gaps);
    expect(calls[0]?.[1]).toMatchObject({
      firmId: 'company-b',
      countryOfOrigin: 'MN',
      economyClass: 'emerging',
      sizeClass: 'medium',
      pathway: 'traditional',
      sector: 'pharmaceuticals',
      sectorFamily: undefined,
      yearsActive: 35,
      targetMarkets: ['EAEU', 'Central Asia', 'KZ', 'UZ'],
    });
    // The firm's live ties to actors, strongest first, are what advice may name.
    const ties = calls[0]?.[1].ties ?? [];
    expect(ties.length).toBeGreaterThan(3);
    expect(ties.every((t) => sampleCase('company-b').ties.some((tie) => tie.id === t.tieId && tie.status !== 'ended'))).toBe(true);
    // The plan ranks the recommendation's one action first: it is the only gap advice there is.
    expect(analysis.actionPlan.top[0]).toMatchObject({ text: 'act', source: 'r1', challenge: 'regulatory_institutional' });
  });

  it('keeps a country-of-origin checklist for each market where the firm expects the effect, its open measures in the plan', () => {
    const analysis = analyzeCase(sampleCase('company-b'), ctx);
    expect(analysis.originChecklists.map((l) => l.market)).toEqual(['KG', 'EAEU', 'Central Asia', 'KZ', 'UZ']);
    const steps = [...analysis.actionPlan.top, ...analysis.actionPlan.byChallenge.flatMap((g) => g.actions)].filter((a) => a.source === 'origin-checklist');
    expect(steps).toHaveLength(4);
    expect(steps.every((a) => a.challenge === 'country_of_origin' && a.challengeLabel === 'Country-of-origin effect')).toBe(true);
  });
});
