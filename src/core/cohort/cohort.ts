/**
 * The cohort of a workspace from its firms' analyses: which challenges its firms leave unmet, which
 * gaps they share, which institutions they need, and how that moved since the last snapshot.
 *
 * Keys, and why:
 * - A challenge is keyed by its category id (built-in or the case's own). Firms that define a
 *   category of their own with the same id are taken to mean the same thing; the label shown is the
 *   first firm's that rates it an obstacle.
 * - "Unmet" is read off the analysis's gaps (core/analysis/gaps.ts), not decided again here: a
 *   challenge is unmet for a firm when the analysis found a gap for it in every network type — rated
 *   High or Medium firm-wide and no network type used against it at more than Low (the recorded
 *   level, else the one the ties suggest). A challenge with a gap in one network type only is still
 *   met by the others; it shows among the shared gaps instead.
 * - A shared gap is keyed as the analysis keys a gap: challenge × network type.
 * - An institution is keyed by its id in the institutions directory: the analysis names it in the
 *   recommendations against gaps in institutional ties (Recommendation.institutions). A firm counts
 *   once per institution, however many of its recommendations name it.
 * - Firms with no firm-wide level other than Unknown have no gaps to count: they are listed as not
 *   yet rated and counted apart, never dropped.
 */
import { BUILTIN_CHALLENGE_CATEGORIES, NETWORK_TYPES, type NetworkType } from '../model/index.js';
import type { ChallengeRow } from '../analysis/types.js';
import { comparedSnapshot, figuresOf, institutionAt, trendOf, unmetAt } from './trend.js';
import type {
  Cohort,
  CohortFigures,
  CohortFirm,
  CohortMember,
  CohortSnapshot,
  NeededInstitution,
  NeededInstitutionFirm,
  NotRatedReason,
  SharedGap,
  UnmetChallenge,
} from './types.js';

/** What the cohort needs besides the firms: the workspace, the day (core has no clock) and country names. */
export interface CohortContext {
  workspaceId: string;
  /** YYYY-MM-DD. */
  today: string;
  countryName(code: string): string;
}

/** The first firm-wide row of each category, in the analysis's table order (the rating the analysis reads). */
function firmWideRows(challenges: readonly ChallengeRow[]): ChallengeRow[] {
  const first = new Map<string, ChallengeRow>();
  for (const r of challenges) if (r.market === undefined && !first.has(r.category)) first.set(r.category, r);
  return [...first.values()];
}

function notRatedReason(challenges: readonly ChallengeRow[]): NotRatedReason {
  if (challenges.length === 0) return 'no_ratings';
  return challenges.some((r) => r.market !== undefined && r.level !== 'Unknown') ? 'only_per_market' : 'only_unknown';
}

/** The categories whose gaps cover every network type. */
function unmetCategories(member: CohortMember): Set<string> {
  const types = new Map<string, Set<NetworkType>>();
  for (const gap of member.analysis.gaps) {
    const set = types.get(gap.challenge) ?? new Set<NetworkType>();
    set.add(gap.networkType);
    types.set(gap.challenge, set);
  }
  return new Set([...types].filter(([, set]) => set.size === NETWORK_TYPES.length).map(([category]) => category));
}

function cohortFirm(member: CohortMember, countryName: (code: string) => string): CohortFirm {
  const { firm, analysis } = member;
  const firmWide = firmWideRows(analysis.challenges);
  const rated = firmWide.some((r) => r.level !== 'Unknown');
  const obstacles = firmWide.filter((r) => r.level === 'High' || r.level === 'Medium').map((r) => r.category);
  const unmet = unmetCategories(member);
  return {
    firmId: firm.id,
    name: firm.name,
    countryOfOrigin: firm.countryOfOrigin,
    countryName: countryName(firm.countryOfOrigin),
    sector: firm.sector,
    sizeClass: analysis.profile.derived.sizeClass,
    status: rated ? 'rated' : 'not_yet_rated',
    notRatedReason: rated ? undefined : notRatedReason(analysis.challenges),
    obstacles,
    unmetChallenges: obstacles.filter((c) => unmet.has(c)),
    gaps: analysis.gaps.length,
    blindSpots: analysis.blindSpots.map((b) => b.challenge),
    institutions: [...new Set(analysis.recommendations.flatMap((r) => r.institutions.map((i) => i.id)))],
  };
}

