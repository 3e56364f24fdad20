// The writers against networkx: the sample's GraphML and GEXF are kept in fixtures/ with what
// networkx 3 read from them (graphml-export-sample.networkx.json), so CI without Python still checks.
// Where python3 with networkx is installed, the current output is also read by networkx live;
// UPDATE_GRAPH_FIXTURES=1 rewrites the three fixtures after a deliberate change to a writer (then
// run prettier on the JSON one).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.js';
import { FORBIDDEN_KEYS } from '../../shared/safe-json.js';
import { readXml } from '../../shared/safe-xml.js';
import { graphDocumentProblems, toCsvTables, toGexf, toGraphml, type AttributeValue, type GraphDocument } from './graph-formats.js';
import { readGraphml } from './graphml-read.js';

const NOTES = `Notes <&"'>`;

/** Text as the XML writers leave it: without the characters XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex -- those characters are the point
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu, '');

/** Markup characters, four scripts, an astral character, control characters XML cannot carry, and cells a spreadsheet would run. */
const SAMPLE: GraphDocument = {
  directed: false,
  nodeAttributes: [
    { name: 'sector', type: 'string' },
    { name: 'employees', type: 'int' },
    { name: 'score', type: 'double' },
    { name: 'listed', type: 'boolean' },
    { name: NOTES, type: 'string' },
  ],
  edgeAttributes: [
    { name: 'since', type: 'int' },
    { name: 'kind', type: 'string' },
    { name: 'trusted', type: 'boolean' },
  ],
  nodes: [
    { id: 'acme', label: `Acme <"Tools"> & 'Sons'`, attributes: { sector: '=HYPERLINK("http://evil.example")', employees: 120, score: 0.75, listed: true } },
    {
      id: 'müller',
      label: 'Müller GmbH',
      attributes: { sector: 'Maschinenbau', employees: 3_000_000_000, score: -1.5, listed: false, [NOTES]: 'line one\nline two\ttab\r\nCRLF ' },
    },
    { id: '東京', label: '東京支社', attributes: { sector: '商社' } },
    { id: 'القاهرة', label: 'شركة القاهرة', attributes: {} },
    { id: 'emoji 😀', label: 'a\u0001b\u000bc\ufffed', attributes: {} },
  ],
  edges: [
    { id: 'e1', source: 'acme', target: 'müller', weight: 0.5, label: 'supplies', attributes: { since: 2019, kind: 'supplier' } },
    { id: 'e2', source: 'müller', target: '東京', weight: 2, attributes: { kind: '+cmd' } },
    { id: 'e3', source: '東京', target: '東京', attributes: {} },
    { id: 'e4', source: 'القاهرة', target: 'emoji 😀', weight: 0.001, attributes: { trusted: true } },
  ],
};

interface NetworkxView {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, AttributeValue>>;
  edges: { ends: [string, string]; id: string; [key: string]: unknown }[];
}

/** What networkx should read from the sample: its ids, labels and values, the control characters dropped. */
function expectedView(doc: GraphDocument): NetworkxView {
  const values = (attributes: Readonly<Record<string, AttributeValue>>) =>
    Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v]));
  return {
    directed: doc.directed,
    multigraph: false,
    nodes: Object.fromEntries(doc.nodes.map((n) => [n.id, { label: clean(n.label), ...values(n.attributes) }])),
    edges: doc.edges.map((e) => ({
      ends: [e.source, e.target],
      id: e.id,
      ...(e.label === undefined ? {} : { label: e.label }),
      ...(e.weight === undefined ? {} : { weight: e.weight }),
      ...values(e.attributes),
    })),
  };
}

/** networkx may list an undirected edge either way round, and edges in its own order. */
function normalized(view: NetworkxView): NetworkxView {
  const edges = view.edges.map((e) => ({ ...e, ends: (view.directed ? e.ends : [...e.ends].sort()) as [string, string] }));
  return { ...view, edges: edges.sort((a, b) => a.id.localeCompare(b.id)) };
}

