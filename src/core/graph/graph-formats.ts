/**
 * Writers for exporting a network to the tools analysts open it in: GraphML (networkx, yEd, Gephi,
 * igraph), GEXF (Gephi's own format) and the two CSV tables of Gephi's spreadsheet import. Each
 * writes the same neutral document, checked once by graphDocumentProblems.
 *
 * XML 1.0 cannot carry most control characters (U+0000–U+001F other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF, lone surrogates), not even as &#…; references. In labels and
 * values they are dropped: they have no visible form, and refusing a whole export over a vertical
 * tab pasted from a word processor would help no one. In ids and attribute names they are refused
 * (graphDocumentProblems), because dropping them could make two ids one. The CSV tables keep them.
 */
import { stringify } from 'csv-stringify/sync';
import { ValidationError, type Problem } from '../../shared/errors.js';
import { spreadsheetSafe } from '../../shared/spreadsheet-safe.js';
import { pointerSegment } from '../../shared/text-rules.js';

export type AttributeValue = string | number | boolean;
/** `int` is written as GraphML's and GEXF's `long`: an id count or a year may pass 2^31. */
export type AttributeType = 'string' | 'double' | 'int' | 'boolean';

export interface AttributeDeclaration {
  name: string;
  type: AttributeType;
}

export interface GraphNode {
  id: string;
  label: string;
  /** Values by attribute name; a declared attribute may be absent on any node. */
  attributes: Readonly<Record<string, AttributeValue>>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  weight?: number;
  attributes: Readonly<Record<string, AttributeValue>>;
}

/** A network to export: nodes, edges and the attributes they carry, in column order. */
export interface GraphDocument {
  directed: boolean;
  nodeAttributes: readonly AttributeDeclaration[];
  edgeAttributes: readonly AttributeDeclaration[];
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/** Names the formats give their own columns or attributes; a user attribute of the same name would be lost. */
const RESERVED = {
  node: ['id', 'label'],
  edge: ['id', 'label', 'source', 'target', 'type', 'weight'],
} as const;

// With the u flag a surrogate range matches only surrogates that are not part of a pair.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');
const NOT_XML_CHAR_WHY = 'a character XML cannot carry (a control character other than tab and line breaks, a lone surrogate, U+FFFE or U+FFFF); remove it';
const MAX_PROBLEMS = 50;

/** What keeps a document from being exported, each problem with its pointer; empty when it can be. */
export function graphDocumentProblems(doc: GraphDocument): Problem[] {
  const problems: Problem[] = [];
  // A million nodes with one mistake each should not make a million-line message.
  const add = (pointer: string, message: string) => void (problems.length < MAX_PROBLEMS && problems.push({ pointer, message }));
  const unsafe = (text: string) => NOT_XML_CHAR.test(text);
  // Reversed, so that an attribute declared twice keeps its first type; the second is the one reported.
  const nodeTypes = new Map(doc.nodeAttributes.map((a) => [a.name, a.type] as const).reverse());
  const edgeTypes = new Map(doc.edgeAttributes.map((a) => [a.name, a.type] as const).reverse());

  for (const [kind, list] of [
    ['node', doc.nodeAttributes],
    ['edge', doc.edgeAttributes],
  ] as const) {
    const seen = new Set<string>();
    list.forEach(({ name }, i) => {
      const at = `/${kind}Attributes/${i}/name`;
      if (name === '') add(at, 'an attribute needs a name');
      else if (unsafe(name)) add(at, `this name holds ${NOT_XML_CHAR_WHY}`);
      else if ((RESERVED[kind] as readonly string[]).includes(name.toLowerCase()))
        add(at, `"${name}" is a column of every ${kind} already; rename the attribute`);
      else if (seen.has(name)) add(at, `the attribute "${name}" is declared twice`);
      seen.add(name);
    });
  }

  const nodeIds = new Set<string>();
  doc.nodes.forEach((node, i) => {
    if (node.id === '') add(`/nodes/${i}/id`, 'a node needs a non-empty id');
    else if (unsafe(node.id)) add(`/nodes/${i}/id`, `this id holds ${NOT_XML_CHAR_WHY}`);
    else if (nodeIds.has(node.id)) add(`/nodes/${i}/id`, `the node id "${node.id}" is used twice`);
    nodeIds.add(node.id);
    attributeProblems(node.attributes, nodeTypes, `/nodes/${i}/attributes`, add);
  });

  const edgeIds = new Set<string>();
  doc.edges.forEach((edge, i) => {
    if (edge.id === '') add(`/edges/${i}/id`, 'an edge needs a non-empty id');
    else if (unsafe(edge.id)) add(`/edges/${i}/id`, `this id holds ${NOT_XML_CHAR_WHY}`);
    else if (edgeIds.has(edge.id)) add(`/edges/${i}/id`, `the edge id "${edge.id}" is used twice`);
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) add(`/edges/${i}/${end}`, `no node has the id "${edge[end]}"; expected the id of one of the nodes`);
    }
    if (edge.weight !== undefined && !Number.isFinite(edge.weight)) add(`/edges/${i}/weight`, `the weight ${edge.weight} is not a finite number`);
    attributeProblems(edge.attributes, edgeTypes, `/edges/${i}/attributes`, add);
  });
  return problems;
}

