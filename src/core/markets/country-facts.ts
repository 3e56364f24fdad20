/**
 * Country facts from the data packages Foothold reads (world-countries, Unicode CLDR), in the shape
 * the ranking needs: region, subregion, land borders by alpha-2 code, and speaker shares by base
 * language. Pure: the service hands in the packages' JSON.
 */

/** The fields of a world-countries entry Foothold reads. */
export interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  region: string;
  subregion?: string;
  borders?: string[];
  latlng: [number, number];
}

/** CLDR's territoryInfo: per territory, the share of its population (in percent, as text) speaking each language. */
export type TerritoryInfo = Record<string, { languagePopulation?: Record<string, { _populationPercent: string }> } | undefined>;

export interface CountryFacts {
  code: string;
  /** ISO 3166-1 numeric code, as world maps key their shapes. */
  numeric: string;
  region: string;
  subregion: string | null;
  /** Alpha-2 codes of the countries it shares a land border with. */
  borders: string[];
  latlng: [number, number];
  /** Share of the population (0–1) speaking each language, by base language code. */
  speakers: Record<string, number>;
}

/** The facts of every country of `world`, by alpha-2 code; a border with a code `world` lacks is left out. */
export function countryFactsFrom(world: readonly WorldCountry[], territories: TerritoryInfo): Map<string, CountryFacts> {
  const alpha2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  const map = new Map<string, CountryFacts>();
  for (const c of world) {
    const speakers: Record<string, number> = {};
    for (const [tag, figure] of Object.entries(territories[c.cca2]?.languagePopulation ?? {})) {
      // "kk_Arab" and "kk" are both Kazakh: the script does not stop two people understanding each other.
      const language = tag.split('_')[0]!;
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
  return map;
}
