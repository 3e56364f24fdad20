import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { alpha2OfNumeric, numericCodes } from './country-numbers';

describe('the numeric codes', () => {
  it('are exactly i18n-iso-countries’s', () => {
    expect(Object.fromEntries(numericCodes())).toEqual(countries.getNumericCodes());
  });

  it('give the alpha-2 code of a number, as text or not', () => {
    expect(alpha2OfNumeric('398')).toBe('KZ');
    expect(alpha2OfNumeric(4)).toBe('AF');
    expect(alpha2OfNumeric('004')).toBe('AF');
    expect(alpha2OfNumeric('999')).toBeUndefined();
  });
});
