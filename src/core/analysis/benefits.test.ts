import { describe, expect, it } from 'vitest';
import { type CaseFile } from '../case-file/index.js';
import { sampleCase } from '../../test-support/samples.js';
import { BENEFITS, NETWORK_TYPES } from '../model/index.js';
import { benefitsOf } from './benefits.js';

const counts = (c: CaseFile) => Object.fromEntries(BENEFITS.map((b) => [b, NETWORK_TYPES.map((t) => benefitsOf(c)[b][t].count)]));

describe('benefitsOf (paper Figure 1)', () => {
  it('counts the Sri Lankan SME’s benefits under the network type that brought them', () => {
    // Columns: social, business, institutional, digital. The paper names four benefits for the case,
    // "enhanced reputation and credibility" among them, but credits that one to "respected networks"
    // in general, with no network type or tie; the case records it as a benefit known only from the
    // text (next test), which Figure 1 cannot count under any type.
    expect(counts(sampleCase('sl-it-sme'))).toEqual({
      market_access: [3, 1, 1, 4],
      resource_sharing: [0, 1, 1, 0],
      risk_reduction: [3, 0, 0, 0],
      reputation: [0, 0, 0, 0],
    });
    const matrix = benefitsOf(sampleCase('sl-it-sme'));
    expect(matrix.market_access.social.from).toEqual(['ben-social-market-access', 'tie-founder-personal-network', 'tie-founder-alumni-network']);
    expect(matrix.market_access.digital.from).toEqual(['ben-digital-market-access', 'tie-firm-website', 'tie-firm-linkedin-page', 'tie-firm-facebook-page']);
  });

  it('keeps the Sri Lankan SME’s reputation benefit, which the paper names without a network type, as a benefit known only from the text', () => {
    const sl = sampleCase('sl-it-sme');
    const reputation = sl.segments.filter((s) => s.codes.includes('benefit:reputation'));
    // The three passages on reputation, and the conclusion naming all four benefits.
    expect(reputation.map((s) => s.id)).toEqual(['seg-rep-visibility', 'seg-rep-connections', 'seg-rep-sensitive-data', 'seg-conc-benefits']);
    expect(reputation[0]?.quote).toBe(
      'The interview signpost that being part of respected networks boosts the visibility and credibility of IT-based SMEs in global markets.',
    );
    // A benefit record with evidence but neither tie nor network type: the paper's finding is in the file,
    // and the case says why Figure 1's reputation row stays empty.
    const records = sl.benefits.filter((b) => b.benefit === 'reputation');
    expect(records.map((b) => [b.id, b.tie, b.networkType])).toEqual([['ben-reputation', undefined, undefined]]);
    expect(records[0]?.evidence).toEqual(expect.arrayContaining(['seg-rep-visibility', 'seg-rep-connections', 'seg-rep-sensitive-data']));
    expect((sl.notes ?? []).some((n) => n.startsWith('Benefits known only from the text: enhanced reputation & credibility'))).toBe(true);
    expect(NETWORK_TYPES.map((t) => benefitsOf(sl).reputation[t].count)).toEqual([0, 0, 0, 0]);
  });

  it('takes the tie’s network type when the record has none, and does not count a tie twice for one benefit', () => {
    const matrix = benefitsOf(sampleCase('company-a'));
    // benefit-uk-pag-market-access cites tie-firm-uk-pag, which is also tagged market_access: counted once.
    expect(matrix.market_access.institutional.from).toEqual([
      'benefit-uk-pag-market-access',
      'benefit-institutional-market-access',
      'tie-firm-scientific-conferences',
    ]);
    expect(matrix.market_access.business.from).toEqual(['benefit-industry-market-access', 'benefit-business-market-access', 'tie-firm-biotech-startups']);
    expect(matrix.reputation.institutional.count).toBe(3);
    for (const b of BENEFITS) for (const t of NETWORK_TYPES) expect(matrix[b][t].count).toBe(matrix[b][t].from.length);
  });

  it('counts ended ties: the benefit was brought all the same', () => {
    const matrix = benefitsOf(sampleCase('company-b'));
    expect(matrix.resource_sharing.institutional.from).toEqual(['ben-mncci-event-market-knowledge', 'ben-loan-financial-resource']);
    // Market access into the Kyrgyz Republic is the social tie's alone ("the only type of network that
    // helped them enter the Kyrgyz Republic was a social network"): the subsidiary is part of the firm.
    expect(counts(sampleCase('company-b')).market_access).toEqual([1, 0, 0, 0]);
  });

  it('counts the tags of key people’s ties but not of ties between two actors, which are not the firm’s', () => {
    const a = sampleCase('company-a');
    const tag = (id: string) => (t: (typeof a.ties)[number]) =>
      t.id === id ? { ...t, helpedWith: { challenges: [], benefits: ['resource_sharing' as const] } } : t;
    // The Dutch consultancy's tie to the German API maker (actor → actor), and the CDO's associate (key person → actor).
    const tagged = { ...a, ties: a.ties.map(tag('tie-nl-consulting-de-api-cmo')).map(tag('tie-cdo-associate')) };
    const matrix = benefitsOf(tagged);
    expect(matrix.resource_sharing.business).toEqual({ count: 0, from: [], triangulation: { count: 0, kinds: [] } });
    // tie-cdo-associate's evidence (seg-qms-associate, seg-associate-cdo, seg-social-regulatory) is all the thesis's: one document.
    expect(matrix.resource_sharing.social).toEqual({ count: 1, from: ['tie-cdo-associate'], triangulation: { count: 1, kinds: ['document'] } });
    expect(matrix.resource_sharing.institutional.count).toBe(3);
  });

  it('skips a benefit record whose tie the case does not hold, as a file that failed the reference check still analyzes', () => {
    const sl = sampleCase('sl-it-sme');
    const dangling = { ...sl, benefits: [...sl.benefits, { id: 'ben-lost', benefit: 'reputation' as const, tie: 'tie-gone' }] };
    expect(benefitsOf(dangling)).toEqual(benefitsOf(sl));
  });
});
