import { describe, expect, it } from 'vitest';
import { ratingKey, ratingSources } from './rating-sources';

describe('ratingSources', () => {
  it('tells a firm-wide rating from the same category’s rating for one market', () => {
    const sources = ratingSources([
      { category: 'regulatory_institutional', triangulation: { count: 2, kinds: ['interview', 'document'] } },
      { category: 'regulatory_institutional', market: 'mkt-kg', triangulation: { count: 1, kinds: ['interview'] } },
    ]);
    expect(sources.get(ratingKey('regulatory_institutional', undefined))).toEqual({ count: 2, kinds: ['interview', 'document'] });
    expect(sources.get(ratingKey('regulatory_institutional', 'mkt-kg'))).toEqual({ count: 1, kinds: ['interview'] });
    expect(sources.get(ratingKey('financial_resource', undefined))).toBeUndefined();
  });
});
