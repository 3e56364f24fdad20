import { describe, expect, it } from 'vitest';
import { fieldDiff, recordJson, sameValue, valueText, VALUE_LIMIT } from './record-diff';

describe('fieldDiff', () => {
  it('lists every field of both sides and marks those that changed', () => {
    const before = { id: 'r-1', category: 'financial_resource', level: 'High', evidence: ['s1'] };
    const after = { id: 'r-1', category: 'financial_resource', level: 'Low', evidence: ['s1'], note: 'checked' };
    expect(fieldDiff(before, after)).toEqual([
      { field: 'id', before: 'r-1', after: 'r-1', changed: false },
      { field: 'category', before: 'financial_resource', after: 'financial_resource', changed: false },
      { field: 'level', before: 'High', after: 'Low', changed: true },
      { field: 'evidence', before: '["s1"]', after: '["s1"]', changed: false },
      { field: 'note', before: '—', after: 'checked', changed: true },
    ]);
  });

  it('does not see a change in the order of an object’s keys', () => {
    const rows = fieldDiff({ where: { a: 1, b: 2 } }, { where: { b: 2, a: 1 } });
    expect(rows?.[0]?.changed).toBe(false);
  });

  it('has nothing to compare when one side is missing', () => {
    expect(fieldDiff(null, { id: 'x' })).toBeUndefined();
    expect(fieldDiff({ id: 'x' }, null)).toBeUndefined();
    expect(fieldDiff([1], [2])).toBeUndefined();
  });
});

describe('valueText', () => {
  it('words records by count and ids, and cuts long JSON', () => {
    expect(valueText([{ id: 'a' }, { id: 'b' }])).toBe('2 records: a, b');
    expect(valueText([{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }, { id: '5' }, { id: '6' }])).toBe('6 records: 1, 2, 3, 4, 5, …');
    const long = valueText({ text: 'x'.repeat(400) });
    expect(long).toHaveLength(VALUE_LIMIT);
    expect(long.endsWith('…')).toBe(true);
    expect(valueText('')).toBe('""');
    expect(valueText(3)).toBe('3');
    expect(valueText(null)).toBe('null');
  });
});

describe('sameValue', () => {
  it('compares arrays in order and objects by content', () => {
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false);
  });
});

describe('recordJson', () => {
  it('indents a record and says "nothing" for a missing side', () => {
    expect(recordJson({ id: 'x' })).toBe('{\n  "id": "x"\n}');
    expect(recordJson(null)).toBe('nothing');
  });
});
