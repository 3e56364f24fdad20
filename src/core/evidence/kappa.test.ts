import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sliceCodePoints } from './code-points.js';
import { coderAgreement, paragraphUnits, type CodedRange, type TextUnit } from './kappa.js';

/** `count` units of ten code points each: unit i is [10·i, 10·i + 10). */
function tenWide(count: number): TextUnit[] {
  return Array.from({ length: count }, (_, i) => ({ start: 10 * i, end: 10 * i + 10 }));
}

/** One range inside each listed unit (code points 2 to 5 of it), carrying `codes`. */
function inUnits(indexes: readonly number[], ...codes: string[]): CodedRange[] {
  return indexes.map((i) => ({ start: 10 * i + 2, end: 10 * i + 5, codes }));
}

describe('coderAgreement: Cohen’s kappa for one code', () => {
  it('computes the 10-unit example by hand', () => {
    // Units 0–3: both; unit 4: only A; unit 5: only B; units 6–9: neither.
    // a = 4, b = 1, c = 1, d = 4. po = (4 + 4) / 10 = 0.8.
    // pA = 5/10, pB = 5/10; pe = 0.5·0.5 + 0.5·0.5 = 0.5. κ = (0.8 − 0.5) / (1 − 0.5) = 0.6.
    const result = coderAgreement(tenWide(10), inUnits([0, 1, 2, 3, 4], 'x'), inUnits([0, 1, 2, 3, 5], 'x'));
    expect(result.perCode).toHaveLength(1);
    const x = result.perCode[0];
    expect(x).toMatchObject({ code: 'x', units: 10, both: 4, onlyA: 1, onlyB: 1, neither: 4 });
    expect(x?.observed).toBeCloseTo(0.8, 12);
    expect(x?.expected).toBeCloseTo(0.5, 12);
    expect(x?.kappa).toBeCloseTo(0.6, 12);
  });

  it('computes a table with unequal margins by hand', () => {
    // 50 units: both 20, only A 5, only B 10, neither 15.
    // po = (20 + 15) / 50 = 0.7. A applied 25/50 = 0.5, B applied 30/50 = 0.6.
    // pe = 0.5·0.6 + 0.5·0.4 = 0.30 + 0.20 = 0.5. κ = (0.7 − 0.5) / 0.5 = 0.4.
    const both = Array.from({ length: 20 }, (_, i) => i);
    const onlyA = Array.from({ length: 5 }, (_, i) => 20 + i);
    const onlyB = Array.from({ length: 10 }, (_, i) => 25 + i);
    const result = coderAgreement(tenWide(50), inUnits([...both, ...onlyA], 'x'), inUnits([...both, ...onlyB], 'x'));
    expect(result.perCode[0]).toMatchObject({ units: 50, both: 20, onlyA: 5, onlyB: 10, neither: 15 });
    expect(result.perCode[0]?.observed).toBeCloseTo(0.7, 12);
    expect(result.perCode[0]?.expected).toBeCloseTo(0.5, 12);
    expect(result.perCode[0]?.kappa).toBeCloseTo(0.4, 12);
  });

  it('gives a negative kappa when the coders disagree more than chance would', () => {
    // 4 units: A codes units 0 and 1, B codes units 2 and 3. po = 0; pA = pB = 0.5; pe = 0.5.
    // κ = (0 − 0.5) / (1 − 0.5) = −1.
    const result = coderAgreement(tenWide(4), inUnits([0, 1], 'x'), inUnits([2, 3], 'x'));
    expect(result.overall.observed).toBe(0);
    expect(result.overall.kappa).toBeCloseTo(-1, 12);
  });

  it('is 1 when the coders agree perfectly on a code used on some units only', () => {
    // both 3, neither 2: po = 1, pe = 0.6·0.6 + 0.4·0.4 = 0.52, κ = 0.48 / 0.48 = 1.
    const result = coderAgreement(tenWide(5), inUnits([0, 2, 4], 'x'), inUnits([0, 2, 4], 'x'));
    expect(result.perCode[0]?.expected).toBeCloseTo(0.52, 12);
    expect(result.perCode[0]?.kappa).toBe(1);
    expect(result.overall.kappa).toBe(1);
    expect(result.disagreements).toEqual([]);
  });

  it('is null when both coders code every unit, or none', () => {
    const everywhere = coderAgreement(tenWide(3), inUnits([0, 1, 2], 'x'), [{ start: 0, end: 30, codes: ['x'] }]);
    expect(everywhere.perCode[0]).toMatchObject({ both: 3, observed: 1, expected: 1, kappa: null });
    // "y" is asked for but neither coder applied it: neither 3 → pe = 0·0 + 1·1 = 1.
    const nowhere = coderAgreement(tenWide(3), [], [], ['y']);
    expect(nowhere.perCode[0]).toMatchObject({ code: 'y', neither: 3, observed: 1, expected: 1, kappa: null });
    expect(nowhere.overall).toMatchObject({ units: 3, kappa: null });
  });

  it('is null, not NaN, with no units or no codes', () => {
    expect(coderAgreement([], inUnits([0], 'x'), []).overall).toEqual({
      units: 0,
      both: 0,
      onlyA: 0,
      onlyB: 0,
      neither: 0,
      observed: 1,
      expected: 1,
      kappa: null,
    });
    const noCodes = coderAgreement(tenWide(2), [], []);
    expect(noCodes.perCode).toEqual([]);
    expect(noCodes.overall.kappa).toBeNull();
  });
});

