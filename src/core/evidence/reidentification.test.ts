import { describe, expect, it } from 'vitest';
import { validateCaseValue, type CaseFile, type CaseFileInput } from '../case-file/index.js';
import { forEachFreeText, remainingCapitalisedWords } from './reidentification.js';

function valid(input: CaseFileInput): CaseFile {
  const parsed = validateCaseValue(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 1));
  return parsed.caseFile;
}

const sample = (): CaseFile =>
  valid({
    format: 'foothold.case/2',
    title: 'Darkhan study',
    notes: ['The firm met partners in Darkhan. In Darkhan we met Tsetseg, and I met IA1.', 'Darkhan again; Darkhan twice.'],
    firm: { id: 'f', name: 'Firm', isPseudonym: true, countryOfOrigin: 'MN', sector: 'textiles' },
    actors: [{ id: 'tsetseg', name: 'Tsetseg', kind: 'person', countries: ['MN'], url: 'https://example.mn/Tsetseg' }],
    ties: [{ id: 't', from: 'f', to: 'tsetseg', networkType: 'social', since: '2020-05', description: 'Met in Darkhan' }],
  });

describe('forEachFreeText', () => {
  it('visits the free text in file order, and not ids, references, codes, enum values, dates or addresses', () => {
    const seen: string[] = [];
    forEachFreeText(sample(), (text, pointer) => {
      seen.push(`${pointer}=${text}`);
      return undefined;
    });
    // Not: /firm/id, /firm/countryOfOrigin "MN", /firm/sector "textiles" (a bare token), /actors/0/countries,
    // /actors/0/url, /ties/0/from and /to (references), /ties/0/networkType, /ties/0/since, /ties/0/status.
    expect(seen).toEqual([
      '/title=Darkhan study',
      '/notes/0=The firm met partners in Darkhan. In Darkhan we met Tsetseg, and I met IA1.',
      '/notes/1=Darkhan again; Darkhan twice.',
      '/firm/name=Firm',
      '/actors/0/name=Tsetseg',
      '/ties/0/description=Met in Darkhan',
    ]);
  });

  it('writes back what the visitor returns', () => {
    const c = sample();
    forEachFreeText(c, (text) => text.replaceAll('Darkhan', 'Town D'));
    expect(c.title).toBe('Town D study');
    expect(c.notes?.[1]).toBe('Town D again; Town D twice.');
    expect(c.ties[0]?.description).toBe('Met in Town D');
    expect(c.ties[0]?.to).toBe('tsetseg');
  });
});

describe('remainingCapitalisedWords', () => {
  it('counts capitalised words, most frequent first, with up to three places each', () => {
    // Darkhan: title 1 + notes/0 2 + notes/1 2 + ties/0 1 = 6, in four strings; Tsetseg: notes/0 + actors/0/name = 2;
    // Met (a sentence start) 1. Left out: The, In, I (function words, one letter), IA1 (a digit), "we".
    expect(remainingCapitalisedWords(sample(), new Set(['Firm']))).toEqual([
      { word: 'Darkhan', count: 6, where: ['/title', '/notes/0', '/notes/1'] },
      { word: 'Tsetseg', count: 2, where: ['/notes/0', '/actors/0/name'] },
      { word: 'Met', count: 1, where: ['/ties/0/description'] },
    ]);
  });

  it('leaves out the words it is told to, and sorts equal counts by word', () => {
    expect(remainingCapitalisedWords(sample(), new Set(['Darkhan', 'Tsetseg']))).toEqual([
      { word: 'Firm', count: 1, where: ['/firm/name'] },
      { word: 'Met', count: 1, where: ['/ties/0/description'] },
    ]);
  });

  it('reads any script with capitals, and not scripts without them', () => {
    const c = valid({
      format: 'foothold.case/2',
      notes: ['Сүхбаатар болон Бат-Эрдэнэ; ශ්‍රී ලංකා; Ελλάδα.'],
      firm: { id: 'f', name: 'ඇල්ල', countryOfOrigin: 'LK' },
    });
    // "Бат" and "Эрдэнэ" are two words (the hyphen splits them); the Sinhala name and words are not listed.
    // All once, so in code-point order: Greek (U+03xx) before Cyrillic (U+04xx), Б U+0411 < С U+0421 < Э U+042D.
    expect(remainingCapitalisedWords(c, new Set()).map((r) => r.word)).toEqual(['Ελλάδα', 'Бат', 'Сүхбаатар', 'Эрдэнэ']);
  });
});
