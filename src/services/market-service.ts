/**
 * Use cases of the market reference data: a firm's market ranking, the blocs and the institutions
 * directory, each with the sources and dates of the figures behind it.
 */
import languages from 'iso-639-1';
import { sectorFamilyOf } from '../core/analysis/recommend.js';
import type { CountryProfile } from '../core/markets/country-affinity.js';
import { rankMarkets, type MarketRanking, type RankingWeights } from '../core/markets/rank-markets.js';
import type { IncomeGroup } from '../core/markets/reference.js';
import { countryCodeSchema } from '../core/model/index.js';
import { InputError } from '../shared/errors.js';
import type { CaseStore } from '../store/types.js';
import { exportCase } from './case-service.js';
import { blocReference, countryFactsReference, countryFactsSources, incomeGroupReference } from './market-reference.js';
import { countryName, knowledgeBaseData } from './reference-data.js';

/** Every country the ranking can rank: world-countries and CLDR facts with its World Bank income group. */
export function buildCountryProfiles(): Map<string, CountryProfile> {
  const income = new Map<string, IncomeGroup>();
  for (const [group, codes] of Object.entries(incomeGroupReference().groups) as [IncomeGroup, string[]][]) for (const code of codes) income.set(code, group);
  const map = new Map<string, CountryProfile>();
  for (const [code, facts] of countryFactsReference()) {
    // Only codes the rest of Foothold accepts (i18n-iso-countries' list, which has Kosovo's user-assigned XK).
    if (!countryCodeSchema.safeParse(code).success) continue;
    map.set(code, { ...facts, name: countryName(code), incomeGroup: income.get(code) ?? null });
  }
  return map;
}

let profiles: ReadonlyMap<string, CountryProfile> | undefined;

/** buildCountryProfiles, built once. */
export function countryProfiles(): ReadonlyMap<string, CountryProfile> {
  profiles ??= buildCountryProfiles();
  return profiles;
}

/** The English name of an ISO 639 language code ("ru" → "Russian"); the code itself when it has none. */
export function languageNameOf(code: string): string {
  return languages.getName(code) || code;
}

/** Where each kind of figure in a ranking comes from, with its version or date. */
export interface RankingSources {
  countries: string;
  speakers: string;
  incomeGroups: string;
  blocs: string;
}

export function rankingSources(): RankingSources {
  const income = incomeGroupReference();
  const blocs = blocReference();
  return {
    ...countryFactsSources(),
    incomeGroups: `World Bank income groups ${income.fiscalYear}, recorded ${income.recordedOn} (data/reference/income-groups.json)`,
    blocs: `${blocs.blocs.length} trade blocs and regulatory zones, recorded ${blocs.recordedOn} (data/reference/blocs.json)`,
  };
}

export interface RankingRequest {
  candidates?: readonly string[];
  weights?: Partial<RankingWeights>;
  asOf: Date;
}

export type FirmMarketRanking = MarketRanking & { firmName: string; day: string; sources: RankingSources };

/**
 * Ranks candidate markets for a stored firm (every country but its home when no candidates are given).
 *
 * @throws NotFoundError for a firm the workspace does not have; InputError for a candidate that is
 *   not an ISO 3166-1 alpha-2 code, or for bad weights.
 */
export async function firmMarketRanking(store: CaseStore, workspaceId: string, firmId: string, request: RankingRequest): Promise<FirmMarketRanking> {
  for (const [i, code] of (request.candidates ?? []).entries()) {
    if (!countryCodeSchema.safeParse(code).success) {
      throw new InputError(`candidate "${code}" is not an ISO 3166-1 alpha-2 country code (expected two capital letters such as "KZ")`, `/candidates/${i}`);
    }
  }
  const caseFile = await exportCase(store, workspaceId, firmId);
  const day = request.asOf.toISOString().slice(0, 10);
  const ranking = rankMarkets({
    caseFile,
    countries: countryProfiles(),
    blocs: blocReference().blocs,
    day,
    sectorFamily: sectorFamilyOf(
      { sector: caseFile.firm.sector, productType: caseFile.firm.productType, sectorFamily: caseFile.firm.sectorFamily },
      knowledgeBaseData(),
    ),
    languageName: languageNameOf,
    ...(request.candidates === undefined ? {} : { candidates: request.candidates }),
    ...(request.weights === undefined ? {} : { weights: request.weights }),
  });
  return { ...ranking, firmName: caseFile.firm.name, day, sources: rankingSources() };
}
