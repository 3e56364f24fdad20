import { describe, expect, it } from 'vitest';
import { analyzeCase, type AnalysisContext, type Recommendation } from '../analysis/index.js';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../model/index.js';
import { sampleCase, SAMPLE_IDS } from '../../test-support/samples.js';
import { analysisText } from './analysis-text.js';

const ctx: AnalysisContext = {
  economyClasses: new Map([
    ['FI', 'developed'],
    ['MN', 'emerging'],
    ['LK', 'emerging'],
  ]),
  countryName: (code) => ({ FI: 'Finland', MN: 'Mongolia', LK: 'Sri Lanka', KG: 'Kyrgyzstan' })[code] ?? code,
  asOfYear: 2026,
};
const recommendation = (challenge: string, label: string): Recommendation => ({
  ruleId: 'r-test',
  challenge,
  challengeLabel: label,
  networkType: 'institutional',
  title: 'Ask the chamber',
  rationale: 'A rationale.',
  actions: ['Ask the chamber for a briefing'],
  tiesUsed: [],
  sectorFamily: undefined,
  examples: [{ text: 'Company B registered in the Kyrgyz Republic first.', seed: '003_7a904afc5627ed05.txt', location: '§4.3.1, p. 56' }],
  citations: [{ work: 'Radulovich (2008)', seed: '003_7a904afc5627ed05.txt', location: '§5.2, p. 83' }],
  because: ['the challenge is rated High'],
  severity: 4,
  institutions: [],
});
const textOf = (id: string) => {
  const analysis = analyzeCase(sampleCase(id), { ...ctx, recommend: (gaps) => gaps.slice(0, 1).map((g) => recommendation(g.challenge, g.label)) });
  return { analysis, text: analysisText(analysis, ctx.countryName).join('\n') };
};

describe('analysisText', () => {
  it.each(SAMPLE_IDS)('prints every section for %s, the action plan first', (id) => {
    const { text } = textOf(id);
    const headings = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('What to do first');
    for (const heading of [
      'Profile (thesis Table 7)',
      'Network types (thesis Table 8)',
      'Challenges (thesis Table 9)',
      'Network use against each challenge (thesis Table 10), recorded and suggested',
      'Recorded against suggested',
      'Benefits the networks brought (paper Figure 1)',
      'Digital presence (paper Table 1)',
      'Gaps: challenges that weigh on the firm and a network type that does little against them',
      'Blind spots: challenges nobody has rated yet',
      'Recommendations, worst gap first',
    ])
      expect(headings).toContain(heading);
  });

  it.each(SAMPLE_IDS)('names things in words, never by id, for %s', (id) => {
    const { text } = textOf(id);
    for (const category of BUILTIN_CHALLENGE_CATEGORIES) expect(text).not.toContain(category);
    const c = sampleCase(id);
    const ids = [...c.ties, ...c.actors, ...c.markets, ...c.segments].map((r) => r.id).filter((x) => x.includes('-'));
    for (const recordId of ids) expect(text).not.toContain(recordId);
  });

  it('explains the agreement figure and the suggested levels beside them', () => {
    const { analysis, text } = textOf('company-b');
    expect(analysis.agreement.weightedKappa).toBeDefined();
    expect(text).toMatch(/weighted kappa 0\.\d\d\.\nThe recorded levels and the ties /);
    expect(text).toContain('Suggested levels are what the firm’s own ties imply');
    expect(text).toMatch(/× institutional network: Recorded (Not used|Low|Moderate|High)(, and the ties agree|, but the ties suggest)/);
  });

  it('says figures are missing, not presence, when a firm has digital ties without figures', () => {
    const { text } = textOf('company-b');
    expect(text).toMatch(/No figures recorded \(followers, posts\) for the \d digital ties?: /);
    expect(text).not.toContain('No digital presence recorded');
    expect(textOf('sl-it-sme').text).toMatch(/^- LinkedIn: \d+ followers/m);
  });

  it('prints the recommendation with its actions, reasons, labelled example and sources', () => {
    const { text } = textOf('company-b');
    expect(text).toContain('    · Ask the chamber for a briefing');
    expect(text).toContain('    Example (§4.3.1, p. 56): Company B registered in the Kyrgyz Republic first.');
    expect(text).toContain('    Sources: Radulovich (2008)');
    expect(text).toMatch(/^1\. Ask the chamber for a briefing\n {3}Why: /m);
  });

  it('names the institutions that could help, by abbreviation where there is one, and nothing when there are none', () => {
    const advice = (abbreviation: string | undefined) => ({
      id: 'x',
      name: 'Export Board',
      abbreviation,
      country: 'MN',
      market: 'KZ',
      serves: 'home' as const,
      why: 'Mongolia’s trade-promotion body',
      url: 'https://x.example/',
      source: 'https://x.example/',
      asOf: '2026-12-01',
    });
    const analysis = analyzeCase(sampleCase('company-b'), {
      ...ctx,
      recommend: (gaps) => gaps.slice(0, 1).map((g) => ({ ...recommendation(g.challenge, g.label), institutions: [advice('EB'), advice(undefined)] })),
    });
    const text = analysisText(analysis, ctx.countryName).join('\n');
    expect(text).toContain('    Institutions that could help: EB (Mongolia’s trade-promotion body); Export Board (Mongolia’s trade-promotion body)');
    expect(textOf('company-b').text).not.toContain('Institutions that could help');
  });

  it('has an empty state for each section of an empty firm', () => {
    const empty = analyzeCase(
      { ...sampleCase('company-a'), ties: [], challengeRatings: [], utilization: [], benefits: [], digitalPresence: [], facts: [] },
      ctx,
    );
    const text = analysisText(empty).join('\n');
    expect(text).toContain('Nothing to do yet: no gaps or blind spots were found');
    expect(text).toContain('No challenges rated yet.');
    expect(text).toContain('No benefits recorded.');
    expect(text).toContain('No digital presence recorded.');
    expect(text).toContain('Nothing to compare yet');
  });
});
