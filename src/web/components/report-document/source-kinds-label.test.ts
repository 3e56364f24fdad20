import { describe, expect, it } from 'vitest';
import { sourceKindsLabel, sourceKindsMarks } from './source-kinds-label';

describe('sourceKindsLabel', () => {
  it('says how many kinds of source back a finding, and which', () => {
    expect(sourceKindsLabel({ count: 2, kinds: ['interview', 'document'] })).toBe('2 kinds of source: interview, document');
    expect(sourceKindsLabel({ count: 1, kinds: ['social_media'] })).toBe('1 kind of source: social media');
    expect(sourceKindsLabel({ count: 0, kinds: [] })).toBe('no kind of source on record');
  });

  it('draws one mark per kind', () => {
    expect(sourceKindsMarks({ count: 3 })).toBe('◆◆◆');
    expect(sourceKindsMarks({ count: 0 })).toBe('');
  });
});
