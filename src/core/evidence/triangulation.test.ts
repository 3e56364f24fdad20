import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '../case-file/index.js';
import { sampleCaseInput } from '../case-file/test-case.js';
import { parsedCase } from '../../test-support/cases.js';
import { findingTriangulations, triangulation, type TriangulationSegment, type TriangulationSource } from './triangulation.js';

const sourceList: TriangulationSource[] = [
  { id: 'src-int', kind: 'interview' },
  { id: 'src-thesis', kind: 'document' },
  { id: 'src-report', kind: 'document' },
  { id: 'src-site', kind: 'website' },
];
const sources = new Map(sourceList.map((s) => [s.id, s]));
const segments = new Map<string, TriangulationSegment>(
  [
    { id: 'seg-int', source: 'src-int' },
    { id: 'seg-thesis-1', source: 'src-thesis' },
    { id: 'seg-thesis-2', source: 'src-thesis' },
    { id: 'seg-report', source: 'src-report' },
    { id: 'seg-site', source: 'src-site' },
    { id: 'seg-thesis-quoting-int', source: 'src-thesis', reportedFrom: 'src-int' },
    { id: 'seg-thesis-quoting-ceo', source: 'src-thesis', reportedFrom: 'kp-ceo' },
  ].map((s): [string, TriangulationSegment] => [s.id, s]),
);
const keyPeople = new Set(['kp-ceo']);

describe('triangulation', () => {
  it('counts one kind for several passages of one document', () => {
    expect(triangulation(['seg-thesis-1', 'seg-thesis-2'], segments, sources, keyPeople)).toEqual({ count: 1, kinds: ['document'], sources: ['src-thesis'] });
  });

  it('counts kinds, not sources: two documents are one kind', () => {
    expect(triangulation(['seg-thesis-1', 'seg-report'], segments, sources)).toEqual({ count: 1, kinds: ['document'], sources: ['src-report', 'src-thesis'] });
  });

  it('lists the kinds in vocabulary order and the sources sorted, whatever the evidence order', () => {
    // SOURCE_KINDS runs interview, document, website, …
    expect(triangulation(['seg-site', 'seg-thesis-1', 'seg-int'], segments, sources)).toEqual({
      count: 3,
      kinds: ['interview', 'document', 'website'],
      sources: ['src-int', 'src-site', 'src-thesis'],
    });
  });

  it('counts words a document reports from an interview as that interview', () => {
    expect(triangulation(['seg-thesis-quoting-int'], segments, sources)).toEqual({ count: 1, kinds: ['interview'], sources: ['src-int'] });
    // With the thesis's own words beside it: interview and document.
    expect(triangulation(['seg-thesis-quoting-int', 'seg-thesis-1'], segments, sources)).toEqual({
      count: 2,
      kinds: ['interview', 'document'],
      sources: ['src-int', 'src-thesis'],
    });
  });

  it('counts words a document reports from a key person as an interview with that person', () => {
    expect(triangulation(['seg-thesis-quoting-ceo', 'seg-site'], segments, sources, keyPeople)).toEqual({
      count: 2,
      kinds: ['interview', 'website'],
      sources: ['person:kp-ceo', 'src-site'],
    });
  });

  it('adds nothing for a key person it was not told of, or for segment ids that name no segment', () => {
    expect(triangulation(['seg-thesis-quoting-ceo', 'seg-missing'], segments, sources)).toEqual({ count: 0, kinds: [], sources: [] });
    expect(triangulation(undefined, segments, sources, keyPeople)).toEqual({ count: 0, kinds: [], sources: [] });
  });

  it('adds nothing for a segment whose source is unknown', () => {
    const orphan = new Map([['seg-x', { id: 'seg-x', source: 'src-gone' }]]);
    expect(triangulation(['seg-x'], orphan, sources, keyPeople).count).toBe(0);
  });
});

