import { describe, expect, it } from 'vitest';
import { SECTOR_FAMILIES, type NetworkType } from '../model/index.js';
import { analyzeLoaded } from '../../services/analysis-service.js';
import { countryName } from '../../services/reference-data.js';
import { reportBibliography } from '../../services/report-service.js';
import { minimalCase, richCase } from '../../test-support/cases.js';
import { sampleCase } from '../../test-support/samples.js';
import { sectorFirmCase } from '../../test-support/sector-firms.js';
import type { CaseFile } from '../case-file/index.js';
import { buildReport } from './document.js';
import { leading, relianceHeadline, type Reliance } from './reliance.js';
import type { FindingBlock, ReportDocument } from './types.js';

const now = new Date('2025-06-01T00:00:00Z');
const report = (cases: CaseFile[]) =>
  buildReport({ analyses: cases.map((c) => analyzeLoaded(c, now)), cases, generatedOn: '2025-06-01', bibliography: reportBibliography(), countryName });

const findings = (doc: ReportDocument): FindingBlock[] =>
  (doc.sections.find((s) => s.id === 'findings')?.blocks ?? []).filter((b): b is FindingBlock => b.kind === 'finding');
const finding = (doc: ReportDocument, title: string) => findings(doc).find((f) => f.title === title);
const quotesOf = (f: FindingBlock | undefined) => (f?.quotes ?? []).flatMap((q) => q.passages.map((p) => p.quote));
const counts = (social: number, business: number, institutional: number, digital: number): Record<NetworkType, number> => ({
  social,
  business,
  institutional,
  digital,
});

describe('leading network types', () => {
  it('are those that count at least half as much as the strongest, strongest first', () => {
    expect(leading(counts(3, 6, 4, 4))).toEqual(['business', 'institutional', 'digital', 'social']);
    expect(leading(counts(3, 1, 1, 0))).toEqual(['social']);
    expect(leading(counts(8, 15, 11, 5))).toEqual(['business', 'institutional', 'social']);
    expect(leading(counts(0, 0, 0, 0))).toEqual([]);
  });

  it('name what a firm relies on, by use where levels are recorded, else by its ties', () => {
    const byUse = (byType: Record<NetworkType, number>): Reliance => ({
      byTies: counts(1, 1, 1, 1),
      tieTotal: 4,
      use: { basis: 'recorded', challenges: 6, byType },
    });
    expect(relianceHeadline('F', byUse(counts(3, 6, 4, 4)))).toBe('F combines all four network types');
    expect(relianceHeadline('F', byUse(counts(3, 1, 1, 0)))).toBe('F relies mainly on social networks');
    expect(relianceHeadline('F', byUse(counts(0, 0, 0, 0)))).toBe(
      'F uses no network type at a Moderate or High level against any of the six challenges with recorded levels',
    );
    expect(relianceHeadline('F', { byTies: counts(2, 9, 5, 3), tieTotal: 19, use: undefined })).toBe(
      'By its own ties, F leans mainly on business and institutional networks',
    );
    expect(relianceHeadline('F', { byTies: counts(0, 0, 0, 0), tieTotal: 0, use: undefined })).toBe('F has no ties recorded yet');
  });
});

