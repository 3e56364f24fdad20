import { describe, expect, it } from 'vitest';
import { type CaseFile } from '../case-file/index.js';
import { sampleCase } from '../../test-support/samples.js';
import { BENEFITS, NETWORK_TYPES } from '../model/index.js';
import { benefitsOf } from './benefits.js';

const counts = (c: CaseFile) => Object.fromEntries(BENEFITS.map((b) => [b, NETWORK_TYPES.map((t) => benefitsOf(c)[b][t].count)]));

describe('benefitsOf (paper Figure 1)', () => {
  it('counts the Sri Lankan SME’s benefits under the network type that brought them', () => {
    // Columns: social, business, institutional, digital.
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
    expect(counts(sampleCase('company-b')).market_access).toEqual([1, 1, 0, 0]);
  });
});
