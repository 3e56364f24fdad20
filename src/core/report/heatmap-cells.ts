/**
 * The utilization heatmap's view model for one firm: in each cell the level drawn, the recorded and
 * suggested levels behind it, the ties that suggest it, and one sentence on what the difference
 * between the two levels means. The HTML report and the web app draw these same cells.
 */
import { levelStep } from '../analysis/agreement.js';
import { NETWORK_TYPES, type UtilizationLevel } from '../model/index.js';
import { challengeLabelOf, type BuildContext, type ReportFirm } from './context.js';
import type { HeatmapCell, HeatmapRow } from './types.js';

/**
 * One sentence on what the difference between the recorded and the suggested level of a cell means,
 * with what to do about it. `tieCount` is how many ties stand behind the suggested level.
 */
export function levelDifferenceMeaning(recorded: UtilizationLevel | undefined, suggested: UtilizationLevel | undefined, tieCount: number): string {
  if (recorded === undefined) {
    // With no tie tagged the "suggested" level is only the absence of ties, not something they suggest.
    if (suggested === undefined || tieCount === 0) return 'Nothing is recorded and no tie is tagged as helping here.';
    return 'Only the ties suggest this level: no analyst has recorded one yet. Record a level with its evidence to confirm or correct it.';
  }
  if (suggested === undefined)
    return 'The analyst recorded this level; no tie on record is tagged as helping with it, so the ties neither support nor contradict it.';
  const gap = levelStep(recorded) - levelStep(suggested);
  if (gap === 0) return 'The recorded level and the level the ties suggest agree.';
  if (gap > 0)
    return 'The analyst saw more use than the tagged ties explain: some ties behind it may be missing from the map, or not tagged as helping with this challenge.';
  return 'The ties suggest more use than the analyst recorded: the ties may be weaker in practice than on paper, or the recorded level may be out of date.';
}

/**
 * A tie's name as a reader knows it: the actor or person it leads to, else the tie's own id (a
 * reference the case checker would have refused, kept visible rather than dropped).
 */
function tieNames(firm: ReportFirm): (tieId: string) => string {
  const c = firm.caseFile;
  const names = new Map<string, string>([
    ...c.keyPeople.map((p): [string, string] => [p.id, p.name ?? p.role]),
    ...c.actors.map((x): [string, string] => [x.id, x.name]),
  ]);
  const leadsTo = new Map(c.ties.map((t) => [t.id, t.to]));
  return (tieId) => {
    const to = leadsTo.get(tieId);
    return (to === undefined ? undefined : names.get(to)) ?? tieId;
  };
}

/**
 * The heatmap rows of one firm, one per challenge given: a cell per network type with a recorded
 * level (and the kinds of source behind it) or a suggested one. Cites the evidence notes as it goes, so call it before the parts shown after the heatmap.
 */
export function heatmapRows(ctx: BuildContext, firm: ReportFirm, challenges: readonly string[]): HeatmapRow[] {
  const a = firm.analysis;
  const tieName = tieNames(firm);
  return challenges.map((challenge) => ({
    challenge,
    label: challengeLabelOf(firm, challenge),
    cells: NETWORK_TYPES.flatMap((t): HeatmapCell[] => {
      const recorded = a.utilization[challenge]?.[t];
      const suggested = a.suggestedUtilization[challenge]?.[t];
      const ties = suggested?.ties ?? [];
      const behind = {
        ...(recorded === undefined ? {} : { recorded: recorded.level }),
        ...(suggested === undefined ? {} : { suggested: suggested.level }),
        ties: ties.map((id) => ({ id, name: tieName(id) })),
        meaning: levelDifferenceMeaning(recorded?.level, suggested?.level, ties.length),
      };
      if (recorded !== undefined) {
        const { count, kinds } = recorded.triangulation;
        const notes = ctx.notes.cite(firm.id, recorded.evidence);
        return [{ networkType: t, level: recorded.level, basis: 'recorded', ...behind, notes, triangulation: { count, kinds: [...kinds] } }];
      }
      if (suggested !== undefined)
        return [{ networkType: t, level: suggested.level, basis: 'suggested', ...behind, notes: ctx.notes.citeRecords(firm.id, ties) }];
      return [];
    }),
  }));
}
