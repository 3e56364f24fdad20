/**
 * Finding institutions in the directory (data/reference/institutions.json): by country, challenge
 * and kind, and — for a firm's gap — the bodies on either side of its move abroad that could help.
 */
import type { BuiltinChallengeCategory } from '../../shared/challenge-categories.js';
import type { SectorFamily } from '../model/index.js';
import { blocsOf } from './blocs.js';
import type { Bloc, Institution, InstitutionKind } from './reference.js';

export interface InstitutionFilter {
  /** ISO alpha-2 code of the country where the body is based. */
  country?: string;
  /** A challenge category the body helps with. */
  helps?: BuiltinChallengeCategory;
  kind?: InstitutionKind;
}

const byCountryThenName = (a: Institution, b: Institution) =>
  a.country.localeCompare(b.country) || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/** The institutions that match every filter given, sorted by country and then by name. */
export function findInstitutions(directory: readonly Institution[], filter: InstitutionFilter = {}): Institution[] {
  return directory
    .filter(
      (i) =>
        (filter.country === undefined || i.country === filter.country) &&
        (filter.helps === undefined || i.helps.includes(filter.helps)) &&
        (filter.kind === undefined || i.kind === filter.kind),
    )
    .sort(byCountryThenName);
}

/** A firm's move abroad and the challenge it meets there. */
export interface InstitutionGap {
  /** ISO alpha-2 code of the firm's own country. */
  home: string;
  /** ISO alpha-2 code of the market it enters. */
  market: string;
  category: BuiltinChallengeCategory;
  /** The firm's sector family; absent: every body counts, whatever sectors it serves. */
  sectorFamily?: SectorFamily;
  /** The day bloc membership is read on, YYYY-MM-DD. */
  day: string;
}

export interface InstitutionForGap {
  institution: Institution;
  /**
   * Which side of the move it serves: the firm's own country (`home`), the market (`market`), or
   * `both` when it serves each — a bloc body whose bloc holds both countries, or home = market.
   */
  serves: 'home' | 'market' | 'both';
  /** Ids of the blocs through which it matched; empty for a national body. */
  viaBlocs: string[];
  /** One line saying why it is listed, e.g. "Sri Lanka’s trade-promotion body, helping its firms abroad". */
  why: string;
}

const KIND_LABELS: Record<InstitutionKind, string> = {
  trade_promotion: 'trade-promotion body',
  chamber: 'chamber of commerce',
  enterprise_network: 'enterprise support network',
  export_credit_agency: 'export credit agency',
  development_finance: 'development finance body',
  regulator: 'regulator',
  ministry: 'ministry',
  government_agency: 'government agency',
  investment_promotion: 'investment promotion agency',
  standards_body: 'standards body',
  event: 'event',
  association: 'industry association',
};

// Intl ships with Node's full ICU: country names without loading a package or a file.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const countryName = (code: string) => regionNames.of(code) ?? code;
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

const helpsExporters = (i: Institution) => i.audience !== 'entrants';
const helpsEntrants = (i: Institution) => i.audience !== 'exporters';
const servesSector = (i: Institution, sector: SectorFamily | undefined) => sector === undefined || i.sectors === undefined || i.sectors.includes(sector);

const SIDE_ORDER = { home: 0, both: 1, market: 2 } as const;

/**
 * The institutions that could help a firm from `home` with challenge `category` in `market`: its
 * own country's bodies for exporters, the market's bodies for entrants, and bodies that act for a
 * bloc one of the two belongs to on `day`, each on the side its audience serves. A body that acts
 * for a bloc is matched through its bloc only: the country it is seated in is not its market (the
 * EMA in Amsterdam serves the whole EU). Bodies for other sectors are left out. Sorted with the
 * firm's own side first, then bodies serving both sides, then the market's, each by name.
 */
export function institutionsForGap(directory: readonly Institution[], blocs: readonly Bloc[], gap: InstitutionGap): InstitutionForGap[] {
  const homeBlocs = blocsOf(blocs, gap.home, gap.day);
  const marketBlocs = blocsOf(blocs, gap.market, gap.day);
  const homeName = countryName(gap.home);
  const marketName = countryName(gap.market);
  const found: InstitutionForGap[] = [];
  for (const institution of directory) {
    if (!institution.helps.includes(gap.category) || !servesSector(institution, gap.sectorFamily)) continue;
    const kind = KIND_LABELS[institution.kind];
    const reasons: string[] = [];
    const viaBlocs: string[] = [];
    let home = false;
    let market = false;
    if (institution.blocs === undefined) {
      if (institution.country === gap.home && helpsExporters(institution)) {
        home = true;
        reasons.push(`${possessive(homeName)} ${kind}, helping its firms abroad`);
      }
      if (institution.country === gap.market && helpsEntrants(institution)) {
        market = true;
        reasons.push(`${possessive(marketName)} ${kind}, for firms entering ${marketName}`);
      }
    } else {
      const acting = new Set(institution.blocs);
      const homeVia = helpsExporters(institution) ? homeBlocs.filter((b) => acting.has(b.id)) : [];
      const marketVia = helpsEntrants(institution) ? marketBlocs.filter((b) => acting.has(b.id)) : [];
      if (homeVia.length > 0) {
        home = true;
        reasons.push(`${kind} for ${possessive(homeName)} bloc ${homeVia.map((b) => b.code).join(', ')}, helping its firms abroad`);
      }
      if (marketVia.length > 0) {
        market = true;
        reasons.push(`${kind} for ${possessive(marketName)} bloc ${marketVia.map((b) => b.code).join(', ')}, for firms entering ${marketName}`);
      }
      for (const b of [...homeVia, ...marketVia]) if (!viaBlocs.includes(b.id)) viaBlocs.push(b.id);
    }
    if (!home && !market) continue;
    const serves = home && market ? 'both' : home ? 'home' : 'market';
    found.push({ institution, serves, viaBlocs, why: reasons.join('; ') });
  }
  return found.sort(
    (a, b) =>
      SIDE_ORDER[a.serves] - SIDE_ORDER[b.serves] ||
      a.institution.name.localeCompare(b.institution.name, 'en') ||
      a.institution.id.localeCompare(b.institution.id),
  );
}
