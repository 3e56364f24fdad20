/**
 * The two-coder comparison as the view shows it: which sources can be compared (those with a
 * transcript), who coded each, the figures in words, the per-code rows and the disagreements side
 * by side, unit by unit.
 */
import type { Schemas } from '../../lib/api';

export type SourceAgreement = Schemas['SourceAgreement'];
type Source = Schemas['VersionedSources']['record'];
type Transcript = Schemas['VersionedTranscripts']['record'];
type Segment = Schemas['VersionedSegments']['record'];

/** A source two coders can be compared on: it has a transcript. */
export interface TranscribedSource {
  id: string;
  title: string;
  transcript: string;
}

/** The sources that have a transcript, in the sources' order. */
export function transcribedSources(sources: readonly Source[], transcripts: readonly Transcript[]): TranscribedSource[] {
  const bySource = new Map(transcripts.map((t) => [t.source, t.id]));
  return sources.flatMap((s) => {
    const transcript = bySource.get(s.id);
    return transcript === undefined ? [] : [{ id: s.id, title: s.title, transcript }];
  });
}

export interface Coder {
  name: string;
  /** Their segments in the transcript. */
  segments: number;
}

/** The coders named by the segments placed in a transcript, A–Z. */
export function codersOf(segments: readonly Segment[], transcript: string): Coder[] {
  const counts = new Map<string, number>();
  for (const s of segments) {
    if (s.span?.transcript !== transcript || s.coder === undefined || s.coder === '') continue;
    counts.set(s.coder, (counts.get(s.coder) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => ({ name, segments: n })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The pair to compare: the address's `coders=A,B` when it names two different coders, else the
 * transcript's two coders when it has exactly two, else none (the user picks).
 */
export function chosenCoders(param: string | null, coders: readonly Coder[]): [string, string] | undefined {
  const named = (param ?? '').split(',').map((c) => c.trim());
  const [a, b] = named;
  if (named.length === 2 && a !== undefined && b !== undefined && a !== '' && b !== '' && a !== b) return [a, b];
  const [first, second] = coders;
  return coders.length === 2 && first !== undefined && second !== undefined ? [first.name, second.name] : undefined;
}

/** Kappa to two decimals with a true minus sign; "n/a" where chance agreement is complete and kappa is undefined. */
export function kappaText(kappa: number | null): string {
  if (kappa === null) return 'n/a';
  const text = Math.abs(kappa).toFixed(2);
  return kappa < 0 && text !== '0.00' ? `−${text}` : text;
}

/** A share as a whole percentage: 0.8333 → "83%". */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** "speaker turn" or "paragraph", with the count: "4 speaker turns". */
export function unitsText(kind: SourceAgreement['unitKind'], n: number): string {
  const word = kind === 'turns' ? 'speaker turn' : 'paragraph';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface CodeAgreementRow {
  code: string;
  name: string;
  kappa: string;
  observed: string;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

/** One row per code either coder applied, in the answer's order, named as the codebook names them. */
export function agreementRows(agreement: SourceAgreement): CodeAgreementRow[] {
  return agreement.perCode.map((c) => ({
    code: c.code,
    name: agreement.codeNames[c.code] ?? c.code,
    kappa: kappaText(c.kappa),
    observed: percentText(c.observed),
    both: c.both,
    onlyA: c.onlyA,
    onlyB: c.onlyB,
    neither: c.neither,
  }));
}

/** How many units each code was compared over (the same for every code), 0 when no code was applied. */
export const unitCount = (agreement: SourceAgreement): number => agreement.perCode[0]?.units ?? 0;

export interface DisagreementUnit {
  unit: number;
  /** "Turn 2", "Paragraph 5": counted from 1, as a reader counts. */
  label: string;
  text: string;
  codes: { code: string; name: string; byA: boolean; byB: boolean }[];
}

/** The disagreements grouped by unit, in the text's order: each unit's text, and per code which coder applied it. */
export function disagreementUnits(agreement: SourceAgreement): DisagreementUnit[] {
  const units = new Map<number, DisagreementUnit>();
  const word = agreement.unitKind === 'turns' ? 'Turn' : 'Paragraph';
  for (const d of agreement.disagreements) {
    let unit = units.get(d.unit);
    if (unit === undefined) {
      unit = { unit: d.unit, label: `${word} ${d.unit + 1}`, text: agreement.unitTexts[String(d.unit)] ?? '', codes: [] };
      units.set(d.unit, unit);
    }
    const name = agreement.codeNames[d.code] ?? d.code;
    const known = unit.codes.find((c) => c.code === d.code);
    if (known === undefined) unit.codes.push({ code: d.code, name, byA: d.appliedBy === 'A', byB: d.appliedBy === 'B' });
    else if (d.appliedBy === 'A') known.byA = true;
    else known.byB = true;
  }
  return [...units.values()].sort((a, b) => a.unit - b.unit);
}