describe('findingTriangulations on a hand-built case', () => {
  const input = sampleCaseInput();
  const caseFile = parsedCase({
    ...input,
    challengeRatings: [
      { id: 'cr-reg', category: 'regulatory_institutional', level: 'High', evidence: ['seg-1', 'seg-site'] },
      { id: 'cr-sanctions', category: 'sanctions', level: 'Unknown', market: 'mkt-mn' },
      { id: 'cr-sanctions-eu', category: 'sanctions', level: 'Low', market: 'mkt-eu', evidence: ['seg-thesis-ceo'] },
    ],
    utilization: [
      { id: 'ut-reg-inst', challenge: 'regulatory_institutional', networkType: 'institutional', level: 'High', evidence: ['seg-thesis', 'seg-thesis-int'] },
    ],
    benefits: [
      { id: 'ben-1', benefit: 'market_access', tie: 'tie-friend', evidence: ['seg-thesis'] },
      { id: 'ben-2', benefit: 'reputation', networkType: 'digital' },
      { id: 'ben-3', benefit: 'risk_reduction', evidence: ['seg-site', 'seg-thesis', 'seg-1'] },
    ],
    sources: [
      ...(input.sources ?? []),
      { id: 'src-site', kind: 'website', title: 'Company website' },
      { id: 'src-thesis', kind: 'document', title: 'Master’s thesis' },
    ],
    segments: [
      ...(input.segments ?? []),
      { id: 'seg-site', source: 'src-site', quote: 'We serve Mongolia', location: 'Home page' },
      { id: 'seg-thesis', source: 'src-thesis', quote: 'The agency helped', location: 'p. 40' },
      { id: 'seg-thesis-int', source: 'src-thesis', quote: 'we asked the agency', location: 'p. 41', reportedFrom: 'src-int' },
      { id: 'seg-thesis-ceo', source: 'src-thesis', quote: 'the EU is easy', location: 'p. 42', reportedFrom: 'kp-ceo' },
    ],
  });
  const found = findingTriangulations(caseFile);
  const byId = new Map(found.map((f) => [f.id, f]));

  it('gives every rating, utilization cell and benefit, in that order and in file order', () => {
    expect(found.map((f) => `${f.kind}:${f.id}`)).toEqual([
      'challengeRating:cr-reg',
      'challengeRating:cr-sanctions',
      'challengeRating:cr-sanctions-eu',
      'utilization:ut-reg-inst',
      'benefit:ben-1',
      'benefit:ben-2',
      'benefit:ben-3',
    ]);
  });

  it('labels each finding by what it is about', () => {
    // mkt-mn is the country MN, mkt-eu the region EU; tie-friend is a social tie.
    expect(found.map((f) => f.label)).toEqual([
      'regulatory_institutional',
      'sanctions in MN',
      'sanctions in EU',
      'regulatory_institutional × institutional',
      'market_access × social via tie-friend',
      'reputation × digital',
      'risk_reduction',
    ]);
  });

  it('counts the source kinds behind each finding', () => {
    // seg-1 is from the interview src-int, seg-site from the website.
    expect(byId.get('cr-reg')?.triangulation).toEqual({ count: 2, kinds: ['interview', 'website'], sources: ['src-int', 'src-site'] });
    expect(byId.get('cr-sanctions')?.triangulation).toEqual({ count: 0, kinds: [], sources: [] });
    // The thesis reports the CEO (a key person): an interview with that person.
    expect(byId.get('cr-sanctions-eu')?.triangulation).toEqual({ count: 1, kinds: ['interview'], sources: ['person:kp-ceo'] });
    // The thesis's own words and the interview it quotes.
    expect(byId.get('ut-reg-inst')?.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'], sources: ['src-int', 'src-thesis'] });
    expect(byId.get('ben-3')?.triangulation).toEqual({ count: 3, kinds: ['interview', 'document', 'website'], sources: ['src-int', 'src-site', 'src-thesis'] });
  });
});

describe('findingTriangulations on the company-a sample', () => {
  const read = parseCaseText(readFileSync(new URL('../../../examples/cases/company-a.json', import.meta.url)));
  if (!read.ok) throw new Error(`company-a.json did not parse: ${JSON.stringify(read.problems)}`);
  const caseFile = read.caseFile;
  const found = findingTriangulations(caseFile);
  const byId = new Map(found.map((f) => [f.id, f]));

  it('has one entry for each rating, utilization cell and benefit', () => {
    expect(found).toHaveLength(caseFile.challengeRatings.length + caseFile.utilization.length + caseFile.benefits.length);
  });

  it('backs the regulatory rating with the thesis and the interview', () => {
    // Checked in the file: rating-regulatory-institutional cites seg-t9-regulatory, seg-reg-biggest,
    // seg-local-entity, seg-ema-fda, seg-44-reg and seg-44-biggest (source src-thesis, kind document)
    // and seg-ia-reg (source src-interview-ia1, kind interview, reportedFrom itself).
    expect(byId.get('rating-regulatory-institutional')).toEqual({
      kind: 'challengeRating',
      id: 'rating-regulatory-institutional',
      label: 'regulatory_institutional',
      triangulation: { count: 2, kinds: ['interview', 'document'], sources: ['src-interview-ia1', 'src-thesis'] },
    });
  });

  it('backs the LinkedIn group benefit with the thesis and the interview', () => {
    // benefit-linkedin-group-resource-sharing: seg-linkedin-group-purpose (src-thesis) and
    // seg-ia-linkedin-group (src-interview-ia1); its tie tie-cdo-linkedin-group is digital.
    expect(byId.get('benefit-linkedin-group-resource-sharing')).toMatchObject({
      label: 'resource_sharing × digital via tie-cdo-linkedin-group',
      triangulation: { count: 2, kinds: ['interview', 'document'] },
    });
  });

  it('finds a rating resting on the thesis alone', () => {
    // rating-knowledge-experience cites eight segments, all from src-thesis.
    expect(byId.get('rating-knowledge-experience')?.triangulation).toEqual({ count: 1, kinds: ['document'], sources: ['src-thesis'] });
  });
});
