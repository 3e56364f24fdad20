import { firmsOf } from '../../lib/firms';
import { describe, expect, it } from 'vitest';
import { UTILIZATION_COLOURS } from '../../../core/report/palette';
import {
  anythingCoded,
  codeNamer,
  codeRows,
  heatmapView,
  kindsInWords,
  quoteIndex,
  quotesBehind,
  quotesInWords,
  type FrameworkMatrix,
  type MatrixQuote,
} from './matrix-view';

const tri = (kinds: ('interview' | 'document' | 'website')[], sources: string[]) => ({ count: kinds.length, kinds, sources });
const quote = (firm: string, segment: string, quote: string, codes: string[] = []): MatrixQuote => ({
  firm,
  segment,
  quote,
  location: 'p. 1',
  source: 'src-1',
  sourceTitle: 'Interview 1',
  sourceKind: 'interview',
  codes,
});

const entry = (id: string, name: string, depth: number, codable = true, parent?: string) => ({
  id,
  name,
  depth,
  codable,
  origin: 'builtin' as const,
  uses: 0,
  ...(parent === undefined ? {} : { parent }),
});

const matrix: FrameworkMatrix = {
  firms: [
    { id: 'a', name: 'Firm A' },
    { id: 'b', name: 'Firm B' },
  ],
  codes: [
    entry('network', 'Network types', 0, false),
    entry('network:social', 'Social network', 1, true, 'network'),
    entry('network:social:friend', 'Friend', 2, true, 'network:social'),
    entry('network:digital', 'Digital network', 1, true, 'network'),
    entry('own', 'Own code', 0, true),
  ],
  cells: [
    { firm: 'a', code: 'network', segments: ['s1', 's2'], triangulation: tri(['interview', 'document'], ['src-1', 'src-2']) },
    { firm: 'a', code: 'network:social', segments: ['s1', 's2', 's1'], triangulation: tri(['interview', 'document'], ['src-1', 'src-2']) },
    { firm: 'b', code: 'network:social', segments: ['t1'], triangulation: tri(['website'], ['w']) },
    { firm: 'a', code: 'own', segments: [], triangulation: tri([], []) },
  ],
  challengeNetwork: [
    {
      firm: 'a',
      challenges: [
        { id: 'financial', name: 'Financial constraints' },
        { id: 'cultural', name: 'Cultural differences' },
      ],
      networkTypes: ['social', 'digital'],
      cells: [
        // Listed out of the table's order: the view puts each under its row and column.
        { challenge: 'cultural', networkType: 'social', segments: ['s2', 's2'], triangulation: tri(['interview'], ['src-1']) },
        {
          challenge: 'financial',
          networkType: 'digital',
          level: 'High',
          segments: ['s1', 's2'],
          triangulation: tri(['interview', 'document'], ['src-1', 'src-2']),
        },
        { challenge: 'financial', networkType: 'social', level: 'Not used', segments: [], triangulation: tri([], []) },
      ],
    },
  ],
  quotes: [quote('a', 's1', 'We asked friends.', ['network:social', 'ghost']), quote('a', 's2', 'The bank said no.'), quote('b', 't1', 'Firm B’s words.')],
};

describe('counts in words', () => {
  it('say one and many apart', () => {
    expect([quotesInWords(0), quotesInWords(1), quotesInWords(2)]).toEqual(['0 quotes', '1 quote', '2 quotes']);
    expect([kindsInWords(1), kindsInWords(3)]).toEqual(['1 kind of source', '3 kinds of source']);
  });
});

describe('the heatmap of one firm', () => {
  const view = heatmapView(matrix, 'a');

  it('has the answer’s challenges as rows and network types as columns, each cell in its place', () => {
    expect(view?.columns).toEqual([
      { networkType: 'social', name: 'Social' },
      { networkType: 'digital', name: 'Digital' },
    ]);
    expect(view?.rows.map((r) => r.name)).toEqual(['Financial constraints', 'Cultural differences']);
    const [financial, cultural] = view?.rows ?? [];
    expect(financial?.cells.map((c) => c?.level)).toEqual(['Not used', 'High']);
    // Cultural × digital has no cell in the answer: nothing recorded or coded.
    expect(cultural?.cells[1]).toBeUndefined();
  });

  it('names each cell by its row, column, level, quotes and kinds of source, and colours it by level', () => {
    const high = view?.rows[0]?.cells[1];
    expect(high?.label).toBe('Financial constraints × digital network: High, 2 quotes, 2 kinds of source');
    expect(high?.colour).toEqual(UTILIZATION_COLOURS.High);
    expect(high?.choice).toEqual({
      title: 'Financial constraints × digital network',
      summary: 'High, 2 quotes, 2 kinds of source',
      firm: 'a',
      segments: ['s1', 's2'],
      triangulation: tri(['interview', 'document'], ['src-1', 'src-2']),
    });
  });

  it('says when only coded quotes stand behind a cell, and leaves it uncoloured', () => {
    const coded = view?.rows[1]?.cells[0];
    expect(coded?.level).toBeUndefined();
    expect(coded?.colour).toBeUndefined();
    expect(coded?.label).toBe('Cultural differences × social network: no level recorded, 1 quote, 1 kind of source');
    // s2 is cited twice (as the level's evidence and coded with both): one quote.
    expect(coded?.segments).toEqual(['s2']);
  });

  it('is absent for a firm the answer does not cover', () => {
    expect(heatmapView(matrix, 'b')).toBeUndefined();
  });
});

