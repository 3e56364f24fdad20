/**
 * The report document as zod schemas: the one definition of its shape. types.ts infers the
 * TypeScript types from these; the HTTP API serves a document with them as its response schema, so
 * the OpenAPI document (and the web app's types generated from it) name every part
 * (`ReportDocument`, `ReportSection`, `ReportBlock` …). A document crosses HTTP as JSON, so a value
 * that may be missing is an optional field (JSON drops undefined) and a gap in a list is null.
 */
import { z } from 'zod';
import { benefitKindSchema, challengeLevelSchema, networkTypeSchema, sourceKindSchema, utilizationLevelSchema, type NetworkType } from '../model/index.js';

const noteNumbers = z.array(z.number().int().positive());

export const reportTriangulationSchema = z
  .object({
    count: z.number().int().nonnegative(),
    kinds: z.array(sourceKindSchema),
  })
  .meta({
    id: 'ReportTriangulation',
    description:
      'How many kinds of source (interview, document, website …) back the finding a cell states, and which, in the vocabulary’s order; 2 or more: triangulated',
  });

/** One value per network type, every type present (an object, not a record, so OpenAPI lists each as required). */
export const perNetworkType = <T extends z.ZodType>(value: T) =>
  z.object({ social: value, business: value, institutional: value, digital: value } satisfies Record<NetworkType, T>);

export const reportCellSchema = z
  .object({
    text: z.string(),
    notes: noteNumbers.describe('Footnote numbers of the evidence segments the cell rests on, ascending'),
    level: z
      .discriminatedUnion('scale', [
        z.object({ scale: z.literal('challenge'), value: challengeLevelSchema }),
        z.object({ scale: z.literal('utilization'), value: utilizationLevelSchema }),
      ])
      .optional()
      .describe('A level the renderer may colour the cell by (the word stays in `text`)'),
    sub: z.string().optional().describe('A second, quieter line, e.g. "suggested: Low"'),
    // Set on the cells that state a finding (a rating, a recorded utilization level, a benefit count); the schema's meta describes it.
    triangulation: reportTriangulationSchema.optional(),
  })
  .meta({ id: 'ReportCell', description: 'A table cell: its text, the evidence notes behind it, and optionally a quieter second line' });

export const reportColumnSchema = z
  .object({
    label: z.string(),
    short: z.string().optional().describe('A shorter label for narrow layouts (HTML, where a group header above says the rest)'),
    group: z.string().optional().describe('Columns with the same group (a firm, in cross-case Table 10) share a header above their labels'),
  })
  .meta({ id: 'ReportColumn' });

export const reportTableBlockSchema = z
  .object({
    kind: z.literal('table'),
    id: z.string(),
    caption: z.string().describe('"Table 9. Internationalization challenges" for the thesis’s tables, a plain title otherwise'),
    columns: z.array(reportColumnSchema),
    rows: z.array(z.array(reportCellSchema)),
    differs: z.array(z.number().int().nonnegative()).describe('Row indexes where the compared firms’ values differ (cross-case tables)'),
    note: z.string().optional().describe('A sentence under the table: what a mark means, where a level comes from'),
  })
  .meta({ id: 'ReportTableBlock' });

export const reportParagraphBlockSchema = z.object({ kind: z.literal('paragraph'), text: z.string() }).meta({ id: 'ReportParagraphBlock' });

export const reportListBlockSchema = z
  .object({
    kind: z.literal('list'),
    items: z.array(z.string()),
    ids: z.array(z.string()).optional().describe('Anchor ids of the items, for links to them (the works cited)'),
  })
  .meta({ id: 'ReportListBlock' });

// Charts: data only; svg.ts draws them.

