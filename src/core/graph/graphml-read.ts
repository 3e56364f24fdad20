/**
 * Reads a GraphML file (as Gephi, yEd, networkx and igraph write it) into the engine's shapes: node
 * ids numbered in the order they first appear and ties as typed arrays. One streaming pass over the
 * safe XML reader, so a graph of a million nodes never becomes a document tree. Lenient where real
 * files differ (extra namespaces such as yEd's y:, keys and data the engine has no use for, edges
 * naming nodes never declared); clear where the file holds something the engine cannot stand for
 * (nested graphs, hyperedges, more than one graph). Pure: bytes or text in, a graph or problems out.
 */
import type { Problem } from '../../shared/errors.js';
import { FORBIDDEN_KEYS } from '../../shared/safe-json.js';
import { readXml, type XmlFailureKind, type XmlHandler, type XmlLimits, type XmlStartTag } from '../../shared/safe-xml.js';
import type { EdgeList } from './types.js';

export interface GraphmlGraph {
  /** Node ids; node i of the edge list is ids[i]. Declared nodes and those only named by edges, in first-seen order. */
  ids: string[];
  /** Every edge of the file, self-loops and parallel edges included (the CSR builder merges them). */
  edges: EdgeList;
  /**
   * Whether the file's ties have a direction: an edge by its own `directed` attribute or else the
   * graph's `edgedefault`; a graph without edges by its edgedefault. The engine reads ties as undirected.
   */
  directed: boolean;
  /** Edges joining two nodes an earlier edge already joined the same way (same ends; same order when directed). */
  parallelEdges: number;
  selfLoops: number;
  /** Nodes an edge names but no `<node>` declares; added, as networkx does. */
  impliedNodes: number;
  /**
   * What the file's weights were divided by to fit the engine's (0, 1]: the largest weight when it
   * is above 1, else 1. Weights come from the edge key named "weight" (networkx, Gephi); an edge
   * without one weighs the key's default, or 1. No weight anywhere, or a weight that is not a
   * positive number somewhere (0 for an ended tie, a negative score): `edges.weight` is absent and a
   * warning names the first such weight — the metrics do not use weights, so the file is still read.
   */
  weightScale: number;
}

export type GraphmlReading = { ok: true; graph: GraphmlGraph; warnings: Problem[] } | { ok: false; kind: XmlFailureKind; problems: Problem[] };

/** Stop listing problems after this many: one bad file should not print a million lines. */
const MAX_PROBLEMS = 50;
/** A weight is a short number; text beyond this is kept only to show the start of it in a message. */
const MAX_WEIGHT_TEXT = 64;
/** Float32's smallest normal value: a tiny positive weight must not round to 0 and leave (0, 1]. */
const MIN_WEIGHT = 2 ** -126;

/** Reads a GraphML file from raw bytes or decoded text; the limits are the safe XML reader's. */
export function readGraphml(input: Uint8Array | string, limits: Partial<XmlLimits> = {}): GraphmlReading {
  const reader = new GraphmlReader();
  const xml = readXml(input, reader, limits);
  if (!xml.ok) return { ok: false, kind: xml.kind, problems: [...reader.problems, ...xml.problems] };
  if (reader.problems.length > 0) return { ok: false, kind: 'invalid', problems: reader.problems };
  if (!reader.sawGraph) return fail('the file has no <graph> element; expected <graph edgedefault="undirected"> (or "directed") inside <graphml>');
  return { ok: true, graph: reader.finish(), warnings: reader.warnings() };
}

const fail = (message: string): GraphmlReading => ({ ok: false, kind: 'invalid', problems: [{ pointer: '', message }] });

/** What an element stands for while it is open; `skip` is anything whose inside the engine has no use for. */
type Frame = 'graphml' | 'key' | 'default' | 'graph' | 'node' | 'edge' | 'data' | 'skip';

interface Key {
  isEdgeWeight: boolean;
  defaultText: string | undefined;
}

/** Text being collected for a weight: an edge's `<data>` or a weight key's `<default>`. */
interface Capture {
  text: string;
  line: number;
  edge: number | undefined;
  key: Key | undefined;
}

