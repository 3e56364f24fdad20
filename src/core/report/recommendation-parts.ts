/**
 * Recommendations in a report: a firm's recommendations grouped by the gap each answers, each with
 * the firm's own ties it names, the sector wording it uses, the sample-firm stories it tells as
 * labelled examples, and the works it cites (gathered across the report into the works cited).
 */
import { NETWORK_TYPE_LABELS, SECTOR_FAMILY_LABELS, type BuildContext, type ReportFirm } from './context.js';
import { count, lowerFirst, paragraph } from './prose.js';
import type { Block, RecommendationsBlock } from './types.js';

/** A firm's recommendations, grouped by the gap each answers, in the order of the gaps (worst first). */
export function recommendationParts(ctx: BuildContext, firm: ReportFirm): Block[] {
  const a = firm.analysis;
  if (a.recommendations.length === 0) {
    return [
      paragraph(
        a.gaps.length === 0
          ? `There are no recommendations for ${firm.name}: it has no gaps.`
          : `Foothold’s knowledge base has no rule for the gaps of ${firm.name} yet.`,
      ),
    ];
  }
  const groups: RecommendationsBlock['groups'] = [];
  const byKey = new Map<string, RecommendationsBlock['groups'][number]>();
  for (const r of a.recommendations) {
    const key = `${r.challenge}\u0000${r.networkType}`;
    let group = byKey.get(key);
    if (group === undefined) {
      const gap = a.gaps.find((g) => g.challenge === r.challenge && g.networkType === r.networkType);
      const level = gap === undefined ? '' : ` (${gap.challengeLevel})`;
      const use = gap === undefined ? '' : ` — ${gap.utilization === 'Not used' ? 'not used' : 'low use'}, ${gap.utilizationBasis}`;
      group = {
        heading: `${r.challengeLabel}${level} × ${lowerFirst(NETWORK_TYPE_LABELS[r.networkType])}${use}`,
        notes: gap === undefined ? [] : ctx.notes.cite(firm.id, gap.evidence),
        items: [],
        // The institutions depend on the gap, not the rule: the group's first recommendation has them.
        institutions: r.institutions.map(
          (i) =>
            `${i.abbreviation === undefined ? i.name : `${i.name} (${i.abbreviation})`}: ${i.why} — ${i.url ?? `named in ${i.source}`}, recorded ${i.asOf}`,
        ),
      };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push({
      title: r.title,
      rationale: r.rationale,
      actions: [...r.actions],
      tiesUsed: [...new Set(r.tiesUsed.map((t) => t.actorName))],
      wordedFor: r.sectorFamily === undefined ? undefined : SECTOR_FAMILY_LABELS[r.sectorFamily],
      examples: r.examples.map((e) => ({ label: `Example from the ${ctx.works.seedLabel(e.seed)} (${e.location})`, text: e.text })),
      because: [...r.because],
      citations: r.citations.map((c) => ctx.works.cite(c)),
    });
  }
  const intro =
    `Foothold’s knowledge base has ${count(a.recommendations.length, 'recommendation')} for ${count(groups.length, 'gap')} of ${firm.name}, ` +
    'below by gap, worst first. Where the firm already has the kind of tie an action needs, the action names it. Each recommendation cites the works behind it: studies the seed studies cite, or an official source (see Works cited); examples are stories of the seed studies’ own firms, labelled with where the study tells them.';
  return [paragraph(intro), { kind: 'recommendations', groups }];
}
