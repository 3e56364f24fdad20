/**
 * A report as data, before it is rendered: sections with headings, paragraphs, tables, charts and
 * recommendations, plus the numbered evidence notes (footnotes) and the works cited. The Markdown
 * and HTML renderers (and the PDF, printed from the HTML) all draw from this one document, so they
 * say the same thing and number the same notes.
 */
import type { BenefitKind, ChallengeLevel, NetworkType, UtilizationLevel } from '../model/index.js';

/** A table cell: its text, the evidence notes behind it, and optionally a quieter second line. */
export interface Cell {
  text: string;
  /** Footnote numbers of the evidence segments the cell rests on, ascending. */
  notes: number[];
  /** A level the renderer may colour the cell by (the word stays in `text`). */
  level?: { scale: 'challenge'; value: ChallengeLevel } | { scale: 'utilization'; value: UtilizationLevel };
  /** A second, quieter line, e.g. "suggested: Low". */
  sub?: string;
}

export interface Column {
  label: string;
  /** A shorter label for narrow layouts (HTML, where a group header above says the rest). */
  short?: string;
  /** Columns with the same group (a firm, in cross-case Table 10) share a header above their labels. */
  group?: string;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  /** "Table 9. Internationalization challenges" for the thesis's tables, a plain title otherwise. */
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** Row indexes where the compared firms' values differ (cross-case tables). */
  differs: number[];
  /** A sentence under the table: what a mark means, where a level comes from. */
  note?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface ListBlock {
  kind: 'list';
  items: string[];
  /** Anchor ids of the items, for links to them (the works cited). */
  ids?: string[];
}

export interface ChartBlock {
  kind: 'chart';
  id: string;
  caption: string;
  chart: Chart;
  /** Every evidence note behind the chart's marks, ascending. */
  notes: number[];
}

export interface CitationRef {
  /** As the recommendation cites it: "Musteen et al. (2014)", or an official page's title. */
  work: string;
  /** The id of the work's entry in the works cited, for links. */
  workId: string;
  /** Where: "thesis, §2.3, p. 31", or "European Commission, read 2026-11-20". */
  where: string;
}

export interface RecommendationItem {
  title: string;
  rationale: string;
  actions: string[];
  /** The firm's own ties the actions name, by name. */
  tiesUsed: string[];
  /** The sector family the wording is for ("food and agriculture"), when the rule has wording for it. */
  wordedFor: string | undefined;
  /** Sample-firm stories, each labelled with where the seed study tells it. */
  examples: { label: string; text: string }[];
  because: string[];
  citations: CitationRef[];
}

/** Recommendations grouped by the gap they answer, worst gap first. */
export interface RecommendationsBlock {
  kind: 'recommendations';
  groups: { heading: string; notes: number[]; items: RecommendationItem[] }[];
}

/** Steps to take, best first, each with why it matters (the action plan). */
export interface ActionsBlock {
  kind: 'actions';
  /** A short lead-in, e.g. "What to do first". */
  title: string;
  items: { text: string; why: string }[];
}

/** A finding: what the data show, then the sources' own words, each quote with its notes. */
export interface FindingBlock {
  kind: 'finding';
  /** A short run-in head: "Network types". */
  title: string;
  text: string;
  /** Per firm: a lead ("Company B, in the source’s words") and the passages quoted, each with its notes. */
  quotes: { lead: string; passages: { quote: string; notes: number[] }[] }[];
}

export type Block = ParagraphBlock | ListBlock | TableBlock | ChartBlock | RecommendationsBlock | ActionsBlock | FindingBlock;

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
  subsections: Section[];
}

/** One evidence segment, numbered once across the report in order of first use. */
export interface Footnote {
  number: number;
  quote: string;
  /** Where the quote is, short: "Thesis §4.4, p. 69"; undefined for a cited segment the case lacks. */
  where: string | undefined;
  /** The id of its source in the report's list of sources. */
  sourceId: string | undefined;
}

/** A source the evidence notes quote, described in full once. */
export interface EvidenceSource {
  id: string;
  text: string;
  /** The notes that quote it, ascending. */
  notes: number[];
  /** When the source is a seed study: the id of its entry in the works cited. */
  workId?: string;
}

export interface WorkCited {
  id: string;
  kind: 'seed-study' | 'literature' | 'official';
  /** The work as cited: "Musteen et al. (2014)", a seed study's short citation, an official page's title. */
  work: string;
  /** The entry as listed: the full reference and where it is cited. */
  text: string;
}

export interface ReportDocument {
  kind: 'firm' | 'cross-case';
  title: string;
  subtitle: string;
  /** YYYY-MM-DD */
  generatedOn: string;
  firms: { firmId: string; name: string }[];
  sections: Section[];
  footnotes: Footnote[];
  /** The sources the notes quote, each once. */
  sources: EvidenceSource[];
  worksCited: WorkCited[];
}

// Charts: data only; svg.ts draws them.

export interface HeatmapCell {
  networkType: NetworkType;
  level: UtilizationLevel;
  /** recorded by the analyst, or suggested by the ties where nothing was recorded. */
  basis: 'recorded' | 'suggested';
  notes: number[];
}
/** Challenge × network type for one firm, the level written in each cell. */
export interface UtilizationHeatmap {
  type: 'utilization-heatmap';
  firm: string;
  rows: { label: string; cells: HeatmapCell[] }[];
}

/** Challenge levels per category, one bar per firm. */
export interface ChallengeLevelsChart {
  type: 'challenge-levels';
  firms: string[];
  rows: { label: string; levels: (ChallengeLevel | undefined)[]; notes: number[][] }[];
}

/** The firms' own ties per network type. */
export interface NetworkMixChart {
  type: 'network-mix';
  firms: { name: string; counts: Record<NetworkType, number>; notes: Record<NetworkType, number[]> }[];
}

/** Benefit × network type counts for one firm (paper Figure 1). */
export interface BenefitsChart {
  type: 'benefits';
  firm: string;
  /** The count the largest circle stands for: the largest across the firms compared, so their charts read alike. */
  scaleMax: number;
  rows: { benefit: BenefitKind; label: string; counts: Record<NetworkType, number>; notes: Record<NetworkType, number[]> }[];
}

export type Chart = UtilizationHeatmap | ChallengeLevelsChart | NetworkMixChart | BenefitsChart;