class GraphmlReader implements XmlHandler {
  readonly problems: Problem[] = [];
  sawGraph = false;
  private namespace = '';
  private readonly stack: Frame[] = [];
  private readonly keys = new Map<string, Key>();
  private edgeDefaultDirected = false;
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly declared = new Set<number>();
  private readonly refused = new Set<string>();
  private firstImplied: { id: string; line: number } | undefined;
  private redeclared: { count: number; id: string; line: number } | undefined;
  private edgeCount = 0;
  private from = new Uint32Array(1024);
  private to = new Uint32Array(1024);
  private edgeDirected = new Uint8Array(1024);
  /** NaN where the edge has no weight of its own. */
  private weights = new Float64Array(1024).fill(NaN);
  private anyWeight = false;
  /** The first weight that is not a positive number: the file's weights are then left out. */
  private unusableWeight: { line: number; text: string } | undefined;
  private currentEdge: number | undefined;
  private currentKey: Key | undefined;
  private capture: Capture | undefined;

  open(tag: XmlStartTag): string | void {
    const parent = this.stack.at(-1);
    if (parent === undefined) {
      if (tag.name !== 'graphml') return `line ${tag.line}: expected <graphml> as the root element; found <${tag.name}>, so this is not a GraphML file`;
      // The root's namespace is the GraphML one, whatever the writer used (the standard one, none, or an old one).
      this.namespace = tag.uri;
      this.stack.push('graphml');
      return;
    }
    if (parent === 'skip' || parent === 'data' || parent === 'default' || tag.uri !== this.namespace) {
      this.stack.push('skip');
      return;
    }
    switch (tag.name) {
      case 'key':
        return this.openKey(tag, parent);
      case 'default':
        return this.openDefault(tag, parent);
      case 'graph':
        return this.openGraph(tag, parent);
      case 'node':
        return this.openNode(tag, parent);
      case 'edge':
        return this.openEdge(tag, parent);
      case 'hyperedge':
        return `line ${tag.line}: a <hyperedge> joins more than two nodes at once; Foothold reads ties between two nodes only: replace it with <edge> elements`;
      case 'data':
        return this.openData(tag, parent);
      default:
        // desc, port, locator and anything newer: nothing the engine uses.
        this.stack.push('skip');
    }
  }

  text(text: string): string | void {
    const capture = this.capture;
    if (capture === undefined) return;
    const frame = this.stack.at(-1);
    if ((frame === 'data' || frame === 'default') && capture.text.length <= MAX_WEIGHT_TEXT) capture.text += text.slice(0, MAX_WEIGHT_TEXT + 1);
  }

  close(): string | void {
    const frame = this.stack.pop();
    if ((frame === 'data' || frame === 'default') && this.capture !== undefined) {
      const { text, line, edge, key } = this.capture;
      this.capture = undefined;
      if (key !== undefined) key.defaultText = text;
      else if (edge !== undefined) {
        const weight = parseWeight(text);
        if (weight === undefined) this.unusableWeight ??= { line, text };
        else {
          this.weights[edge] = weight;
          this.anyWeight = true;
        }
      }
    } else if (frame === 'edge') this.currentEdge = undefined;
    else if (frame === 'key') this.currentKey = undefined;
  }

  private openKey(tag: XmlStartTag, parent: Frame): string | void {
    if (parent !== 'graphml') {
      this.stack.push('skip');
      return;
    }
    this.stack.push('key');
    const id = tag.attributes.get('id');
    if (id === undefined) return this.problem(tag.line, '<key> has no id attribute; expected id="…" naming the key that <data key="…"> refers to');
    const target = tag.attributes.get('for') ?? 'all';
    const isEdgeWeight = tag.attributes.get('attr.name') === 'weight' && (target === 'edge' || target === 'all');
    if (isEdgeWeight && this.sawGraph) {
      return this.problem(tag.line, 'the <key> for edge weights comes after the <graph>; GraphML declares keys first: move the <key> elements above <graph>');
    }
    this.currentKey = { isEdgeWeight, defaultText: undefined };
    this.keys.set(id, this.currentKey);
  }

  private openDefault(tag: XmlStartTag, parent: Frame): string | void {
    const key = parent === 'key' ? this.currentKey : undefined;
    this.stack.push(parent === 'key' ? 'default' : 'skip');
    if (key?.isEdgeWeight === true) this.capture = { text: '', line: tag.line, edge: undefined, key };
  }