export const reportHeatmapCellSchema = z
  .object({
    networkType: networkTypeSchema,
    level: utilizationLevelSchema.describe('The level drawn: the recorded one, else the one the ties suggest'),
    basis: z.enum(['recorded', 'suggested']).describe('Recorded by the analyst, or suggested by the ties where nothing was recorded'),
    recorded: utilizationLevelSchema.optional().describe('The level the analyst recorded, if any'),
    suggested: utilizationLevelSchema.optional().describe('The level the firm’s ties suggest, if the challenge is rated or has recorded cells'),
    ties: z
      .array(z.object({ id: z.string(), name: z.string().describe('The actor or person the tie leads to') }))
      .describe('The firm’s live ties of this network type tagged as helping with the challenge: the ties behind `suggested`'),
    meaning: z.string().describe('One sentence on what the difference between the recorded and the suggested level means, and what to do about it'),
    notes: noteNumbers.describe('Evidence notes: of the recorded level, else of the ties behind the suggested one'),
    // The kinds of source behind a recorded level; absent for a suggested one.
    triangulation: reportTriangulationSchema.optional(),
  })
  .meta({ id: 'ReportHeatmapCell' });

export const reportUtilizationHeatmapSchema = z
  .object({
    type: z.literal('utilization-heatmap'),
    firm: z.string(),
    rows: z.array(
      z.object({
        challenge: z.string().describe('The challenge category id, e.g. "regulatory_institutional"'),
        label: z.string(),
        cells: z.array(reportHeatmapCellSchema),
      }),
    ),
  })
  .meta({ id: 'ReportUtilizationHeatmap', description: 'Challenge × network type for one firm, the level written in each cell' });

export const reportChallengeLevelsChartSchema = z
  .object({
    type: z.literal('challenge-levels'),
    firms: z.array(z.string()),
    rows: z.array(
      z.object({
        label: z.string(),
        levels: z.array(challengeLevelSchema.nullable()).describe('One per firm, in the order of `firms`; null where the firm does not rate it'),
        notes: z.array(noteNumbers).describe('One list per firm'),
      }),
    ),
  })
  .meta({ id: 'ReportChallengeLevelsChart', description: 'Challenge levels per category, one bar per firm' });

export const reportNetworkMixChartSchema = z
  .object({
    type: z.literal('network-mix'),
    firms: z.array(z.object({ name: z.string(), counts: perNetworkType(z.number().int().nonnegative()), notes: perNetworkType(noteNumbers) })),
  })
  .meta({ id: 'ReportNetworkMixChart', description: 'The firms’ own ties per network type' });

export const reportBenefitsChartSchema = z
  .object({
    type: z.literal('benefits'),
    firm: z.string(),
    scaleMax: z
      .number()
      .int()
      .nonnegative()
      .describe('The count the largest circle stands for: the largest across the firms compared, so their charts read alike'),
    rows: z.array(
      z.object({
        benefit: benefitKindSchema,
        label: z.string(),
        counts: perNetworkType(z.number().int().nonnegative()),
        notes: perNetworkType(noteNumbers),
      }),
    ),
  })
  .meta({ id: 'ReportBenefitsChart', description: 'Benefit × network type counts for one firm (paper Figure 1)' });

export const reportChartSchema = z
  .discriminatedUnion('type', [reportUtilizationHeatmapSchema, reportChallengeLevelsChartSchema, reportNetworkMixChartSchema, reportBenefitsChartSchema])
  .meta({ id: 'ReportChart' });

export const reportChartBlockSchema = z
  .object({
    kind: z.literal('chart'),
    id: z.string(),
    caption: z.string(),
    chart: reportChartSchema,
    notes: noteNumbers.describe('Every evidence note behind the chart’s marks, ascending'),
  })
  .meta({ id: 'ReportChartBlock' });

export const reportCitationRefSchema = z
  .object({
    work: z.string().describe('As the recommendation cites it: "Musteen et al. (2014)", or an official page’s title'),
    workId: z.string().describe('The id of the work’s entry in the works cited, for links'),
    where: z.string().describe('Where: "thesis, §2.3, p. 31", or "European Commission, read 2026-11-20"'),
  })
  .meta({ id: 'ReportCitationRef' });

export const reportRecommendationItemSchema = z
  .object({
    title: z.string(),
    rationale: z.string(),
    actions: z.array(z.string()),
    tiesUsed: z.array(z.string()).describe('The firm’s own ties the actions name, by name'),
    wordedFor: z.string().optional().describe('The sector family the wording is for ("food and agriculture"), when the rule has wording for it'),
    examples: z.array(z.object({ label: z.string(), text: z.string() })).describe('Sample-firm stories, each labelled with where the seed study tells it'),
    because: z.array(z.string()),
    citations: z.array(reportCitationRefSchema),
  })
  .meta({ id: 'ReportRecommendationItem' });

