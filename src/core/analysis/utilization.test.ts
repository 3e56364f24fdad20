import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { NETWORK_TYPES } from '../model/index.js';
import { suggestedLevel, suggestedUtilizationOf, table10, utilizationOf } from './utilization.js';

// Thesis Table 10 (../shared/seeds/003_…txt §4.4, p. 76), transcribed: per challenge, Company A's
// social, business, institutional, digital, then Company B's.
const TABLE_10: Record<string, string[]> = {
  regulatory_institutional: ['Moderate', 'High', 'High', 'Low', 'High', 'Moderate', 'Low', 'Not used'],
  financial_resource: ['Low', 'Moderate', 'High', 'Low', 'Low', 'Low', 'Moderate', 'Not used'],
  knowledge_experience: ['Moderate', 'High', 'Moderate', 'Moderate', 'Moderate', 'Low', 'Low', 'Not used'],
  market_specific: ['Moderate', 'High', 'Moderate', 'Moderate', 'Not used', 'Not used', 'Not used', 'Not used'],
  cultural_communication: ['Low', 'Moderate', 'Low', 'Moderate', 'Moderate', 'Low', 'Not used', 'Not used'],
  technological_digital: ['Not used', 'Moderate', 'Low', 'High', 'Not used', 'Not used', 'Not used', 'Low'],
};
const column = (firm: 0 | 1) =>
  Object.fromEntries(
    Object.entries(TABLE_10).map(([challenge, levels]) => [challenge, Object.fromEntries(NETWORK_TYPES.map((t, i) => [t, levels[firm * 4 + i]]))]),
  );

describe('recorded utilization (thesis Table 10)', () => {
  it('equals thesis Table 10 for Company A and Company B', () => {
    expect(table10([sampleCase('company-a'), sampleCase('company-b')])).toEqual({ 'company-a': column(0), 'company-b': column(1) });
  });
  it('keeps the evidence of each cell and only the cells recorded', () => {
    const matrix = utilizationOf(sampleCase('company-b'));
    // seg-t10-regulatory is the thesis's (src-thesis, a document); seg-kg-person-ib1 is from the interview src-interview-ib1.
    expect(matrix['regulatory_institutional']?.social).toEqual({
      level: 'High',
      evidence: ['seg-t10-regulatory', 'seg-kg-person-ib1'],
      triangulation: { count: 2, kinds: ['interview', 'document'] },
    });
    expect(matrix).not.toHaveProperty('country_of_origin');
    expect(utilizationOf(sampleCase('sl-it-sme'))).toEqual({});
  });
  it('has only the cells a case records, and an empty column for a case that records none', () => {
    const c = smallCase({ utilization: [{ id: 'u-fin-inst', challenge: 'financial_resource', networkType: 'institutional', level: 'High' }] });
    // No evidence: no kind of source behind the cell.
    expect(utilizationOf(c)).toEqual({ financial_resource: { institutional: { level: 'High', evidence: [], triangulation: { count: 0, kinds: [] } } } });
    expect(table10([c, sampleCase('sl-it-sme')])).toEqual({ f: { financial_resource: { institutional: 'High' } }, 'sl-it-sme': {} });
  });
});

describe('suggestedLevel', () => {
  it.each([
    [[], 'Not used'],
    // The Low threshold is a total of 1: a lone tie of the weakest strength is Low use, not Not used.
    [[1], 'Low'],
    [[2], 'Low'],
    [[undefined], 'Low'],
    [[1, 2], 'Low'],
    [[4], 'Moderate'],
    [[5], 'Moderate'],
    [[undefined, undefined], 'Moderate'],
    [[3, 4], 'Moderate'],
    [[4, 4], 'High'],
    [[undefined, undefined, undefined], 'High'],
  ] as const)('%o → %s', (strengths, level) => expect(suggestedLevel(strengths)).toBe(level));
});