  private openGraph(tag: XmlStartTag, parent: Frame): string | void {
    if (parent === 'node' || parent === 'edge') {
      return `line ${tag.line}: a <graph> nested inside ${parent === 'node' ? 'a <node>' : 'an <edge>'} (a group or subgraph, as yEd writes for grouped nodes); Foothold reads flat graphs only: ungroup the nodes before exporting`;
    }
    if (parent !== 'graphml') return `line ${tag.line}: a <graph> inside <${parent}>; expected it directly inside <graphml>`;
    if (this.sawGraph) return `line ${tag.line}: a second <graph>; Foothold reads one graph per file: keep only the one to analyse`;
    this.sawGraph = true;
    this.stack.push('graph');
    const edgedefault = tag.attributes.get('edgedefault');
    // Absent edgedefault: undirected, as networkx reads it.
    if (edgedefault === 'directed') this.edgeDefaultDirected = true;
    else if (edgedefault !== undefined && edgedefault !== 'undirected') {
      return this.problem(tag.line, `edgedefault="${edgedefault}"; expected edgedefault="directed" or edgedefault="undirected"`);
    }
  }

  private openNode(tag: XmlStartTag, parent: Frame): string | void {
    if (parent !== 'graph') return `line ${tag.line}: a <node> inside <${parent}>; expected it directly inside <graph>`;
    this.stack.push('node');
    const id = this.checkedId(tag.attributes.get('id'), tag.line, '<node> has no id attribute; expected id="…"');
    if (typeof id !== 'string') return id?.stop;
    const known = this.index.get(id);
    const i = known ?? this.addNode(id);
    if (known !== undefined && this.declared.has(i)) {
      this.redeclared ??= { count: 0, id, line: tag.line };
      this.redeclared.count++;
    }
    this.declared.add(i);
  }

  private openEdge(tag: XmlStartTag, parent: Frame): string | void {
    if (parent !== 'graph') return `line ${tag.line}: an <edge> inside <${parent}>; expected it directly inside <graph>`;
    this.stack.push('edge');
    const { attributes, line } = tag;
    const directedText = attributes.get('directed');
    if (directedText !== undefined && directedText !== 'true' && directedText !== 'false') {
      return this.problem(line, `directed="${directedText}" on an <edge>; expected directed="true" or directed="false"`);
    }
    const source = this.checkedId(attributes.get('source'), line, '<edge> has no source attribute; expected source="…" naming a node');
    const target = this.checkedId(attributes.get('target'), line, '<edge> has no target attribute; expected target="…" naming a node');
    if (typeof source !== 'string') return source?.stop;
    if (typeof target !== 'string') return target?.stop;
    const e = this.edgeCount++;
    if (e === this.from.length) this.grow();
    this.from[e] = this.nodeNamedByEdge(source, line);
    this.to[e] = this.nodeNamedByEdge(target, line);
    this.edgeDirected[e] = (directedText ?? (this.edgeDefaultDirected ? 'true' : 'false')) === 'true' ? 1 : 0;
    this.currentEdge = e;
  }

  private openData(tag: XmlStartTag, parent: Frame): string | void {
    this.stack.push('data');
    const key = this.keys.get(tag.attributes.get('key') ?? '');
    if (parent === 'edge' && key?.isEdgeWeight === true) this.capture = { text: '', line: tag.line, edge: this.currentEdge, key: undefined };
  }

  /** The id, or undefined when it is refused (with a problem, once per id), or a stop when too many problems. */
  private checkedId(id: string | undefined, line: number, missing: string): string | { stop: string | void } | undefined {
    if (id === undefined) return { stop: this.problem(line, missing) };
    if (id === '') return { stop: this.problem(line, 'an empty node id; expected a non-empty id') };
    if (!FORBIDDEN_KEYS.has(id)) return id;
    if (this.refused.has(id)) return undefined;
    this.refused.add(id);
    const why = 'is not allowed (it could change how objects behave, as the graph is written out keyed by id); rename the node';
    return { stop: this.problem(line, `the node id "${id}" ${why}`) };
  }

