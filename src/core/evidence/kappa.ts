/**
 * Agreement between two coders who coded the same text: Cohen's kappa per code and pooled over all
 * codes, and the places where they differ.
 *
 * Method. The text is cut into units (paragraphs, speaker turns). A coder codes a unit with code C
 * when any of that coder's ranges carrying C overlaps the unit by at least one code point (ranges
 * that only touch a unit's edge do not count). For each code, the units make a 2×2 table — both
 * coders applied C, only A, only B, neither — and Cohen's kappa is κ = (po − pe) / (1 − pe), with po
 * the share of units where the coders agree and pe = pA·pB + (1 − pA)·(1 − pB) the agreement
 * expected by chance from each coder's own rate of applying C (Cohen 1960, "A coefficient of
 * agreement for nominal scales", Educational and Psychological Measurement 20(1): 37–46).
 *
 * The overall figure is the pooled kappa of de Vries, Elliott, Kanouse and Teleki (2008, "Using
 * pooled kappa to summarize interrater agreement across many items", Field Methods 20(3): 272–282):
 * κ = (p̄o − p̄e) / (1 − p̄e), where p̄o and p̄e are the means over the codes of each code's po and pe.
 * It is not the mean of the codes' kappas, and not the kappa of the codes' summed table either:
 * chance agreement is worked out code by code, since coders apply each code at its own rate. The
 * overall counts are the codes' tables summed, so that `units` is units × codes.
 *
 * Kappa is undefined (null) when pe = 1: both coders applied a code to every unit, or to none, so
 * there is no chance disagreement to beat. A table with no units at all counts the same way.
 */
import { codePointLength } from './code-points.js';

/** A stretch of the text that is coded as a whole, in code points, end exclusive. */
export interface TextUnit {
  start: number;
  end: number;
}

/** A range one coder coded, in code points, end exclusive, with the codes applied to it. */
export interface CodedRange {
  start: number;
  end: number;
  codes: readonly string[];
}

/** How the units fall between the two coders for one code (or, summed, for all). */
export interface AgreementTable {
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface KappaFigure extends AgreementTable {
  /** Share of decisions where the coders agree (po). */
  observed: number;
  /** Agreement expected by chance (pe). */
  expected: number;
  /** (po − pe) / (1 − pe); null when undefined (expected === 1). */
  kappa: number | null;
}

export interface CodeAgreement extends KappaFigure {
  code: string;
}

/** A code one coder applied to a unit and the other did not. */
export interface Disagreement {
  /** Index of the unit in the units given. */
  unit: number;
  start: number;
  end: number;
  code: string;
  appliedBy: 'A' | 'B';
}

export interface CoderAgreement {
  overall: KappaFigure;
  perCode: CodeAgreement[];
  disagreements: Disagreement[];
}

/**
 * How far two coders agree on the same text: kappa per code, pooled kappa over the codes, and every
 * unit and code where only one of them applied it. `codes` limits (or widens) the codes compared;
 * without it, every code either coder applied.
 */
export function coderAgreement(
  units: readonly TextUnit[],
  coderA: readonly CodedRange[],
  coderB: readonly CodedRange[],
  codes?: readonly string[],
): CoderAgreement {
  const compared = distinctSorted(codes ?? [...coderA, ...coderB].flatMap((range) => range.codes));
  const codedA = codesPerUnit(units, coderA);
  const codedB = codesPerUnit(units, coderB);

  const tables = compared.map((code) => ({ code, table: emptyTable(units.length) }));
  const disagreements: Disagreement[] = [];
  units.forEach((unit, index) => {
    for (const { code, table } of tables) {
      const a = codedA[index]?.has(code) === true;
      const b = codedB[index]?.has(code) === true;
      if (a && b) table.both++;
      else if (a) table.onlyA++;
      else if (b) table.onlyB++;
      else table.neither++;
      if (a !== b) disagreements.push({ unit: index, start: unit.start, end: unit.end, code, appliedBy: a ? 'A' : 'B' });
    }
  });

  const perCode = tables.map(({ code, table }) => ({ code, ...figure(table, [table], units.length) }));
  const summed = tables.reduce((sum, { table }) => addTables(sum, table), emptyTable(0));
  const overall = figure(
    summed,
    tables.map(({ table }) => table),
    units.length,
  );
  return { overall, perCode, disagreements };
}

/**
 * The paragraphs of a text as units: blocks of lines separated by one or more blank lines (lines of
 * whitespace only), each from the start of its first line to the end of its last, in code points.
 */
export function paragraphUnits(text: string): TextUnit[] {
  const toPosition = codePointCounter(text);
  const units: TextUnit[] = [];
  let block: { start: number; end: number } | undefined;
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found === null ? text.length : found.index;
    if (/\S/u.test(text.slice(lineStart, lineEnd))) {
      if (block === undefined) block = { start: lineStart, end: lineEnd };
      else block.end = lineEnd;
    } else if (block !== undefined) {
      units.push({ start: toPosition(block.start), end: toPosition(block.end) });
      block = undefined;
    }
    if (found === null) break;
    lineStart = lineBreak.lastIndex;
  }
  if (block !== undefined) units.push({ start: toPosition(block.start), end: toPosition(block.end) });
  return units;
}