describe('suggestedUtilizationOf', () => {
  it('suggests Company A’s regulatory row from the ties tagged with it', () => {
    const row = suggestedUtilizationOf(sampleCase('company-a'))['regulatory_institutional'];
    // Two social ties without strength (3 + 3 = 6), three business and three institutional ones (9 each).
    expect(row).toEqual({
      social: { level: 'Moderate', ties: ['tie-cdo-associate', 'tie-firm-regulatory-contacts'], meanStrength: 3 },
      business: { level: 'High', ties: ['tie-firm-uk-quality-consultancy', 'tie-firm-pharma-companies', 'tie-firm-biotech-startups'], meanStrength: 3 },
      institutional: { level: 'High', ties: ['tie-firm-university-research-teams', 'tie-firm-ema', 'tie-firm-uk-pag'], meanStrength: 3 },
      digital: { level: 'Not used', ties: [], meanStrength: undefined },
    });
  });

  it('uses recorded strengths: the weak Chinese consultancy (1) alone makes Low', () => {
    // The Kyrgyz subsidiary, which format 1 counted as a business tie, is part of the firm.
    expect(suggestedUtilizationOf(sampleCase('company-b'))['regulatory_institutional']?.business).toEqual({
      level: 'Low',
      ties: ['tie-firm-cn-consulting-firm'],
      meanStrength: 1,
    });
  });

  it('leaves ended ties out: the MNCCI event helped with knowledge once, but has ended', () => {
    const b = sampleCase('company-b');
    expect(suggestedUtilizationOf(b)['knowledge_experience']?.institutional.level).toBe('Not used');
    const revived = { ...b, ties: b.ties.map((t) => (t.id === 'tie-firm-mncci-central-asia-event' ? { ...t, status: 'dormant' as const } : t)) };
    expect(suggestedUtilizationOf(revived)['knowledge_experience']?.institutional).toMatchObject({ level: 'Low', ties: ['tie-firm-mncci-central-asia-event'] });
  });

  it('has a row for every challenge rated or recorded, and none for others', () => {
    expect(Object.keys(suggestedUtilizationOf(sampleCase('company-b')))).toEqual([...Object.keys(TABLE_10), 'country_of_origin']);
    expect(Object.keys(suggestedUtilizationOf(sampleCase('sl-it-sme')))).toEqual([
      'regulatory_institutional',
      'market_specific',
      'pandemic_disruption',
      'distance_accessibility',
    ]);
    expect(suggestedUtilizationOf(sampleCase('sl-it-sme'))['distance_accessibility']?.digital.level).toBe('High');
  });

  it('ignores ties between two actors', () => {
    const a = sampleCase('company-a');
    const between = { ...a.ties.find((t) => t.id === 'tie-uk-pag-uk-hospitals')!, helpedWith: { challenges: ['technological_digital'], benefits: [] } };
    const c = { ...a, ties: a.ties.map((t) => (t.id === between.id ? between : t)) };
    expect(suggestedUtilizationOf(c)['technological_digital']?.institutional.level).toBe('Not used');
  });

  it('has a row for a challenge with recorded cells but no rating, and none for one only tagged on ties', () => {
    const c = smallCase({
      actors: [
        { id: 'a-translator', name: 'Translator', kind: 'person' },
        { id: 'a-agency', name: 'Agency', kind: 'organization' },
      ],
      ties: [
        { id: 't-translator', from: 'f', to: 'a-translator', networkType: 'social', strength: 1, helpedWith: { challenges: ['cultural_communication'] } },
        { id: 't-agency', from: 'f', to: 'a-agency', networkType: 'institutional', helpedWith: { challenges: ['financial_resource'] } },
      ],
      utilization: [{ id: 'u-cult-social', challenge: 'cultural_communication', networkType: 'social', level: 'Low' }],
    });
    const matrix = suggestedUtilizationOf(c);
    // Recorded but not rated: the suggestion is what the recorded cell is compared with.
    expect(Object.keys(matrix)).toEqual(['cultural_communication']);
    // One weak tie (strength 1) reaches the Low threshold.
    expect(matrix['cultural_communication']?.social).toEqual({ level: 'Low', ties: ['t-translator'], meanStrength: 1 });
    expect(matrix['cultural_communication']?.institutional).toEqual({ level: 'Not used', ties: [], meanStrength: undefined });
  });
});
