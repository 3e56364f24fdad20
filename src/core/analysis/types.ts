/**
 * What the analysis of one case produces: the seeds' tables (thesis Tables 7–10, paper Figure 1 and
 * Table 1), the suggested utilization and its agreement with the recorded one, gaps, blind spots and
 * recommendations. Every cell keeps the ids of the evidence segments behind it.
 * `foothold analyze --json` prints a FirmAnalysis; reports are rendered from it.
 */
import type { BenefitKind, ChallengeLevel, EconomyClass, NetworkType, Pathway, UtilizationLevel } from '../model/index.js';
import type { SizeClass } from '../model/derived.js';

/** The rows of thesis Table 7, in its order. */
export const PROFILE_ROWS = [
  { key: 'country_of_origin', label: 'Country of origin' },
  { key: 'company_size', label: 'Company size' },
  { key: 'pathway', label: 'Type' },
  { key: 'market_experience', label: 'Market experience' },
  { key: 'product_type', label: 'Product type' },
  { key: 'international_experience', label: 'International experience' },
  { key: 'target_markets', label: 'Target countries to internationalize' },
  { key: 'key_people_education', label: 'Key people’s education' },
  { key: 'key_people_networking', label: 'Key people’s international experience and networking' },
] as const;
export type ProfileKey = (typeof PROFILE_ROWS)[number]['key'];

export interface ProfileRow {
  key: ProfileKey;
  label: string;
  /** The source's own words (a fact of that topic) when recorded, else a value derived from structured fields. */
  value: string | undefined;
  basis: 'stated' | 'derived' | 'missing';
  evidence: string[];
}

export interface Profile {
  firmId: string;
  name: string;
  rows: ProfileRow[];
  derived: { economyClass: EconomyClass | undefined; sizeClass: SizeClass | undefined; yearsActive: number | undefined };
}

/** Thesis Table 8: one row for the main networking types, then one per network type. */
export interface NetworkTypeSummary {
  networkType: NetworkType;
  /** The source's words for this network type (fact topic network_<type>), when recorded. */
  statement: string | undefined;
  ties: number;
  activeTies: number;
  /** Names of the actors at the far end of this type's ties, in case order, without repeats. */
  examples: string[];
  inUse: boolean;
  evidence: string[];
}
export interface NetworkTypes {
  main: { statement: string | undefined; evidence: string[] };
  byType: Record<NetworkType, NetworkTypeSummary>;
}

/** Thesis Table 9. */
export interface ChallengeRow {
  category: string;
  label: string;
  level: ChallengeLevel;
  market: string | undefined;
  description: string | undefined;
  evidence: string[];
}

export interface UtilizationCellView {
  level: UtilizationLevel;
  evidence: string[];
}
/** Thesis Table 10: challenge → network type → level, only the cells recorded. */
export type UtilizationMatrix = Record<string, Partial<Record<NetworkType, UtilizationCellView>>>;

export interface SuggestedCell {
  level: UtilizationLevel;
  /** Ties of this network type tagged as helping with this challenge. */
  ties: string[];
  meanStrength: number | undefined;
}
/** Computed from ties' helpedWith: every rated challenge × every network type. */
export type SuggestedMatrix = Record<string, Record<NetworkType, SuggestedCell>>;

export interface AgreementCell {
  challenge: string;
  networkType: NetworkType;
  recorded: UtilizationLevel;
  suggested: UtilizationLevel;
  /** 0 when equal; otherwise the number of steps apart on Not used < Low < Moderate < High. */
  distance: number;
}
export interface Agreement {
  cells: AgreementCell[];
  /** Cells compared: those recorded by the analyst. */
  n: number;
  percentAgreement: number | undefined;
  /** Cohen's kappa with linear weights over the four ordered levels; undefined when it cannot be computed. */
  weightedKappa: number | undefined;
}

/** Paper Figure 1: benefit × network type, with the records behind each cell. */
export interface BenefitCell {
  count: number;
  /** Ids of benefit records and of ties whose helpedWith names the benefit. */
  from: string[];
}
export type BenefitMatrix = Record<BenefitKind, Record<NetworkType, BenefitCell>>;

