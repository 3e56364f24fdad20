import { describe, expect, it } from 'vitest';
import { knowledgeBaseSchema, type KnowledgeBase } from './knowledge.js';
import { coverage, isRegulatedSector, recommend } from './recommend.js';
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

/** A knowledge base of one rule per condition value, all for the gap above. */
const contextKb: KnowledgeBase = knowledgeBaseSchema.parse({
  title: 'conditions',
  recordedOn: '2026-11-23',
  rules: [
    rule('unregulated-only', { regulatedSector: false }),
    rule('regulated-only', { regulatedSector: true }),
    rule('born-global-only', { pathway: ['born_global'] }),
    rule('born-again-or-traditional', { pathway: ['born_again_global', 'traditional'] }),
    rule('micro-or-small', { sizeClass: ['micro', 'small'] }),
    rule('developed-only', { economyClass: 'developed' }),
  ],
});
const applied = (f: Partial<FirmContext>) => recommend([gap], { ...firm, ...f }, contextKb).map((r) => r.ruleId);
const reasons = (f: Partial<FirmContext>, ruleId: string) =>
  recommend([gap], { ...firm, ...f }, contextKb)
    .find((r) => r.ruleId === ruleId)
    ?.because.slice(1);
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
  it('applies only the rules of the gap’s own network type, not those of the same challenge and another type', () => {
    const withOtherType = knowledgeBaseSchema.parse({ ...kb, rules: [...kb.rules, rule('same-challenge-social', {}, 'regulatory_institutional', 'social')] });
    expect(recommend([gap], firm, withOtherType).map((r) => r.ruleId)).toEqual(['regulated-emerging', 'emerging-only', 'general']);
    expect(recommend([{ ...gap, networkType: 'social' }], firm, withOtherType).map((r) => r.ruleId)).toEqual(['same-challenge-social']);
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

  it('applies regulatedSector: false rules to firms outside the regulated sectors only', () => {
    const traditional = { economyClass: 'emerging' as const, pathway: 'traditional' as const, sizeClass: 'medium' as const };
    expect(applied({ ...traditional, sector: 'IT / software' })).toEqual(['born-again-or-traditional', 'unregulated-only']);
    expect(reasons({ ...traditional, sector: 'IT / software' }, 'unregulated-only')).toEqual(['its sector is not a regulated one']);
    expect(applied({ ...traditional, sector: 'pharmaceuticals' })).toEqual(['born-again-or-traditional', 'regulated-only']);
    expect(reasons({ ...traditional, sector: 'pharmaceuticals' }, 'regulated-only')).toEqual(['its sector (pharmaceuticals) is regulated']);
    // An unrecorded sector is neither: the recommender cannot say the firm is outside the regulated sectors.
    expect(applied({ ...traditional, sector: undefined })).toEqual(['born-again-or-traditional']);
  });

  it('applies pathway rules only to firms on one of the rule’s pathways', () => {
    const base = { sector: 'IT / software', economyClass: 'emerging' as const, sizeClass: 'medium' as const };
    expect(applied({ ...base, pathway: 'born_global' })).toEqual(['born-global-only', 'unregulated-only']);
    expect(reasons({ ...base, pathway: 'born_global' }, 'born-global-only')).toEqual(['its pathway is born global']);
    expect(applied({ ...base, pathway: 'born_again_global' })).toEqual(['born-again-or-traditional', 'unregulated-only']);
    expect(reasons({ ...base, pathway: 'born_again_global' }, 'born-again-or-traditional')).toEqual(['its pathway is born again global']);
    expect(applied({ ...base, pathway: undefined })).toEqual(['unregulated-only']);
  });

  it('applies size-class and developed-economy rules with their reasons', () => {
    const small = { sector: 'pharmaceuticals', economyClass: 'developed' as const, pathway: undefined, sizeClass: 'small' as const };
    expect(applied(small)).toEqual(['developed-only', 'micro-or-small', 'regulated-only']);
    expect(reasons(small, 'micro-or-small')).toEqual(['it is a small firm']);
    expect(reasons(small, 'developed-only')).toEqual(['the firm is from a developed economy']);
    expect(applied({ ...small, sizeClass: 'medium' })).toEqual(['developed-only', 'regulated-only']);
    expect(applied({ ...small, sizeClass: undefined })).toEqual(['developed-only', 'regulated-only']);
  });

  it('puts the worst gap first and says when a network type is used little', () => {
    const low: Gap = { ...gap, challengeLevel: 'Medium', utilization: 'Low', utilizationBasis: 'suggested', severity: 1 };
    const other: Gap = { ...gap, challenge: 'financial_resource', severity: 4 };
    const recs = recommend([other, low], firm, kb);
    expect(recs.map((r) => `${r.ruleId} ${r.severity}`)).toEqual(['other-pair 4', 'regulated-emerging 1', 'emerging-only 1', 'general 1']);
    expect(recs[1]?.because[0]).toBe('regulatory institutional is rated Medium and digital networks are used little against it (suggested)');
    expect(recs[0]).toMatchObject({
      challenge: 'financial_resource',
      networkType: 'digital',
      title: 'Rule other-pair',
      rationale: 'A rationale long enough to pass the schema check for rules in tests.',
      actions: ['Do something concrete'],
      citations: [{ work: 'Musteen et al. (2014)', seed: '003_7a904afc5627ed05.txt', location: '§2.2, p. 27' }],
    });
  });
});

describe('recommend: rule order', () => {
  it('ranks rules by the conditions they set, a condition left undefined being none, then by id', () => {
    const ordered = knowledgeBaseSchema.parse({
      title: 'order',
      recordedOn: '2026-11-23',
      rules: [
        rule('b-regulated-economy-unset', { economyClass: undefined, regulatedSector: true }),
        rule('c-general'),
        rule('a-regulated', { regulatedSector: true }),
        rule('d-regulated-emerging', { regulatedSector: true, economyClass: 'emerging' }),
      ],
    });
    expect(recommend([gap], firm, ordered).map((r) => r.ruleId)).toEqual(['d-regulated-emerging', 'a-regulated', 'b-regulated-economy-unset', 'c-general']);
  });
});

describe('coverage', () => {
  it('counts the rules of every built-in challenge × network type pair', () => {
    const pairs = coverage(kb);
    expect(pairs).toHaveLength(7 * 4);
    expect(pairs[0]).toEqual({ challenge: 'regulatory_institutional', networkType: 'social', rules: 0 });
    expect(pairs.find((p) => p.challenge === 'regulatory_institutional' && p.networkType === 'digital')?.rules).toBe(4);
    expect(pairs.find((p) => p.challenge === 'financial_resource' && p.networkType === 'digital')?.rules).toBe(1);
    expect(pairs.reduce((sum, p) => sum + p.rules, 0)).toBe(5);
  });
});
