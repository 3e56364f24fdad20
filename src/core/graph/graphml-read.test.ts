import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGraphml, type GraphmlGraph, type GraphmlReading } from './graphml-read.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

/** What networkx read from each fixture (fixtures/graphml-networkx-readings.json, written by networkx 3.6 ahead of time). */
const networkxReadings = JSON.parse(fixture('graphml-networkx-readings.json').toString('utf8')) as Record<
  string,
  { directed: boolean; nodes: string[]; edges: [string, string, number | null][] }
>;

function graphOf(reading: GraphmlReading): GraphmlGraph {
  if (!reading.ok) throw new Error(`expected a graph, got ${JSON.stringify(reading.problems)}`);
  return reading.graph;
}

/** Edges as [source id, target id, weight in the file's own scale], for comparing with networkx. */
function edgesById(graph: GraphmlGraph): [string, string, number | null][] {
  const { from, to, weight } = graph.edges;
  return Array.from(from, (f, e) => [graph.ids[f]!, graph.ids[to[e]!]!, weight === undefined ? null : Math.fround(weight[e]! * graph.weightScale)]);
}

const byEnds = (a: [string, string, number | null], b: [string, string, number | null]) =>
  `${a[0]}\u0000${a[1]}\u0000${a[2]}`.localeCompare(`${b[0]}\u0000${b[1]}\u0000${b[2]}`);

