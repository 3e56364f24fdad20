import { describe, expect, it } from 'vitest';
import { codePointLength, sliceCodePoints } from '../../../core/evidence/code-points';
import { blockIndexAt, codePointTable, sliceWith, transcriptBlocks } from './transcript-blocks';

describe('the code-point table', () => {
  it('gives the UTF-16 index of each code point and of the end', () => {
    // "a😀b": a at unit 0, the emoji at units 1–2 (one code point), b at unit 3; 4 units, 3 code points.
    expect([...codePointTable('a😀b')]).toEqual([0, 1, 3, 4]);
    expect([...codePointTable('')]).toEqual([0]);
    // A lone high surrogate is one code point of one unit.
    expect([...codePointTable('\ud83dx')]).toEqual([0, 1, 2]);
  });

  it('slices as the core’s code-point slice does, clamped to the text', () => {
    const text = 'Сайн 😀 байна уу? ශ්‍රී ලංකා 🇲🇳 end';
    const table = codePointTable(text);
    const length = codePointLength(text);
    for (const [start, end] of [
      [0, 4],
      [5, 6],
      [5, 12],
      [20, length],
      [length - 6, length - 3],
    ] as const)
      expect(sliceWith(text, table, start, end)).toBe(sliceCodePoints(text, start, end));
    expect(sliceWith(text, table, length - 3, length + 10)).toBe('end');
    expect(sliceWith(text, table, 4, 2)).toBe('');
  });
});

describe('the blocks of a transcript', () => {
  it('are its turns, with what lies between them when that is more than white space', () => {
    // Positions in code points: "IA1: Сайн 😀" is 0–11 (the emoji is one), "\n\n" 11–13, "---" 13–16, "\n\n" 16–18, "Q: ok" 18–23.
    const text = 'IA1: Сайн 😀\n\n---\n\nQ: ok\n';
    const turns = [
      { start: 0, end: 11, speaker: 'IA1' },
      { start: 18, end: 23, speaker: 'Q', at: '00:00:01.000' },
    ];
    expect(transcriptBlocks(text, turns)).toEqual([
      { start: 0, end: 11, speaker: 'IA1', kind: 'turn' },
      { start: 13, end: 16, kind: 'between' },
      { start: 18, end: 23, speaker: 'Q', at: '00:00:01.000', kind: 'turn' },
    ]);
  });

  it('are the paragraphs of a text without turns, each trimmed, lines of a paragraph kept together', () => {
    // "  one\ntwo  " is 0–11; its text runs 2–9. The blank line "  " is 12–14; "ශ්‍රී" starts at 15.
    const text = '  one\ntwo  \n  \nශ්‍රී 😀\n';
    const sinhala = codePointLength('ශ්‍රී 😀');
    expect(transcriptBlocks(text, undefined)).toEqual([
      { start: 2, end: 9, kind: 'paragraph' },
      { start: 15, end: 15 + sinhala, kind: 'paragraph' },
    ]);
    expect(transcriptBlocks(text, [])).toEqual(transcriptBlocks(text, undefined));
    expect(transcriptBlocks('   \n\n ', undefined)).toEqual([]);
  });

  it('keep turns in order, clip them to the text and never let two overlap', () => {
    // The text has 7 code points; the second turn runs past it, the third overlaps the second.
    const text = 'ab cd\nx';
    expect(
      transcriptBlocks(text, [
        { start: 3, end: 9 },
        { start: 0, end: 2 },
        { start: 4, end: 5 },
      ]),
    ).toEqual([
      { start: 0, end: 2, kind: 'turn' },
      { start: 3, end: 7, kind: 'turn' },
    ]);
  });
});

describe('the block of a position', () => {
  const blocks = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 25, end: 30 },
  ];
  it('is the block holding it, or the next one after a gap, or the last', () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 9)).toBe(0);
    expect(blockIndexAt(blocks, 10)).toBe(1);
    expect(blockIndexAt(blocks, 19)).toBe(1);
    expect(blockIndexAt(blocks, 22)).toBe(2);
    expect(blockIndexAt(blocks, 40)).toBe(2);
    expect(blockIndexAt([], 3)).toBe(0);
  });
});
