/**
 * Change over time in a cohort: the figures a snapshot keeps (firm counts, firms per unmet
 * challenge, firms per needed institution) and every figure at every snapshot date with its change
 * from the snapshot before.
 */
import { BUILTIN_CHALLENGE_CATEGORIES } from '../model/index.js';
import type { CohortFigures, CohortSnapshot, CohortTrend, NeededInstitution, TrendPoint, UnmetChallenge } from './types.js';

/** What a snapshot keeps of the current cohort: counts, and the names to show them by later. */
export function figuresOf(
  counts: Pick<CohortFigures, 'firms' | 'rated' | 'notYetRated'>,
  unmetChallenges: readonly Pick<UnmetChallenge, 'category' | 'label' | 'firms'>[],
  institutions: readonly Pick<NeededInstitution, 'id' | 'name' | 'firms'>[],
): CohortFigures {
  return {
    firms: counts.firms,
    rated: counts.rated,
    notYetRated: counts.notYetRated,
    unmetChallenges: unmetChallenges.map((u) => ({ category: u.category, label: u.label, firms: u.firms.length })),
    institutions: institutions.map((i) => ({ id: i.id, name: i.name, firms: i.firms.length })),
  };
}

/** The snapshots oldest first. */
function byDate(snapshots: readonly CohortSnapshot[]): CohortSnapshot[] {
  return [...snapshots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The snapshot that today's figures are compared with: the latest one taken before today. */
export function comparedSnapshot(snapshots: readonly CohortSnapshot[], today: string): CohortSnapshot | undefined {
  return byDate(snapshots)
    .filter((s) => s.date < today)
    .at(-1);
}

/** Firms with an unmet challenge at a snapshot (0 when the snapshot does not list it). */
export function unmetAt(snapshot: CohortSnapshot, category: string): number {
  return snapshot.figures.unmetChallenges.find((u) => u.category === category)?.firms ?? 0;
}

/** Firms needing an institution at a snapshot (0 when the snapshot does not list it). */
export function institutionAt(snapshot: CohortSnapshot, id: string): number {
  return snapshot.figures.institutions.find((i) => i.id === id)?.firms ?? 0;
}

function points(dated: readonly CohortSnapshot[], value: (s: CohortSnapshot) => number): TrendPoint[] {
  return dated.map((s, i) => {
    const previous = dated[i - 1];
    const v = value(s);
    return { date: s.date, value: v, change: previous === undefined ? null : v - value(previous) };
  });
}

const latestValue = (series: { points: TrendPoint[] }) => series.points.at(-1)?.value ?? 0;
const categoryRank = (category: string) => {
  const i = (BUILTIN_CHALLENGE_CATEGORIES as readonly string[]).indexOf(category);
  return i < 0 ? BUILTIN_CHALLENGE_CATEGORIES.length : i;
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every figure at every snapshot date, oldest first. A challenge or institution is a series when
 * any snapshot lists it, named as the latest snapshot that lists it names it; series run most firms
 * at the latest snapshot first, then challenges in category order and institutions by name.
 */
export function trendOf(snapshots: readonly CohortSnapshot[], today: string): CohortTrend {
  const dated = byDate(snapshots);
  const challengeLabels = new Map<string, string>();
  const institutionNames = new Map<string, string>();
  for (const s of dated) {
    for (const u of s.figures.unmetChallenges) challengeLabels.set(u.category, u.label);
    for (const i of s.figures.institutions) institutionNames.set(i.id, i.name);
  }
  const unmetChallenges = [...challengeLabels]
    .map(([category, label]) => ({ category, label, points: points(dated, (s) => unmetAt(s, category)) }))
    .sort((a, b) => latestValue(b) - latestValue(a) || categoryRank(a.category) - categoryRank(b.category) || byText(a.label, b.label));
  const institutions = [...institutionNames]
    .map(([id, name]) => ({ id, name, points: points(dated, (s) => institutionAt(s, id)) }))
    .sort((a, b) => latestValue(b) - latestValue(a) || byText(a.name, b.name) || byText(a.id, b.id));
  return {
    dates: dated.map((s) => s.date),
    comparedWith: comparedSnapshot(dated, today)?.date ?? null,
    firms: points(dated, (s) => s.figures.firms),
    rated: points(dated, (s) => s.figures.rated),
    notYetRated: points(dated, (s) => s.figures.notYetRated),
    unmetChallenges,
    institutions,
  };
}
