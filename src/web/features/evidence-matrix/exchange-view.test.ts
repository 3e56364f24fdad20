import { describe, expect, it } from 'vitest';
import { caseFileName, exchangeDownloads, importSummary, parseReplacements, replaceParams, REPLACEMENT_MAX_CHARS, whereText } from './exchange-view';

describe('the REFI-QDA downloads', () => {
  it('point at the project and codebook routes of the firm, with the ids encoded', () => {
    expect(exchangeDownloads('my ws', 'firm/1').map((d) => [d.href, d.label])).toEqual([
      ['/api/workspaces/my%20ws/qdpx?firms=firm%2F1', 'REFI-QDA project (.qdpx)'],
      ['/api/workspaces/my%20ws/qdc?firms=firm%2F1', 'REFI-QDA codebook (.qdc)'],
    ]);
  });
});

describe('what an import did', () => {
  it('says the counts with one and many apart', () => {
    expect(importSummary({ codes: 12, sources: 1, segments: 4, skipped: [] })).toBe('Imported 12 codes, 1 source and 4 segments.');
    expect(importSummary({ codes: 1, sources: 0, segments: 1, skipped: [] })).toBe('Imported 1 code, 0 sources and 1 segment.');
  });
});

describe('the extra replacements', () => {
  it('are NAME = PSEUDONYM a line, trimmed, blank lines skipped, split at the first "="', () => {
    const { replacements, problems } = parseReplacements('Ulaanbaatar = City U\n\n  Bat-Erdene=Person B  \r\nA=B=C\n');
    expect(problems).toEqual([]);
    expect(replacements).toEqual([
      { original: 'Ulaanbaatar', pseudonym: 'City U' },
      { original: 'Bat-Erdene', pseudonym: 'Person B' },
      { original: 'A', pseudonym: 'B=C' },
    ]);
    expect(replaceParams(replacements)).toEqual(['Ulaanbaatar=City U', 'Bat-Erdene=Person B', 'A=B=C']);
  });

  it('report each line that is not one, by its number', () => {
    const { replacements, problems } = parseReplacements('Ulaanbaatar\n= City U\nDarkhan =\nGood = Fine');
    expect(replacements).toEqual([{ original: 'Good', pseudonym: 'Fine' }]);
    expect(problems.map((p) => p.slice(0, 7))).toEqual(['Line 1:', 'Line 2:', 'Line 3:']);
  });

  it('refuse a pair longer than the server takes', () => {
    // "x…x=y" is 299 + 1 + 1 = 301 characters, one over the limit of 300; one x less fits.
    const long = 'x'.repeat(REPLACEMENT_MAX_CHARS - 1);
    expect(parseReplacements(`${long}=y`).problems).toEqual([`Line 1: at most ${REPLACEMENT_MAX_CHARS} characters.`]);
    expect(parseReplacements(`${long.slice(1)}=y`).replacements).toHaveLength(1);
  });
});

describe('the saved copy’s file name', () => {
  it('is made of the pseudonym, never empty', () => {
    expect(caseFileName('Company X')).toBe('company-x-pseudonymized.json');
    expect(caseFileName('  Société Ölü #2 ')).toBe('societe-olu-2-pseudonymized.json');
    expect(caseFileName('Бат')).toBe('case-pseudonymized.json');
  });
});

describe('where a remaining word was found', () => {
  it('lists the first pointers and counts the rest', () => {
    expect(whereText(['/a', '/b'])).toBe('/a, /b');
    expect(whereText(['/a', '/b', '/c', '/d', '/e'])).toBe('/a, /b, /c and 2 more');
    expect(whereText(['/a', '/b'], 1)).toBe('/a and 1 more');
  });
});
