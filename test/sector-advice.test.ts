// Advice worded for the firm's sector that names its own ties: one made-up firm per sector family
// (src/test-support/sector-firms.ts) gets recommendations free of every other family's terms, and a
// firm with a chamber and a trade-fair tie is told to use them rather than to find one.
import { describe, expect, it } from 'vitest';
import { sectorFamilyOf, startsAWord } from '../src/core/analysis/index.js';
import { SECTOR_FAMILIES, type SectorFamily } from '../src/core/model/index.js';
import { analyzeLoaded } from '../src/services/analysis-service.js';
import { knowledgeBaseData } from '../src/services/reference-data.js';
import { SECTOR_FIRMS, sectorFirmCase } from '../src/test-support/sector-firms.js';

const kb = knowledgeBaseData();
const now = new Date('2026-11-30T00:00:00Z');
const analyzed = (family: SectorFamily) => analyzeLoaded(sectorFirmCase(family), now);

/** Everything of the advice a firm reads: recommendations, examples, the action plan and blind-spot questions. */
function adviceText(family: SectorFamily): string {
  const a = analyzed(family);
  return [
    ...a.recommendations.flatMap((r) => [
      r.title,
      r.rationale,
      ...r.actions,
      ...r.because,
      ...r.examples.map((e) => e.text),
      ...r.citations.map((c) => c.work),
    ]),
    ...a.actionPlan.top.flatMap((p) => [p.text, p.why]),
    ...a.actionPlan.byChallenge.flatMap((g) => g.actions.flatMap((p) => [p.text, p.why])),
    ...a.blindSpots.map((b) => b.findOut),
  ].join('\n');
}

describe.each(SECTOR_FAMILIES)('a %s firm', (family) => {
  it('is placed in its family', () => {
    expect(sectorFamilyOf({ sector: SECTOR_FIRMS[family].sector, productType: undefined, sectorFamily: SECTOR_FIRMS[family].sectorFamily }, kb)).toBe(family);
  });

  it('gets advice for its gaps and blind spot, with no term of another family', () => {
    const a = analyzed(family);
    expect(a.recommendations.length).toBeGreaterThan(10);
    expect(a.blindSpots).toHaveLength(1);
    expect(a.actionPlan.top).toHaveLength(5);
    const text = adviceText(family);
    const foreign = SECTOR_FAMILIES.filter((other) => other !== family).flatMap((other) =>
      kb.sectorFamilies[other].lexicon.filter((term) => startsAWord(text, term)).map((term) => `${other}: ${term}`),
    );
    expect(foreign).toEqual([]);
  });
});

describe('advice that knows the firm’s ties', () => {
  const a = analyzed('food_agriculture');
  const actions = a.recommendations.flatMap((r) => r.actions);

  it('tells a firm with a chamber tie and a trade-fair tie to use them, naming them', () => {
    expect(actions.some((x) => x.includes('Nyeri County Chamber of Commerce'))).toBe(true);
    expect(actions.some((x) => x.includes('East Africa Agri Trade Fair'))).toBe(true);
    const used = new Set(a.recommendations.flatMap((r) => r.tiesUsed.map((t) => t.tieId)));
    expect(used).toContain('tie-chamber');
    expect(used).toContain('tie-fair');
  });

  it('does not tell it to find a chamber or a trade fair it already has', () => {
    const finds = actions.filter((x) => /^(find|join|look for|identify)\b[^.]*\b(chamber|trade fair)/i.test(x));
    expect(finds).toEqual([]);
  });

  it('puts a step that starts from one of its ties among the first five', () => {
    expect(a.actionPlan.top.some((p) => p.tiesUsed.length > 0)).toBe(true);
  });

  it('tells a firm without those ties to find them', () => {
    const software = analyzed('software_it').recommendations.flatMap((r) => r.actions);
    expect(software.some((x) => x.includes('Nyeri County Chamber'))).toBe(false);
  });
});
