/**
 * Loads the market reference data: trade blocs and regulatory zones, the institutions directory and
 * World Bank income groups (hand-kept under data/reference/, each with its source and date), and the
 * facts about countries that come from packages (world-countries, CLDR). Each is read and checked
 * once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { z } from 'zod';
import { zodProblems } from '../core/case-file/index.js';
import {
  blocFileSchema,
  incomeGroupFileSchema,
  institutionFileSchema,
  type BlocFile,
  type IncomeGroupFile,
  type InstitutionFile,
} from '../core/markets/reference.js';
import { ValidationError } from '../shared/errors.js';

const dataDir = new URL('../../data/', import.meta.url);
const require = createRequire(import.meta.url);

/** Reads data/`file` and checks it against `schema`; a broken file names itself and the field. */
function readReferenceFile<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')));
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, [], schema).map((p) => ({ ...p, file: `data/${file}` })));
  return parsed.data;
}

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

/** The fields of a world-countries entry Foothold reads. */
interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  region: string;
  subregion?: string;
  borders?: string[];
  latlng: [number, number];
  independent?: boolean | null;
}

interface TerritoryInfo {
  supplemental: {
    version: { _cldrVersion: string };
    territoryInfo: Record<string, { languagePopulation?: Record<string, { _populationPercent: string }> }>;
  };
}

/** What the ranking needs to know about a country, from packages kept up to date by others. */
export interface CountryFacts {
  code: string;
  /** ISO 3166-1 numeric code, as world maps key their shapes. */
  numeric: string;
  region: string;
  subregion: string | null;
  /** Alpha-2 codes of the countries it shares a land border with. */
  borders: string[];
  latlng: [number, number];
  /** Share of the population (0–1) speaking each language, by base language code (CLDR). */
  speakers: Record<string, number>;
}

let countryFacts: ReadonlyMap<string, CountryFacts> | undefined;
let cldrVersion = '';

/** Region, borders and speaker shares of every country, by alpha-2 code. */
export function countryFactsReference(): ReadonlyMap<string, CountryFacts> {
  if (countryFacts !== undefined) return countryFacts;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const territory = require('cldr-core/supplemental/territoryInfo.json') as TerritoryInfo;
  cldrVersion = territory.supplemental.version._cldrVersion;
  const alpha2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  const map = new Map<string, CountryFacts>();
  for (const c of world) {
    const speakers: Record<string, number> = {};
    for (const [tag, figure] of Object.entries(territory.supplemental.territoryInfo[c.cca2]?.languagePopulation ?? {})) {
      // "kk_Arab" and "kk" are both Kazakh: the script does not stop two people understanding each other.
      const language = tag.split('_')[0] ?? tag;
      speakers[language] = Math.min(1, (speakers[language] ?? 0) + Number(figure._populationPercent) / 100);
    }
    map.set(c.cca2, {
      code: c.cca2,
      numeric: c.ccn3,
      region: c.region,
      subregion: c.subregion === undefined || c.subregion === '' ? null : c.subregion,
      borders: (c.borders ?? []).flatMap((b) => alpha2.get(b) ?? []),
      latlng: c.latlng,
      speakers,
    });
  }
  countryFacts = map;
  return map;
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
