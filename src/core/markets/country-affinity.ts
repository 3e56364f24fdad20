/**
 * How close a candidate market is to where a firm comes from and where it already is, in the
 * measures trade research uses for distance: a language people share, a land border, the same
 * region, a bloc or regulatory zone in common, and a similar income level. Each measure is a value
 * in 0…1 with the sentence that explains it.
 */
import type { SectorFamily } from '../model/index.js';
import { sharedBlocs } from './blocs.js';
import type { Bloc, BlocKind, IncomeGroup, RecognitionDomain } from './reference.js';

/** What the ranking knows about one country. */
export interface CountryProfile {
  code: string;
  name: string;
  region: string;
  subregion: string | null;
  /** Alpha-2 codes of its land neighbours. */
  borders: readonly string[];
  /** Share of the population (0–1) speaking each language, by ISO 639 code. */
  speakers: Readonly<Record<string, number>>;
  incomeGroup: IncomeGroup | null;
}

export interface Measure {
  /** 0…1 (the experience measure of rank-markets.ts also goes below 0). */
  value: number;
  explanation: string;
}

const percent = (x: number) => `${Math.round(x * 100)} %`;

/**
 * The chance that a person of one country and a person of the other share a language (Melitz and
 * Toubal's common spoken language: Σ over languages of the two speaker shares' product, at most 1).
 */
export function commonLanguage(a: CountryProfile, b: CountryProfile, languageName: (code: string) => string): Measure {
  const shared = Object.keys(a.speakers)
    .filter((l) => b.speakers[l] !== undefined)
    .map((l) => ({ l, product: (a.speakers[l] ?? 0) * (b.speakers[l] ?? 0) }))
    .filter((x) => x.product > 0)
    .sort((x, y) => y.product - x.product || x.l.localeCompare(y.l));
  const value = Math.min(
    1,
    shared.reduce((sum, x) => sum + x.product, 0),
  );
  if (shared.length === 0 || value < 0.005) return { value: 0, explanation: `no language is widely spoken in both ${a.name} and ${b.name}` };
  const named = shared
    .slice(0, 2)
    .map((x) => `${languageName(x.l)} (${percent(a.speakers[x.l] ?? 0)} in ${a.code}, ${percent(b.speakers[x.l] ?? 0)} in ${b.code})`);
  return { value, explanation: `${percent(value)} chance two people share a language: ${named.join('; ')}` };
}

/** 1 for a land border with the home country, ½ for one with a market the firm is in, else 0. */
export function contiguity(home: CountryProfile, candidate: CountryProfile, present: ReadonlyMap<string, CountryProfile>): Measure {
  if (candidate.borders.includes(home.code)) return { value: 1, explanation: `shares a land border with ${home.name}` };
  const neighbours = [...present.values()].filter((p) => p.code !== candidate.code && candidate.borders.includes(p.code));
  if (neighbours.length > 0) {
    return { value: 0.5, explanation: `borders ${neighbours.map((p) => p.name).join(', ')}, where the firm already is` };
  }
  return { value: 0, explanation: `no land border with ${home.name} or a market the firm is in` };
}

/** 1 in the home country's subregion, ½ in its wider region, else 0 (world-countries' regions). */
export function sameRegion(home: CountryProfile, candidate: CountryProfile): Measure {
  if (home.subregion !== null && home.subregion === candidate.subregion) return { value: 1, explanation: `same subregion as ${home.name}: ${home.subregion}` };
  if (home.region === candidate.region) return { value: 0.5, explanation: `same region as ${home.name}: ${home.region}` };
  return { value: 0, explanation: `in ${candidate.subregion ?? candidate.region}, ${home.name} in ${home.subregion ?? home.region}` };
}

/** The recognitions that matter for a sector: what one approval there lets the firm sell elsewhere. */
const DOMAINS_BY_SECTOR: Record<SectorFamily, readonly RecognitionDomain[]> = {
  // Medicines and devices need their own approvals: free movement of goods does not cover them.
  life_sciences: ['medicines', 'medical_devices'],
  food_agriculture: ['goods'],
  manufacturing: ['goods'],
  software_it: ['services'],
  other_services: ['services', 'professional_qualifications'],
};

