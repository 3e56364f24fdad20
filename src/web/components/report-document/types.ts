/** The report document as the API serves it (`?format=json`), and the parts the views render. */
import type { Schemas } from '../../lib/api';

export type ReportDocument = Schemas['ReportDocument'];
export type Section = ReportDocument['sections'][number];
export type Block = Section['blocks'][number];
export type TableBlock = Extract<Block, { kind: 'table' }>;
export type ChartBlock = Extract<Block, { kind: 'chart' }>;
export type Chart = ChartBlock['chart'];
export type Heatmap = Extract<Chart, { type: 'utilization-heatmap' }>;
export type HeatmapRow = Heatmap['rows'][number];
export type HeatmapCell = HeatmapRow['cells'][number];
export type Footnote = ReportDocument['footnotes'][number];
