/**
 * Recommendations in a report: a firm's recommendations grouped by the gap each answers, and the
 * works they cite, gathered across the report into one alphabetical list.
 */
import { NETWORK_TYPE_LABELS, challengeLabelOf, slug, type BuildContext, type ReportFirm } from './context.js';
import { count, lowerFirst, SEED_LABELS } from './prose.js';
import type { Block, CitationRef, RecommendationsBlock, WorkCited } from './types.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** Works cited, kept across the report so each work gets one entry and id. */
export class WorksCited {
  private readonly works = new Map<string, WorkCited>();

  /** A citation of a work, recorded for the list; the same work keeps one entry and one anchor id. */
  ref(work: string, seed: string, location: string): CitationRef {
    let entry = this.works.get(work);
    if (entry === undefined) {
      entry = { id: this.uniqueId(work), work, citedIn: [] };
      this.works.set(work, entry);
    }
    const seedLabel = SEED_LABELS[seed] ?? seed;
    if (!entry.citedIn.some((c) => c.seed === seed && c.location === location)) entry.citedIn.push({ seed, seedLabel, location });
    return { work, seed, seedLabel, location, workId: entry.id };
  }

  /** "Håkansson & Ford (2002)" → "work-hakansson-ford-2002", with a number added should two works read alike. */
  private uniqueId(work: string): string {
    const base = `work-${slug(work.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))}`;
    const taken = new Set([...this.works.values()].map((w) => w.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Alphabetical by the work as cited. */
  list(): WorkCited[] {
    return [...this.works.values()].map((w) => ({ ...w, citedIn: [...w.citedIn] })).sort((x, y) => (x.work < y.work ? -1 : x.work > y.work ? 1 : 0));
  }
}

/** A firm's recommendations, grouped by the gap each answers, in the order of the gaps (worst first). */
export function recommendationParts(ctx: BuildContext, firm: ReportFirm, works: WorksCited): Block[] {
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
        heading: `${challengeLabelOf(firm, r.challenge)}${level} × ${lowerFirst(NETWORK_TYPE_LABELS[r.networkType])}${use}`,
        notes: gap === undefined ? [] : ctx.notes.cite(firm.id, gap.evidence),
        items: [],
      };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push({
      title: r.title,
      rationale: r.rationale,
      actions: [...r.actions],
      because: [...r.because],
      citations: r.citations.map((c) => works.ref(c.work, c.seed, c.location)),
    });
  }
  const intro =
    `Foothold’s knowledge base has ${count(a.recommendations.length, 'recommendation')} for ${count(groups.length, 'gap')} of ${firm.name}, ` +
    `below by gap, worst first. Each cites the works the seed studies cite for the point (see Works cited).`;
  return [paragraph(intro), { kind: 'recommendations', groups }];
}