/** Paper Table 1, one row per platform, snapshots oldest first. */
export interface PlatformPresence {
  platform: string;
  snapshots: {
    id: string;
    date: string | undefined;
    followers: number | null;
    posts: number | undefined;
    postsPeriod: string | undefined;
    audiences: string[];
    contentTypes: string[];
    evidence: string[];
  }[];
  /** Between the oldest and newest dated snapshots with follower counts, when there are two. */
  growth: { from: string; to: string; followers: number; percent: number | undefined } | undefined;
}

export interface Gap {
  challenge: string;
  challengeLevel: 'High' | 'Medium';
  networkType: NetworkType;
  /** The recorded utilization, or the suggested one when the analyst recorded none for the cell. */
  utilization: 'Not used' | 'Low';
  utilizationBasis: 'recorded' | 'suggested';
  /** Higher is worse: High × Not used first. */
  severity: number;
  /** Set on country_of_origin gaps of firms from emerging economies. */
  countryOfOriginFlag: boolean;
  evidence: string[];
}

export interface BlindSpot {
  challenge: string;
  label: string;
  /** Network types whose ties could tell how this challenge stands (those the firm uses, else all). */
  networkTypesThatCouldTell: NetworkType[];
  evidence: string[];
}

export interface Citation {
  /** As the seed cites it, e.g. "Musteen et al. (2014)". */
  work: string;
  /** Which seed cites it: the seed's file name. */
  seed: string;
  /** Where in the seed: section, page or table. */
  location: string;
}

export interface Recommendation {
  ruleId: string;
  challenge: string;
  networkType: NetworkType;
  title: string;
  rationale: string;
  actions: string[];
  citations: Citation[];
  /** Why the rule applies here: the gap and the context conditions it matched. */
  because: string[];
  /** The gap's severity, so the list can be read top-down. */
  severity: number;
}

export interface FirmAnalysis {
  firmId: string;
  profile: Profile;
  networkTypes: NetworkTypes;
  challenges: ChallengeRow[];
  utilization: UtilizationMatrix;
  suggestedUtilization: SuggestedMatrix;
  agreement: Agreement;
  benefits: BenefitMatrix;
  digitalPresence: PlatformPresence[];
  gaps: Gap[];
  blindSpots: BlindSpot[];
  recommendations: Recommendation[];
}

/** What the recommender needs to know about the firm besides its gaps (matched against a rule's `when`). */
export interface FirmContext {
  firmId: string;
  countryOfOrigin: string;
  economyClass: EconomyClass | undefined;
  sizeClass: SizeClass | undefined;
  pathway: Pathway | undefined;
  /** As recorded, e.g. "pharmaceuticals"; the recommender decides what counts as a regulated sector. */
  sector: string | undefined;
  yearsActive: number | undefined;
  /** Country codes or region names of markets with status target or exploring, in case order. */
  targetMarkets: string[];
}

/**
 * What the analysis needs from outside the case: reference data, names, "now" (core has no clock),
 * and optionally the recommender (a separate module); without it, recommendations are empty.
 */
export interface AnalysisContext {
  economyClasses: ReadonlyMap<string, EconomyClass>;
  /** Display name of an ISO 3166-1 alpha-2 code, e.g. "FI" → "Finland". */
  countryName(code: string): string;
  asOfYear: number;
  recommend?: (gaps: Gap[], firm: FirmContext) => Recommendation[];
}

/** One row of a cross-case table: one value per firm, in the order of CrossCaseComparison.firms. */
export interface ComparisonRow<V extends string = string> {
  key: string;
  label: string;
  /** undefined where the firm has no value (not recorded, nothing to derive it from). */
  values: (V | undefined)[];
  /** True when the firms' values are not all equal; a missing value counts as a value of its own. */
  differs: boolean;
}
export interface UtilizationComparisonRow extends ComparisonRow<UtilizationLevel> {
  challenge: string;
  networkType: NetworkType;
}
/** Thesis Tables 7–10 side by side for any number of firms. */
export interface CrossCaseComparison {
  firms: { firmId: string; name: string }[];
  /** Table 7: the profile rows. */
  profile: ComparisonRow[];
  /** Table 8: main networking types, then one row per network type (the statement, else the ties found). */
  networkTypes: ComparisonRow[];
  /** Table 9: firm-wide ratings of every category that at least one firm rated. */
  challenges: ComparisonRow<ChallengeLevel>[];
  /** Table 10: recorded utilization, every challenge that at least one firm recorded × the four network types. */
  utilization: UtilizationComparisonRow[];
}
