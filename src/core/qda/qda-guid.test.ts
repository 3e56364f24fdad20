import { describe, expect, it } from 'vitest';
import { derivedGuid, normaliseGuid } from './qda-guid.js';

describe('normaliseGuid', () => {
  it('accepts any case, with or without braces, and gives lower case without braces', () => {
    expect(normaliseGuid('7F3A2B1C-0D4E-4F5A-8B6C-9D0E1F2A3B4C')).toBe('7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c');
    expect(normaliseGuid('{7f3a2b1c-0D4E-4f5a-8b6c-9d0e1f2a3b4c}')).toBe('7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c');
    // xsd:token: surrounding whitespace is not part of the value.
    expect(normaliseGuid('  7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c\n')).toBe('7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c');
  });

  it('refuses what is not a GUID', () => {
    for (const bad of [
      '',
      'abc',
      '{7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c',
      '7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c}',
      '7f3a2b1c0d4e4f5a8b6c9d0e1f2a3b4c',
      'gf3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c',
      '7f3a2b1c-0d4e-4f5a-8b6c-9d0e1f2a3b4c0',
    ]) {
      expect(normaliseGuid(bad), bad).toBeUndefined();
    }
  });
});

describe('derivedGuid', () => {
  it('gives the same GUID for the same key, shaped as a version-8 UUID', () => {
    const guid = derivedGuid('c3000000-0000-4000-8000-000000000001 coding 0');
    expect(derivedGuid('c3000000-0000-4000-8000-000000000001 coding 0')).toBe(guid);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(normaliseGuid(guid)).toBe(guid);
  });

  it('keeps the GUIDs of many similar keys apart', () => {
    const keys = Array.from(
      { length: 20_000 },
      (_, i) => `c3000000-0000-4000-8000-${String(i % 100).padStart(12, '0')} ${i % 2 === 0 ? 'coding' : 'note'} ${Math.floor(i / 100)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys.map(derivedGuid)).size).toBe(keys.length);
  });

  it('changes about half of its bits when the key changes by one character', () => {
    const bits = (guid: string) => [...guid.replace(/-/g, '')].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
    const a = bits(derivedGuid('selection 1'));
    const b = bits(derivedGuid('selection 2'));
    const differing = [...a].filter((bit, i) => bit !== b[i]).length;
    // 128 bits, of which the version and variant bits (6) are fixed: about 61 should differ by chance.
    expect(differing).toBeGreaterThan(35);
    expect(differing).toBeLessThan(90);
  });
});
