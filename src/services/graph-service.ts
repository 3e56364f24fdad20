/**
 * Use cases of the graph engine at the edges: metrics of a GraphML file an analyst brings (from
 * Gephi, networkx, yEd), and a firm's network written out for those tools.
 */
import { EXACT_BETWEENNESS_MAX_NODES, type BetweennessResult } from '../core/graph/betweenness.js';
import { brokerageOf, type Brokerage } from '../core/graph/brokerage.js';
import { buildCsr, degree } from '../core/graph/csr.js';
import { firmGraphDocument } from '../core/graph/firm-export.js';
import { toCsvTables, toGexf, toGraphml } from '../core/graph/graph-formats.js';
import { readGraphml } from '../core/graph/graphml-read.js';
import { introductionPaths, type IntroductionOptions, type IntroductionPaths, type IntroductionTarget } from '../core/graph/introduction-paths.js';
import { nurtureCalendar } from '../core/graph/nurture-calendar.js';
import { tiesDueForContact, type NurtureItem } from '../core/graph/nurture.js';
import { constraint, effectiveSize } from '../core/graph/structural-holes.js';
import { InputError, ValidationError, type Problem } from '../shared/errors.js';
import { DEFAULT_XML_LIMITS } from '../shared/safe-xml.js';
import type { CaseStore } from '../store/types.js';
import { exportCase } from './case-service.js';
import { betweennessParallel } from './graph-workers.js';
import { readInputBytes } from './user-files.js';

/** Pivots for betweenness above EXACT_BETWEENNESS_MAX_NODES unless the user asks for another number. */
export const DEFAULT_BETWEENNESS_SAMPLES = 500;

/** The option that reads a directed file as undirected, as the hint of the refusal names it (`--as-undirected` on the command line). */
export const AS_UNDIRECTED_OPTION = 'as-undirected';

export interface NodeMetrics {
  degree: number;
  /** Normalized as networkx's default (undirected, endpoints left out). */
  betweenness: number;
  /** null for an isolated node, where Burt's measures are undefined (networkx: NaN). */
  constraint: number | null;
  effectiveSize: number | null;
}

export interface GraphFileMetrics {
  ids: readonly string[];
  nodes: NodeMetrics[];
  edgeCount: number;
  parallelEdges: number;
  selfLoops: number;
  readAsUndirected: boolean;
  betweenness: Omit<BetweennessResult, 'values'>;
  /** What the reader let pass but the user should know (undeclared nodes, weights left out …). */
  warnings: Problem[];
}

