/**
 * Challenge levels (thesis Table 9): the case's ratings in the thesis's row order, with the thesis's
 * wording for the built-in categories, and the cross-case table keyed by firm and category.
 */
import type { CaseFile } from '../case-file/index.js';
import {
  BUILTIN_CHALLENGE_CATEGORIES,
  THESIS_CHALLENGE_CATEGORIES,
  type BuiltinChallengeCategory,
  type ChallengeLevel,
  type ChallengeRating,
} from '../model/index.js';
import { triangulatorOf, type Triangulate, type TriangulationBasis } from './triangulate.js';
import type { ChallengeRow } from './types.js';

export { THESIS_CHALLENGE_CATEGORIES };

/** Row labels as thesis Table 9 words them; the country-of-origin effect as §4.3.4 names it. */
export const CHALLENGE_LABELS: Record<BuiltinChallengeCategory, string> = {
  regulatory_institutional: 'Regulatory and institutional challenges',
  financial_resource: 'Financial and resource constraints',
  knowledge_experience: 'A lack of knowledge and experience',
  market_specific: 'Market specific challenges',
  cultural_communication: 'Cultural and communication differences',
  technological_digital: 'Technological and digital challenges',
  country_of_origin: 'Country-of-origin effect',
};

/** What a firm should find out when it does not know how a challenge stands: plain words, any sector. */
export const CHALLENGE_QUESTIONS: Record<BuiltinChallengeCategory, string> = {
  regulatory_institutional: 'whether rules, registrations or permits in your target markets will slow you down, and how long approval takes there',
  financial_resource: 'whether money for going abroad (travel, samples, certification, marketing) is short, and which financing firms like yours have used',
  knowledge_experience: 'whether you lack know-how about selling abroad or about your target markets, and who around you has done it before',
  market_specific: 'whether demand, competitors, prices or sales channels in your target markets make entry hard',
  cultural_communication: 'whether language, business customs or ways of communicating get in the way with foreign partners',
  technological_digital: 'whether your digital tools and online presence are good enough for foreign customers and partners',
  country_of_origin: 'whether foreign buyers take your home country as a reason to doubt your quality',
};

/** What to find out about a challenge: the question for a built-in category, a general one for the case's own. */
export function challengeQuestion(c: Pick<CaseFile, 'challengeCategories'>, category: string): string {
  if (category in CHALLENGE_QUESTIONS) return CHALLENGE_QUESTIONS[category as BuiltinChallengeCategory];
  return `how much “${challengeLabel(c, category)}” stands in your way, and in which markets`;
}

type CategorySource = Pick<CaseFile, 'challengeCategories' | 'challengeRatings' | 'utilization'>;

/**
 * Every category the case knows of, in table order: the built-in ones, then the case's own in the
 * order it defines them, then any category used without a definition (a file that failed the
 * reference check still analyzes).
 */
export function categoryOrder(c: CategorySource): string[] {
  const order = new Set<string>(BUILTIN_CHALLENGE_CATEGORIES);
  for (const category of c.challengeCategories) order.add(category.id);
  for (const rating of c.challengeRatings) order.add(rating.category);
  for (const cell of c.utilization) order.add(cell.challenge);
  return [...order];
}

/** The label of a category: the thesis's wording for built-in ones, the case's label for its own. */
export function challengeLabel(c: Pick<CaseFile, 'challengeCategories'>, category: string): string {
  if (category in CHALLENGE_LABELS) return CHALLENGE_LABELS[category as BuiltinChallengeCategory];
  return c.challengeCategories.find((d) => d.id === category)?.label ?? category;
}

/** The rating that holds for the firm as a whole (no market); the first one if the case has several. */
export function firmWideRating(c: Pick<CaseFile, 'challengeRatings'>, category: string): ChallengeRating | undefined {
  return c.challengeRatings.find((r) => r.category === category && r.market === undefined);
}

/** Firm-wide ratings, one per category, in table order. */
export function firmWideRatings(c: CategorySource): ChallengeRating[] {
  return categoryOrder(c).flatMap((category) => firmWideRating(c, category) ?? []);
}

