import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHLIGHT } from './highlight-layers';
import { blockLabel, highlightsOf, quoteStart, segmentsByBlock, transcriptPath } from './transcript-view';

const BLOCKS = [
  { start: 0, end: 10 },
  { start: 12, end: 30 },
  { start: 32, end: 40 },
];

const seg = (id: string, start: number | undefined, more: { source?: string; transcript?: string; codes?: string[] } = {}) => ({
  id,
  source: more.source ?? 'src-a',
  codes: more.codes ?? [],
  ...(start === undefined ? {} : { span: { transcript: more.transcript ?? 't-a', start, end: start + 3 } }),
});

describe('the margin', () => {
  it('lists each segment beside the block it starts in, in text order, a start between blocks going to the next', () => {
    const groups = segmentsByBlock(BLOCKS, [seg('late', 20), seg('first', 2), seg('gap', 11), seg('early', 14), seg('last', 35)], 't-a', 'src-a');
    expect(groups.byBlock.map((g) => g.map((s) => s.id))).toEqual([['first'], ['gap', 'early', 'late'], ['last']]);
    expect(groups.elsewhere).toEqual([]);
  });

  it('puts the source’s segments without a span in this text apart, and leaves other sources’ out', () => {
    const groups = segmentsByBlock(
      BLOCKS,
      [seg('located', undefined), seg('other-text', 5, { transcript: 't-b' }), seg('other-source', undefined, { source: 'src-b' }), seg('here', 5)],
      't-a',
      'src-a',
    );
    expect(groups.byBlock.map((g) => g.map((s) => s.id))).toEqual([['here'], [], []]);
    expect(groups.elsewhere.map((s) => s.id)).toEqual(['located', 'other-text']);
  });

  it('orders segments starting together by end, then id', () => {
    const a = { ...seg('b', 2), span: { transcript: 't-a', start: 2, end: 9 } };
    const b = { ...seg('a', 2), span: { transcript: 't-a', start: 2, end: 9 } };
    const c = { ...seg('c', 2), span: { transcript: 't-a', start: 2, end: 4 } };
    expect(segmentsByBlock(BLOCKS, [a, b, c], 't-a', 'src-a').byBlock[0]?.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('the highlights', () => {
  it('are the segments with a span in this transcript, in the colour of their first coloured code', () => {
    const colours = new Map([['own', '#123456']]);
    expect(
      highlightsOf([seg('x', 4, { codes: ['network:social', 'own'] }), seg('y', 1), seg('z', 2, { transcript: 't-b' }), seg('w', undefined)], 't-a', colours),
    ).toEqual([
      { id: 'x', start: 4, end: 7, color: '#123456' },
      { id: 'y', start: 1, end: 4, color: DEFAULT_HIGHLIGHT },
    ]);
  });
});

describe('the start of a quote', () => {
  it('is the quote when it is short, else cut at a word with an ellipsis', () => {
    expect(quoteStart('short one', 20)).toBe('short one');
    expect(quoteStart('one two three four', 10)).toBe('one two…');
    // A first word longer than the limit is cut inside it; an emoji counts as one character.
    expect(quoteStart('😀😀😀😀😀😀', 4)).toBe('😀😀😀😀…');
  });
});

describe('the label of a block', () => {
  it('names the speaker and the time the recording gives', () => {
    expect(blockLabel({ speaker: 'IA1', at: '00:01:02.000', kind: 'turn' })).toBe('IA1 · 00:01:02.000');
    expect(blockLabel({ speaker: 'Q', kind: 'turn' })).toBe('Q');
    expect(blockLabel({ kind: 'paragraph' })).toBe('');
  });
});

describe('the address of a transcript', () => {
  it('is under the firm’s sources, each part escaped', () => {
    expect(transcriptPath('default', 'company-a', 'src-interview-ia1')).toBe('/w/default/firms/company-a/sources/src-interview-ia1');
    expect(transcriptPath('my ws', 'a/b', 'x?y')).toBe('/w/my%20ws/firms/a%2Fb/sources/x%3Fy');
  });
});
