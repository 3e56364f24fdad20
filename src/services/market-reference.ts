/**
 * Loads the market reference data: trade blocs and regulatory zones, the institutions directory and
 * World Bank income groups (hand-kept under data/reference/, each with its source and date), and the
 * facts about countries that come from packages (world-countries, CLDR). Each is read and checked
 * once, on first use.
 */
import { createRequire } from 'node:module';
import {
  blocFileSchema,
  incomeGroupFileSchema,
  institutionFileSchema,
  type BlocFile,
  type IncomeGroupFile,
  type InstitutionFile,
} from '../core/markets/reference.js';
import { countryFactsFrom, type CountryFacts, type TerritoryInfo, type WorldCountry } from '../core/markets/country-facts.js';
import { readReferenceFile } from './reference-file.js';

const require = createRequire(import.meta.url);

let blocs: BlocFile | undefined;
/** data/reference/blocs.json: trade blocs and regulatory zones with their members and dates. */
export function blocReference(): BlocFile {
  blocs ??= readReferenceFile('reference/blocs.json', blocFileSchema);
  return blocs;
}

let institutions: InstitutionFile | undefined;
/** data/reference/institutions.json: trade-promotion bodies, chambers, regulators … per country. */
export function institutionReference(): InstitutionFile {
  institutions ??= readReferenceFile('reference/institutions.json', institutionFileSchema);
  return institutions;
}

let incomeGroups: IncomeGroupFile | undefined;
/** data/reference/income-groups.json: the World Bank's income group of each economy. */
export function incomeGroupReference(): IncomeGroupFile {
  incomeGroups ??= readReferenceFile('reference/income-groups.json', incomeGroupFileSchema);
  return incomeGroups;
}

interface CldrTerritoryInfo {
  supplemental: { version: { _cldrVersion: string }; territoryInfo: TerritoryInfo };
}

let countryFacts: ReadonlyMap<string, CountryFacts> | undefined;
let cldrVersion = '';

/** Region, borders and speaker shares of every country, by alpha-2 code. */
export function countryFactsReference(): ReadonlyMap<string, CountryFacts> {
  if (countryFacts !== undefined) return countryFacts;
  const territory = require('cldr-core/supplemental/territoryInfo.json') as CldrTerritoryInfo;
  cldrVersion = territory.supplemental.version._cldrVersion;
  countryFacts = countryFactsFrom(require('world-countries/countries.json') as WorldCountry[], territory.supplemental.territoryInfo);
  return countryFacts;
}

/** Where the country facts come from, with versions, for the README and the ranking's explanations. */
export function countryFactsSources(): { countries: string; speakers: string } {
  countryFactsReference();
  const worldVersion = (require('world-countries/package.json') as { version: string }).version;
  return {
    countries: `world-countries ${worldVersion} (mledoze/countries, ODbL): region, subregion, land borders`,
    speakers: `Unicode CLDR ${cldrVersion} territoryInfo (cldr-core): share of each country's population speaking each language`,
  };
}