const RECOGNITION_WORDS: Record<RecognitionDomain, string> = {
  medicines: 'one registration of a medicine counts',
  medical_devices: 'one conformity assessment of a medical device counts',
  goods: 'goods lawfully sold in one member may be sold',
  services: 'services may be offered',
  professional_qualifications: 'professional qualifications are recognised',
};

/** How much a bloc in common helps, by how deep its integration goes. */
const KIND_DEPTH: Record<BlocKind, number> = {
  economic_union: 0.9,
  single_market: 0.9,
  // A regulatory zone whose recognition does not concern the firm's sector gives it nothing else.
  regulatory_zone: 0.2,
  customs_union: 0.8,
  free_trade_area: 0.6,
  regional_organization: 0.3,
};

/** How much one bloc in common is worth to a firm of this sector, and the recognition that makes it so. */
export function blocDepth(bloc: Bloc, sector: SectorFamily | undefined): { depth: number; recognition: string | null } {
  for (const domain of sector === undefined ? [] : DOMAINS_BY_SECTOR[sector]) {
    if (bloc.recognition.some((r) => r.domain === domain)) return { depth: 1, recognition: `${RECOGNITION_WORDS[domain]} across its members` };
  }
  return { depth: KIND_DEPTH[bloc.kind], recognition: null };
}

/**
 * The deepest bloc or regulatory zone the candidate shares with the home country (full value) or
 * with a market the firm is in (three quarters: the firm has a foot in it, not its home base).
 */
export function blocInCommon(
  home: CountryProfile,
  candidate: CountryProfile,
  present: ReadonlyMap<string, CountryProfile>,
  blocs: readonly Bloc[],
  sector: SectorFamily | undefined,
  day: string,
): Measure & { blocs: string[]; recognition: string | null } {
  let best: (Measure & { blocs: string[]; recognition: string | null }) | undefined;
  const consider = (partner: CountryProfile, share: number, words: string) => {
    for (const bloc of sharedBlocs(blocs, partner.code, candidate.code, day)) {
      const { depth, recognition } = blocDepth(bloc, sector);
      const value = depth * share;
      if (best !== undefined && best.value >= value) continue;
      const because = recognition === null ? '' : `: ${recognition}`;
      best = { value, blocs: [bloc.code], recognition, explanation: `${bloc.name} (${bloc.code}) with ${words}${because}` };
    }
  };
  consider(home, 1, `${home.name}, the home country`);
  for (const p of present.values()) if (p.code !== candidate.code && p.code !== home.code) consider(p, 0.75, `${p.name}, where the firm already is`);
  return best ?? { value: 0, blocs: [], recognition: null, explanation: `no bloc or regulatory zone in common with ${home.name} or a market the firm is in` };
}

const INCOME_RANK: Record<IncomeGroup, number> = { low: 0, lower_middle: 1, upper_middle: 2, high: 3 };
const INCOME_WORDS: Record<IncomeGroup, string> = { low: 'low', lower_middle: 'lower-middle', upper_middle: 'upper-middle', high: 'high' };

/** How many World Bank income groups lie between the two countries (positive: the candidate is richer). */
export function incomeStep(home: CountryProfile, candidate: CountryProfile): number | null {
  if (home.incomeGroup === null || candidate.incomeGroup === null) return null;
  return INCOME_RANK[candidate.incomeGroup] - INCOME_RANK[home.incomeGroup];
}

/** 1 for the same income group, less by a third for each group between them (demand looks alike where incomes do). */
export function incomeSimilarity(home: CountryProfile, candidate: CountryProfile): Measure {
  const step = incomeStep(home, candidate);
  if (step === null || home.incomeGroup === null || candidate.incomeGroup === null) {
    return { value: 0, explanation: `no World Bank income group for ${home.incomeGroup === null ? home.name : candidate.name}` };
  }
  const words = `${candidate.name} ${INCOME_WORDS[candidate.incomeGroup]} income, ${home.name} ${INCOME_WORDS[home.incomeGroup]}`;
  return { value: 1 - Math.abs(step) / 3, explanation: step === 0 ? `same income group (${INCOME_WORDS[home.incomeGroup]})` : words };
}
