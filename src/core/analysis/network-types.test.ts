import { describe, expect, it } from 'vitest';
import { sampleCase, smallCase } from '../../test-support/samples.js';
import { networkTypesOf } from './network-types.js';

describe('networkTypesOf (thesis Table 8)', () => {
  it('reproduces Company B’s Table 8 column in the thesis’s words', () => {
    // Thesis Table 8, Company B column, transcribed from ../shared/seeds/003_…txt §4.4.
    const t = networkTypesOf(sampleCase('company-b'));
    expect(t.main.statement).toBe(
      'Social networks primarily involve the personal connections of key managers, while institutional networks are utilized to a lesser extent.',
    );
    expect(t.byType.social.statement).toBe('Friends or relatives of key people.');
    expect(t.byType.business.statement).toBe('Limited Hired a consulting firm in China.');
    expect(t.byType.institutional.statement).toBe('MNCCI, Government program for financial support (business loan with low interest rate)');
    expect(t.byType.digital.statement).toBe('Limited');
    expect(t.main.evidence).toContain('seg-t8-main');
  });

  it('counts the firm’s own ties per type, active ones apart, and names whom they reach', () => {
    const t = networkTypesOf(sampleCase('company-b'));
    // Three business ties (the Chinese consultancy and suppliers, the pharmaceutical companies met on the
    // MNCCI trip): the two subsidiaries are part of the firm, not ties (thesis Table 8: "Limited").
    expect([t.byType.social.ties, t.byType.business.ties, t.byType.institutional.ties, t.byType.digital.ties]).toEqual([3, 3, 3, 2]);
    // The MNCCI event tie has ended; the thesis does not say whether the ties to MNCCI and the loan programme go on (status unknown).
    expect(t.byType.institutional.activeTies).toBe(0);
    expect(t.byType.institutional.unknownStatusTies).toBe(2);
    expect(t.byType.social.examples).toEqual([
      'Former manager of Company B',
      'Representative in the Kyrgyz Republic, director of the Kyrgyz subsidiary',
      'Kazakh-ethnic employees of Company B',
    ]);
    expect(t.byType.digital.examples).toEqual(['Company B website', 'Company B LinkedIn profile']);
    expect(Object.values(t.byType).every((s) => s.inUse)).toBe(true);
  });

  it('cites the evidence of the type’s ties beside that of the thesis’s statement', () => {
    const t = networkTypesOf(sampleCase('company-b'));
    // From the ties to the former manager (social) and to the raw-material suppliers in China (business).
    expect(t.byType.social.evidence).toEqual(expect.arrayContaining(['seg-former-manager-network', 'seg-only-social-kg']));
    expect(t.byType.business.evidence).toContain('seg-cn-unprofessional');
    expect(t.byType.social.evidence).not.toContain('seg-cn-unprofessional');
  });

  it('leaves ties between actors out (they are for warm paths) and lists each actor once', () => {
    const a = sampleCase('company-a');
    const t = networkTypesOf(a);
    // 17 business ties in the file, two of them actor → actor (a referral and an introduction).
    expect(a.ties.filter((x) => x.networkType === 'business')).toHaveLength(17);
    expect(t.byType.business.ties).toBe(15);
    const twice = { ...a, ties: [...a.ties, { ...a.ties.find((x) => x.id === 'tie-firm-linkedin')!, id: 'tie-cdo-linkedin', from: 'kp-cdo' }] };
    expect(networkTypesOf(twice).byType.digital.examples.filter((n) => n === 'LinkedIn')).toHaveLength(1);
    expect(networkTypesOf(twice).byType.digital.ties).toBe(6);
  });

  it('counts a type as in use only while one of its ties has not ended', () => {
    const b = sampleCase('company-b');
    const ended = { ...b, ties: b.ties.map((x) => (x.networkType === 'digital' ? { ...x, status: 'ended' as const } : x)) };
    const digital = networkTypesOf(ended).byType.digital;
    expect(digital).toMatchObject({ ties: 2, activeTies: 0, inUse: false, statement: 'Limited' });
    const dormant = { ...b, ties: b.ties.map((x) => (x.networkType === 'digital' ? { ...x, status: 'dormant' as const } : x)) };
    expect(networkTypesOf(dormant).byType.digital).toMatchObject({ activeTies: 0, inUse: true });
  });

  it('counts a tie between two key people without naming anyone: examples are the actors reached', () => {
    const c = smallCase({
      keyPeople: [
        { id: 'kp-ceo', role: 'Chief executive officer' },
        { id: 'kp-cto', role: 'Chief technology officer' },
      ],
      actors: [{ id: 'a-classmate', name: 'A former classmate', kind: 'person' }],
      ties: [
        { id: 't-colleagues', from: 'kp-ceo', to: 'kp-cto', networkType: 'social' },
        { id: 't-classmate', from: 'kp-cto', to: 'a-classmate', networkType: 'social', status: 'dormant' },
      ],
    });
    expect(networkTypesOf(c).byType.social).toEqual({
      networkType: 'social',
      statement: undefined,
      ties: 2,
      activeTies: 1,
      unknownStatusTies: 0,
      examples: ['A former classmate'],
      inUse: true,
      evidence: [],
    });
  });
});
