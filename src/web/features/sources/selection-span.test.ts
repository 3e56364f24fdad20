import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../core/evidence/code-points';
import { pointInText, textareaSpan, trimmedSpan } from './selection-span';

describe('a point inside a piece of text', () => {
  // "a😀b": units a=0, emoji=1–2, b=3; code points a=0, emoji=1, b=2.
  const text = 'a😀b';
  it('counts code points before it', () => {
    expect(pointInText(text, 0, 'start')).toBe(0);
    expect(pointInText(text, 1, 'start')).toBe(1);
    expect(pointInText(text, 3, 'end')).toBe(2);
    expect(pointInText(text, 4, 'end')).toBe(3);
  });

  it('inside an emoji, falls before it for a start and after it for an end', () => {
    expect(pointInText(text, 2, 'start')).toBe(1);
    expect(pointInText(text, 2, 'end')).toBe(2);
  });

  it('is clamped to the piece', () => {
    expect(pointInText(text, -3, 'start')).toBe(0);
    expect(pointInText(text, 99, 'end')).toBe(3);
  });
});

describe('a selection trimmed', () => {
  // Code points: "  " 0–1, "Сайн" 2–5, " " 6, "😀" 7, " \n" 8–9, "x" 10.
  const text = '  Сайн 😀 \nx';

  it('loses the white space at its ends, counted in code points', () => {
    expect(trimmedSpan(text, 0, 10)).toEqual({ start: 2, end: 8 });
    expect(sliceCodePoints(text, 2, 8)).toBe('Сайн 😀');
    expect(trimmedSpan(text, 2, 8)).toEqual({ start: 2, end: 8 });
  });

  it('is nothing when only white space was selected', () => {
    expect(trimmedSpan(text, 0, 2)).toBeUndefined();
    expect(trimmedSpan(text, 8, 10)).toBeUndefined();
    expect(trimmedSpan(text, 5, 5)).toBeUndefined();
  });

  it('is put in order and clamped to the text', () => {
    expect(trimmedSpan(text, 8, 3)).toEqual({ start: 3, end: 8 });
    expect(trimmedSpan(text, 9, 50)).toEqual({ start: 10, end: 11 });
  });
});

describe('a selection in the textarea', () => {
  // Units: "ශ්‍රී" is 5 units and 5 code points (Sinhala is in the Basic Multilingual Plane), " " 5, "🇲🇳" 6–9 (two code points 6, 7), " ok" 10–12.
  const text = 'ශ්‍රී 🇲🇳 ok';

  it('counts code points, not UTF-16 units, and trims', () => {
    // Units 4–10 hold "ී 🇲🇳 ", code points 4 up to 9; the trailing space trimmed leaves 4–8.
    expect(textareaSpan(text, 4, 11)).toEqual({ start: 4, end: 8 });
    expect(sliceCodePoints(text, 4, 8)).toBe('ී 🇲🇳');
    // The same selection made backwards.
    expect(textareaSpan(text, 11, 4)).toEqual({ start: 4, end: 8 });
  });

  it('never cuts a flag’s letter in two', () => {
    // Unit 7 is inside the first regional indicator (units 6–7): the start falls before it, at code point 6.
    expect(textareaSpan(text, 7, 9)).toEqual({ start: 6, end: 8 });
  });

  it('is nothing when the selection is empty or blank', () => {
    expect(textareaSpan(text, 3, 3)).toBeUndefined();
    expect(textareaSpan(text, 5, 6)).toBeUndefined();
  });
});
