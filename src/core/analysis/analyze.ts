/** The whole analysis of one case: every table, the suggested utilization and its agreement, gaps, blind spots and recommendations. */
import type { CaseFile } from '../case-file/index.js';
import { agreement } from './agreement.js';
import { benefitsOf } from './benefits.js';
import { challengesOf } from './challenges.js';
import { digitalPresenceOf } from './digital-presence.js';
import { blindSpotsOf, gapsOf } from './gaps.js';
import { networkTypesOf } from './network-types.js';
import { profileOf } from './profile.js';
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
    yearsActive: derived.yearsActive,
    targetMarkets: c.markets.filter((m) => m.status === 'target' || m.status === 'exploring').flatMap((m) => m.country ?? m.region ?? []),
  };
}

/** Analyzes one case. Pure: the context brings reference data, names and the current year. */
export function analyzeCase(c: CaseFile, ctx: AnalysisContext): FirmAnalysis {
  const profile = profileOf(c, ctx);
  const utilization = utilizationOf(c);
  const suggestedUtilization = suggestedUtilizationOf(c);
  const gaps = gapsOf(c, profile.derived.economyClass, { recorded: utilization, suggested: suggestedUtilization });
  return {
    firmId: c.firm.id,
    profile,
    networkTypes: networkTypesOf(c),
    challenges: challengesOf(c),
    utilization,
    suggestedUtilization,
    agreement: agreement(utilization, suggestedUtilization),
    benefits: benefitsOf(c),
    digitalPresence: digitalPresenceOf(c),
    gaps,
    blindSpots: blindSpotsOf(c),
    recommendations: ctx.recommend === undefined ? [] : ctx.recommend(gaps, firmContextOf(c, profile.derived)),
  };
}