const fixturePath = (name: string) => join(import.meta.dirname, 'fixtures', name);
const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

const NETWORKX_VIEW = `
import io, json, sys, networkx as nx
data = io.BytesIO(sys.stdin.buffer.read())
G = nx.read_graphml(data) if sys.argv[1] == 'graphml' else nx.read_gexf(data)
edges = [{"ends": [u, v], **d} for u, v, d in G.edges(data=True)]
print(json.dumps({"directed": G.is_directed(), "multigraph": G.is_multigraph(), "nodes": dict(G.nodes(data=True)), "edges": edges}, ensure_ascii=False))
`;

/** Why networkx cannot be asked here, or undefined when it can (version 3 on: GEXF 1.3 came with it). */
function networkxMissing(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import networkx as nx; print(nx.__version__)'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) return 'python3 with networkx is not installed';
  const version = probe.stdout.trim();
  return Number(version.split('.')[0]) >= 3 ? undefined : `networkx ${version} reads no GEXF 1.3 (version 3 does)`;
}

function networkxRead(format: 'graphml' | 'gexf', text: string): NetworkxView {
  const run = spawnSync('python3', ['-c', NETWORKX_VIEW, format], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`networkx could not read the ${format}: ${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxView;
}

describe('the writers, as networkx reads them', () => {
  const missing = networkxMissing();
  if (process.env['UPDATE_GRAPH_FIXTURES'] === '1') {
    if (missing !== undefined) throw new Error(`UPDATE_GRAPH_FIXTURES needs networkx: ${missing}`);
    const graphml = toGraphml(SAMPLE);
    const gexf = toGexf(SAMPLE);
    writeFileSync(fixturePath('graphml-export-sample.graphml'), graphml);
    writeFileSync(fixturePath('graphml-export-sample.gexf'), gexf);
    const views = { graphml: networkxRead('graphml', graphml), gexf: networkxRead('gexf', gexf) };
    writeFileSync(fixturePath('graphml-export-sample.networkx.json'), `${JSON.stringify(views, null, 2)}\n`);
  }
  const recorded = JSON.parse(readFixture('graphml-export-sample.networkx.json')) as Record<'graphml' | 'gexf', NetworkxView>;

  it('write the very files networkx was checked on (after a deliberate change: UPDATE_GRAPH_FIXTURES=1)', () => {
    expect(toGraphml(SAMPLE)).toBe(readFixture('graphml-export-sample.graphml'));
    expect(toGexf(SAMPLE)).toBe(readFixture('graphml-export-sample.gexf'));
  });

  it.each(['graphml', 'gexf'] as const)('networkx read every id, label, value, weight and the direction from the %s', (format) => {
    expect(normalized(recorded[format])).toEqual(normalized(expectedView(SAMPLE)));
  });

  if (missing !== undefined) console.log(`skipping the live networkx check: ${missing}`);
  it.skipIf(missing !== undefined).each(['graphml', 'gexf'] as const)('networkx installed here reads the current %s the same', (format) => {
    const text = format === 'graphml' ? toGraphml(SAMPLE) : toGexf(SAMPLE);
    expect(normalized(networkxRead(format, text))).toEqual(normalized(expectedView(SAMPLE)));
  });
});

describe('toGraphml', () => {
  it('declares a typed key per attribute and escapes every text and attribute', () => {
    const xml = toGraphml(SAMPLE);
    expect(xml).toContain('<key id="n1" for="node" attr.name="employees" attr.type="long"/>');
    expect(xml).toContain('<key id="n4" for="node" attr.name="Notes &lt;&amp;&quot;&apos;&gt;" attr.type="string"/>');
    expect(xml).toContain('<data key="label">Acme &lt;&quot;Tools&quot;&gt; &amp; &apos;Sons&apos;</data>');
    expect(xml).toContain('<data key="label">abcd</data>'); // the control characters dropped
    expect(xml).toContain('line two\ttab&#13;\nCRLF '); // a carriage return kept as a reference
    expect(xml).toContain('<graph id="G" edgedefault="undirected">');
    expect(toGraphml({ ...SAMPLE, directed: true })).toContain('<graph id="G" edgedefault="directed">');
  });

  it('leaves out the weight and edge-label keys when no edge has one', () => {
    const xml = toGraphml({ ...SAMPLE, edges: SAMPLE.edges.map(({ id, source, target, attributes }) => ({ id, source, target, attributes })) });
    expect(xml).not.toContain('attr.name="weight"');
    expect(xml).not.toContain('key="edge-label"');
  });

  it('is read back by Foothold’s own reader: the same ids, ties, direction and weights', () => {
    const graph = readGraphml(toGraphml(SAMPLE));
    if (!graph.ok) throw new Error(JSON.stringify(graph.problems));
    expect(graph.graph.ids).toEqual(SAMPLE.nodes.map((n) => n.id));
    expect(Array.from(graph.graph.edges.from, (f, e) => [graph.graph.ids[f], graph.graph.ids[graph.graph.edges.to[e]!]])).toEqual(
      SAMPLE.edges.map((e) => [e.source, e.target]),
    );
    expect(graph.graph.weightScale).toBe(2);
    expect([...graph.graph.edges.weight!]).toEqual([0.25, 1, 0.5, Math.fround(0.0005)]); // e3 has no weight: 1, over the scale
  });
});

describe('toGexf', () => {
  it('writes GEXF 1.3 with attribute declarations and attvalues', () => {
    const xml = toGexf(SAMPLE);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<attributes class="node" mode="static">');
    expect(xml).toContain('<attribute id="1" title="employees" type="long"/>');
    expect(xml).toContain('<attvalue for="4" value="line one&#10;line two&#9;tab&#13;&#10;CRLF "/>'); // whitespace survives attribute normalization
    expect(xml).toContain('<edge id="e1" source="acme" target="müller" label="supplies" weight="0.5">');
    expect(xml).toContain('<edge id="e3" source="東京" target="東京"/>');
    expect(xml).toContain('<graph defaultedgetype="undirected" mode="static">');
  });
});

describe('the XML writers under fuzzing', () => {
  // Any text but the characters ids may not hold; prototype keys are fine in an export.
  const idText = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => clean(s) === s);
  const documents = fc
    .record({
      ids: fc.uniqueArray(idText, { minLength: 1, maxLength: 12 }),
      labels: fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 12 }),
      ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { nil: undefined })), { maxLength: 20 }),
      directed: fc.boolean(),
    })
    .map(({ ids, labels, ties, directed }): GraphDocument => ({
      directed,
      nodeAttributes: [{ name: 'note', type: 'string' }],
      edgeAttributes: [],
      nodes: ids.map((id, i) => ({ id, label: labels[i] ?? '', attributes: { note: labels[(i + 1) % Math.max(1, labels.length)] ?? '' } })),
      edges: ties.map(([a, b, weight], i) => ({
        id: `e${i}`,
        source: ids[a % ids.length]!,
        target: ids[b % ids.length]!,
        attributes: {},
        ...(weight === undefined ? {} : { weight }),
      })),
    }));

  it('GraphML: Foothold reads back every id and tie, whatever the text', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const reading = readGraphml(toGraphml(doc));
        // Other tools take any id; Foothold's reader refuses prototype keys, and only those.
        const refused = doc.nodes.filter((n) => FORBIDDEN_KEYS.has(n.id));
        if (!reading.ok) {
          expect(reading.problems.map((p) => p.message.match(/node id "(.*)" is not allowed/)?.[1])).toEqual(refused.map((n) => n.id));
          return;
        }
        expect(refused).toEqual([]);
        const { ids, edges, directed } = reading.graph;
        expect(ids).toEqual(doc.nodes.map((n) => n.id));
        expect(Array.from(edges.from, (f, e) => [ids[f], ids[edges.to[e]!]])).toEqual(doc.edges.map((e) => [e.source, e.target]));
        if (doc.edges.length > 0) expect(directed).toBe(doc.directed);
      }),
      { numRuns: 300 },
    );
  });

  it('GEXF: well-formed, and every label and value reads back as written, control characters dropped', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const labels: string[] = [];
        const values: string[] = [];
        const result = readXml(toGexf(doc), {
          open: (tag) => {
            if (tag.name === 'node') labels.push(tag.attributes.get('label') ?? '');
            if (tag.name === 'attvalue') values.push(tag.attributes.get('value') ?? '');
          },
        });
        expect(result).toEqual({ ok: true });
        expect(labels).toEqual(doc.nodes.map((n) => clean(n.label)));
        expect(values).toEqual(doc.nodes.map((n) => clean(String(n.attributes['note']))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toCsvTables', () => {
  it("writes Gephi's spreadsheet import tables, every formula-like cell made text", () => {
    const { nodes, edges } = toCsvTables(SAMPLE);
    expect(parse(nodes)).toEqual([
      ['Id', 'Label', 'sector', 'employees', 'score', 'listed', NOTES],
      ['acme', `Acme <"Tools"> & 'Sons'`, `'=HYPERLINK("http://evil.example")`, '120', '0.75', 'true', ''],
      ['müller', 'Müller GmbH', 'Maschinenbau', '3000000000', '-1.5', 'false', 'line one\nline two\ttab\r\nCRLF '],
      ['東京', '東京支社', '商社', '', '', '', ''],
      ['القاهرة', 'شركة القاهرة', '', '', '', '', ''],
      ['emoji 😀', 'a\u0001b\u000bc\ufffed', '', '', '', '', ''], // CSV can carry them
    ]);
    expect(parse(edges)).toEqual([
      ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'since', 'kind', 'trusted'],
      ['acme', 'müller', 'Undirected', 'e1', 'supplies', '0.5', '2019', 'supplier', ''],
      ['müller', '東京', 'Undirected', 'e2', '', '2', '', `'+cmd`, ''],
      ['東京', '東京', 'Undirected', 'e3', '', '', '', '', ''],
      ['القاهرة', 'emoji 😀', 'Undirected', 'e4', '', '0.001', '', '', 'true'],
    ]);
    expect(parse(toCsvTables({ ...SAMPLE, directed: true }).edges)[1]).toContain('Directed');
  });

  it('names a node the same way in both tables, even when its id looks like a formula', () => {
    const doc: GraphDocument = {
      ...SAMPLE,
      nodes: [
        { id: '=1+1', label: '-', attributes: {} },
        { id: '-3', label: '@x', attributes: {} },
      ],
      edges: [{ id: '+e', source: '=1+1', target: '-3', attributes: {} }],
    };
    const nodes = parse(toCsvTables(doc).nodes) as string[][];
    const edges = parse(toCsvTables(doc).edges) as string[][];
    expect(nodes.slice(1)).toEqual([
      [`'=1+1`, `'-`, '', '', '', '', ''],
      ['-3', `'@x`, '', '', '', '', ''],
    ]);
    expect(edges[1]!.slice(0, 4)).toEqual([`'=1+1`, '-3', 'Undirected', `'+e`]);
  });
});

