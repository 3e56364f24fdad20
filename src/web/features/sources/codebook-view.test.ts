import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from './api';
import { codebookCounts, codeColours, codeNames, codeTree, parentOptions, pickerSections } from './codebook-view';

const entry = (id: string, name: string, depth: number, more: Partial<CodebookEntry> = {}): CodebookEntry => ({
  id,
  name,
  depth,
  origin: 'builtin',
  codable: true,
  uses: 0,
  ...more,
});

// In tree order, as the codebook route gives it.
const CODEBOOK: CodebookEntry[] = [
  entry('network', 'Network types', 0, { codable: false }),
  entry('network:business', 'Business networks', 1, { parent: 'network', uses: 2 }),
  entry('network:business:distributor', 'Distributor', 2, { parent: 'network:business', uses: 1 }),
  entry('trust-local', 'Trust in local partners', 2, { parent: 'network:business', origin: 'own', color: '#aa0000', uses: 3 }),
  entry('network:social', 'Social networks', 1, { parent: 'network' }),
  entry('challenge', 'Challenges', 0, { codable: false }),
  entry('challenge:financial_resource', 'Financial resources', 1, { parent: 'challenge', uses: 4 }),
  entry('family', 'Family', 0, { origin: 'own', color: '#00aa00' }),
  entry('family.elders', 'Elders', 1, { origin: 'own', parent: 'family', uses: 1 }),
  entry('Luck', 'Luck', 0, { origin: 'free', uses: 2 }),
];

const ids = (sections: ReturnType<typeof pickerSections>) => sections.map((s) => [s.title, s.options.map((o) => `${o.depth}:${o.id}`)]);

describe('the picker', () => {
  it('has a section per group of built-in codes, then own codes, then codes in no codebook, depths inside each', () => {
    expect(ids(pickerSections(CODEBOOK))).toEqual([
      ['Network types', ['0:network:business', '1:network:business:distributor', '1:trust-local', '0:network:social']],
      ['Challenges', ['0:challenge:financial_resource']],
      ['Own codes', ['0:family', '1:family.elders']],
      ['Not in the codebook', ['0:Luck']],
    ]);
  });

  it('finds codes by every word of the search in their name or id, keeping the codes above them', () => {
    expect(ids(pickerSections(CODEBOOK, 'trust LOCAL'))).toEqual([['Network types', ['0:network:business', '1:trust-local']]]);
    expect(ids(pickerSections(CODEBOOK, 'elders'))).toEqual([['Own codes', ['0:family', '1:family.elders']]]);
    expect(ids(pickerSections(CODEBOOK, 'financial_resource'))).toEqual([['Challenges', ['0:challenge:financial_resource']]]);
    expect(pickerSections(CODEBOOK, 'nothing like it')).toEqual([]);
  });

  it('shows a whole group when the search names the group', () => {
    expect(ids(pickerSections(CODEBOOK, 'challenges'))).toEqual([['Challenges', ['0:challenge:financial_resource']]]);
  });

  it('keeps colours and marks what cannot be applied', () => {
    const own = pickerSections(CODEBOOK).find((s) => s.title === 'Own codes');
    expect(own?.options[0]).toEqual({ id: 'family', name: 'Family', depth: 0, codable: true, origin: 'own', color: '#00aa00' });
    const nested = pickerSections([entry('g', 'Group', 0, { codable: false }), entry('g:h', 'Heading', 1, { codable: false })]);
    expect(nested[0]?.options[0]?.codable).toBe(false);
  });
});

describe('the codebook tree', () => {
  it('nests the codes and counts each with the codes under it', () => {
    const tree = codeTree(CODEBOOK);
    expect(tree.map((n) => [n.entry.id, n.total])).toEqual([
      // 2 + 1 + 3 + 0 under Network types.
      ['network', 6],
      ['challenge', 4],
      ['family', 1],
      ['Luck', 2],
    ]);
    const business = tree[0]?.children[0];
    expect(business?.entry.id).toBe('network:business');
    expect(business?.total).toBe(6);
    expect(business?.children.map((c) => c.entry.id)).toEqual(['network:business:distributor', 'trust-local']);
  });

  it('counts the codes that can be applied by origin', () => {
    expect(codebookCounts(CODEBOOK)).toEqual({ builtin: 4, own: 3, free: 1 });
  });
});

describe('the parents an own code may have', () => {
  it('are built-in and own codes, indented, never a free code', () => {
    const options = parentOptions(CODEBOOK);
    expect(options.map((o) => o.id)).not.toContain('Luck');
    expect(options.find((o) => o.id === 'trust-local')?.label).toBe('\u00a0\u00a0\u00a0\u00a0Trust in local partners');
    expect(options).toHaveLength(CODEBOOK.length - 1);
  });

  it('leave out the code being edited and the codes under it', () => {
    const options = parentOptions(CODEBOOK, 'family').map((o) => o.id);
    expect(options).not.toContain('family');
    expect(options).not.toContain('family.elders');
    expect(parentOptions(CODEBOOK, 'network:business').map((o) => o.id)).toEqual([
      'network',
      'network:social',
      'challenge',
      'challenge:financial_resource',
      'family',
      'family.elders',
    ]);
  });
});

describe('names and colours of codes', () => {
  it('are found by id', () => {
    expect(codeNames(CODEBOOK).get('network:business')).toBe('Business networks');
    expect([...codeColours(CODEBOOK)]).toEqual([
      ['trust-local', '#aa0000'],
      ['family', '#00aa00'],
    ]);
  });
});
