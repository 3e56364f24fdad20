/**
 * Reads a GraphML file (as Gephi, yEd, networkx and igraph write it) into the engine's shapes: node
 * ids numbered in the order they first appear and ties as typed arrays. One streaming pass over the
 * safe XML reader, so a graph of a million nodes never becomes a document tree. Lenient where real
 * files differ (extra namespaces such as yEd's y:, keys and data the engine has no use for, edges
 * naming nodes never declared); clear where the file holds something the engine cannot stand for
 * (nested graphs, hyperedges, more than one graph). Pure: bytes or text in, a graph or problems out.
 * This file reads the elements; graphml-graph.ts keeps the nodes and edges they add up to.
 */
import type { Problem } from '../../shared/errors.js';
import { FORBIDDEN_KEYS } from '../../shared/safe-json.js';
import { readXml, type XmlFailureKind, type XmlHandler, type XmlLimits, type XmlStartTag } from '../../shared/safe-xml.js';
import { GraphmlGraphBuilder, type GraphmlGraph } from './graphml-graph.js';

export type { GraphmlGraph };

export type GraphmlReading = { ok: true; graph: GraphmlGraph; warnings: Problem[] } | { ok: false; kind: XmlFailureKind; problems: Problem[] };

/** Stop listing problems after this many: one bad file should not print a million lines. */
const MAX_PROBLEMS = 50;
/** A weight is a short number; text beyond this is kept only to show the start of it in a message. */
const MAX_WEIGHT_TEXT = 64;

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
  private readonly graph = new GraphmlGraphBuilder();
  private readonly refused = new Set<string>();
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
      else if (edge !== undefined) this.graph.weighEdge(edge, text, line);
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
    this.graph.declareNode(id, tag.line);
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
    const directed = (directedText ?? (this.edgeDefaultDirected ? 'true' : 'false')) === 'true';
    this.currentEdge = this.graph.addEdge(source, target, directed, line);
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

  /** Records a problem; past the cap, the message that stops the reading. */
  private problem(line: number, message: string): string | void {
    this.problems.push({ pointer: '', message: `line ${line}: ${message}` });
    if (this.problems.length >= MAX_PROBLEMS) return `stopped reading after ${MAX_PROBLEMS} problems`;
  }

  warnings(): Problem[] {
    return this.graph.warnings();
  }

  finish(): GraphmlGraph {
    // A weight key's <default> weighs the edges without a weight of their own.
    const weightKey = [...this.keys.values()].find((k) => k.isEdgeWeight && k.defaultText !== undefined);
    return this.graph.finish(this.edgeDefaultDirected, weightKey?.defaultText);
  }
}
