/**
 * What the analysis of one case produces: the seeds' tables (thesis Tables 7–10, paper Figure 1 and
 * Table 1), the suggested utilization and its agreement with the recorded one, gaps, blind spots and
 * recommendations. Every cell keeps the ids of the evidence segments behind it.
 * `foothold analyze --json` prints a FirmAnalysis; reports are rendered from it.
 */
import type { BenefitKind, ChallengeLevel, EconomyClass, NetworkType, Pathway, SectorFamily, SourceKind, UtilizationLevel } from '../model/index.js';
import type { SizeClass } from '../model/derived.js';
import type { ActionPlan, FirmTieView, Recommendation, TieRef } from './advice-types.js';
import type { OriginChecklist } from './origin-checklist.js';

export type * from './advice-types.js';

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
  /** Ties whose source does not say whether they are still alive. */
  unknownStatusTies: number;
  /** Names of the actors at the far end of this type's ties, in case order, without repeats. */
  examples: string[];
  inUse: boolean;
  evidence: string[];
}
export interface NetworkTypes {
  main: { statement: string | undefined; evidence: string[] };
  byType: Record<NetworkType, NetworkTypeSummary>;
}

/**
 * How well a finding is triangulated: how many kinds of source (interview, document, website …) its
 * evidence comes from, and which, in the vocabulary's order. Words a document reports from an
 * interview or a key person count as an interview (src/core/evidence/triangulation.ts).
 */
export interface TriangulationCount {
  count: number;
  kinds: SourceKind[];
}

/** Thesis Table 9. */
export interface ChallengeRow {
  category: string;
  label: string;
  level: ChallengeLevel;
  /** Id of the market when the rating is for one market only. */
  market: string | undefined;
  /** That market's country code or region name, to name it in text. */
  marketPlace: string | undefined;
  description: string | undefined;
  evidence: string[];
  /** The kinds of source behind `evidence`. */
  triangulation: TriangulationCount;
}

export interface UtilizationCellView {
  level: UtilizationLevel;
  evidence: string[];
  /** The kinds of source behind `evidence`. */
  triangulation: TriangulationCount;
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
  /** The kinds of source behind the evidence of those records and ties together. */
  triangulation: TriangulationCount;
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
  /** The challenge in words: the vocabulary's label, or a user-defined category's. */
  label: string;
  challengeLevel: 'High' | 'Medium';
  networkType: NetworkType;
  /** The recorded utilization, or the suggested one when the analyst recorded none for the cell. */
  utilization: 'Not used' | 'Low';
  utilizationBasis: 'recorded' | 'suggested';
  /** Higher is worse: High × Not used first. */
  severity: number;
  /** Set on country_of_origin gaps of firms from emerging or developing economies. */
  countryOfOriginFlag: boolean;
  evidence: string[];
}

export interface BlindSpot {
  challenge: string;
  label: string;
  /** Network types whose ties could tell how this challenge stands (those the firm uses, else all). */
  networkTypesThatCouldTell: NetworkType[];
  /** What to find out, in plain words. */
  findOut: string;
  /** Whom in the firm's network to ask: its strongest live ties of those types, at most three. */
  ask: TieRef[];
  evidence: string[];
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
  /** The country-of-origin checklist of each market where the firm expects the effect (thesis §5.2). */
  originChecklists: OriginChecklist[];
  /** The top actions across gaps and blind spots, ranked and explained, then the rest by challenge. */
  actionPlan: ActionPlan;
}

/** What the recommender needs to know about the firm besides its gaps (matched against a rule's `when`). */
export interface FirmContext {
  firmId: string;
  countryOfOrigin: string;
  economyClass: EconomyClass | undefined;
  sizeClass: SizeClass | undefined;
  pathway: Pathway | undefined;
  /** As recorded, e.g. "pharmaceuticals"; with the product type, it places the firm in a sector family. */
  sector: string | undefined;
  productType: string | undefined;
  /** The family the case sets explicitly, if any. */
  sectorFamily: SectorFamily | undefined;
  /** The firm's live ties (from the firm or a key person) to actors: what advice can name. */
  ties: FirmTieView[];
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
