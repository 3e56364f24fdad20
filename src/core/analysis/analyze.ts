/** The whole analysis of one case: every table, the suggested utilization and its agreement, gaps, blind spots and recommendations. */
import type { CaseFile } from '../case-file/index.js';
import { PROSPECT_STATUSES } from '../model/index.js';
import { actionPlanOf } from './action-plan.js';
import { agreement } from './agreement.js';
import { benefitsOf } from './benefits.js';
import { categoryOrder, challengeLabel, challengesOf } from './challenges.js';
import { originChecklistsOf, originPlanActions } from './origin-checklist.js';
import { digitalPresenceOf } from './digital-presence.js';
import { firmTieViews } from './firm-ties.js';
import { blindSpotsOf, gapsOf } from './gaps.js';
import { networkTypesOf } from './network-types.js';
import { profileOf } from './profile.js';
import { triangulatorOf } from './triangulate.js';
import type { AnalysisContext, FirmAnalysis, FirmContext } from './types.js';
import { suggestedUtilizationOf, utilizationOf } from './utilization.js';

/** What the recommender is told about the firm, from the case and the profile's derived values. */
export function firmContextOf(c: CaseFile, derived: FirmAnalysis['profile']['derived']): FirmContext {
  return {
    firmId: c.firm.id,
    countryOfOrigin: c.firm.countryOfOrigin,
    economyClass: derived.economyClass,
    sizeClass: derived.sizeClass,
    pathway: c.firm.pathway?.value,
    sector: c.firm.sector,
    productType: c.firm.productType,
    sectorFamily: c.firm.sectorFamily,
    ties: firmTieViews(c),
    yearsActive: derived.yearsActive,
    targetMarkets: c.markets.filter((m) => PROSPECT_STATUSES.includes(m.status)).flatMap((m) => m.country ?? m.region ?? []),
  };
}

/** Analyzes one case. Pure: the context brings reference data, names and the current year. */
export function analyzeCase(c: CaseFile, ctx: AnalysisContext): FirmAnalysis {
  const profile = profileOf(c, ctx);
  // One set of segment and source lookups for every finding the analysis triangulates.
  const triangulate = triangulatorOf(c);
  const utilization = utilizationOf(c, triangulate);
  const suggestedUtilization = suggestedUtilizationOf(c);
  const gaps = gapsOf(c, profile.derived.economyClass, { recorded: utilization, suggested: suggestedUtilization });
  const blindSpots = blindSpotsOf(c);
  const recommendations = ctx.recommend === undefined ? [] : ctx.recommend(gaps, firmContextOf(c, profile.derived));
  const originChecklists = originChecklistsOf(c, ctx.countryName);
  return {
    firmId: c.firm.id,
    profile,
    networkTypes: networkTypesOf(c),
    challenges: challengesOf(c, triangulate),
    utilization,
    suggestedUtilization,
    agreement: agreement(utilization, suggestedUtilization),
    benefits: benefitsOf(c, triangulate),
    digitalPresence: digitalPresenceOf(c),
    gaps,
    blindSpots,
    recommendations,
    originChecklists,
    actionPlan: actionPlanOf(recommendations, blindSpots, categoryOrder(c), originPlanActions(originChecklists, challengeLabel(c, 'country_of_origin'))),
  };
}
