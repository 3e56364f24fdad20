/**
 * The action plan: every step the recommendations and blind spots propose, ranked, with the five
 * best first and the rest grouped by challenge. A step ranks higher when its gap is worse, when it
 * uses a tie the firm already has (a warm tie is quicker and cheaper than a new one), and when its
 * rule was written for a firm like this one (more context conditions). Blind spots rank as a Medium
 * gap: until the firm finds out, the worst may be true.
 */
import { joinList } from '../../shared/words.js';
import type { ActionPlan, BlindSpot, PlanAction, Recommendation, TieRef } from './types.js';

const TOP = 5;
/** At most this many of the top steps come from one gap, so the plan spans the firm's worst problems. */
const PER_GAP_IN_TOP = 2;
const BLIND_SPOT_SEVERITY = 2;

function gapWhy(r: Recommendation, ties: readonly TieRef[]): string {
  const level = r.because[0] ?? '';
  const warm = ties.length > 0 ? `; it starts from a tie you already have (${ties.map((t) => t.actorName).join(', ')})` : '';
  return `${level.charAt(0).toUpperCase()}${level.slice(1)}${warm}.`;
}

function fromRecommendation(r: Recommendation, index: number): PlanAction[] {
  const specificity = r.because.length - 1;
  return r.actions.map((text, i) => {
    const tiesUsed = r.tiesUsed.filter((t) => text.includes(t.actorName));
    const usesTie = tiesUsed.length > 0;
    return {
      text,
      source: r.ruleId,
      challenge: r.challenge,
      challengeLabel: r.challengeLabel,
      networkType: r.networkType,
      tiesUsed,
      why: gapWhy(r, tiesUsed),
      // Severity counts most; a warm tie adds one step of severity; specific rules and earlier
      // actions of a rule break ties. Recommendation order breaks the rest.
      score: r.severity * 10 + (usesTie ? 10 : 0) + specificity * 2 - i * 0.1 - index * 0.001,
    };
  });
}

function fromBlindSpot(b: BlindSpot, index: number): PlanAction {
  const ask = b.ask.map((t) => t.actorName);
  const text = ask.length === 0 ? `Find out ${b.findOut}: ask people who have sold to your target markets.` : `Find out ${b.findOut}: ask ${joinList(ask)}.`;
  return {
    text,
    source: 'blind-spot',
    challenge: b.challenge,
    challengeLabel: b.label,
    networkType: undefined,
    tiesUsed: b.ask,
    why: `Nobody has rated “${b.label}” yet, so it may be worse than it looks${ask.length > 0 ? '; people you already know can tell' : ''}.`,
    // Below a gap of the same weight: a known problem comes before finding out about one.
    score: BLIND_SPOT_SEVERITY * 10 + (ask.length > 0 ? 10 : 0) - 0.5 - index * 0.001,
  };
}

/**
 * Ranks the steps of the recommendations and blind spots, and steps ranked elsewhere (`more`: the
 * open country-of-origin measures); `challengeOrder` orders the groups.
 */
export function actionPlanOf(
  recommendations: readonly Recommendation[],
  blindSpots: readonly BlindSpot[],
  challengeOrder: readonly string[],
  more: readonly PlanAction[] = [],
): ActionPlan {
  const all = [...recommendations.flatMap(fromRecommendation), ...blindSpots.map(fromBlindSpot), ...more];
  // The same step proposed by two rules counts once, at its best.
  const unique = new Map<string, PlanAction>();
  for (const action of all) {
    const seen = unique.get(action.text);
    if (seen === undefined || seen.score < action.score) unique.set(action.text, action);
  }
  const ranked = [...unique.values()].sort((a, b) => b.score - a.score);
  const top: PlanAction[] = [];
  const perGap = new Map<string, number>();
  for (const action of ranked) {
    if (top.length === TOP) break;
    const gap = `${action.challenge}|${action.networkType ?? ''}`;
    if ((perGap.get(gap) ?? 0) >= PER_GAP_IN_TOP) continue;
    perGap.set(gap, (perGap.get(gap) ?? 0) + 1);
    top.push(action);
  }
  const rest = ranked.filter((a) => !top.includes(a));
  const order = new Map(challengeOrder.map((c, i) => [c, i]));
  const groups = new Map<string, { challenge: string; label: string; actions: PlanAction[] }>();
  for (const action of rest) {
    const group = groups.get(action.challenge) ?? { challenge: action.challenge, label: action.challengeLabel, actions: [] };
    group.actions.push(action);
    groups.set(action.challenge, group);
  }
  const byChallenge = [...groups.values()].sort((a, b) => (order.get(a.challenge) ?? Infinity) - (order.get(b.challenge) ?? Infinity));
  return { top, byChallenge };
}
