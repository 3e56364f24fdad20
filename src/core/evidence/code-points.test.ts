import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLength, codePointPosition, codeUnitIndex, sliceCodePoints } from './code-points.js';

describe('code-point positions', () => {
  // "Сайн 👋 බව": 4 Cyrillic letters, a space, one emoji (two UTF-16 units), a space, 2 Sinhala code points.
  const text = 'Сайн 👋 බව';

  it('counts an emoji as one position', () => {
    expect(text.length).toBe(10);
    expect(codePointLength(text)).toBe(9);
  });

  it('slices by code points', () => {
    expect(sliceCodePoints(text, 5, 6)).toBe('👋');
    expect(sliceCodePoints(text, 7, 9)).toBe('බව');
    expect(sliceCodePoints(text, 0, 4)).toBe('Сайн');
  });

  it('maps positions to UTF-16 indexes and back', () => {
    expect(codeUnitIndex(text, 6)).toBe(7);
    expect(codePointPosition(text, 7)).toBe(6);
    expect(codePointPosition(text, 6)).toBe(5);
    expect(codeUnitIndex(text, 99)).toBe(text.length);
  });

  it('agrees with the string iterator on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (s, a, b) => {
        const points = [...s];
        expect(codePointLength(s)).toBe(points.length);
        const [start, end] = [Math.min(a, b) % (points.length + 1), Math.max(a, b) % (points.length + 1)];
        const lo = Math.min(start, end);
        const hi = Math.max(start, end);
        expect(sliceCodePoints(s, lo, hi)).toBe(points.slice(lo, hi).join(''));
        expect(codePointPosition(s, codeUnitIndex(s, lo))).toBe(lo);
      }),
    );
  });
});