describe('graphDocumentProblems', () => {
  const CANNOT_CARRY = 'a character XML cannot carry (a control character other than tab and line breaks, a lone surrogate, U+FFFE or U+FFFF); remove it';

  it('accepts the sample and refuses what no format could carry, each with its pointer', () => {
    expect(graphDocumentProblems(SAMPLE)).toEqual([]);
    const bad: GraphDocument = {
      directed: false,
      nodeAttributes: [
        { name: 'Label', type: 'string' },
        { name: 'size', type: 'int' },
        { name: 'size', type: 'double' },
        { name: '', type: 'string' },
        { name: 'a\u0000b', type: 'string' },
      ],
      edgeAttributes: [{ name: 'weight', type: 'double' }],
      nodes: [
        { id: 'a', label: 'A', attributes: { size: 1.5 } },
        { id: 'a', label: 'again', attributes: { colour: 'red' } },
        { id: '', label: '', attributes: {} },
        { id: 'b\u0007', label: '', attributes: {} },
      ],
      edges: [
        { id: 'x', source: 'a', target: 'nowhere', weight: Number.NaN, attributes: {} },
        { id: 'x', source: 'a', target: 'a', attributes: {} },
      ],
    };
    expect(graphDocumentProblems(bad)).toEqual([
      { pointer: '/nodeAttributes/0/name', message: '"Label" is a column of every node already; rename the attribute' },
      { pointer: '/nodeAttributes/2/name', message: 'the attribute "size" is declared twice' },
      { pointer: '/nodeAttributes/3/name', message: 'an attribute needs a name' },
      { pointer: '/nodeAttributes/4/name', message: `this name holds ${CANNOT_CARRY}` },
      { pointer: '/edgeAttributes/0/name', message: '"weight" is a column of every edge already; rename the attribute' },
      { pointer: '/nodes/0/attributes/size', message: '1.5 is not a whole number within ±2^53, as the attribute "size" is declared' },
      { pointer: '/nodes/1/id', message: 'the node id "a" is used twice' },
      { pointer: '/nodes/1/attributes/colour', message: 'the attribute "colour" is not declared; declare it with its type' },
      { pointer: '/nodes/2/id', message: 'a node needs a non-empty id' },
      { pointer: '/nodes/3/id', message: `this id holds ${CANNOT_CARRY}` },
      { pointer: '/edges/0/target', message: 'no node has the id "nowhere"; expected the id of one of the nodes' },
      { pointer: '/edges/0/weight', message: 'the weight NaN is not a finite number' },
      { pointer: '/edges/1/id', message: 'the edge id "x" is used twice' },
    ]);
    expect(() => toGraphml(bad)).toThrow(ValidationError);
    expect(() => toGexf(bad)).toThrow(ValidationError);
    expect(() => toCsvTables(bad)).toThrow(ValidationError);
  });

  it('stops at 50 problems', () => {
    const nodes = Array.from({ length: 80 }, () => ({ id: '', label: '', attributes: {} }));
    expect(graphDocumentProblems({ ...SAMPLE, nodes, edges: [] })).toHaveLength(50);
  });

  it('checks each value against its declared type', () => {
    const doc = (value: AttributeValue, type: 'string' | 'double' | 'int' | 'boolean'): GraphDocument => ({
      ...SAMPLE,
      nodeAttributes: [{ name: 'v', type }],
      nodes: [{ id: 'a', label: '', attributes: { v: value } }],
      edges: [],
    });
    expect(graphDocumentProblems(doc('x', 'string'))).toEqual([]);
    expect(graphDocumentProblems(doc(1, 'string'))[0]?.message).toBe('1 is not text, as the attribute "v" is declared');
    expect(graphDocumentProblems(doc(true, 'boolean'))).toEqual([]);
    expect(graphDocumentProblems(doc('true', 'boolean'))[0]?.message).toBe('"true" is not true or false, as the attribute "v" is declared');
    expect(graphDocumentProblems(doc(2.5, 'double'))).toEqual([]);
    expect(graphDocumentProblems(doc(Number.POSITIVE_INFINITY, 'double'))[0]?.message).toBe(
      'Infinity is not a finite number, as the attribute "v" is declared',
    );
    expect(graphDocumentProblems(doc(2 ** 53, 'int'))[0]?.message).toBe(
      '9007199254740992 is not a whole number within ±2^53, as the attribute "v" is declared',
    );
  });
});