function attributeProblems(
  values: Readonly<Record<string, AttributeValue>>,
  declared: ReadonlyMap<string, AttributeType>,
  base: string,
  add: (pointer: string, message: string) => void,
) {
  for (const [name, value] of Object.entries(values)) {
    const at = `${base}/${pointerSegment(name)}`;
    const type = declared.get(name);
    if (type === undefined) add(at, `the attribute "${name}" is not declared; declare it with its type`);
    else if (!fitsType(value, type))
      add(at, `${typeof value === 'string' ? JSON.stringify(value) : String(value)} is not ${TYPE_WORDS[type]}, as the attribute "${name}" is declared`);
  }
}

const TYPE_WORDS: Record<AttributeType, string> = { string: 'text', boolean: 'true or false', double: 'a finite number', int: 'a whole number within ±2^53' };

function fitsType(value: AttributeValue, type: AttributeType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
  }
}

function assertExportable(doc: GraphDocument): void {
  const problems = graphDocumentProblems(doc);
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Text for XML character data: characters XML 1.0 cannot carry dropped, markup escaped, CR kept as a reference (a parser would turn it into LF). */
function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Text for an XML attribute value: as xmlText, plus tab and line feed as references, which attribute normalization would turn into spaces. */
const xmlAttribute = (value: string) => xmlText(value).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

const formatValue = (value: AttributeValue) => (typeof value === 'string' ? value : String(value));

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', double: 'double', int: 'long', boolean: 'boolean' };

/** The network as GraphML, with a typed <key> per attribute, as networkx and Gephi read it. */
export function toGraphml(doc: GraphDocument): string {
  assertExportable(doc);
  const hasWeight = doc.edges.some((e) => e.weight !== undefined);
  const hasEdgeLabel = doc.edges.some((e) => e.label !== undefined);
  // Key ids are made up here, not taken from attribute names, so they never need escaping or clash.
  const nodeKeys = doc.nodeAttributes.map((a, i) => ({ ...a, id: `n${i}` }));
  const edgeKeys = doc.edgeAttributes.map((a, i) => ({ ...a, id: `e${i}` }));
  const key = (id: string, target: string, name: string, type: string) =>
    `  <key id="${id}" for="${target}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>`;
  const data = (id: string, value: string) => `      <data key="${id}">${xmlText(value)}</data>`;
  const values = (keys: readonly (AttributeDeclaration & { id: string })[], attributes: GraphNode['attributes']) =>
    keys.flatMap((k) => (Object.hasOwn(attributes, k.name) ? [data(k.id, formatValue(attributes[k.name]!))] : []));

  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('label', 'node', 'label', 'string'),
    ...nodeKeys.map((k) => key(k.id, 'node', k.name, GRAPHML_TYPES[k.type])),
    ...(hasEdgeLabel ? [key('edge-label', 'edge', 'label', 'string')] : []),
    ...(hasWeight ? [key('weight', 'edge', 'weight', 'double')] : []),
    ...edgeKeys.map((k) => key(k.id, 'edge', k.name, GRAPHML_TYPES[k.type])),
    `  <graph id="G" edgedefault="${doc.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const node of doc.nodes) {
    lines.push(`    <node id="${xmlAttribute(node.id)}">`, data('label', node.label), ...values(nodeKeys, node.attributes), '    </node>');
  }
  for (const edge of doc.edges) {
    lines.push(
      `    <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}">`,
      ...(edge.label === undefined ? [] : [data('edge-label', edge.label)]),
      ...(edge.weight === undefined ? [] : [data('weight', String(edge.weight))]),
      ...values(edgeKeys, edge.attributes),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const GEXF_HEADER =
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">';

const GEXF_TYPES: Record<AttributeType, string> = { string: 'string', double: 'double', int: 'long', boolean: 'boolean' };

/**
 * The network as GEXF 1.3, Gephi's own format, with typed attributes and their values. networkx
 * reads 1.3 from version 3 on; older networkx (Debian's 2.8) knows only 1.1draft and 1.2draft.
 */
export function toGexf(doc: GraphDocument): string {
  assertExportable(doc);
  const declarations = (kind: 'node' | 'edge', list: readonly AttributeDeclaration[]) =>
    list.length === 0
      ? []
      : [
          `    <attributes class="${kind}" mode="static">`,
          ...list.map((a, i) => `      <attribute id="${i}" title="${xmlAttribute(a.name)}" type="${GEXF_TYPES[a.type]}"/>`),
          '    </attributes>',
        ];
  // Attribute ids are their positions in the declaration, as Gephi writes them.
  const attvalues = (list: readonly AttributeDeclaration[], attributes: GraphNode['attributes'], indent: string) => {
    const present = list.flatMap((a, i) =>
      Object.hasOwn(attributes, a.name) ? [`${indent}  <attvalue for="${i}" value="${xmlAttribute(formatValue(attributes[a.name]!))}"/>`] : [],
    );
    return present.length === 0 ? [] : [`${indent}<attvalues>`, ...present, `${indent}</attvalues>`];
  };
  const element = (name: string, attributes: string, inner: string[]) =>
    inner.length === 0 ? [`      <${name} ${attributes}/>`] : [`      <${name} ${attributes}>`, ...inner, `      </${name}>`];

  const lines = [
    XML_DECLARATION,
    GEXF_HEADER,
    '  <meta>',
    '    <creator>Foothold</creator>',
    '  </meta>',
    `  <graph defaultedgetype="${doc.directed ? 'directed' : 'undirected'}" mode="static">`,
    ...declarations('node', doc.nodeAttributes),
    ...declarations('edge', doc.edgeAttributes),
    '    <nodes>',
  ];
  for (const node of doc.nodes) {
    lines.push(
      ...element('node', `id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.label)}"`, attvalues(doc.nodeAttributes, node.attributes, '        ')),
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of doc.edges) {
    const label = edge.label === undefined ? '' : ` label="${xmlAttribute(edge.label)}"`;
    const weight = edge.weight === undefined ? '' : ` weight="${edge.weight}"`;
    const ends = `id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}"`;
    lines.push(...element('edge', `${ends}${label}${weight}`, attvalues(doc.edgeAttributes, edge.attributes, '        ')));
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/**
 * The network as the two tables of Gephi's spreadsheet import (Data Laboratory → Import
 * Spreadsheet): nodes with Id and Label, edges with Source, Target, Type, Id, Label and Weight,
 * then the attributes. Every cell is made safe from running as a spreadsheet formula.
 */
export function toCsvTables(doc: GraphDocument): { nodes: string; edges: string } {
  assertExportable(doc);
  const cells = (attributes: GraphNode['attributes'], list: readonly AttributeDeclaration[]) =>
    list.map((a) => (Object.hasOwn(attributes, a.name) ? formatValue(attributes[a.name]!) : ''));
  const table = (rows: string[][]) => stringify(rows.map((row) => row.map(spreadsheetSafe)));
  const type = doc.directed ? 'Directed' : 'Undirected';
  return {
    nodes: table([
      ['Id', 'Label', ...doc.nodeAttributes.map((a) => a.name)],
      ...doc.nodes.map((n) => [n.id, n.label, ...cells(n.attributes, doc.nodeAttributes)]),
    ]),
    edges: table([
      ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', ...doc.edgeAttributes.map((a) => a.name)],
      ...doc.edges.map((e) => [
        e.source,
        e.target,
        type,
        e.id,
        e.label ?? '',
        e.weight === undefined ? '' : String(e.weight),
        ...cells(e.attributes, doc.edgeAttributes),
      ]),
    ]),
  };
}