describe('coderAgreement: which units a range codes', () => {
  const units: TextUnit[] = [
    { start: 0, end: 10 },
    { start: 10, end: 20 },
    { start: 20, end: 30 },
  ];
  const codedUnits = (range: CodedRange) => {
    const t = coderAgreement(units, [range], [], ['x']).perCode[0];
    return t?.onlyA;
  };

  it('counts an overlap of one code point', () => {
    expect(codedUnits({ start: 9, end: 11, codes: ['x'] })).toBe(2); // code points 9 (unit 0) and 10 (unit 1)
    expect(codedUnits({ start: 19, end: 20, codes: ['x'] })).toBe(1); // code point 19 only: unit 1
  });

  it('does not count a range that only touches a unit at its edge', () => {
    // [10, 20) ends where unit 2 starts and starts where unit 0 ends: unit 1 only.
    const result = coderAgreement(units, [{ start: 10, end: 20, codes: ['x'] }], [], ['x']);
    expect(result.disagreements.map((d) => d.unit)).toEqual([1]);
  });

  it('counts no unit for an empty range', () => {
    expect(codedUnits({ start: 15, end: 15, codes: ['x'] })).toBe(0);
  });

  it('counts every unit a long range spans', () => {
    expect(codedUnits({ start: 5, end: 25, codes: ['x'] })).toBe(3);
  });
});

describe('coderAgreement: several codes', () => {
  // Code x, 10 units: both 4, only A 1, only B 1, neither 4 → po 0.8, pe 0.5, κ 0.6 (as above).
  // Code y, 10 units: both 1 (unit 0), only B 1 (unit 9), neither 8.
  //   po = 0.9; pA = 0.1, pB = 0.2; pe = 0.1·0.2 + 0.9·0.8 = 0.02 + 0.72 = 0.74; κ = 0.16 / 0.26 = 8/13.
  // Pooled (de Vries et al.): p̄o = (0.8 + 0.9) / 2 = 0.85; p̄e = (0.5 + 0.74) / 2 = 0.62;
  //   κ = (0.85 − 0.62) / (1 − 0.62) = 0.23 / 0.38 = 23/38 ≈ 0.6053.
  // (Summing the tables first would give both 5, only A 1, only B 2, neither 12: pe = 0.3·0.35 + 0.7·0.65
  //   = 0.56 and κ = 0.29 / 0.44 ≈ 0.659 — not the pooled kappa.)
  const units = tenWide(10);
  const coderA = [...inUnits([0, 1, 2, 3, 4], 'x'), ...inUnits([0], 'y')];
  // B codes y in unit 0 with a range of its own, overlapping the x range there.
  const coderB = [...inUnits([0, 1, 2, 3, 5], 'x'), ...inUnits([9], 'y'), { start: 1, end: 3, codes: ['y'] }];

  it('gives each code its own kappa, sorted by code', () => {
    const result = coderAgreement(units, [...coderA].reverse(), coderB);
    expect(result.perCode.map((c) => c.code)).toEqual(['x', 'y']);
    expect(result.perCode[0]?.kappa).toBeCloseTo(0.6, 12);
    expect(result.perCode[1]).toMatchObject({ code: 'y', both: 1, onlyA: 0, onlyB: 1, neither: 8 });
    expect(result.perCode[1]?.expected).toBeCloseTo(0.74, 12);
    expect(result.perCode[1]?.kappa).toBeCloseTo(8 / 13, 12);
  });

  it('pools the codes with the mean observed and mean chance agreement', () => {
    const { overall } = coderAgreement(units, coderA, coderB);
    expect(overall).toMatchObject({ units: 20, both: 5, onlyA: 1, onlyB: 2, neither: 12 });
    expect(overall.observed).toBeCloseTo(0.85, 12);
    expect(overall.expected).toBeCloseTo(0.62, 12);
    expect(overall.kappa).toBeCloseTo(23 / 38, 12);
  });

  it('lists each unit and code where only one coder applied it, in unit order', () => {
    expect(coderAgreement(units, coderA, coderB).disagreements).toEqual([
      { unit: 4, start: 40, end: 50, code: 'x', appliedBy: 'A' },
      { unit: 5, start: 50, end: 60, code: 'x', appliedBy: 'B' },
      { unit: 9, start: 90, end: 100, code: 'y', appliedBy: 'B' },
    ]);
  });

  it('compares only the codes asked for, once each, and counts a code nobody applied', () => {
    const result = coderAgreement(units, coderA, coderB, ['z', 'y', 'y']);
    expect(result.perCode.map((c) => c.code)).toEqual(['y', 'z']);
    expect(result.perCode[1]).toMatchObject({ neither: 10, kappa: null });
    expect(result.disagreements.map((d) => d.code)).toEqual(['y']);
    // Pooled over y (po 0.9, pe 0.74) and z (po 1, pe 1): p̄o = 0.95, p̄e = 0.87, κ = 0.08 / 0.13 = 8/13.
    expect(result.overall.kappa).toBeCloseTo(8 / 13, 12);
  });

  it('lists the codes of one unit in code order', () => {
    const result = coderAgreement(tenWide(1), [{ start: 0, end: 10, codes: ['b', 'a'] }], []);
    expect(result.disagreements.map((d) => `${d.code}:${d.appliedBy}`)).toEqual(['a:A', 'b:A']);
  });
});