/** Built-in categories in the thesis's order, then the others in the order the cohort first shows them. */
function categoryRanker(members: readonly CohortMember[]): (category: string) => number {
  const rank = new Map<string, number>(BUILTIN_CHALLENGE_CATEGORIES.map((c, i) => [c, i]));
  for (const m of members) for (const r of m.analysis.challenges) if (!rank.has(r.category)) rank.set(r.category, rank.size);
  return (category) => rank.get(category) ?? rank.size;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unmetChallengesOf(members: readonly CohortMember[], firms: readonly CohortFirm[], rank: (c: string) => number): Omit<UnmetChallenge, 'change'>[] {
  const rows = new Map<string, Omit<UnmetChallenge, 'change'>>();
  members.forEach((member, i) => {
    const firm = firms[i]!;
    const unmet = new Set(firm.unmetChallenges);
    for (const r of firmWideRows(member.analysis.challenges)) {
      if (r.level !== 'High' && r.level !== 'Medium') continue;
      const row = rows.get(r.category) ?? { category: r.category, label: r.label, firms: [], obstacleFirms: 0 };
      rows.set(r.category, row);
      row.obstacleFirms++;
      if (unmet.has(r.category)) row.firms.push({ firmId: firm.firmId, level: r.level });
    }
  });
  const high = (row: Omit<UnmetChallenge, 'change'>) => row.firms.filter((f) => f.level === 'High').length;
  return [...rows.values()]
    .filter((row) => row.firms.length > 0)
    .map((row) => ({ ...row, firms: [...row.firms].sort((a, b) => (a.level === b.level ? 0 : a.level === 'High' ? -1 : 1)) }))
    .sort((a, b) => b.firms.length - a.firms.length || high(b) - high(a) || rank(a.category) - rank(b.category));
}

function sharedGapsOf(members: readonly CohortMember[], rank: (c: string) => number): SharedGap[] {
  const groups = new Map<string, SharedGap>();
  for (const { firm, analysis } of members) {
    for (const gap of analysis.gaps) {
      const key = `${gap.challenge}\u0000${gap.networkType}`;
      const group = groups.get(key) ?? { challenge: gap.challenge, label: gap.label, networkType: gap.networkType, firms: [], highestSeverity: 0 };
      groups.set(key, group);
      const { challengeLevel, utilization, utilizationBasis, severity } = gap;
      group.firms.push({ firmId: firm.id, challengeLevel, utilization, utilizationBasis, severity });
      group.highestSeverity = Math.max(group.highestSeverity, severity);
    }
  }
  const typeRank = (t: NetworkType) => NETWORK_TYPES.indexOf(t);
  return [...groups.values()]
    .map((g) => ({ ...g, firms: [...g.firms].sort((a, b) => b.severity - a.severity) }))
    .sort(
      (a, b) =>
        b.firms.length - a.firms.length ||
        b.highestSeverity - a.highestSeverity ||
        rank(a.challenge) - rank(b.challenge) ||
        typeRank(a.networkType) - typeRank(b.networkType),
    );
}

function neededInstitutionsOf(members: readonly CohortMember[], rank: (c: string) => number): Omit<NeededInstitution, 'change'>[] {
  const rows = new Map<string, Omit<NeededInstitution, 'change'>>();
  for (const { firm, analysis } of members) {
    for (const recommendation of analysis.recommendations) {
      for (const advice of recommendation.institutions) {
        const row = rows.get(advice.id) ?? {
          id: advice.id,
          name: advice.name,
          abbreviation: advice.abbreviation,
          country: advice.country,
          url: advice.url,
          challenges: [],
          firms: [],
        };
        rows.set(advice.id, row);
        // Firms come one after another, so this firm's entry, if any, is the last.
        let entry: NeededInstitutionFirm | undefined = row.firms.at(-1);
        if (entry?.firmId !== firm.id) {
          entry = { firmId: firm.id, challenges: [], markets: [] };
          row.firms.push(entry);
        }
        if (!entry.challenges.includes(recommendation.challenge)) entry.challenges.push(recommendation.challenge);
        if (!entry.markets.includes(advice.market)) entry.markets.push(advice.market);
        if (!row.challenges.includes(recommendation.challenge)) row.challenges.push(recommendation.challenge);
      }
    }
  }
  const byRank = (a: string, b: string) => rank(a) - rank(b);
  return [...rows.values()]
    .map((row) => ({
      ...row,
      challenges: [...row.challenges].sort(byRank),
      firms: row.firms.map((f) => ({ ...f, challenges: [...f.challenges].sort(byRank) })),
    }))
    .sort((a, b) => b.firms.length - a.firms.length || b.challenges.length - a.challenges.length || byText(a.name, b.name) || byText(a.id, b.id));
}

/**
 * The cohort of the given firms (in the order given: by id, as the store lists them) with the
 * workspace's snapshots: the current figures, each with its change since the latest snapshot
 * before today, and the trend over all snapshots.
 */
export function cohortOf(members: readonly CohortMember[], snapshots: readonly CohortSnapshot[], context: CohortContext): Cohort {
  const rank = categoryRanker(members);
  const firms = members.map((m) => cohortFirm(m, context.countryName));
  const rated = firms.filter((f) => f.status === 'rated').length;
  const counts = { firms: firms.length, rated, notYetRated: firms.length - rated };
  const before = comparedSnapshot(snapshots, context.today);
  const change = (now: number, then: (s: CohortSnapshot) => number) => (before === undefined ? null : now - then(before));
  return {
    workspaceId: context.workspaceId,
    asOf: context.today,
    counts,
    firms,
    unmetChallenges: unmetChallengesOf(members, firms, rank).map((row) => ({
      ...row,
      change: change(row.firms.length, (s) => unmetAt(s, row.category)),
    })),
    sharedGaps: sharedGapsOf(members, rank),
    institutions: neededInstitutionsOf(members, rank).map((row) => ({ ...row, change: change(row.firms.length, (s) => institutionAt(s, row.id)) })),
    trend: trendOf(snapshots, context.today),
  };
}

/** What a snapshot of the cohort keeps today. */
export function cohortFigures(cohort: Pick<Cohort, 'counts' | 'unmetChallenges' | 'institutions'>): CohortFigures {
  return figuresOf(cohort.counts, cohort.unmetChallenges, cohort.institutions);
}
