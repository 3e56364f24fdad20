import { beforeEach, describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { findingTriangulations } from '../evidence/triangulation.js';
import { NETWORK_TYPES } from '../model/index.js';
import { analyzeCase } from './analyze.js';
import { triangulatorOf } from './triangulate.js';
import type { AnalysisContext, FirmAnalysis } from './types.js';

const ctx: AnalysisContext = { economyClasses: new Map([['FI', 'developed']]), countryName: (code) => code, asOfYear: 2025 };

describe('triangulation in the analysis of company-a', () => {
  // Analysed before each test, not when the file loads, so that a mutation run can see its mutants here.
  const a = sampleCase('company-a');
  let analysis: FirmAnalysis;
  beforeEach(() => {
    analysis = analyzeCase(a, ctx);
  });

  it('backs the regulatory rating with the thesis and the interview, the knowledge rating with the thesis alone', () => {
    // rating-regulatory-institutional cites seg-t9-regulatory, seg-reg-biggest, seg-local-entity, seg-ema-fda,
    // seg-44-reg and seg-44-biggest (src-thesis, a document) and seg-ia-reg (src-interview-ia1, an interview).
    const row = (category: string) => analysis.challenges.find((r) => r.category === category && r.market === undefined);
    expect(row('regulatory_institutional')?.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
    // rating-knowledge-experience cites eight segments, every one of src-thesis.
    expect(row('knowledge_experience')?.triangulation).toEqual({ count: 1, kinds: ['document'] });
    // Counted by hand over the six ratings: financial and market specific also quote the interview; cultural and technological do not.
    expect(analysis.challenges.map((r) => r.triangulation.count)).toEqual([2, 2, 1, 2, 1, 1]);
  });

  it('triangulates three of the 24 recorded utilization cells', () => {
    // Each cell cites Table 10 in the thesis (seg-t10-*); only these three quote the interview IA1 as well:
    // regulatory × business (seg-ia-industry), regulatory × institutional, knowledge × digital (seg-ia-linkedin-group).
    const triangulated = Object.entries(analysis.utilization).flatMap(([challenge, row]) =>
      NETWORK_TYPES.flatMap((t) => ((row[t]?.triangulation.count ?? 0) > 1 ? [`${challenge} × ${t}`] : [])),
    );
    expect(triangulated).toEqual(['regulatory_institutional × business', 'regulatory_institutional × institutional', 'knowledge_experience × digital']);
    expect(analysis.utilization['regulatory_institutional']?.business?.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
    expect(analysis.utilization['regulatory_institutional']?.social?.triangulation).toEqual({ count: 1, kinds: ['document'] });
  });

  it('triangulates a benefit cell over its records and tagged ties together', () => {
    // market_access × business: benefit-industry-market-access (seg-ia-industry, the interview),
    // benefit-business-market-access (seg-44-market-access, seg-44-co-create, the thesis) and the tag of
    // tie-firm-biotech-startups (seg-ia-industry again): an interview and a document.
    expect(analysis.benefits.market_access.business).toEqual({
      count: 3,
      from: ['benefit-industry-market-access', 'benefit-business-market-access', 'tie-firm-biotech-startups'],
      triangulation: { count: 2, kinds: ['interview', 'document'] },
    });
    // reputation × institutional: the records on the stem cell conference (interview) and Bio-Europe (thesis).
    expect(analysis.benefits.reputation.institutional.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
    expect(analysis.benefits.reputation.social).toEqual({ count: 0, from: [], triangulation: { count: 0, kinds: [] } });
  });

  it('agrees with the evidence module on every rating and utilization cell', () => {
    const byId = new Map(findingTriangulations(a).map((f) => [f.id, f.triangulation]));
    for (const rating of a.challengeRatings) {
      const row = analysis.challenges.find((r) => r.category === rating.category && r.market === rating.market);
      expect(row?.triangulation, rating.id).toEqual({ count: byId.get(rating.id)?.count, kinds: byId.get(rating.id)?.kinds });
    }
    for (const cell of a.utilization) {
      const found = byId.get(cell.id);
      expect(analysis.utilization[cell.challenge]?.[cell.networkType]?.triangulation, cell.id).toEqual({ count: found?.count, kinds: found?.kinds });
    }
  });
});

describe('triangulatorOf', () => {
  it('counts words a document reports from a key person as an interview, and gives only the count and the kinds', () => {
    const c = smallCase({
      keyPeople: [{ id: 'kp-ceo', role: 'CEO' }],
      sources: [
        { id: 'src-report', kind: 'report', title: 'Annual report' },
        { id: 'src-site', kind: 'website', title: 'Website' },
      ],
      segments: [
        { id: 'seg-ceo', source: 'src-report', quote: 'we grew', location: 'p. 2', reportedFrom: 'kp-ceo' },
        { id: 'seg-site', source: 'src-site', quote: 'we sell', location: 'Home' },
        { id: 'seg-report', source: 'src-report', quote: 'revenue', location: 'p. 3' },
      ],
    });
    const triangulate = triangulatorOf(c);
    expect(triangulate(['seg-ceo', 'seg-site'])).toEqual({ count: 2, kinds: ['interview', 'website'] });
    // interview (the CEO), website, report: the vocabulary's order, whatever the order cited.
    expect(triangulate(['seg-report', 'seg-site', 'seg-ceo'])).toEqual({ count: 3, kinds: ['interview', 'website', 'report'] });
    expect(triangulate(undefined)).toEqual({ count: 0, kinds: [] });
  });
});
