// Partner searches as part of a case file: optional (format 2 stays), checked against the rest of
// the case like any record, and described in the published JSON Schema.
import { describe, expect, it } from 'vitest';
import { caseJsonSchema, validateCaseValue } from '../case-file/index.js';

const firm = { id: 'f', name: 'F Oy', countryOfOrigin: 'FI' };
const base = {
  format: 'foothold.case/2',
  firm,
  keyPeople: [{ id: 'kp-ceo', role: 'CEO' }],
  actors: [{ id: 'act-cmo', name: 'CMO', kind: 'organization', organizationType: 'company', countries: ['DE'] }],
  ties: [{ id: 't1', from: 'f', to: 'act-cmo', networkType: 'business' }],
};

describe('partner searches in a case file', () => {
  it('are optional: a format-2 file without them reads as having none', () => {
    const read = validateCaseValue(base);
    expect(read.ok && read.caseFile.partnerSearches).toEqual([]);
  });

  it('name actors and referrers that must exist and be of the right kind', () => {
    const read = validateCaseValue({
      ...base,
      partnerSearches: [
        {
          id: 'ps',
          title: 'CMO',
          opened: '2025',
          candidates: [
            { id: 'a', actor: 'act-cmo', name: 'CMO', referredBy: 'kp-ceo' },
            { id: 'b', actor: 'kp-ceo', name: 'CEO?' },
            { id: 'c', name: 'Nobody', referredBy: 't1' },
            { id: 'd', actor: 'act-gone', name: 'Gone' },
          ],
        },
      ],
    });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toEqual([
      { pointer: '/partnerSearches/0/candidates/1/actor', message: '"kp-ceo" is a key person (/keyPeople/0); expected the id of an actor' },
      { pointer: '/partnerSearches/0/candidates/2/referredBy', message: '"t1" is a tie (/ties/0); expected the id of an actor or a key person' },
      { pointer: '/partnerSearches/0/candidates/3/actor', message: '"act-gone" does not exist in this file; expected the id of an actor' },
    ]);
  });

  it('point schema problems into the search', () => {
    const read = validateCaseValue({
      ...base,
      partnerSearches: [{ id: 'ps', title: 'CMO', opened: '2025', candidates: [{ id: 'a', name: 'A', scores: { gmp: 3 } }] }],
    });
    expect(read.ok ? [] : read.problems).toEqual([
      { pointer: '/partnerSearches/0/candidates/0/scores/gmp', message: 'unknown criterion "gmp"; the search has no criteria yet' },
    ]);
  });

  it('are in the JSON Schema as an optional list of records', () => {
    const schema = caseJsonSchema() as { properties: Record<string, { type?: string; items?: { required?: string[] } }>; required?: string[] };
    expect(schema.properties['partnerSearches']?.type).toBe('array');
    expect(schema.properties['partnerSearches']?.items?.required).toEqual(['id', 'title', 'opened']);
    expect(schema.required).not.toContain('partnerSearches');
  });
});