  private nodeNamedByEdge(id: string, line: number): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    this.firstImplied ??= { id, line };
    return this.addNode(id);
  }

  private addNode(id: string): number {
    const i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);
    return i;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const copy = <T extends Uint32Array | Uint8Array | Float64Array>(old: T, grown: T): T => {
      grown.set(old);
      return grown;
    };
    this.from = copy(this.from, new Uint32Array(size));
    this.to = copy(this.to, new Uint32Array(size));
    this.edgeDirected = copy(this.edgeDirected, new Uint8Array(size));
    this.weights = copy(this.weights, new Float64Array(size).fill(NaN));
  }

  /** Records a problem; past the cap, the message that stops the reading. */
  private problem(line: number, message: string): string | void {
    this.problems.push({ pointer: '', message: `line ${line}: ${message}` });
    if (this.problems.length >= MAX_PROBLEMS) return `stopped reading after ${MAX_PROBLEMS} problems`;
  }

  warnings(): Problem[] {
    const warnings: Problem[] = [];
    const implied = this.ids.length - this.declared.size;
    if (implied > 0 && this.firstImplied !== undefined) {
      const { id, line } = this.firstImplied;
      warnings.push({
        pointer: '',
        message: `${implied === 1 ? '1 node is' : `${implied} nodes are`} named by edges but never declared (the first, "${id}", at line ${line}); added, as networkx does`,
      });
    }
    if (this.redeclared !== undefined) {
      const { count, id, line } = this.redeclared;
      warnings.push({
        pointer: '',
        message: `${count === 1 ? '1 node is' : `${count} nodes are`} declared more than once (the first, "${id}", again at line ${line}); read as one node each`,
      });
    }
    if (this.unusableWeight !== undefined) {
      const { line, text } = this.unusableWeight;
      warnings.push({
        pointer: '',
        message: `line ${line}: the weight ${quoteStart(text)} is not a positive number, so the file's weights are left out (the metrics do not use them)`,
      });
    }
    return warnings;
  }

  finish(): GraphmlGraph {
    const m = this.edgeCount;
    const n = this.ids.length;
    const from = this.from.slice(0, m);
    const to = this.to.slice(0, m);
    const directedEdges = this.edgeDirected.subarray(0, m);
    let selfLoops = 0;
    for (let e = 0; e < m; e++) if (from[e] === to[e]) selfLoops++;
    const { weight, scale } = this.scaledWeights(m);
    const edges: EdgeList = weight === undefined ? { nodeCount: n, from, to } : { nodeCount: n, from, to, weight };
    return {
      ids: this.ids,
      edges,
      directed: m === 0 ? this.edgeDefaultDirected : directedEdges.includes(1),
      parallelEdges: countParallel(n, from, to, directedEdges),
      selfLoops,
      impliedNodes: n - this.declared.size,
      weightScale: scale,
    };
  }

  private scaledWeights(m: number): { weight: Float32Array | undefined; scale: number } {
    const weightKey = [...this.keys.values()].find((k) => k.isEdgeWeight && k.defaultText !== undefined);
    const fallback = weightKey?.defaultText === undefined ? undefined : parseWeight(weightKey.defaultText);
    if ((!this.anyWeight && fallback === undefined) || this.unusableWeight !== undefined) return { weight: undefined, scale: 1 };
    const raw = this.weights.subarray(0, m).map((w) => (Number.isNaN(w) ? (fallback ?? 1) : w));
    const max = raw.reduce((a, b) => Math.max(a, b), 0);
    const scale = max > 1 ? max : 1;
    const weight = new Float32Array(m);
    for (let e = 0; e < m; e++) weight[e] = Math.max(Math.fround(raw[e]! / scale), MIN_WEIGHT);
    return { weight, scale };
  }
}

/** A positive decimal number as GraphML's double, float, int and long write it; undefined otherwise. */
function parseWeight(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const quoteStart = (text: string) => JSON.stringify(text.trim().length > 20 ? `${text.trim().slice(0, 20)}…` : text.trim());

/**
 * Parallel edges, counted by sorting one number per edge: its ends (in order when directed, smaller
 * first when not) and its direction. Exact while 2n² stays below 2^53, that is below 67 million
 * nodes; beyond, text keys do the same more slowly.
 */
function countParallel(n: number, from: Uint32Array, to: Uint32Array, directed: Uint8Array): number {
  const m = from.length;
  const exact = 2 * n * n < Number.MAX_SAFE_INTEGER;
  const keys = exact ? new Float64Array(m) : undefined;
  const seen = new Set<string>();
  let parallel = 0;
  for (let e = 0; e < m; e++) {
    const d = directed[e]!;
    const [a, b] = d === 1 || from[e]! <= to[e]! ? [from[e]!, to[e]!] : [to[e]!, from[e]!];
    if (keys !== undefined) keys[e] = (a * n + b) * 2 + d;
    else {
      const key = `${a},${b},${d}`;
      if (seen.has(key)) parallel++;
      else seen.add(key);
    }
  }
  if (keys === undefined) return parallel;
  keys.sort();
  for (let e = 1; e < m; e++) if (keys[e] === keys[e - 1]) parallel++;
  return parallel;
}
