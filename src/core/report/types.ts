/**
 * A report as data, before it is rendered: sections with headings, paragraphs, tables, charts and
 * recommendations, plus the numbered evidence notes (footnotes) and the works cited. The Markdown
 * and HTML renderers (and the PDF, printed from the HTML) all draw from this one document, so they
 * say the same thing and number the same notes; the web app gets the same document as JSON.
 *
 * The types are inferred from the zod schemas in schema.ts, the one definition of the shape; the
 * fields are described there.
 */
import type { z } from 'zod';
import type {
  reportActionsBlockSchema,
  reportBenefitsChartSchema,
  reportBlockSchema,
  reportCellSchema,
  reportChallengeLevelsChartSchema,
  reportChartBlockSchema,
  reportChartSchema,
  reportCitationRefSchema,
  reportColumnSchema,
  reportDocumentSchema,
  reportEvidenceSourceSchema,
  reportFindingBlockSchema,
  reportFootnoteSchema,
  reportHeatmapCellSchema,
  reportListBlockSchema,
  reportNetworkMixChartSchema,
  reportParagraphBlockSchema,
  reportRecommendationItemSchema,
  reportRecommendationsBlockSchema,
  reportSectionSchema,
  reportTableBlockSchema,
  reportTriangulationSchema,
  reportUtilizationHeatmapSchema,
  reportWorkCitedSchema,
} from './schema.js';

/** A table cell: its text, the evidence notes behind it, and optionally a quieter second line. */
export type Cell = z.infer<typeof reportCellSchema>;
export type Column = z.infer<typeof reportColumnSchema>;
/** How many kinds of source back the finding a cell states, and which. */
export type ReportTriangulation = z.infer<typeof reportTriangulationSchema>;

export type TableBlock = z.infer<typeof reportTableBlockSchema>;
export type ParagraphBlock = z.infer<typeof reportParagraphBlockSchema>;
export type ListBlock = z.infer<typeof reportListBlockSchema>;
export type ChartBlock = z.infer<typeof reportChartBlockSchema>;
export type CitationRef = z.infer<typeof reportCitationRefSchema>;
export type RecommendationItem = z.infer<typeof reportRecommendationItemSchema>;
/** Recommendations grouped by the gap they answer, worst gap first. */
export type RecommendationsBlock = z.infer<typeof reportRecommendationsBlockSchema>;
/** Steps to take, best first, each with why it matters (the action plan). */
export type ActionsBlock = z.infer<typeof reportActionsBlockSchema>;
/** A finding: what the data show, then the sources' own words, each quote with its notes. */
export type FindingBlock = z.infer<typeof reportFindingBlockSchema>;
export type Block = z.infer<typeof reportBlockSchema>;

export type Section = z.infer<typeof reportSectionSchema>;

/** One evidence segment, numbered once across the report in order of first use. */
export type Footnote = z.infer<typeof reportFootnoteSchema>;
/** A source the evidence notes quote, described in full once. */
export type EvidenceSource = z.infer<typeof reportEvidenceSourceSchema>;
export type WorkCited = z.infer<typeof reportWorkCitedSchema>;

export type ReportDocument = z.infer<typeof reportDocumentSchema>;

// Charts: data only; svg.ts draws them.

/** One cell of the utilization heatmap: the level drawn, the recorded and suggested levels behind it, and the ties that suggest it. */
export type HeatmapCell = z.infer<typeof reportHeatmapCellSchema>;
/** Challenge × network type for one firm, the level written in each cell. */
export type UtilizationHeatmap = z.infer<typeof reportUtilizationHeatmapSchema>;
/** One row of the heatmap: a challenge (its category id and label) and its cells. */
export type HeatmapRow = UtilizationHeatmap['rows'][number];
/** Challenge levels per category, one bar per firm. */
export type ChallengeLevelsChart = z.infer<typeof reportChallengeLevelsChartSchema>;
/** The firms' own ties per network type. */
export type NetworkMixChart = z.infer<typeof reportNetworkMixChartSchema>;
/** Benefit × network type counts for one firm (paper Figure 1). */
export type BenefitsChart = z.infer<typeof reportBenefitsChartSchema>;
export type Chart = z.infer<typeof reportChartSchema>;
