/**
 * What the Graph metrics view shows, worked out from the API's answer for one GraphML file: the
 * nodes as rows in the order and filter the user chose, the figures as the CLI prints them, the
 * facts of the reading in words, and the table as a CSV file a spreadsheet opens safely.
 */
import { spreadsheetSafe } from '../../../shared/spreadsheet-safe';
import type { Schemas } from '../../lib/api';

export type GraphMetrics = Schemas['GraphMetrics'];
type NodeFigures = GraphMetrics['nodes'][string];

export interface MetricsRow extends NodeFigures {
  id: string;
}

export type MetricsColumn = 'id' | 'degree' | 'betweenness' | 'constraint' | 'effectiveSize';
export type Direction = 'ascending' | 'descending';
export interface MetricsOrder {
  column: MetricsColumn;
  direction: Direction;
}

/** The first order: highest betweenness first, as `foothold graph metrics` lists them. */
export const FIRST_ORDER: MetricsOrder = { column: 'betweenness', direction: 'descending' };

/** Decimals shown per figure: those of the CLI's table. */
export const DIGITS = { betweenness: 4, constraint: 4, effectiveSize: 2 } as const;

/** "0.4376", or "—" for a figure an isolated node does not have. */
export function figure(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** Every node of the answer as a row, in the answer's order. */
export function metricsRows(metrics: GraphMetrics): MetricsRow[] {
  return Object.entries(metrics.nodes).map(([id, node]) => ({ id, ...node }));
}

/** Clicking a column's header again turns its order round; a new column starts with ids A–Z and figures highest first. */
export function nextOrder(current: MetricsOrder, column: MetricsColumn): MetricsOrder {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'id' ? 'ascending' : 'descending' };
}

const ids = new Intl.Collator('en', { numeric: true });

/**
 * The rows in the chosen order; ids compare as people read them ("n2" before "n10"), equal rows
 * keep their order, and a figure an isolated node lacks (null) comes last whichever way.
 */
export function sortRows(rows: readonly MetricsRow[], order: MetricsOrder): MetricsRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const { column } = order;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (column === 'id') return sign * ids.compare(a.row.id, b.row.id) || a.index - b.index;
      const x = a.row[column];
      const y = b.row[column];
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The rows whose id contains the text, ignoring case and the spaces around it; all of them for no text. */
export function filterRows(rows: readonly MetricsRow[], text: string): MetricsRow[] {
  const wanted = text.trim().toLocaleLowerCase('en');
  return wanted === '' ? [...rows] : rows.filter((row) => row.id.toLocaleLowerCase('en').includes(wanted));
}

const COLUMN_NAMES: Record<MetricsColumn, string> = {
  id: 'node',
  degree: 'degree',
  betweenness: 'betweenness',
  constraint: 'constraint',
  effectiveSize: 'effective size',
};

/** "betweenness, highest first": the order in words, for the table's caption. */
export function orderInWords(order: MetricsOrder): string {
  const text = order.column === 'id';
  const way = order.direction === 'ascending' ? (text ? 'A to Z' : 'lowest first') : text ? 'Z to A' : 'highest first';
  return `${COLUMN_NAMES[order.column]}, ${way}`;
}

/** How betweenness was found, in words: "exact", or the pivots and the error bound of an estimate. */
export function betweennessInWords(b: GraphMetrics['betweenness']): string {
  if (b.exact || b.errorBound === undefined) return 'exact';
  const { epsilon, delta } = b.errorBound;
  return `estimated from ${b.samples.toLocaleString('en')} pivots: every value within ±${epsilon.toFixed(3)} of the exact one with probability ${1 - delta}`;
}

export interface SummaryFact {
  term: string;
  value: string;
}

/** The facts of the reading: nodes, edges, what was left out, how betweenness was found. */
export function summaryFacts(metrics: GraphMetrics): SummaryFact[] {
  const count = (n: number) => n.toLocaleString('en');
  return [
    { term: 'Nodes', value: count(Object.keys(metrics.nodes).length) },
    { term: metrics.readAsUndirected ? 'Edges (directed, read as undirected)' : 'Edges', value: count(metrics.edgeCount) },
    { term: 'Parallel edges, counted once', value: count(metrics.parallelEdges) },
    { term: 'Self-loops, left out', value: count(metrics.selfLoops) },
    { term: 'Betweenness', value: betweennessInWords(metrics.betweenness) },
  ];
}

/**
 * The rows as CSV, every figure at full precision and an isolated node's missing ones empty; an
 * id a spreadsheet would run as a formula (=, +, -, @ …) is kept as text.
 */
export function metricsCsv(rows: readonly MetricsRow[]): string {
  const number = (x: number | null) => (x === null ? '' : String(x));
  const body = rows.map((r) => [csvCell(spreadsheetSafe(r.id)), String(r.degree), number(r.betweenness), number(r.constraint), number(r.effectiveSize)]);
  return [['node', 'degree', 'betweenness', 'constraint', 'effective_size'], ...body].map((cells) => `${cells.join(',')}\n`).join('');
}

/** A cell as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. (The server's CSV library needs Node's Buffer.) */
function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** "karate-metrics.csv" for "karate.graphml". */
export function csvFileName(graphFile: string): string {
  const stem = graphFile.replace(/\.[^./\\]*$/, '').replace(/[^\w.-]+/g, '-') || 'graph';
  return `${stem}-metrics.csv`;
}
