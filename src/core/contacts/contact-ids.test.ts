// Ids for the records a contacts import adds: readable, made from names, and never one the case
// (or an earlier id of the same import) already holds.
import { describe, expect, it } from 'vitest';
import { IdAllocator } from './contact-ids.js';

describe('IdAllocator', () => {
  it('makes an id of the prefix and the words of the name', () => {
    const ids = new IdAllocator([]);
    expect(ids.next('act-', "Jürgen O'Brien", 'contact')).toBe('act-jurgen-o-brien');
    expect(ids.next('tie-', 'Jane Doe', 'contact')).toBe('tie-jane-doe');
  });

  it('uses the fallback for a name without Latin letters or digits', () => {
    const ids = new IdAllocator([]);
    expect(ids.next('act-', 'Улаанбаатар', 'contact')).toBe('act-contact');
    expect(ids.next('act-', '李明', 'contact')).toBe('act-contact-2');
  });

  it('numbers the same name -2, -3 … in the order asked', () => {
    const ids = new IdAllocator([]);
    expect(['John Smith', 'John Smith', 'john  smith', 'John Smith'].map((name) => ids.next('act-', name, 'contact'))).toEqual([
      'act-john-smith',
      'act-john-smith-2',
      'act-john-smith-3',
      'act-john-smith-4',
    ]);
  });

  it('skips the ids the case holds already, also among the numbered ones', () => {
    const ids = new IdAllocator(['act-jane-doe', 'act-jane-doe-2', 'act-jane-doe-3', 'act-jane-doe-5']);
    expect(ids.next('act-', 'Jane Doe', 'contact')).toBe('act-jane-doe-4');
    expect(ids.next('act-', 'Jane Doe', 'contact')).toBe('act-jane-doe-6');
    expect(ids.next('act-', 'Jane Doe', 'contact')).toBe('act-jane-doe-7');
  });

  it('cuts a stem longer than 72 characters, so that a numbered id stays within 80', () => {
    const ids = new IdAllocator([]);
    const long = 'x'.repeat(100);
    const first = ids.next('act-', '', long);
    expect(first).toBe(`act-${'x'.repeat(68)}`);
    expect(first).toHaveLength(72);
    expect(ids.next('act-', '', long)).toBe(`${first}-2`);
    const exact = `act-${'y'.repeat(68)}`;
    expect(ids.next('', '', exact)).toBe(exact);
  });
});