describe('findings: the thesis’s two firms', () => {
  const doc = report([sampleCase('company-a'), sampleCase('company-b')]);

  it('say which network types each firm relies on, by use and by its ties, quoting the thesis’s own conclusion', () => {
    const a = finding(doc, 'Network types: Company A');
    expect(a?.text).toMatch(
      /^Company A combines all four network types\. By the levels recorded against its six challenges \(Table 10\), business networks help at a Moderate or High level against all six;/,
    );
    expect(a?.text).toContain('Its own ties, of the firm and its key people, number');
    expect(quotesOf(a)).toContain('Company A’s network utilization is a combination of social, business, institutional, and digital networks.');
    const b = finding(doc, 'Network types: Company B');
    expect(b?.text).toMatch(
      /^Company B relies mainly on social networks\. By the levels recorded against its six challenges \(Table 10\), social networks help at a Moderate or High level against three;/,
    );
    expect(b?.text).toContain('in recorded use, social leads.');
    expect(quotesOf(b)[0]).toMatch(/^In contrast, Company B mainly relies on social networks\./);
    // Each quote carries the note of its passage.
    for (const q of b?.quotes.flatMap((x) => x.passages) ?? []) expect(doc.footnotes[(q.notes[0] ?? 0) - 1]?.quote).toBe(q.quote);
  });

  it('state each firm’s pathway and origin with the thesis’s words, and where the firms differ', () => {
    const pathway = finding(doc, 'Pathway');
    expect(pathway?.text).toBe('Company A is a born global firm. Company B is a traditional firm, founded in 1990.');
    expect(quotesOf(pathway).join(' ')).toContain('made Company A’s internationalization a necessity from the very beginning');
    const origin = finding(doc, 'Country of origin');
    expect(origin?.text).toContain('Company A comes from Finland, a developed economy; it does not rate the country-of-origin effect.');
    expect(origin?.text).toContain(
      'Company B comes from Mongolia, an emerging economy; it rates the country-of-origin effect High, and the analysis finds four gaps on it',
    );
    expect(quotesOf(origin).join(' ')).toContain('Country of origin undermines Company B’s credibility');
    const differ = finding(doc, 'Where the firms differ');
    expect(differ?.text).toContain('Company A combines all four network types; Company B relies mainly on social networks.');
    expect(differ?.text).toContain('They differ most in business networks (Moderate or High against six challenges for Company A and one for Company B)');
    expect(differ?.text).toContain('Their pathways differ: Company A is born global and Company B traditional.');
    expect(differ?.text).toContain('only Company B rates the country-of-origin effect High or Medium.');
  });
});

describe('findings: one firm alone, and firms outside the samples', () => {
  it('read right for the Sri Lankan IT SME alone, whose case records no utilization levels', () => {
    const doc = report([sampleCase('sl-it-sme')]);
    const network = finding(doc, 'Network types');
    expect(network?.text).toMatch(
      /^By its own ties, Sri Lankan IT SME \(focal company\) leans mainly on business and institutional networks\. No levels of use are recorded;/,
    );
    expect(quotesOf(network)[0]).toContain('three main types of network relationships namely; formal, informal and virtual and digital networks');
    expect(network?.quotes[0]?.lead).toBe('In the source’s words');
    expect(finding(doc, 'Pathway')?.text).toBe('Sri Lankan IT SME (focal company) is a born global firm, founded in 2019 and abroad from 2020.');
    expect(finding(doc, 'Where the firms differ')).toBeUndefined();
    // Its evidence is the paper itself: described once, under Works cited, as what its text shows.
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0]?.text).toBe('The Sri Lankan IT SME paper: one of the two seed studies; its full reference is under Works cited.');
    expect(doc.worksCited.map((w) => w.text)).toEqual([
      expect.stringMatching(/^Research paper, authors, title, year and venue not given in its text: .+ — seed study \(“the paper”\)\.$/),
    ]);
  });

  it.each(SECTOR_FAMILIES)('read right for the made-up %s firm, with nothing of the samples in them', (family) => {
    const c = sectorFirmCase(family);
    const doc = report([c]);
    const text = findings(doc)
      .map((f) => `${f.title}. ${f.text}`)
      .join(' ');
    expect(text).toContain(`${c.firm.name} uses no network type at a Moderate or High level against any of the six challenges with recorded levels.`);
    expect(text).toContain(`${c.firm.name}’s pathway (born global, traditional or born-again global) is not recorded.`);
    expect(text).toContain(`${c.firm.name} comes from ${countryName(c.firm.countryOfOrigin)}`);
    expect(text).not.toMatch(/Company A|Company B|Mongolia|Finland|Sri Lanka|pharma|thesis/i);
    expect(findings(doc).flatMap((f) => f.quotes)).toEqual([]);
  });

  it('quote a segment the analyst coded with the topic, and say so when a case sets its own economy class', () => {
    const doc = report([richCase()]);
    const pathway = finding(doc, 'Pathway');
    expect(pathway?.text).toBe('Говь Фарм ХХК is a born-again global firm, founded in 2009 and abroad from 2015.');
    expect(quotesOf(pathway)).toEqual(['We went abroad again after the crisis — «шинэ эхлэл».']);
    expect(doc.footnotes[0]).toMatchObject({ where: 'Interview IA1, 00:12:30' });
    expect(finding(doc, 'Country of origin')?.text).toContain('(as the case sets it: reference data lags the 2022 reclassification)');
  });

  it('say what is missing for a firm with nothing recorded', () => {
    const doc = report([minimalCase()]);
    expect(finding(doc, 'Network types')?.text).toBe('Nomad Tea has no ties recorded yet.');
  });
});