export interface GraphMetricsOptions {
  /** Betweenness from this many pivots; default exact up to `exactMaxNodes` nodes, `defaultSamples` pivots above. */
  samples?: number;
  seed?: number;
  /** Read a directed file's edges as undirected instead of refusing it. */
  asUndirected?: boolean;
  /** Without `samples`: exact betweenness up to this many nodes (default EXACT_BETWEENNESS_MAX_NODES). */
  exactMaxNodes?: number;
  /** Without `samples`: the pivots above `exactMaxNodes` (default DEFAULT_BETWEENNESS_SAMPLES). */
  defaultSamples?: number;
  onProgress?: (stage: 'betweenness', done: number, total: number) => void;
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/**
 * Degree, betweenness, Burt's constraint and effective size of every node of an undirected,
 * unweighted GraphML file, as networkx computes them. Parallel edges count once, self-loops not
 * at all (the result says how many there were).
 *
 * @throws ValidationError naming the file and line for a file that cannot be read as GraphML;
 *   InputError for a directed file unless `asUndirected`.
 */
export async function graphFileMetrics(file: string, options: GraphMetricsOptions = {}): Promise<GraphFileMetrics> {
  const read = await readInputBytes(file, DEFAULT_XML_LIMITS.maxBytes, 'a .graphml file');
  if (!read.ok) throw new ValidationError(read.problems);
  return graphMetrics(read.bytes, file, options);
}

/**
 * graphFileMetrics on a GraphML file's bytes (an upload), `name` standing for the file in messages.
 *
 * @throws ValidationError naming `name` and the line for bytes that cannot be read as GraphML;
 *   InputError for a directed graph unless `asUndirected` (its hint names that option), or for
 *   options the betweenness refuses.
 */
export async function graphMetrics(bytes: Uint8Array, name: string, options: GraphMetricsOptions = {}): Promise<GraphFileMetrics> {
  const reading = readGraphml(bytes);
  if (!reading.ok) throw new ValidationError(reading.problems.map((p) => ({ ...p, file: name })));
  const { graph: parsed, warnings } = reading;
  if (parsed.directed && options.asUndirected !== true) {
    throw new InputError(`${name}: the graph is directed; these metrics are for undirected graphs (as networkx's for nx.Graph)`, undefined, {
      option: AS_UNDIRECTED_OPTION,
      effect: 'to read every edge as an undirected tie',
    });
  }
  // The metrics are unweighted: the file's weights, if any, are not used.
  const g = buildCsr({ nodeCount: parsed.edges.nodeCount, from: parsed.edges.from, to: parsed.edges.to }, { shared: true });
  const n = g.nodeCount;
  const exactMaxNodes = options.exactMaxNodes ?? EXACT_BETWEENNESS_MAX_NODES;
  const samples = options.samples ?? (n > exactMaxNodes ? (options.defaultSamples ?? DEFAULT_BETWEENNESS_SAMPLES) : undefined);
  const between = await betweennessParallel(g, {
    ...(samples === undefined ? {} : { samples }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.onProgress === undefined ? {} : { onProgress: (done: number, total: number) => options.onProgress?.('betweenness', done, total) }),
  });
  const c = constraint(g);
  const e = effectiveSize(g);
  const nodes: NodeMetrics[] = Array.from({ length: n }, (_, v) => ({
    degree: degree(g, v),
    betweenness: between.values[v] ?? 0,
    constraint: orNull(c[v] ?? Number.NaN),
    effectiveSize: orNull(e[v] ?? Number.NaN),
  }));
  const { values: _values, ...betweennessFacts } = between;
  return {
    ids: parsed.ids,
    nodes,
    edgeCount: g.edgeCount,
    parallelEdges: parsed.parallelEdges,
    selfLoops: parsed.selfLoops,
    readAsUndirected: parsed.directed,
    betweenness: betweennessFacts,
    warnings: warnings.map((w) => ({ ...w, file: name })),
  };
}

/** The JSON `foothold graph metrics --json` prints: `{ "nodes": { "<id>": { degree, betweenness, constraint, effectiveSize } } }`. */
export function metricsJson(m: GraphFileMetrics): { nodes: Record<string, NodeMetrics> } {
  // fromEntries defines own properties, and the reader has refused ids such as "__proto__" anyway.
  return { nodes: Object.fromEntries(m.ids.map((id, v) => [id, m.nodes[v]!])) };
}

export const GRAPH_EXPORT_FORMATS = ['graphml', 'gexf', 'csv'] as const;
export type GraphExportFormat = (typeof GRAPH_EXPORT_FORMATS)[number];

/** A firm's network in an exchange format: one file, or for CSV the nodes and the edges tables. */
export type GraphExport = { format: 'graphml' | 'gexf'; text: string } | { format: 'csv'; nodes: string; edges: string };

/**
 * A stored firm's network (its key people, actors, ties and memberships) for Gephi, yEd or
 * networkx, with tie weights as of `asOf`.
 *
 * @throws NotFoundError for a firm not in the workspace.
 */
export async function exportFirmGraph(store: CaseStore, workspaceId: string, firmId: string, format: GraphExportFormat, asOf: Date): Promise<GraphExport> {
  const doc = firmGraphDocument(await exportCase(store, workspaceId, firmId), asOf);
  if (format === 'csv') return { format, ...toCsvTables(doc) };
  return { format, text: format === 'graphml' ? toGraphml(doc) : toGexf(doc) };
}

/**
 * A stored firm's ties due for contact as of `asOf` (within `horizonDays` more, if given), with the
 * iCalendar file of the reminders.
 *
 * @throws NotFoundError for a firm not in the workspace.
 */
export async function nurtureReminders(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  asOf: Date,
  horizonDays = 0,
): Promise<{ firmName: string; items: NurtureItem[]; calendar: () => string }> {
  const caseFile = await exportCase(store, workspaceId, firmId);
  const items = tiesDueForContact(caseFile, asOf, horizonDays);
  const firmName = caseFile.firm.name;
  return { firmName, items, calendar: () => nurtureCalendar(firmId, firmName, items, asOf) };
}

/**
 * The brokerage of a stored firm's network as of `asOf`: with `market`, the reach into that country
 * only; without, into every market the firm records.
 *
 * @throws NotFoundError for a firm not in the workspace.
 */
export async function firmBrokerage(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  asOf: Date,
  market?: string,
): Promise<Brokerage & { firmName: string }> {
  const caseFile = await exportCase(store, workspaceId, firmId);
  return { firmName: caseFile.firm.name, ...brokerageOf(caseFile, asOf, market === undefined ? undefined : [market]) };
}

/**
 * The strongest warm introduction paths of a stored firm's network as of `asOf`, to one actor, to
 * organizations of a kind, or into a market.
 *
 * @throws NotFoundError for a firm not in the workspace or an actor not in the firm's case;
 *   InputError for a target that is the firm or a key person, or limits out of range.
 */
export async function firmIntroductionPaths(
  store: CaseStore,
  workspaceId: string,
  firmId: string,
  target: IntroductionTarget,
  asOf: Date,
  options: IntroductionOptions = {},
): Promise<IntroductionPaths & { firmName: string }> {
  const caseFile = await exportCase(store, workspaceId, firmId);
  return { firmName: caseFile.firm.name, ...introductionPaths(caseFile, asOf, target, options) };
}
