import { describe, expect, it } from 'vitest';
import { knowledgeBaseSchema, type KnowledgeBase } from './knowledge.js';
import { isRegulatedSector, recommend } from './recommend.js';
import type { FirmContext, Gap } from './types.js';

const rule = (id: string, when: Record<string, unknown> = {}, challenge = 'regulatory_institutional', networkType = 'digital') => ({
  id,
  challenge,
  networkType,
  when,
  title: `Rule ${id}`,
  rationale: 'A rationale long enough to pass the schema check for rules in tests.',
  actions: ['Do something concrete'],
  citations: [{ work: 'Musteen et al. (2014)', seed: '003_7a904afc5627ed05.txt', location: '§2.2, p. 27' }],
});
const kb: KnowledgeBase = knowledgeBaseSchema.parse({
  title: 't',
  recordedOn: '2026-11-23',
  rules: [
    rule('general'),
    rule('emerging-only', { economyClass: 'emerging' }),
    rule('regulated-emerging', { economyClass: 'emerging', regulatedSector: true }),
    rule('developed-only', { economyClass: 'developed' }),
    rule('other-pair', {}, 'financial_resource', 'digital'),
  ],
});
const gap: Gap = {
  challenge: 'regulatory_institutional',
  challengeLevel: 'High',
  networkType: 'digital',
  utilization: 'Not used',
  utilizationBasis: 'recorded',
  severity: 4,
  countryOfOriginFlag: false,
  evidence: [],
};
const firm: FirmContext = {
  firmId: 'f',
  countryOfOrigin: 'MN',
  economyClass: 'emerging',
  sizeClass: 'medium',
  pathway: 'traditional',
  sector: 'pharmaceuticals',
  yearsActive: 35,
  targetMarkets: [],
};

describe('recommend', () => {
  it('applies the rules of the gap whose conditions hold, most specific first', () => {
    const recs = recommend([gap], firm, kb);
    expect(recs.map((r) => r.ruleId)).toEqual(['regulated-emerging', 'emerging-only', 'general']);
    expect(recs[0]?.because).toEqual([
      'regulatory institutional is rated High and digital networks are not used against it (recorded)',
      'the firm is from an emerging economy',
      'its sector (pharmaceuticals) is regulated',
    ]);
    expect(recs[0]?.severity).toBe(4);
  });
  it('does not apply a condition whose firm value is unknown', () => {
    expect(recommend([gap], { ...firm, economyClass: undefined }, kb).map((r) => r.ruleId)).toEqual(['general']);
  });
  it('gives nothing without gaps', () => expect(recommend([], firm, kb)).toEqual([]));
  it('recognizes regulated sectors by their words', () => {
    expect(isRegulatedSector('Pharmaceuticals')).toBe(true);
    expect(isRegulatedSector('IT / software')).toBe(false);
    expect(isRegulatedSector(undefined)).toBe(false);
  });
});
