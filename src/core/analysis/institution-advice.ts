/**
 * Names the institutions that could close a firm's gap in institutional ties: for each such
 * recommendation, the bodies of the directory that help with its challenge on the firm's side
 * (its home country's bodies for exporters) and in each country it targets (the market's bodies
 * for entrants, and bodies of a bloc the market belongs to).
 */
import { BUILTIN_CHALLENGE_CATEGORIES, type BuiltinChallengeCategory } from '../model/index.js';
import { institutionsForGap } from '../markets/institutions.js';
import { sourceText } from '../../shared/source-text.js';
import type { Bloc, Institution } from '../markets/reference.js';
import type { InstitutionAdvice, Recommendation } from './advice-types.js';
import type { FirmContext } from './types.js';

/** The reference data the advice draws on, and the day bloc membership is read on. */
export interface InstitutionDirectory {
  institutions: readonly Institution[];
  blocs: readonly Bloc[];
  day: string;
}

/** At most this many bodies per recommendation: the list is a pointer, the directory has the rest. */
export const MAX_INSTITUTIONS_PER_GAP = 6;

const isBuiltin = (c: string): c is BuiltinChallengeCategory => (BUILTIN_CHALLENGE_CATEGORIES as readonly string[]).includes(c);
const isCountry = (code: string) => /^[A-Z]{2}$/.test(code);

/**
 * The institutions for one challenge: the home side first, then each target country in the
 * firm's order, each body once (for the first market it was found for). The home side comes first
 * without sorting: institutionsForGap lists it first, and it is the same for every market, so it
 * is all found with the first one; later markets add only bodies of their own side.
 */
export function institutionsForChallenge(
  challenge: BuiltinChallengeCategory,
  firm: FirmContext,
  directory: InstitutionDirectory,
  family: Recommendation['sectorFamily'],
): InstitutionAdvice[] {
  const markets = [...new Set(firm.targetMarkets.filter(isCountry))];
  const found = new Map<string, InstitutionAdvice>();
  for (const market of markets.length === 0 ? [firm.countryOfOrigin] : markets) {
    const gap = { home: firm.countryOfOrigin, market, category: challenge, day: directory.day, ...(family === undefined ? {} : { sectorFamily: family }) };
    for (const { institution: i, serves, why } of institutionsForGap(directory.institutions, directory.blocs, gap)) {
      if (found.has(i.id)) continue;
      found.set(i.id, {
        id: i.id,
        name: i.name,
        abbreviation: i.abbreviation,
        country: i.country,
        market,
        serves,
        why,
        url: i.url,
        source: sourceText(i.source),
        asOf: i.asOf,
      });
    }
  }
  return [...found.values()].slice(0, MAX_INSTITUTIONS_PER_GAP);
}

/** The recommendations with `institutions` filled for those against a gap in institutional ties. */
export function withInstitutions(recommendations: readonly Recommendation[], firm: FirmContext, directory: InstitutionDirectory): Recommendation[] {
  return recommendations.map((r) =>
    r.networkType !== 'institutional' || !isBuiltin(r.challenge)
      ? r
      : { ...r, institutions: institutionsForChallenge(r.challenge, firm, directory, r.sectorFamily) },
  );
}
