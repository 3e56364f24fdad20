import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betweennessInWords,
  csvFileName,
  figure,
  filterRows,
  FIRST_ORDER,
  metricsCsv,
  metricsRows,
  nextOrder,
  orderInWords,
  sortRows,
  summaryFacts,
  type GraphMetrics,
  type MetricsRow,
} from './metrics-view';

const metrics: GraphMetrics = {
  nodes: {
    n10: { degree: 2, betweenness: 0.5, constraint: 0.5, effectiveSize: 2 },
    n2: { degree: 1, betweenness: 0, constraint: 1, effectiveSize: 1 },
    lonely: { degree: 0, betweenness: 0, constraint: null, effectiveSize: null },
    N1: { degree: 3, betweenness: 0.25, constraint: 0.3333333333333333, effectiveSize: 3 },
  },
  edgeCount: 3,
  parallelEdges: 2,
  selfLoops: 1,
  readAsUndirected: false,
  betweenness: { exact: true, samples: 4 },
  warnings: [],
};
const rows = metricsRows(metrics);
const idsOf = (list: readonly MetricsRow[]) => list.map((r) => r.id);

describe('the rows of the metrics table', () => {
  it('are every node with its figures, in the answer’s order', () => {
    expect(idsOf(rows)).toEqual(['n10', 'n2', 'lonely', 'N1']);
    expect(rows[2]).toEqual({ id: 'lonely', degree: 0, betweenness: 0, constraint: null, effectiveSize: null });
  });

  it('sort by a figure either way, equal rows in the answer’s order and isolated nodes last', () => {
    expect(idsOf(sortRows(rows, FIRST_ORDER))).toEqual(['n10', 'N1', 'n2', 'lonely']);
    expect(idsOf(sortRows(rows, { column: 'betweenness', direction: 'ascending' }))).toEqual(['n2', 'lonely', 'N1', 'n10']);
    expect(idsOf(sortRows(rows, { column: 'constraint', direction: 'descending' }))).toEqual(['n2', 'n10', 'N1', 'lonely']);
    expect(idsOf(sortRows(rows, { column: 'constraint', direction: 'ascending' }))).toEqual(['N1', 'n10', 'n2', 'lonely']);
    expect(idsOf(sortRows(rows, { column: 'degree', direction: 'descending' }))).toEqual(['N1', 'n10', 'n2', 'lonely']);
  });

  it('sort ids as people read them, n2 before n10', () => {
    expect(idsOf(sortRows(rows, { column: 'id', direction: 'ascending' }))).toEqual(['lonely', 'N1', 'n2', 'n10']);
    expect(idsOf(sortRows(rows, { column: 'id', direction: 'descending' }))).toEqual(['n10', 'n2', 'N1', 'lonely']);
  });

  it('turn a column’s order round on a second click; a new column starts with ids A–Z and figures highest first', () => {
    expect(nextOrder(FIRST_ORDER, 'betweenness')).toEqual({ column: 'betweenness', direction: 'ascending' });
    expect(nextOrder({ column: 'betweenness', direction: 'ascending' }, 'betweenness')).toEqual(FIRST_ORDER);
    expect(nextOrder(FIRST_ORDER, 'id')).toEqual({ column: 'id', direction: 'ascending' });
    expect(nextOrder(FIRST_ORDER, 'effectiveSize')).toEqual({ column: 'effectiveSize', direction: 'descending' });
    expect(orderInWords(FIRST_ORDER)).toBe('betweenness, highest first');
    expect(orderInWords({ column: 'effectiveSize', direction: 'ascending' })).toBe('effective size, lowest first');
    expect(orderInWords({ column: 'id', direction: 'descending' })).toBe('node, Z to A');
  });

  it('filter by a part of the id, ignoring case and surrounding spaces', () => {
    expect(idsOf(filterRows(rows, ' N1'))).toEqual(['n10', 'N1']);
    expect(idsOf(filterRows(rows, 'lone'))).toEqual(['lonely']);
    expect(filterRows(rows, 'x')).toEqual([]);
    expect(filterRows(rows, '  ')).toEqual(rows);
  });
});

describe('the figures in words', () => {
  it('show a missing figure as a dash', () => {
    expect(figure(0.437635281, 4)).toBe('0.4376');
    expect(figure(13.75, 2)).toBe('13.75');
    expect(figure(null, 4)).toBe('—');
  });

  it('say how betweenness was found, with the error bound of an estimate', () => {
    expect(betweennessInWords({ exact: true, samples: 34 })).toBe('exact');
    expect(betweennessInWords({ exact: false, samples: 300, errorBound: { epsilon: 0.12345, delta: 0.05 } })).toBe(
      'estimated from 300 pivots: every value within ±0.123 of the exact one with probability 0.95',
    );
  });

  it('sum up the reading: nodes, edges, what was left out', () => {
    expect(summaryFacts(metrics)).toEqual([
      { term: 'Nodes', value: '4' },
      { term: 'Edges', value: '3' },
      { term: 'Parallel edges, counted once', value: '2' },
      { term: 'Self-loops, left out', value: '1' },
      { term: 'Betweenness', value: 'exact' },
    ]);
    expect(summaryFacts({ ...metrics, readAsUndirected: true, edgeCount: 12_345 })[1]).toEqual({
      term: 'Edges (directed, read as undirected)',
      value: '12,345',
    });
  });
});

describe('the CSV download', () => {
  it('has every figure at full precision, and nothing for an isolated node’s missing ones', () => {
    expect(metricsCsv(sortRows(rows, FIRST_ORDER))).toBe(
      'node,degree,betweenness,constraint,effective_size\nn10,2,0.5,0.5,2\nN1,3,0.25,0.3333333333333333,3\nn2,1,0,1,1\nlonely,0,0,,\n',
    );
  });

  it('parses back to the ids, with ids a spreadsheet would run kept as text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (names) => {
        const list = names.map((id, i) => ({ id, degree: i, betweenness: i / 10, constraint: null, effectiveSize: 1.5 }));
        const back = parse(metricsCsv(list)) as string[][];
        expect(back[0]).toEqual(['node', 'degree', 'betweenness', 'constraint', 'effective_size']);
        expect(back.slice(1)).toEqual(
          list.map((r, i) => [/^[=+\-@\t\r]/.test(r.id) && !/^[+-]?\d+(\.\d+)?$/.test(r.id) ? `'${r.id}` : r.id, String(i), String(i / 10), '', '1.5']),
        );
      }),
    );
    expect(metricsCsv([{ id: '=HYPERLINK("http://evil.example")', degree: 1, betweenness: 0, constraint: 1, effectiveSize: 1 }]).split('\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"")",1,0,1,1`,
    );
  });

  it('is named after the GraphML file', () => {
    expect(csvFileName('karate.graphml')).toBe('karate-metrics.csv');
    expect(csvFileName('my network v2.xml')).toBe('my-network-v2-metrics.csv');
    expect(csvFileName('.graphml')).toBe('graph-metrics.csv');
  });
});
