/**
 * The framework matrix of thematic analysis: firms × codes, and for each firm challenges × network
 * types, each cell holding the coded quotes behind it and how many independent kinds of source back
 * them (triangulation.ts). A cell of a code counts the segments coded with it or with any code under
 * it; a challenge × network-type cell holds the evidence of the utilization cell the analyst recorded
 * there plus every segment coded with both the challenge and the network type.
 */
import type { CaseFile } from '../case-file/index.js';
import { NETWORK_TYPES, type NetworkType, type SourceKind, type UtilizationLevel } from '../model/vocabulary.js';
import { builtinCodeId } from './builtin-codes.js';
import { codebookOf, codeWithDescendants, type CodebookEntry } from './codebook.js';
import { segmentLocation } from './segment-location.js';
import { triangulation, type Triangulation } from './triangulation.js';

export interface MatrixQuote {
  firm: string;
  segment: string;
  quote: string;
  location: string;
  source: string;
  sourceTitle: string;
  sourceKind: SourceKind;
  codes: string[];
  coder?: string;
}

export interface MatrixCell {
  segments: string[];
  triangulation: Triangulation;
}

export interface FirmCodeCell extends MatrixCell {
  firm: string;
  code: string;
}

export interface ChallengeNetworkCell extends MatrixCell {
  challenge: string;
  networkType: NetworkType;
  /** The level the analyst recorded for the cell, when there is one. */
  level?: UtilizationLevel;
}

export interface ChallengeNetworkMatrix {
  firm: string;
  challenges: { id: string; name: string }[];
  networkTypes: NetworkType[];
  /** Only cells with a recorded level or at least one segment. */
  cells: ChallengeNetworkCell[];
}

export interface FrameworkMatrix {
  firms: { id: string; name: string }[];
  /** The columns: every code some firm's codebook has, in codebook order (the first firm's names win). */
  codes: CodebookEntry[];
  /** Only cells with at least one segment. */
  cells: FirmCodeCell[];
  challengeNetwork: ChallengeNetworkMatrix[];
  /** Every quote a cell names, once. */
  quotes: MatrixQuote[];
}

interface CaseIndex {
  c: CaseFile;
  codebook: CodebookEntry[];
  of: (segments: readonly string[]) => Triangulation;
  codedWith: (code: string) => string[];
}

function indexCase(c: CaseFile): CaseIndex {
  const codebook = codebookOf(c);
  const segmentsById = new Map(c.segments.map((s) => [s.id, s]));
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const keyPeople = new Set(c.keyPeople.map((p) => p.id));
  const of = (segments: readonly string[]) => triangulation(segments, segmentsById, sources, keyPeople);
  const codedWith = (code: string): string[] => {
    const codes = codeWithDescendants(codebook, code);
    return c.segments.filter((s) => s.codes.some((applied) => codes.has(applied))).map((s) => s.id);
  };
  return { c, codebook, of, codedWith };
}

/** The framework matrix of one or more firms' cases. */
export function frameworkMatrix(cases: readonly CaseFile[]): FrameworkMatrix {
  const indexes = cases.map(indexCase);
  const codes = new Map<string, CodebookEntry>();
  for (const { codebook } of indexes) for (const entry of codebook) if (!codes.has(entry.id)) codes.set(entry.id, entry);
  const cells: FirmCodeCell[] = [];
  const cited = new Map<string, Set<string>>();
  const cite = (firm: string, segments: readonly string[]) => {
    const set = cited.get(firm) ?? new Set<string>();
    for (const id of segments) set.add(id);
    cited.set(firm, set);
  };
  for (const index of indexes) {
    for (const entry of index.codebook) {
      const segments = index.codedWith(entry.id);
      if (segments.length === 0) continue;
      cells.push({ firm: index.c.firm.id, code: entry.id, segments, triangulation: index.of(segments) });
      cite(index.c.firm.id, segments);
    }
  }
  const challengeNetwork = indexes.map((index) => {
    const matrix = challengeNetworkMatrix(index);
    for (const cell of matrix.cells) cite(index.c.firm.id, cell.segments);
    return matrix;
  });
  return {
    firms: cases.map((c) => ({ id: c.firm.id, name: c.firm.name })),
    codes: [...codes.values()],
    cells,
    challengeNetwork,
    quotes: indexes.flatMap((index) => quotesOf(index.c, cited.get(index.c.firm.id) ?? new Set())),
  };
}

function challengeNetworkMatrix(index: CaseIndex): ChallengeNetworkMatrix {
  const { c, codebook } = index;
  const challenges = codebook.filter((e) => e.parent === 'challenge').map((e) => ({ id: e.id.slice('challenge:'.length), name: e.name }));
  const cells: ChallengeNetworkCell[] = [];
  for (const challenge of challenges) {
    const aboutChallenge = new Set(index.codedWith(builtinCodeId('challenge', challenge.id)));
    for (const networkType of NETWORK_TYPES) {
      const recorded = c.utilization.find((u) => u.challenge === challenge.id && u.networkType === networkType);
      const coded = index.codedWith(builtinCodeId('network', networkType)).filter((id) => aboutChallenge.has(id));
      const segments = [...new Set([...(recorded?.evidence ?? []), ...coded])];
      if (recorded === undefined && segments.length === 0) continue;
      cells.push({
        challenge: challenge.id,
        networkType,
        ...(recorded === undefined ? {} : { level: recorded.level }),
        segments,
        triangulation: index.of(segments),
      });
    }
  }
  return { firm: c.firm.id, challenges, networkTypes: [...NETWORK_TYPES], cells };
}

function quotesOf(c: CaseFile, ids: ReadonlySet<string>): MatrixQuote[] {
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  return c.segments
    .filter((s) => ids.has(s.id))
    .map((s) => {
      const source = sources.get(s.source);
      return {
        firm: c.firm.id,
        segment: s.id,
        quote: s.quote,
        location: segmentLocation(s),
        source: s.source,
        sourceTitle: source?.title ?? s.source,
        sourceKind: source?.kind ?? 'document',
        codes: s.codes,
        ...(s.coder === undefined ? {} : { coder: s.coder }),
      };
    });
}
