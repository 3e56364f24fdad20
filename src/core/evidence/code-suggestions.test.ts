import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedCase } from '../../test-support/cases.js';
import { isFixedBuiltinCode } from './builtin-codes.js';
import { codebookOf } from './codebook.js';
import { codeLexiconSchema, MAX_SUGGESTIONS, suggestCodes, type CodeLexicon } from './code-suggestions.js';

const lexicon: CodeLexicon = codeLexiconSchema.parse(JSON.parse(readFileSync(new URL('../../../data/lexicon/code-keywords.json', import.meta.url), 'utf8')));
const c = parsedCase({
  format: 'foothold.case/2',
  firm: { id: 'f', name: 'F', countryOfOrigin: 'MN' },
  codes: [{ id: 'trust-ties', name: 'Trusted intermediaries' }],
});
const codebook = codebookOf(c);

describe('the keyword lexicon', () => {
  it('has keywords only for codes every codebook has', () => {
    for (const code of Object.keys(lexicon.codes)) expect(isFixedBuiltinCode(code), code).toBe(true);
  });
});

describe('suggestCodes', () => {
  it('names the keywords it found, most keywords first', () => {
    const s = suggestCodes('The Ministry and the regulator helped with the registration permit.', lexicon, codebook);
    expect(s[0]).toEqual({
      code: 'challenge:regulatory_institutional',
      name: 'Regulatory and institutional challenges',
      because: 'the passage uses “regulat…”, “registration…”, “permit…” (keywords of Regulatory and institutional challenges)',
    });
    expect(s[1]).toMatchObject({ code: 'network:institutional', because: expect.stringContaining('“ministry”') });
  });

  it('matches phrases word by word and prefixes only at the end of a word', () => {
    expect(suggestCodes('We grew on social media.', lexicon, codebook).map((x) => x.code)).toContain('network:digital');
    // "socially" is not "social media"; "fundamental" starts with "fund" and is a prefix match, as the lexicon says.
    expect(suggestCodes('Socially, it was mediated.', lexicon, codebook).map((x) => x.code)).not.toContain('network:digital');
  });

  it('puts codes the citations imply first, and leaves out codes already applied and groups', () => {
    const s = suggestCodes('A distributor helped.', lexicon, codebook, [{ code: 'benefit:market_access', because: 'benefit "b1"' }], ['network:business']);
    expect(s.map((x) => x.code)).toEqual(['benefit:market_access']);
    expect(s[0]?.because).toBe('the passage is cited by benefit "b1"');
    expect(suggestCodes('network challenge benefit', lexicon, codebook).map((x) => x.code)).not.toContain('network');
  });

  it("suggests the case's own codes by the words of their names", () => {
    const s = suggestCodes('Our intermediaries in Almaty.', lexicon, codebook);
    expect(s).toContainEqual({ code: 'trust-ties', name: 'Trusted intermediaries', because: 'the passage uses “intermediaries” (words of the code’s name)' });
  });

  it('stops at a handful, and suggests nothing for words it does not know', () => {
    const busy = 'ministry distributor friend linkedin funding regulation culture competition technology reputation risk sharing export';
    expect(suggestCodes(busy, lexicon, codebook)).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestCodes('Сайн байна уу 👋', lexicon, codebook)).toEqual([]);
  });
});