describe('the code rows', () => {
  it('keep the tree order and depth, with the built-in groups marked, and only used codes unless asked', () => {
    const rows = codeRows(matrix, { showUnused: false });
    // Friend and Digital network have no segment at any firm; "own" has an empty cell: all three left out.
    expect(rows.map((r) => [r.code, r.depth, r.group])).toEqual([
      ['network', 0, true],
      ['network:social', 1, false],
    ]);
    const all = codeRows(matrix, { showUnused: true });
    expect(all.map((r) => r.code)).toEqual(['network', 'network:social', 'network:social:friend', 'network:digital', 'own']);
    // A codable code at depth 0 is an ordinary row, not a group.
    expect(all[4]?.group).toBe(false);
  });

  it('have a cell per firm in the firms’ order, segments once each, and an empty cell where a firm has none', () => {
    const social = codeRows(matrix, { showUnused: false })[1];
    expect(social?.cells.map((c) => [c.firm, c.segments, c.triangulation.count])).toEqual([
      ['a', ['s1', 's2'], 2],
      ['b', ['t1'], 1],
    ]);
    expect(social?.cells[1]?.label).toBe('Social network, Firm B: 1 segment, 1 kind of source');
    expect(social?.cells[0]?.choice.title).toBe('Social network — Firm A');
    const group = codeRows(matrix, { showUnused: false })[0];
    expect(group?.cells[1]).toMatchObject({ firm: 'b', segments: [], triangulation: { count: 0, kinds: [], sources: [] } });
    expect(group?.cells[1]?.label).toBe('Network types, Firm B: 0 segments, 0 kinds of source');
  });
});

describe('whether a firm has coded anything', () => {
  it('is true only when one of its code cells has a segment', () => {
    expect(anythingCoded(matrix, 'a')).toBe(true);
    expect(anythingCoded(matrix, 'b')).toBe(true);
    expect(anythingCoded({ ...matrix, cells: matrix.cells.filter((c) => c.firm !== 'b') }, 'b')).toBe(false);
    expect(anythingCoded({ ...matrix, cells: [{ firm: 'a', code: 'own', segments: [], triangulation: tri([], []) }] }, 'a')).toBe(false);
  });
});

describe('the quotes behind a cell', () => {
  const index = quoteIndex(matrix);

  it('come in the cell’s order, once each, from the right firm', () => {
    const { quotes, missing } = quotesBehind(index, 'a', ['s2', 's1', 's2']);
    expect(quotes.map((q) => q.quote)).toEqual(['The bank said no.', 'We asked friends.']);
    expect(missing).toBe(0);
    // t1 is firm b's segment: asked for under firm a, it is missing.
    expect(quotesBehind(index, 'a', ['t1', 's1'])).toEqual({ quotes: [matrix.quotes[0]], missing: 1 });
    expect(quotesBehind(index, 'b', ['t1']).quotes[0]?.quote).toBe('Firm B’s words.');
  });

  it('name their codes as the codebook does, and keep an unknown code’s id', () => {
    const name = codeNamer(matrix);
    expect(matrix.quotes[0]?.codes.map(name)).toEqual(['Social network', 'ghost']);
  });
});

describe('the firms in the address', () => {
  it('are the comma-separated ids, once each, in order', () => {
    expect(firmsOf('company-a,company-b')).toEqual(['company-a', 'company-b']);
    expect(firmsOf(' b , a,,b ')).toEqual(['b', 'a']);
    expect(firmsOf(null)).toEqual([]);
    expect(firmsOf('')).toEqual([]);
  });
});