/** A GraphML document around the given graph body, in the standard namespace. */
const graphml = (body: string, edgedefault = 'undirected', keys = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}<graph edgedefault="${edgedefault}">\n${body}\n</graph>\n</graphml>\n`;

const problemsOf = (reading: GraphmlReading) => (reading.ok ? [] : reading.problems.map((p) => p.message));

describe('readGraphml on files real tools write', () => {
  it.each(['graphml-networkx-karate', 'graphml-networkx-multidigraph', 'graphml-gephi-style', 'graphml-yed-style'])(
    '%s: the same nodes, ties, direction and weights as networkx reads',
    (name) => {
      const reading = readGraphml(fixture(`${name}.graphml`));
      const graph = graphOf(reading);
      const expected = networkxReadings[name]!;
      expect(graph.ids).toEqual(expected.nodes);
      expect(graph.directed).toBe(expected.directed);
      expect(graph.edges.nodeCount).toBe(expected.nodes.length);
      const round = (e: [string, string, number | null]) => (expected.directed || e[0] <= e[1] ? e : [e[1], e[0], e[2]]) as [string, string, number | null];
      const expectedEdges = expected.edges.map(([s, t, w]) => round([s, t, w === null ? null : Math.fround(w)]));
      expect(edgesById(graph).map(round).sort(byEnds)).toEqual(expectedEdges.sort(byEnds));
      expect(reading.ok && reading.warnings).toEqual([]);
    },
  );

  it("networkx's karate club: 34 members, 78 ties, weights 1–7 scaled by the largest into (0, 1]", () => {
    const graph = graphOf(readGraphml(fixture('graphml-networkx-karate.graphml')));
    expect([graph.ids.length, graph.edges.from.length, graph.parallelEdges, graph.selfLoops, graph.impliedNodes]).toEqual([34, 78, 0, 0, 0]);
    expect(graph.weightScale).toBe(7);
    expect(graph.edges.weight?.[0]).toBeCloseTo(4 / 7, 6);
    expect(Math.max(...graph.edges.weight!)).toBe(1);
  });

  it('a networkx multigraph: two weight keys (long and double), a parallel edge and a self-loop', () => {
    const graph = graphOf(readGraphml(fixture('graphml-networkx-multidigraph.graphml')));
    expect(graph.ids).toEqual(['Zürich', '東京', 'only-in-edge']);
    expect(graph).toMatchObject({ directed: true, parallelEdges: 1, selfLoops: 1, impliedNodes: 0, weightScale: 4 });
    expect([...graph.edges.weight!]).toEqual([2.5 / 4, 1 / 4, 0.5 / 4, 1]);
  });

  it("Gephi's export: keys named by their attribute, weights as doubles", () => {
    const graph = graphOf(readGraphml(fixture('graphml-gephi-style.graphml')));
    expect(graph).toMatchObject({ directed: false, weightScale: 10, parallelEdges: 0 });
    expect([...graph.edges.from]).toEqual([1, 2, 3, 3, 4]);
    expect([...graph.edges.to]).toEqual([0, 0, 0, 2, 0]);
  });

  it("yEd's export: its y: drawing data ignored, edgedefault directed, no weights", () => {
    const graph = graphOf(readGraphml(fixture('graphml-yed-style.graphml')));
    expect(graph).toMatchObject({ ids: ['n0', 'n1', 'n2'], directed: true, weightScale: 1 });
    expect(graph.edges.weight).toBeUndefined();
  });
});

describe('readGraphml, leniently', () => {
  it('adds nodes that edges name but no <node> declares, as networkx does, and says so', () => {
    const reading = readGraphml(graphml('<edge source="b" target="a"/>\n<node id="a"/>\n<edge source="a" target="c"/>\n<edge source="c" target="d"/>'));
    const graph = graphOf(reading);
    expect(graph.ids).toEqual(['b', 'a', 'c', 'd']);
    expect([...graph.edges.from, ...graph.edges.to]).toEqual([0, 1, 2, 1, 2, 3]);
    expect(graph.impliedNodes).toBe(3);
    expect(reading.ok && reading.warnings).toEqual([
      { pointer: '', message: '3 nodes are named by edges but never declared (the first, "b", at line 4); added, as networkx does' },
    ]);
  });

  it('reads a node declared twice as one, and says so', () => {
    const reading = readGraphml(graphml('<node id="a"/>\n<node id="b"/>\n<node id="a"/>'));
    expect(graphOf(reading).ids).toEqual(['a', 'b']);
    expect(reading.ok && reading.warnings.map((w) => w.message)).toEqual([
      '1 node is declared more than once (the first, "a", again at line 6); read as one node each',
    ]);
  });

  it('takes direction from edgedefault, from each edge, and reads no edgedefault as undirected', () => {
    const edges = '<node id="a"/><node id="b"/>\n<edge source="a" target="b"/>';
    expect(graphOf(readGraphml(graphml(edges, 'directed'))).directed).toBe(true);
    expect(graphOf(readGraphml(graphml(edges, 'undirected'))).directed).toBe(false);
    expect(graphOf(readGraphml(graphml(edges).replace(' edgedefault="undirected"', ''))).directed).toBe(false);
    expect(graphOf(readGraphml(graphml('<edge source="a" target="b" directed="true"/>'))).directed).toBe(true);
    expect(graphOf(readGraphml(graphml('<edge source="a" target="b" directed="false"/>', 'directed'))).directed).toBe(false);
    expect(graphOf(readGraphml(graphml('<node id="a"/>', 'directed'))).directed).toBe(true);
  });

  it('counts parallel edges as the file means them: a→b twice is parallel, a→b and b→a are not, a–b and b–a are', () => {
    const count = (body: string, edgedefault: string) => graphOf(readGraphml(graphml(body, edgedefault))).parallelEdges;
    expect(count('<edge source="a" target="b"/><edge source="a" target="b"/>', 'directed')).toBe(1);
    expect(count('<edge source="a" target="b"/><edge source="b" target="a"/>', 'directed')).toBe(0);
    expect(count('<edge source="a" target="b"/><edge source="b" target="a"/><edge source="a" target="b"/>', 'undirected')).toBe(2);
    expect(count('<edge source="a" target="b" directed="true"/><edge source="a" target="b"/>', 'undirected')).toBe(0);
    expect(count('<edge source="a" target="a"/><edge source="a" target="a"/>', 'undirected')).toBe(1);
  });

  it('reads a file without the GraphML namespace, and ignores desc, ports and foreign elements', () => {
    const xml =
      '<graphml xmlns:x="urn:x"><desc>a <b>bold</b> description</desc><graph edgedefault="undirected">' +
      '<node id="a"><port name="p"/><x:extra><node id="not-a-node"/></x:extra></node><node id="b"/>' +
      '<edge source="a" target="b" sourceport="p"><desc>tie</desc></edge></graph></graphml>';
    const graph = graphOf(readGraphml(xml));
    expect(graph.ids).toEqual(['a', 'b']);
    expect(graph.edges.from.length).toBe(1);
  });

  it("takes an edge without a weight at the weight key's default, or at 1", () => {
    const withDefault = '<key id="w" for="edge" attr.name="weight" attr.type="double"><default>0.5</default></key>\n';
    const body = '<edge source="a" target="b"><data key="w">0.25</data></edge><edge source="b" target="c"/>';
    expect([...graphOf(readGraphml(graphml(body, 'undirected', withDefault))).edges.weight!]).toEqual([0.25, 0.5]);
    const plain = '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n';
    expect([...graphOf(readGraphml(graphml(body, 'undirected', plain))).edges.weight!]).toEqual([0.25, 1]);
    // A key named weight for nodes only is not the ties' weight.
    const forNodes = '<key id="w" for="node" attr.name="weight" attr.type="double"/>\n';
    expect(graphOf(readGraphml(graphml(body, 'undirected', forNodes))).edges.weight).toBeUndefined();
  });

  it('keeps a tiny weight above 0 when scaling', () => {
    const keys = '<key id="w" for="edge" attr.name="weight"/>\n';
    const graph = graphOf(
      readGraphml(
        graphml('<edge source="a" target="b"><data key="w">1e-60</data></edge><edge source="a" target="c"><data key="w">5</data></edge>', 'undirected', keys),
      ),
    );
    expect(graph.weightScale).toBe(5);
    expect(graph.edges.weight![0]).toBeGreaterThan(0);
    expect(graph.edges.weight![1]).toBe(1);
  });

  it('reads thousands of nodes and edges, past every buffer size', () => {
    const n = 3000;
    const body = Array.from({ length: n }, (_, i) => `<node id="v${i}"/><edge source="v${i}" target="v${(i * 7 + 1) % n}"/>`).join('\n');
    const graph = graphOf(readGraphml(graphml(body)));
    expect(graph.ids.length).toBe(n);
    expect(graph.edges.from.length).toBe(n);
    // Ids are numbered as first seen: an edge may name a node before its <node> comes.
    expect(graph.ids[graph.edges.from[n - 1]!]).toBe(`v${n - 1}`);
    expect(graph.ids[graph.edges.to[n - 1]!]).toBe(`v${((n - 1) * 7 + 1) % n}`);
    expect(graph.impliedNodes).toBe(0);
  });
});

describe('readGraphml refuses, saying where and what was expected', () => {
  it('node ids that are prototype keys, each once, at the line it first appears', () => {
    const reading = readGraphml(
      graphml('<node id="__proto__"/>\n<node id="ok"/>\n<edge source="ok" target="constructor"/>\n<edge source="constructor" target="prototype"/>'),
    );
    expect(reading).toMatchObject({ ok: false, kind: 'invalid' });
    expect(problemsOf(reading)).toEqual([
      'line 4: the node id "__proto__" is not allowed (it could change how objects behave, as the graph is written out keyed by id); rename the node',
      'line 6: the node id "constructor" is not allowed (it could change how objects behave, as the graph is written out keyed by id); rename the node',
      'line 7: the node id "prototype" is not allowed (it could change how objects behave, as the graph is written out keyed by id); rename the node',
    ]);
  });

  it('nested graphs, as yEd writes for groups', () => {
    const reading = readGraphml(graphml('<node id="group">\n<graph id="group:" edgedefault="directed"><node id="inner"/></graph>\n</node>'));
    expect(problemsOf(reading)).toEqual([
      'line 5: a <graph> nested inside a <node> (a group or subgraph, as yEd writes for grouped nodes); Foothold reads flat graphs only: ungroup the nodes before exporting',
    ]);
  });

  it('hyperedges and a second graph', () => {
    expect(problemsOf(readGraphml(graphml('<node id="a"/>\n<hyperedge><endpoint node="a"/></hyperedge>')))).toEqual([
      'line 5: a <hyperedge> joins more than two nodes at once; Foothold reads ties between two nodes only: replace it with <edge> elements',
    ]);
    const two = graphml('<node id="a"/>').replace('</graphml>', '<graph edgedefault="undirected"/>\n</graphml>');
    expect(problemsOf(readGraphml(two))).toEqual(['line 6: a second <graph>; Foothold reads one graph per file: keep only the one to analyse']);
  });

  it('missing ids, ends and keys, and values that are not what GraphML allows', () => {
    const keys = '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<key for="node" attr.name="label"/>\n';
    const body = ['<node/>', '<node id=""/>', '<edge target="a"/>', '<edge source="a"/>', '<edge source="a" target="b" directed="yes"/>'].join('\n');
    expect(problemsOf(readGraphml(graphml(body, 'sideways', keys)))).toEqual([
      'line 4: <key> has no id attribute; expected id="…" naming the key that <data key="…"> refers to',
      'line 5: edgedefault="sideways"; expected edgedefault="directed" or edgedefault="undirected"',
      'line 6: <node> has no id attribute; expected id="…"',
      'line 7: an empty node id; expected a non-empty id',
      'line 8: <edge> has no source attribute; expected source="…" naming a node',
      'line 9: <edge> has no target attribute; expected target="…" naming a node',
      'line 10: directed="yes" on an <edge>; expected directed="true" or directed="false"',
    ]);
  });

  it('leaves the weights out, with a warning naming the first, when one is not a positive number', () => {
    const keys = '<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n';
    for (const bad of ['0', '-2', 'heavy', 'NaN']) {
      const body = `<edge source="a" target="b"><data key="w">0.5</data></edge>\n<edge source="b" target="c"><data key="w">${bad}</data></edge>`;
      const read = readGraphml(graphml(body, 'undirected', keys));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.graph.edges.weight).toBeUndefined();
      expect(read.graph.edges.from.length).toBe(2);
      expect(read.warnings.map((w) => w.message)).toContain(
        `line 6: the weight "${bad}" is not a positive number, so the file's weights are left out (the metrics do not use them)`,
      );
    }
  });

  it('a weight key declared after the graph, whose weights would have been missed', () => {
    const late = graphml('<edge source="a" target="b"><data key="w">2</data></edge>').replace(
      '</graphml>',
      '<key id="w" for="edge" attr.name="weight"/>\n</graphml>',
    );
    expect(problemsOf(readGraphml(late))).toEqual([
      'line 6: the <key> for edge weights comes after the <graph>; GraphML declares keys first: move the <key> elements above <graph>',
    ]);
  });

  it('nodes and edges outside a graph, another root, and no graph at all', () => {
    expect(problemsOf(readGraphml('<graphml>\n<node id="a"/>\n</graphml>'))).toEqual([
      'line 2: a <node> inside <graphml>; expected it directly inside <graph>',
    ]);
    expect(problemsOf(readGraphml('<graphml><graph>\n<node id="a"><edge source="a" target="a"/></node></graph></graphml>'))).toEqual([
      'line 2: an <edge> inside <node>; expected it directly inside <graph>',
    ]);
    expect(problemsOf(readGraphml('<gexf xmlns="http://gexf.net/1.3"/>'))).toEqual([
      'line 1: expected <graphml> as the root element; found <gexf>, so this is not a GraphML file',
    ]);
    expect(problemsOf(readGraphml('<graphml><key id="k"/></graphml>'))).toEqual([
      'the file has no <graph> element; expected <graph edgedefault="undirected"> (or "directed") inside <graphml>',
    ]);
  });

  it('stops listing after 50 problems', () => {
    const body = Array.from({ length: 200 }, () => '<node/>').join('\n');
    const problems = problemsOf(readGraphml(graphml(body)));
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toBe('stopped reading after 50 problems');
  });

  it('what the safe XML reader refuses, with the problems found before it', () => {
    expect(readGraphml('<!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml>&x;</graphml>')).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: [{ message: expect.stringMatching(/^a DOCTYPE declaration at line 1, column 1: /) as unknown }],
    });
    expect(problemsOf(readGraphml(graphml('<node id="__proto__"/>\n<node id="a">')))).toEqual([
      'line 4: the node id "__proto__" is not allowed (it could change how objects behave, as the graph is written out keyed by id); rename the node',
      'not well-formed XML at line 6, column 8: unexpected close tag',
    ]);
    expect(readGraphml(graphml('<node id="a"/><node id="b"/>'), { maxElements: 3 })).toMatchObject({ ok: false, kind: 'too_large' });
    expect(readGraphml(Buffer.from([0x3c, 0x61, 0xff, 0x3e]))).toMatchObject({ ok: false, kind: 'malformed' });
  });
});

describe('readGraphml under fuzzing', () => {
  it('answers with a graph or problems, never an exception, whatever GraphML-shaped pieces come in', () => {
    const piece = fc.constantFrom(
      '<graph edgedefault="directed">',
      '<graph>',
      '</graph>',
      '<node id="a">',
      '<node id="__proto__"/>',
      '</node>',
      '<node/>',
      '<edge source="a" target="b"/>',
      '<edge source="b" target="c" directed="true">',
      '</edge>',
      '<data key="w">2</data>',
      '<data key="w">x</data>',
      '<key id="w" for="edge" attr.name="weight"><default>3</default></key>',
      '<hyperedge/>',
      '<y:x xmlns:y="urn:y"><node id="z"/></y:x>',
      '<port name="p"/>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const reading = readGraphml(`<graphml>${pieces.join('')}</graphml>`);
        if (reading.ok) {
          const { ids, edges } = reading.graph;
          expect(edges.nodeCount).toBe(ids.length);
          for (const end of [...edges.from, ...edges.to]) expect(end).toBeLessThan(ids.length);
          for (const w of edges.weight ?? []) expect(w > 0 && w <= 1).toBe(true);
        } else expect(reading.problems[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 1000) },
    );
  });
});
