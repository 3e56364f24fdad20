/**
 * The framework matrix as the views draw it: the challenge × network-type heatmap of one firm, the
 * code rows of one or more firms, and the quotes behind a cell. Pure functions of the API's answer.
 */
import { NETWORK_NAMES, UTILIZATION_COLOURS, type LevelColour } from '../../../core/report/palette';
import type { Schemas } from '../../lib/api';

export type FrameworkMatrix = Schemas['FrameworkMatrix'];
export type MatrixQuote = FrameworkMatrix['quotes'][number];
export type Triangulation = Schemas['Triangulation'];
type ChallengeNetwork = FrameworkMatrix['challengeNetwork'][number];
export type NetworkType = ChallengeNetwork['networkTypes'][number];
export type UtilizationLevel = NonNullable<ChallengeNetwork['cells'][number]['level']>;

const NO_SOURCE: Triangulation = { count: 0, kinds: [], sources: [] };

/** "1 quote", "2 quotes". */
export const quotesInWords = (n: number): string => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/** "1 segment", "2 segments". */
export const segmentsInWords = (n: number): string => `${n} ${n === 1 ? 'segment' : 'segments'}`;

/** "1 kind of source", "2 kinds of source": the triangulation count as a reader says it. */
export const kindsInWords = (n: number): string => `${n} ${n === 1 ? 'kind' : 'kinds'} of source`;

/** What opening a cell shows: its heading, one line on what it holds, and the segments whose quotes it lists. */
export interface QuoteChoice {
  title: string;
  summary: string;
  firm: string;
  segments: readonly string[];
  triangulation: Triangulation;
}

/** One cell of the heatmap: the level recorded (if any), the segments behind it, and how to draw and name it. */
export interface HeatCell {
  challenge: string;
  networkType: NetworkType;
  level: UtilizationLevel | undefined;
  segments: readonly string[];
  triangulation: Triangulation;
  /** The level's colours; none when only coded segments stand behind the cell. */
  colour: LevelColour | undefined;
  /** The cell's accessible name: row, column, and every word the cell shows. */
  label: string;
  choice: QuoteChoice;
}

export interface HeatRow {
  challenge: string;
  name: string;
  /** One per column, in the columns' order; undefined where nothing is recorded or coded. */
  cells: (HeatCell | undefined)[];
}

export interface HeatmapView {
  columns: { networkType: NetworkType; name: string }[];
  rows: HeatRow[];
}

/** The challenge × network-type heatmap of one firm: rows in the answer's challenge order, columns in its network-type order. */
export function heatmapView(matrix: FrameworkMatrix, firm: string): HeatmapView | undefined {
  const part = matrix.challengeNetwork.find((p) => p.firm === firm);
  if (part === undefined) return undefined;
  const columns = part.networkTypes.map((networkType) => ({ networkType, name: NETWORK_NAMES[networkType] }));
  const rows = part.challenges.map(({ id, name }): HeatRow => {
    const cells = part.networkTypes.map((networkType): HeatCell | undefined => {
      const cell = part.cells.find((c) => c.challenge === id && c.networkType === networkType);
      if (cell === undefined) return undefined;
      const segments = [...new Set(cell.segments)];
      const network = `${NETWORK_NAMES[networkType].toLowerCase()} network`;
      const level = cell.level;
      const shown = `${level ?? 'no level recorded'}, ${quotesInWords(segments.length)}, ${kindsInWords(cell.triangulation.count)}`;
      return {
        challenge: id,
        networkType,
        level,
        segments,
        triangulation: cell.triangulation,
        colour: level === undefined ? undefined : UTILIZATION_COLOURS[level],
        label: `${name} × ${network}: ${shown}`,
        choice: { title: `${name} × ${network}`, summary: shown, firm, segments, triangulation: cell.triangulation },
      };
    });
    return { challenge: id, name, cells };
  });
  return { columns, rows };
}

/** One firm's cell of a code row: the segments coded with the code or a code under it. */
export interface CodeCell {
  firm: string;
  segments: readonly string[];
  triangulation: Triangulation;
  /** The segment count's accessible name, with the code and the firm. */
  label: string;
  choice: QuoteChoice;
}

export interface CodeRow {
  code: string;
  name: string;
  depth: number;
  /** A built-in group (network types, challenges …): drawn as a heading over the codes under it. */
  group: boolean;
  /** One per firm, in the answer's firm order. */
  cells: CodeCell[];
}

/** The rows of the codes × firms table in the codebook's tree order; codes no firm's segment uses only when asked for. */
export function codeRows(matrix: FrameworkMatrix, { showUnused }: { showUnused: boolean }): CodeRow[] {
  const byKey = new Map(matrix.cells.map((c) => [`${c.firm}\n${c.code}`, c]));
  const rows: CodeRow[] = [];
  for (const code of matrix.codes) {
    const cells = matrix.firms.map(({ id: firm, name: firmName }): CodeCell => {
      const cell = byKey.get(`${firm}\n${code.id}`);
      const segments = cell === undefined ? [] : [...new Set(cell.segments)];
      const triangulation = cell?.triangulation ?? NO_SOURCE;
      const shown = `${segmentsInWords(segments.length)}, ${kindsInWords(triangulation.count)}`;
      return {
        firm,
        segments,
        triangulation,
        label: `${code.name}, ${firmName}: ${shown}`,
        choice: { title: `${code.name} — ${firmName}`, summary: shown, firm, segments, triangulation },
      };
    });
    if (!showUnused && cells.every((c) => c.segments.length === 0)) continue;
    rows.push({ code: code.id, name: code.name, depth: code.depth, group: code.depth === 0 && !code.codable, cells });
  }
  return rows;
}

/** Has any segment of the firm a code? */
export const anythingCoded = (matrix: FrameworkMatrix, firm: string): boolean => matrix.cells.some((c) => c.firm === firm && c.segments.length > 0);

/** The quotes of the matrix by firm and segment id, to look up a cell's quotes at once. */
export type QuoteIndex = ReadonlyMap<string, MatrixQuote>;

export function quoteIndex(matrix: FrameworkMatrix): QuoteIndex {
  return new Map(matrix.quotes.map((q) => [`${q.firm}\n${q.segment}`, q]));
}

/** The quotes behind a cell, in the cell's order, and how many of its segments the answer gave no quote for. */
export function quotesBehind(index: QuoteIndex, firm: string, segments: readonly string[]): { quotes: MatrixQuote[]; missing: number } {
  const quotes: MatrixQuote[] = [];
  let missing = 0;
  for (const segment of new Set(segments)) {
    const quote = index.get(`${firm}\n${segment}`);
    if (quote === undefined) missing++;
    else quotes.push(quote);
  }
  return { quotes, missing };
}

/** Code ids → names, for the codes a quote carries; an id the codebook lacks stays as it is. */
export function codeNamer(matrix: FrameworkMatrix): (code: string) => string {
  const names = new Map(matrix.codes.map((c) => [c.id, c.name]));
  return (code) => names.get(code) ?? code;
}
