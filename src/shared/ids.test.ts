import { describe, expect, it } from 'vitest';
import { freeId, ID_PATTERN, idWords } from './ids.js';

describe('idWords', () => {
  it('keeps the Latin letters and digits of a name, lower case, joined by dashes', () => {
    expect(idWords('Ministry of Health (Ghana) – Ämter')).toBe('ministry-of-health-ghana-amter');
    expect(idWords("Jürgen O'Brien")).toBe('jurgen-o-brien');
    expect(idWords('Meble Łódź S.A.')).toBe('meble-lodz-s-a');
    expect(idWords('Straße Ørsted Æsir')).toBe('strasse-orsted-aesir');
    expect(idWords('  --GMP certified--  ')).toBe('gmp-certified');
  });

  it('answers "" for a name without Latin letters or digits, and cuts long names at a word end', () => {
    expect(idWords('Анна Иванова')).toBe('');
    expect(idWords('???')).toBe('');
    const long = idWords('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('word')).toBe(true);
    expect(idWords('a'.repeat(70))).toHaveLength(60);
    expect(idWords('word '.repeat(30), 72).length).toBeGreaterThan(60);
  });

  it('makes ids the schema accepts', () => {
    for (const name of ['Acme Oy', 'X', '9 Lives', 'Zürich 2025!']) expect(idWords(name)).toMatch(ID_PATTERN);
  });
});

describe('freeId', () => {
  it('numbers on from 2 past the taken ids, with a set or a test', () => {
    expect(freeId('gmp', new Set())).toBe('gmp');
    expect(freeId('gmp', new Set(['gmp', 'gmp-2']))).toBe('gmp-3');
    expect(freeId('gmp', (id) => id === 'gmp')).toBe('gmp-2');
  });

  it('keeps the id within 80 characters with room for a suffix', () => {
    const id = freeId(`actor-${'x'.repeat(100)}`, new Set([`actor-${'x'.repeat(66)}`]));
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).toMatch(/-2$/);
  });
});
