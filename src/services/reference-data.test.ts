import { describe, expect, it } from 'vitest';
import { countryName, economyClassReference, knowledgeBaseData } from './reference-data.js';

describe('reference data', () => {
  it('names countries in English, and gives back a code it does not know', () => {
    expect(countryName('MN')).toBe('Mongolia');
    expect(countryName('LK')).toBe('Sri Lanka');
    expect(countryName('ZZ')).toBe('ZZ');
  });

  it('classes IMF advanced economies as developed, World Bank low and lower-middle income as developing, the rest as emerging, read once', () => {
    const classes = economyClassReference();
    expect(classes.get('FI')).toBe('developed');
    expect(classes.get('MN')).toBe('emerging');
    expect(classes.get('LK')).toBe('developing');
    expect(classes.get('ET')).toBe('developing');
    // High income outside the IMF's advanced economies, and a country the Bank does not classify.
    expect(classes.get('SA')).toBe('emerging');
    expect(classes.get('AQ')).toBe('emerging');
    expect(classes.size).toBeGreaterThan(240);
    expect(economyClassReference()).toBe(classes);
  });

  it('loads the knowledge base once, checked against its schema', () => {
    const kb = knowledgeBaseData();
    expect(kb.rules.length).toBeGreaterThan(40);
    expect(knowledgeBaseData()).toBe(kb);
  });
});
