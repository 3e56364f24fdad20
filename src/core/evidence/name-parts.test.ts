import { describe, expect, it } from 'vitest';
import { nameParts } from './name-parts.js';

describe('nameParts', () => {
  it('takes the capitalised words of three letters or more, split at white space and any hyphen, titles left out', () => {
    expect(nameParts('  Dr Bold  Batbayar-Ganbold ')).toEqual(['Bold', 'Batbayar', 'Ganbold']);
    expect(nameParts('Prof Ann‐Marie van der Berg')).toEqual(['Ann', 'Marie', 'Berg']);
    expect(nameParts('Sir Li Wei‑Jones')).toEqual(['Wei', 'Jones']);
  });

  it('strips punctuation around a word, keeps combining marks at its end, and counts letters, not digits', () => {
    expect(nameParts('"Bold", (Saraa) O’Neil.')).toEqual(['Bold', 'Saraa', 'O’Neil']);
    expect(nameParts('José Nu\u0303')).toEqual(['José']);
    expect(nameParts('Ab12 Abc')).toEqual(['Abc']);
  });

  it('counts a letter of a script without case as capitalised, and one after digits', () => {
    expect(nameParts('Болд Батбаяр 李小龍')).toEqual(['Болд', 'Батбаяр', '李小龍']);
    expect(nameParts('3Com staff')).toEqual(['3Com']);
    expect(nameParts('bold batbayar')).toEqual([]);
  });
});
