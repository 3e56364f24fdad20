import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../../shared/ids';
import { canBecomeOwnCode, ownCodeIdFor, segmentIdFor } from './record-ids';

describe('the id of a new segment', () => {
  it('is the source id and the code point it starts at', () => {
    expect(segmentIdFor('src-interview-ia1', 120, new Set())).toBe('src-interview-ia1-120');
  });

  it('takes a suffix when the id is taken, the next one when that is too', () => {
    expect(segmentIdFor('src-a', 0, new Set(['src-a-0']))).toBe('src-a-0-2');
    expect(segmentIdFor('src-a', 0, new Set(['src-a-0', 'src-a-0-2']))).toBe('src-a-0-3');
  });

  it('keeps the start when the source id is long, and stays a valid id', () => {
    const long = 'x'.repeat(80);
    const id = segmentIdFor(long, 123456, new Set());
    // 72 characters at most: 65 x and "-123456".
    expect(id).toBe(`${'x'.repeat(65)}-123456`);
    expect(ID_PATTERN.test(id)).toBe(true);
    const again = segmentIdFor(long, 123456, new Set([id]));
    expect(again).toBe(`${id}-2`);
    expect(ID_PATTERN.test(again)).toBe(true);
  });
});

describe('the id of a new own code', () => {
  it('comes from its name, folded to an id', () => {
    expect(ownCodeIdFor('Trust in partners', new Set())).toBe('trust-in-partners');
    expect(ownCodeIdFor('Trust in partners', new Set(['trust-in-partners']))).toBe('trust-in-partners-2');
  });

  it('is "code" for a name without Latin letters or digits', () => {
    expect(ownCodeIdFor('Итгэл', new Set())).toBe('code');
    expect(ownCodeIdFor('විශ්වාසය', new Set(['code']))).toBe('code-2');
  });
});

describe('a free code', () => {
  it('can join the codebook under its own id only when that id is a record id', () => {
    expect(canBecomeOwnCode('trust')).toBe(true);
    expect(canBecomeOwnCode('family.ties_2')).toBe(true);
    expect(canBecomeOwnCode('Trust')).toBe(false);
    expect(canBecomeOwnCode('theme:trust')).toBe(false);
    expect(canBecomeOwnCode('with space')).toBe(false);
    expect(canBecomeOwnCode('-lead')).toBe(false);
    expect(canBecomeOwnCode('x'.repeat(81))).toBe(false);
  });
});