export const reportRecommendationsBlockSchema = z
  .object({
    kind: z.literal('recommendations'),
    groups: z.array(
      z.object({
        heading: z.string(),
        notes: noteNumbers,
        items: z.array(reportRecommendationItemSchema),
        institutions: z
          .array(z.string())
          .describe(
            'For a gap in institutional ties: institutions of the directory that could help close it — name, why, address, the day the entry was recorded',
          ),
      }),
    ),
  })
  .meta({ id: 'ReportRecommendationsBlock', description: 'Recommendations grouped by the gap they answer, worst gap first' });

export const reportActionsBlockSchema = z
  .object({
    kind: z.literal('actions'),
    title: z.string().describe('A short lead-in, e.g. "What to do first"'),
    items: z.array(z.object({ text: z.string(), why: z.string() })),
  })
  .meta({ id: 'ReportActionsBlock', description: 'Steps to take, best first, each with why it matters (the action plan)' });

export const reportFindingBlockSchema = z
  .object({
    kind: z.literal('finding'),
    title: z.string().describe('A short run-in head: "Network types"'),
    text: z.string(),
    quotes: z
      .array(z.object({ lead: z.string(), passages: z.array(z.object({ quote: z.string(), notes: noteNumbers })) }))
      .describe('Per firm: a lead ("Company B, in the source’s words") and the passages quoted, each with its notes'),
  })
  .meta({ id: 'ReportFindingBlock', description: 'A finding: what the data show, then the sources’ own words, each quote with its notes' });

export const reportBlockSchema = z
  .discriminatedUnion('kind', [
    reportParagraphBlockSchema,
    reportListBlockSchema,
    reportTableBlockSchema,
    reportChartBlockSchema,
    reportRecommendationsBlockSchema,
    reportActionsBlockSchema,
    reportFindingBlockSchema,
  ])
  .meta({ id: 'ReportBlock' });

/** A section: its heading, its blocks, and its subsections (sections again, so the schema refers to itself). */
export const reportSectionSchema = z
  .object({
    id: z.string(),
    heading: z.string(),
    blocks: z.array(reportBlockSchema),
    get subsections(): z.ZodArray<typeof reportSectionSchema> {
      return z.array(reportSectionSchema);
    },
  })
  .meta({ id: 'ReportSection' });

export const reportFootnoteSchema = z
  .object({
    number: z.number().int().positive(),
    quote: z.string(),
    where: z.string().optional().describe('Where the quote is, short: "Thesis §4.4, p. 69"; absent for a cited segment the case lacks'),
    sourceId: z.string().optional().describe('The id of its source in the report’s list of sources'),
  })
  .meta({ id: 'ReportFootnote', description: 'One evidence segment, numbered once across the report in order of first use' });

export const reportEvidenceSourceSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    notes: noteNumbers.describe('The notes that quote it, ascending'),
    workId: z.string().optional().describe('When the source is a seed study: the id of its entry in the works cited'),
  })
  .meta({ id: 'ReportEvidenceSource', description: 'A source the evidence notes quote, described in full once' });

export const reportWorkCitedSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['seed-study', 'literature', 'official']),
    work: z.string().describe('The work as cited: "Musteen et al. (2014)", a seed study’s short citation, an official page’s title'),
    text: z.string().describe('The entry as listed: the full reference and where it is cited'),
  })
  .meta({ id: 'ReportWorkCited' });

export const reportDocumentSchema = z
  .object({
    kind: z.enum(['firm', 'cross-case']),
    title: z.string(),
    subtitle: z.string(),
    generatedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .describe('YYYY-MM-DD'),
    firms: z.array(z.object({ firmId: z.string(), name: z.string() })),
    sections: z.array(reportSectionSchema),
    footnotes: z.array(reportFootnoteSchema),
    sources: z.array(reportEvidenceSourceSchema).describe('The sources the notes quote, each once'),
    worksCited: z.array(reportWorkCitedSchema),
  })
  .meta({
    id: 'ReportDocument',
    description:
      'A report as data, before it is rendered: sections with headings, paragraphs, tables, charts and recommendations, plus the numbered evidence notes and the works cited',
  });
