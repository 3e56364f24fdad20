// Reading the market reference files: a broken file names itself and the field; each reference is
// read once; the country facts come from the packages with their versions.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocFileSchema } from '../core/markets/reference.js';
import { ValidationError } from '../shared/errors.js';
import { countryFactsReference, countryFactsSources } from './market-reference.js';
import { readReferenceFile } from './reference-file.js';

describe('readReferenceFile', () => {
  it('refuses a file its schema does not take, naming the file under data/ and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foothold-reference-'));
    mkdirSync(join(dir, 'reference'));
    writeFileSync(join(dir, 'reference', 'blocs.json'), JSON.stringify({ title: 'T', method: 'M', recordedOn: '2026-12-01', blocs: [] }));
    let error: unknown;
    try {
      readReferenceFile('reference/blocs.json', blocFileSchema, pathToFileURL(`${dir}/`));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([expect.objectContaining({ file: 'data/reference/blocs.json', pointer: '/blocs' })]);
  });
});

describe('countryFactsReference', () => {
  it('is read once, from world-countries and CLDR, whose versions the sources name', () => {
    const facts = countryFactsReference();
    expect(countryFactsReference()).toBe(facts);
    expect(facts.get('FI')?.borders.sort()).toEqual(['NO', 'RU', 'SE']);
    const sources = countryFactsSources();
    expect(sources.countries).toMatch(/^world-countries \d+\.\d+\.\d+ \(mledoze\/countries, ODbL\): region, subregion, land borders$/);
    expect(sources.speakers).toMatch(/^Unicode CLDR \d+ territoryInfo \(cldr-core\): share of each country's population speaking each language$/);
  });
});