describe('coderAgreement: properties', () => {
  const units = tenWide(8);
  const range = fc.record({
    start: fc.integer({ min: 0, max: 85 }),
    length: fc.integer({ min: 0, max: 30 }),
    codes: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
  });
  const coding = fc.array(range, { maxLength: 8 }).map((rs) => rs.map((r) => ({ start: r.start, end: r.start + r.length, codes: r.codes })));

  it('keeps kappa at most 1 and swapping the coders changes no kappa', () => {
    fc.assert(
      fc.property(coding, coding, (a, b) => {
        const ab = coderAgreement(units, a, b);
        const ba = coderAgreement(units, b, a);
        expect(ba.overall.kappa).toBe(ab.overall.kappa);
        expect(ba.perCode.map((c) => c.kappa)).toEqual(ab.perCode.map((c) => c.kappa));
        for (const f of [ab.overall, ...ab.perCode]) {
          if (f.kappa !== null) expect(f.kappa).toBeLessThanOrEqual(1);
          expect(f.kappa === null).toBe(f.expected === 1);
          expect(f.both + f.onlyA + f.onlyB + f.neither).toBe(f.units);
        }
        expect(ab.disagreements.map((d) => d.appliedBy === 'A')).toEqual(ba.disagreements.map((d) => d.appliedBy === 'B'));
      }),
    );
  });

  it('gives 1 or null when both coders coded alike', () => {
    fc.assert(
      fc.property(coding, (a) => {
        const same = coderAgreement(units, a, a);
        for (const f of [same.overall, ...same.perCode]) expect([1, null]).toContain(f.kappa);
        expect(same.disagreements).toEqual([]);
      }),
    );
  });
});

describe('paragraphUnits', () => {
  it('cuts at blank lines and counts code points', () => {
    // "Сайн байна" is 10 code points (0–10), "\n" at 10, "уу" 11–13, "\n" 13, blank line, "\n" 14,
    // "👋 hi" 15–19 (the emoji is one position), "\n" 19, " \t" 20–22 (blank), "\n" 22, "බව" 23–25.
    const text = 'Сайн байна\nуу\n\n👋 hi\n \t\nබව';
    const units = paragraphUnits(text);
    expect(units).toEqual([
      { start: 0, end: 13 },
      { start: 15, end: 19 },
      { start: 23, end: 25 },
    ]);
    expect(units.map((u) => sliceCodePoints(text, u.start, u.end))).toEqual(['Сайн байна\nуу', '👋 hi', 'බව']);
  });

  it('reads Windows and old Mac line ends', () => {
    // "a" 0–1, "\r\n" 1–3, blank line, "\r\n" 3–5, "b" 5–6, "\r" 6, blank, "\r" 7, "c" 8–9.
    expect(paragraphUnits('a\r\n\r\nb\r\rc')).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
      { start: 8, end: 9 },
    ]);
  });

  it('skips blank lines at the start and the end', () => {
    // "\n" 0, "\n" 1, "x" 2–3, "\n" 3, "  " 4–6.
    expect(paragraphUnits('\n\nx\n  ')).toEqual([{ start: 2, end: 3 }]);
  });

  it('gives no units for an empty or blank text', () => {
    expect(paragraphUnits('')).toEqual([]);
    expect(paragraphUnits(' \n\t\n')).toEqual([]);
  });

  it('covers every non-blank character of any text exactly once', () => {
    const line = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ unit: 'grapheme', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const points = [...text];
        const units = paragraphUnits(text);
        const covered = new Set<number>();
        let previousEnd = -1;
        for (const u of units) {
          expect(u.start).toBeGreaterThan(previousEnd);
          expect(u.end).toBeGreaterThan(u.start);
          previousEnd = u.end;
          for (let i = u.start; i < u.end; i++) covered.add(i);
        }
        points.forEach((ch, i) => {
          if (/\S/u.test(ch)) expect(covered.has(i)).toBe(true);
        });
      }),
    );
  });
});
