/**
 * The cohort view model: what an advisor sees of a portfolio of client firms at once (issue 13) —
 * the challenges its firms leave unmet, the gaps they share, the institutions they need most, and
 * how those figures moved between dated snapshots. Computed in core/cohort from each firm's
 * FirmAnalysis; served by GET /api/workspaces/W/cohort and printed by `foothold cohort`.
 */
import type { FirmAnalysis, Gap } from '../analysis/types.js';
import type { SizeClass } from '../model/derived.js';
import type { Firm, NetworkType } from '../model/index.js';

/** One firm of the cohort as core needs it: its firm record and its analysis. */
export interface CohortMember {
  firm: Pick<Firm, 'id' | 'name' | 'countryOfOrigin' | 'sector'>;
  analysis: Pick<FirmAnalysis, 'profile' | 'challenges' | 'gaps' | 'blindSpots' | 'recommendations'>;
}

/**
 * Why a firm counts as not yet rated: it has no challenge ratings at all, only Unknown ones, or
 * known levels only for single markets (gaps are read from firm-wide ratings, as the analysis does).
 */
export type NotRatedReason = 'no_ratings' | 'only_unknown' | 'only_per_market';

/** A firm of the cohort, with what the dashboard lists beside its name. */
export interface CohortFirm {
  firmId: string;
  name: string;
  countryOfOrigin: string;
  /** The English name of the country of origin. */
  countryName: string;
  sector: string | undefined;
  sizeClass: SizeClass | undefined;
  /** Rated: at least one challenge has a firm-wide level other than Unknown. */
  status: 'rated' | 'not_yet_rated';
  /** Set when status is not_yet_rated. */
  notRatedReason: NotRatedReason | undefined;
  /** Categories rated High or Medium for the firm as a whole. */
  obstacles: string[];
  /** Of those, the ones no network type is used against at more than Low (see UnmetChallenge). */
  unmetChallenges: string[];
  /** How many challenge × network-type gaps the analysis found. */
  gaps: number;
  /** Categories rated Unknown for the firm as a whole. */
  blindSpots: string[];
  /** Ids of the institutions advised to the firm. */
  institutions: string[];
}

/** A firm that leaves a challenge unmet, and how high it rates the challenge. */
export interface UnmetChallengeFirm {
  firmId: string;
  level: Gap['challengeLevel'];
}

/**
 * A challenge category left unmet by one or more firms: rated High or Medium firm-wide, and every
 * network type used against it Not at all or Low (recorded, else suggested) — that is, the
 * analysis found a gap for it in all four network types.
 */
export interface UnmetChallenge {
  category: string;
  /** The category in words: the thesis's wording, or the label of the first firm (in cohort order) that rates it an obstacle. */
  label: string;
  /** The firms leaving it unmet, High before Medium, then in cohort order. */
  firms: UnmetChallengeFirm[];
  /** Firms rating it High or Medium at all, whether or not a network type helps against it. */
  obstacleFirms: number;
  /** firms.length minus the count at trend.comparedWith; null when there is no earlier snapshot. */
  change: number | null;
}

/** A firm's side of a shared gap: how high it rates the challenge and how little the network type is used. */
export type SharedGapFirm = Pick<Gap, 'challengeLevel' | 'utilization' | 'utilizationBasis' | 'severity'> & { firmId: string };

/** One gap of the analysis (challenge × network type) with every firm of the cohort that has it. */
export interface SharedGap {
  challenge: string;
  label: string;
  networkType: NetworkType;
  /** Worst first (the gap's severity), then in cohort order. */
  firms: SharedGapFirm[];
  /** The highest severity among the firms: High × Not used is 4. */
  highestSeverity: number;
}

/** A firm an institution was advised to, for which challenges and in which of its markets. */
export interface NeededInstitutionFirm {
  firmId: string;
  challenges: string[];
  markets: string[];
}

/** An institution of the directory advised to one or more firms of the cohort (for gaps in institutional ties). */
export interface NeededInstitution {
  id: string;
  name: string;
  abbreviation: string | undefined;
  /** Where it is based (ISO alpha-2). */
  country: string;
  url: string | undefined;
  /** Every challenge it was advised for, in category order. */
  challenges: string[];
  firms: NeededInstitutionFirm[];
  /** firms.length minus the count at trend.comparedWith; null when there is no earlier snapshot. */
  change: number | null;
}

/** The figures a snapshot keeps: counts only, with the names to show them by when they are gone from the cohort. */
export interface CohortFigures {
  firms: number;
  rated: number;
  notYetRated: number;
  unmetChallenges: { category: string; label: string; firms: number }[];
  institutions: { id: string; name: string; firms: number }[];
}

/** The figures of a workspace's cohort on one day (YYYY-MM-DD). */
export interface CohortSnapshot {
  date: string;
  figures: CohortFigures;
}

/** A figure at one snapshot date and its change from the snapshot before (null at the first). */
export interface TrendPoint {
  date: string;
  value: number;
  change: number | null;
}

/** Every figure at every snapshot date, oldest first; a figure absent from a snapshot is 0 there. */
export interface CohortTrend {
  dates: string[];
  /** The snapshot the current figures' `change` is counted from: the latest one before today; null when there is none. */
  comparedWith: string | null;
  firms: TrendPoint[];
  rated: TrendPoint[];
  notYetRated: TrendPoint[];
  /** By the latest value, most firms first. */
  unmetChallenges: { category: string; label: string; points: TrendPoint[] }[];
  /** By the latest value, most firms first. */
  institutions: { id: string; name: string; points: TrendPoint[] }[];
}

/** The cohort dashboard of one workspace. */
export interface Cohort {
  workspaceId: string;
  /** The day the figures are for (YYYY-MM-DD). */
  asOf: string;
  counts: { firms: number; rated: number; notYetRated: number };
  /** Every firm of the workspace, by id: rated or not. */
  firms: CohortFirm[];
  /** Most firms first (then most rating it High); a category that no firm leaves unmet now is only in the trend. */
  unmetChallenges: UnmetChallenge[];
  /** Every gap any firm has; most firms first, then the worst. */
  sharedGaps: SharedGap[];
  /** Most firms first; an institution no firm needs now is only in the trend. */
  institutions: NeededInstitution[];
  trend: CohortTrend;
}
