/**
 * The GraphML reader (readGraphml, behind the graph metrics of an uploaded file) fuzzed as issue 13
 * asks: random bytes and XML-ish text, the files real tools wrote (fixtures/) damaged byte by byte,
 * and generated graphs whose reading is known. Whatever comes in, it answers with a graph that
 * keeps the engine's promises or with problems as data; never an exception, never a hang.
 *
 * Inputs (IMPORTER_FUZZ_RUNS = 10,000 by default): 1,500 random + 6,000 damaged files + 2,500
 * generated graphs = 10,000.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FootholdError } from '../../shared/errors.js';
import { FUZZ_TEST_TIMEOUT_MS, expectProblemsAsData, mutatedFile, readOrRefuse, splitRuns } from '../../test-support/fuzz.js';
import { readGraphml, type GraphmlReading } from './graphml-read.js';

const [RANDOM, DAMAGED, GENERATED] = splitRuns(1_500, 6_000, 2_500);

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** Files as networkx, Gephi, yEd and Foothold's own export write them. */
const FILES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.graphml'))
  .map((name) => readFileSync(join(FIXTURES, name)));

/** What GraphML is made of, for insertions: tags, attributes, references, what the safe reader refuses. */
const TOKENS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '=',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F600;',
  '&lol;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE g [<!ENTITY lol "lol">]>',
  '<?xml version="1.0"?>',
  '<graph edgedefault="directed">',
  '<graph>',
  '</graph>',
  '<node id="a"/>',
  '<node id="__proto__"/>',
  '<edge source="a" target="zz"/>',
  '<edge source="n0" target="n0" directed="true"/>',
  '<hyperedge/>',
  '<data key="weight">-1</data>',
  '<data key="weight">1e309</data>',
  '<key id="weight" for="edge" attr.name="weight"><default>0</default></key>',
  'xmlns:y="urn:y"',
  'Улаанбаатар',
  '🚀',
];

/** What any reading promises: problems with messages, or a graph the engine can take as it is. */
function expectAnswer(input: Uint8Array | string): GraphmlReading | undefined {
  const answer = readOrRefuse(() => readGraphml(input));
  // readGraphml promises problems as data: not even a typed error is thrown.
  expect(answer).not.toBeInstanceOf(FootholdError);
  if (answer instanceof FootholdError) return undefined;
  expectProblemsAsData(answer);
  if (!answer.ok) return answer;
  const { ids, edges, weightScale } = answer.graph;
  expect(edges.nodeCount).toBe(ids.length);
  expect(new Set(ids).size).toBe(ids.length);
  expect(edges.to.length).toBe(edges.from.length);
  for (const end of [...edges.from, ...edges.to]) expect(end).toBeLessThan(ids.length);
  if (edges.weight !== undefined) expect(edges.weight.length).toBe(edges.from.length);
  for (const w of edges.weight ?? []) expect(w > 0 && w <= 1).toBe(true);
  expect(weightScale >= 1 && Number.isFinite(weightScale)).toBe(true);
  return answer;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('readGraphml under fuzzing (issue 13)', () => {
  it('reads every sample as it is: the damage below starts from valid files', () => {
    expect(FILES.map((file) => readGraphml(file).ok)).toEqual(FILES.map(() => true));
  });

  it(
    'answers random bytes and text with problems',
    () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => `<graphml>${t.join('')}</graphml>`),
      );
      fc.assert(
        fc.property(input, (i) => void expectAnswer(i)),
        { numRuns: RANDOM },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers the files of networkx, Gephi, yEd and Foothold with bytes changed',
    () => {
      fc.assert(
        fc.property(mutatedFile(FILES, { tokens: TOKENS }), (i) => void expectAnswer(i)),
        { numRuns: DAMAGED },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'reads generated graphs as written: every node once in first-seen order, every edge, its weight',
    () => {
      const id = fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }), fc.constantFrom('Иван', 'කමල්', '🚀', 'a&b', '"q"'));
      const graph = fc.record({
        nodes: fc.array(id, { maxLength: 12 }),
        edges: fc.array(fc.record({ source: id, target: id, weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }), { maxLength: 20 }),
        directed: fc.boolean(),
      });
      fc.assert(
        fc.property(graph, ({ nodes, edges, directed }) => {
          const body = [
            ...nodes.map((n) => `<node id="${escapeXml(n)}"/>`),
            ...edges.map((e) => `<edge source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="w">${e.weight}</data></edge>`),
          ].join('\n');
          const file = `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="${directed ? 'directed' : 'undirected'}">\n${body}\n</graph>\n</graphml>\n`;
          const reading = expectAnswer(file);
          const forbidden = [...nodes, ...edges.flatMap((e) => [e.source, e.target])].some((n) => ['__proto__', 'constructor', 'prototype'].includes(n));
          if (forbidden) return expect(reading?.ok).toBe(false);
          expect(reading?.ok ? [] : reading?.problems).toEqual([]);
          if (reading?.ok !== true) return;
          const { ids, edges: read, weightScale, selfLoops } = reading.graph;
          expect(ids).toEqual([...new Set([...nodes, ...edges.flatMap((e) => [e.source, e.target])])]);
          expect(reading.graph.directed).toBe(directed);
          expect(Array.from(read.from, (f, e) => [ids[f], ids[read.to[e]!]])).toEqual(edges.map((e) => [e.source, e.target]));
          expect(selfLoops).toBe(edges.filter((e) => e.source === e.target).length);
          const scaled = Array.from(read.weight ?? [], (w) => w * weightScale);
          scaled.forEach((w, e) => expect(Math.abs(w - edges[e]!.weight) / edges[e]!.weight).toBeLessThan(1e-6));
          expect(scaled).toHaveLength(edges.length);
        }),
        { numRuns: GENERATED },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