function distinctSorted(codes: readonly string[]): string[] {
  return [...new Set(codes)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** For each unit, the codes one coder applied to it. */
function codesPerUnit(units: readonly TextUnit[], ranges: readonly CodedRange[]): Set<string>[] {
  return units.map((unit) => {
    const codes = new Set<string>();
    for (const range of ranges) {
      if (Math.max(range.start, unit.start) < Math.min(range.end, unit.end)) for (const code of range.codes) codes.add(code);
    }
    return codes;
  });
}

function emptyTable(units: number): AgreementTable {
  return { units, both: 0, onlyA: 0, onlyB: 0, neither: 0 };
}

function addTables(x: AgreementTable, y: AgreementTable): AgreementTable {
  return { units: x.units + y.units, both: x.both + y.both, onlyA: x.onlyA + y.onlyA, onlyB: x.onlyB + y.onlyB, neither: x.neither + y.neither };
}

/**
 * The kappa figure of `shown`, pooled over `tables` of `n` units each (one table: plain Cohen's
 * kappa). Worked in whole numbers until the last division, so that pe is exactly 1 when it should be
 * and swapping the coders gives the very same number: with m tables, po = Σ agreements / (m·n) and
 * pe = Σ (a₁·b₁ + a₀·b₀) / (m·n²), a₁, b₁ the units each coder applied the code to, a₀, b₀ the rest;
 * so κ = (n·Σ agreements − Σ (a₁·b₁ + a₀·b₀)) / (m·n² − Σ (a₁·b₁ + a₀·b₀)).
 */
function figure(shown: AgreementTable, tables: readonly AgreementTable[], n: number): KappaFigure {
  let agreed = 0;
  let chance = 0;
  for (const t of tables) {
    agreed += t.both + t.neither;
    chance += (t.both + t.onlyA) * (t.both + t.onlyB) + (t.onlyB + t.neither) * (t.onlyA + t.neither);
  }
  const decisions = tables.length * n;
  const possible = decisions * n;
  // pe = 1 only when each coder applied each code everywhere or nowhere alike: agreement is then total.
  if (chance === possible) return { ...shown, observed: 1, expected: 1, kappa: null };
  return { ...shown, observed: agreed / decisions, expected: chance / possible, kappa: (n * agreed - chance) / (possible - chance) };
}

/** Converts rising UTF-16 indexes of `text` to code-point positions in one pass over the text. */
function codePointCounter(text: string): (unitIndex: number) => number {
  let unitsSeen = 0;
  let pointsSeen = 0;
  return (unitIndex) => {
    pointsSeen += codePointLength(text.slice(unitsSeen, unitIndex));
    unitsSeen = unitIndex;
    return pointsSeen;
  };
}
