/**
 * Five made-up firms, one per sector family, written for tests (not taken from the seeds): each rates
 * every thesis challenge, leaves one unknown, records little network use, and has a few ties of its
 * own — so the knowledge base's advice for it can be checked for wording and for naming its ties.
 */
import type { CaseFile } from '../core/case-file/index.js';
import type { SectorFamily } from '../core/model/index.js';
import { parseCaseOrThrow } from './samples.js';

interface TieSpec {
  id: string;
  name: string;
  networkType: 'social' | 'business' | 'institutional' | 'digital';
  kind?: 'person' | 'organization' | 'platform';
  organizationType?: string;
  platformType?: string;
  roles?: string[];
  countries?: string[];
}

interface SectorFirm {
  id: string;
  name: string;
  country: string;
  sector: string;
  sectorFamily?: SectorFamily;
  ties: TieSpec[];
  /** The challenge left unrated (a blind spot). */
  unknown: string;
}

const LEVELS: Record<string, 'High' | 'Medium'> = {
  regulatory_institutional: 'High',
  financial_resource: 'High',
  knowledge_experience: 'Medium',
  market_specific: 'High',
  cultural_communication: 'Medium',
  technological_digital: 'Medium',
  country_of_origin: 'High',
};

export const SECTOR_FIRMS: Record<SectorFamily, SectorFirm> = {
  food_agriculture: {
    id: 'nyeri-highlands-tea',
    name: 'Nyeri Highlands Tea',
    country: 'KE',
    sector: 'Tea processing and export',
    unknown: 'cultural_communication',
    ties: [
      { id: 'tie-chamber', name: 'Nyeri County Chamber of Commerce', networkType: 'institutional', organizationType: 'chamber', countries: ['KE'] },
      { id: 'tie-fair', name: 'East Africa Agri Trade Fair', networkType: 'business', organizationType: 'event', countries: ['KE'] },
      { id: 'tie-cousin', name: 'A cousin trading in Dubai', networkType: 'social', kind: 'person', countries: ['AE'] },
    ],
  },
  software_it: {
    id: 'kodu-labs',
    name: 'Kodu Labs',
    country: 'EE',
    sector: 'SaaS for freight forwarders',
    unknown: 'market_specific',
    ties: [
      { id: 'tie-accelerator', name: 'Baltic Startup Accelerator', networkType: 'institutional', organizationType: 'financing_programme', countries: ['EE'] },
      { id: 'tie-group', name: 'Freight Tech LinkedIn group', networkType: 'digital', kind: 'platform', platformType: 'online_group' },
    ],
  },
  manufacturing: {
    id: 'hoa-binh-furniture',
    name: 'Hoa Binh Furniture',
    country: 'VN',
    sector: 'Furniture manufacturing',
    unknown: 'technological_digital',
    ties: [
      { id: 'tie-distributor', name: 'Nordic Home Imports', networkType: 'business', organizationType: 'company', roles: ['distributor'], countries: ['SE'] },
      { id: 'tie-association', name: 'Binh Duong Wood Association', networkType: 'institutional', organizationType: 'association', countries: ['VN'] },
    ],
  },
  life_sciences: {
    id: 'vistula-diagnostics',
    name: 'Vistula Diagnostics',
    country: 'PL',
    sector: 'Biotech diagnostics',
    unknown: 'country_of_origin',
    ties: [
      { id: 'tie-university', name: 'Warsaw Medical University', networkType: 'institutional', organizationType: 'university', countries: ['PL'] },
      { id: 'tie-alumnus', name: 'A former colleague in Munich', networkType: 'social', kind: 'person', countries: ['DE'] },
    ],
  },
  other_services: {
    id: 'andes-trails',
    name: 'Andes Trails',
    country: 'PE',
    sector: 'Adventure tourism services',
    sectorFamily: 'other_services',
    unknown: 'financial_resource',
    ties: [
      {
        id: 'tie-promperu',
        name: 'Regional tourism promotion office',
        networkType: 'institutional',
        organizationType: 'trade_promotion_body',
        countries: ['PE'],
      },
      { id: 'tie-site', name: 'Andes Trails website', networkType: 'digital', kind: 'platform', platformType: 'website' },
    ],
  },
};

/** The firm's case: every challenge rated (one Unknown), no network type recorded as helping. */
export function sectorFirmCase(family: SectorFamily): CaseFile {
  const f = SECTOR_FIRMS[family];
  const actors = f.ties.map((t) => ({
    id: `a-${t.id}`,
    name: t.name,
    kind: t.kind ?? 'organization',
    ...(t.organizationType === undefined ? {} : { organizationType: t.organizationType }),
    ...(t.platformType === undefined ? {} : { platformType: t.platformType }),
    ...(t.roles === undefined ? {} : { roles: t.roles }),
    ...(t.countries === undefined ? {} : { countries: t.countries }),
  }));
  const ties = f.ties.map((t) => ({ id: t.id, from: f.id, to: `a-${t.id}`, networkType: t.networkType, status: 'active' }));
  const challengeRatings = Object.entries(LEVELS).map(([category, level]) => ({
    id: `r-${category}`,
    category,
    level: category === f.unknown ? 'Unknown' : level,
  }));
  const utilization = Object.keys(LEVELS)
    .filter((c) => c !== 'country_of_origin')
    .flatMap((challenge) =>
      ['social', 'business', 'institutional', 'digital'].map((networkType) => ({
        id: `u-${challenge}-${networkType}`,
        challenge,
        networkType,
        level: 'Not used',
      })),
    );
  return parseCaseOrThrow(
    JSON.stringify({
      format: 'foothold.case/2',
      firm: {
        id: f.id,
        name: f.name,
        countryOfOrigin: f.country,
        sector: f.sector,
        ...(f.sectorFamily === undefined ? {} : { sectorFamily: f.sectorFamily }),
        employees: { value: 24 },
      },
      actors,
      ties,
      markets: [{ id: 'm-target', country: 'DE', status: 'target' }],
      challengeRatings,
      utilization,
    }),
  );
}