/** A row of Table 9 before its evidence is triangulated: all that ordering and wording need. */
type RatingRow = Omit<ChallengeRow, 'triangulation'>;

/** The ratings in table order, firm-wide before per-market, else case order. */
function ratingRows(c: CategorySource & { markets?: CaseFile['markets'] }): RatingRow[] {
  const places = new Map((c.markets ?? []).map((m) => [m.id, m.country ?? m.region]));
  const position = new Map(categoryOrder(c).map((category, i) => [category, i]));
  const rank = (r: ChallengeRating) => (position.get(r.category) ?? 0) * 2 + (r.market === undefined ? 0 : 1);
  return [...c.challengeRatings]
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => ({
      category: r.category,
      label: challengeLabel(c, r.category),
      level: r.level,
      market: r.market,
      marketPlace: r.market === undefined ? undefined : places.get(r.market),
      description: r.description,
      evidence: [...(r.evidence ?? [])],
    }));
}

/**
 * Thesis Table 9 for one case: every rating, by category order, firm-wide before per-market, else
 * case order, each with the kinds of source behind it. An analysis passes its one `triangulate`.
 */
export function challengesOf(
  c: CategorySource & TriangulationBasis & { markets?: CaseFile['markets'] },
  triangulate: Triangulate = triangulatorOf(c),
): ChallengeRow[] {
  return ratingRows(c).map((row) => ({ ...row, triangulation: triangulate(row.evidence) }));
}

/** A challenge level that says how bad a challenge is: every level but Unknown. */
export type KnownChallengeLevel = Exclude<ChallengeLevel, 'Unknown'>;

const SEVERITY: Record<KnownChallengeLevel, number> = { High: 3, Medium: 2, Low: 1 };

/** The highest-rated challenge of a firm: its category in words, the level, and the market when the rating is for one. */
export interface WorstChallenge {
  category: string;
  label: string;
  level: KnownChallengeLevel;
  /** Id of the market when the rating is for one market only. */
  market?: string;
}

/**
 * The firm's worst challenge: the rating with the highest level (High > Medium > Low), firm-wide or
 * for one market. Equal levels go to the category that comes first in the table's order (the
 * thesis's, then the case's own), then firm-wide before per-market, then case order. Unknown says
 * nothing about how bad a challenge is, so a firm rated only Unknown has no worst challenge.
 */
export function worstChallenge(c: Pick<CaseFile, 'challengeCategories' | 'challengeRatings'>): WorstChallenge | undefined {
  // Utilization cells only add categories after the rated ones, so they cannot change the order among ratings.
  let worst: (RatingRow & { level: KnownChallengeLevel }) | undefined;
  for (const row of ratingRows({ ...c, utilization: [] })) {
    if (row.level === 'Unknown') continue;
    if (worst === undefined || SEVERITY[row.level] > SEVERITY[worst.level]) worst = { ...row, level: row.level };
  }
  if (worst === undefined) return undefined;
  const { category, label, level, market } = worst;
  return market === undefined ? { category, label, level } : { category, label, level, market };
}

/** Firm id → category → firm-wide level. */
export type ChallengeTable = Record<string, Record<string, ChallengeLevel>>;

function challengeTable(cases: readonly CaseFile[], categories: (c: CaseFile) => readonly string[]): ChallengeTable {
  const table: ChallengeTable = {};
  for (const c of cases) {
    const row: Record<string, ChallengeLevel> = {};
    for (const category of categories(c)) {
      const rating = firmWideRating(c, category);
      if (rating !== undefined) row[category] = rating.level;
    }
    table[c.firm.id] = row;
  }
  return table;
}

/** Thesis Table 9 across cases: the six thesis categories, rated firm-wide. */
export function table9(cases: readonly CaseFile[]): ChallengeTable {
  return challengeTable(cases, () => THESIS_CHALLENGE_CATEGORIES);
}

/** Table 9 with every category each case rates firm-wide: the country-of-origin effect and the case's own too. */
export function table9All(cases: readonly CaseFile[]): ChallengeTable {
  return challengeTable(cases, categoryOrder);
}
