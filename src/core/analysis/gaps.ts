/**
 * Gaps: challenges the firm rates High or Medium that a network type does little or nothing
 * against; and blind spots: challenges whose level nobody knows yet.
 */
import type { CaseFile } from '../case-file/index.js';
import { NETWORK_TYPES, type EconomyClass, type NetworkType } from '../model/index.js';
import { categoryOrder, challengeLabel, challengeQuestion, firmWideRatings } from './challenges.js';
import { mergeEvidence } from './evidence.js';
import { firmTies, firmTieViews, isLive } from './firm-ties.js';
import type { BlindSpot, Gap, SuggestedMatrix, UtilizationMatrix } from './types.js';
import { suggestedUtilizationOf, utilizationOf } from './utilization.js';

const CHALLENGE_WEIGHT = { High: 2, Medium: 1 } as const;
const UTILIZATION_WEIGHT = { 'Not used': 2, Low: 1 } as const;

type GapSource = Pick<CaseFile, 'firm' | 'keyPeople' | 'ties' | 'challengeCategories' | 'challengeRatings' | 'utilization' | 'segments' | 'sources'>;

/** Whom to ask about a blind spot: at most this many of the firm's strongest live ties to people or organizations. */
const ASK_AT_MOST = 3;

/**
 * Every firm-wide High or Medium challenge × network type used Not at all or Low. The recorded level
 * decides; where the analyst recorded no cell, the level the ties suggest stands in. Severity is
 * (High 2 | Medium 1) × (Not used 2 | Low 1); worst first, then category and network type order.
 */
export function gapsOf(
  c: GapSource,
  economyClass: EconomyClass | undefined,
  matrices: { recorded: UtilizationMatrix; suggested: SuggestedMatrix } = { recorded: utilizationOf(c), suggested: suggestedUtilizationOf(c) },
): Gap[] {
  const tieEvidence = new Map(c.ties.map((t) => [t.id, t.evidence]));
  const gaps: Gap[] = [];
  for (const rating of firmWideRatings(c)) {
    if (rating.level !== 'High' && rating.level !== 'Medium') continue;
    for (const networkType of NETWORK_TYPES) {
      const recorded = matrices.recorded[rating.category]?.[networkType];
      const suggested = matrices.suggested[rating.category]?.[networkType];
      const level = recorded?.level ?? suggested?.level ?? 'Not used';
      if (level !== 'Not used' && level !== 'Low') continue;
      const cellEvidence = recorded !== undefined ? recorded.evidence : mergeEvidence(...(suggested?.ties ?? []).map((id) => tieEvidence.get(id)));
      gaps.push({
        challenge: rating.category,
        label: challengeLabel(c, rating.category),
        challengeLevel: rating.level,
        networkType,
        utilization: level,
        utilizationBasis: recorded !== undefined ? 'recorded' : 'suggested',
        severity: CHALLENGE_WEIGHT[rating.level] * UTILIZATION_WEIGHT[level],
        countryOfOriginFlag: rating.category === 'country_of_origin' && (economyClass === 'emerging' || economyClass === 'developing'),
        evidence: mergeEvidence(rating.evidence, cellEvidence),
      });
    }
  }
  const categoryRank = new Map(categoryOrder(c).map((category, i) => [category, i]));
  const typeRank = (t: NetworkType) => NETWORK_TYPES.indexOf(t);
  return gaps.sort(
    (a, b) =>
      b.severity - a.severity ||
      (categoryRank.get(a.challenge) ?? 0) - (categoryRank.get(b.challenge) ?? 0) ||
      typeRank(a.networkType) - typeRank(b.networkType),
  );
}

/**
 * Challenges rated Unknown for the firm as a whole, with the network types whose ties could tell how
 * they stand: those the firm uses (a live tie), or all four when it uses none.
 */
export function blindSpotsOf(c: GapSource & Pick<CaseFile, 'actors'>): BlindSpot[] {
  const live = firmTies(c).filter(isLive);
  const inUse = NETWORK_TYPES.filter((t) => live.some((tie) => tie.networkType === t));
  const views = firmTieViews(c);
  return firmWideRatings(c)
    .filter((r) => r.level === 'Unknown')
    .map((r) => ({
      challenge: r.category,
      label: challengeLabel(c, r.category),
      networkTypesThatCouldTell: inUse.length > 0 ? inUse : [...NETWORK_TYPES],
      findOut: challengeQuestion(c, r.category),
      // People and organizations can be asked; a website or a page cannot.
      ask: views
        .filter((v) => v.actorKind !== 'platform')
        .slice(0, ASK_AT_MOST)
        .map(({ tieId, actorId, actorName, networkType }) => ({ tieId, actorId, actorName, networkType })),
      evidence: [...(r.evidence ?? [])],
    }));
}
