/**
 * The challenges a firm should expect in a candidate market: its own ratings (the one for that
 * market where it has one, else the firm-wide one), moved a level up or down by what the reference
 * data says about the country — a recognition of approvals, a shared language, a richer market, a
 * failed entry before. Each move names its reason.
 */
import type { CaseFile } from '../case-file/index.js';
import type { ChallengeLevel, MarketStatus } from '../model/index.js';
import { incomeStep, type CountryProfile, type Measure } from './country-affinity.js';

type Rated = Exclude<ChallengeLevel, 'Unknown'>;
const LEVELS: readonly Rated[] = ['Low', 'Medium', 'High'];

export interface ExpectedChallenge {
  category: string;
  /** The firm's rating this rests on. */
  rated: Rated;
  /** market: rated for this country; firm: the firm-wide rating. */
  basis: 'market' | 'firm';
  expected: Rated;
  reasons: string[];
}

export interface ChallengeContext {
  home: CountryProfile;
  candidate: CountryProfile;
  /** Common-language value, 0…1. */
  language: number;
  bloc: { blocs: readonly string[]; recognition: string | null };
  reach: { bestPath: { score: number } | null };
  /** The statuses of the firm's records for the candidate. */
  entries: readonly MarketStatus[];
}

/** A path at least this warm means someone the firm knows can explain the market. */
const KNOWING_PATH = 0.3;

function moves(category: string, ctx: ChallengeContext): { step: number; reason: string }[] {
  const { home, candidate } = ctx;
  const out: { step: number; reason: string }[] = [];
  switch (category) {
    case 'regulatory_institutional':
      if (ctx.bloc.recognition !== null) out.push({ step: -1, reason: `recognition through ${ctx.bloc.blocs.join(', ')}: ${ctx.bloc.recognition}` });
      break;
    case 'cultural_communication':
      if (ctx.language >= 0.5) out.push({ step: -1, reason: `most people of ${home.name} and ${candidate.name} share a language` });
      else if (ctx.language < 0.05 && home.region !== candidate.region) out.push({ step: 1, reason: 'no common language, and another region' });
      break;
    case 'country_of_origin': {
      const step = incomeStep(home, candidate);
      if (step !== null && step > 0) out.push({ step: 1, reason: `buyers in a richer market may discount products from ${home.name} (thesis §5.2)` });
      break;
    }
    case 'knowledge_experience':
      if (ctx.entries.includes('serving') || ctx.entries.includes('past')) out.push({ step: -1, reason: 'the firm has served this market' });
      else if (ctx.reach.bestPath !== null && ctx.reach.bestPath.score >= KNOWING_PATH) {
        out.push({ step: -1, reason: 'a warm path leads to people there who know the market' });
      }
      break;
    case 'market_specific':
      if (ctx.entries.includes('failed')) out.push({ step: 1, reason: 'the firm failed to enter this market before' });
      break;
  }
  return out;
}

/** The firm's rating of each category for the candidate: its rating for that market first, else its firm-wide one (the higher if several). */
function ratingsFor(c: CaseFile, country: string): Map<string, { level: Rated; basis: 'market' | 'firm' }> {
  const marketIds = new Set(c.markets.filter((m) => m.country === country).map((m) => m.id));
  const chosen = new Map<string, { level: Rated; basis: 'market' | 'firm' }>();
  for (const r of c.challengeRatings) {
    if (r.level === 'Unknown') continue;
    const basis = r.market === undefined ? 'firm' : marketIds.has(r.market) ? 'market' : undefined;
    if (basis === undefined) continue;
    const before = chosen.get(r.category);
    const better = before === undefined || (before.basis === 'firm' && basis === 'market');
    const higher = before !== undefined && before.basis === basis && LEVELS.indexOf(r.level) > LEVELS.indexOf(before.level);
    if (better || higher) chosen.set(r.category, { level: r.level, basis });
  }
  return chosen;
}

/** The expected level of every rated category, and the ranking's challenge part: −(mean level), High = 1, Low = 0. */
export function expectedChallenges(c: CaseFile, ctx: ChallengeContext): { categories: ExpectedChallenge[]; measure: Measure } {
  const categories = [...ratingsFor(c, ctx.candidate.code)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, { level, basis }]): ExpectedChallenge => {
      const found = moves(category, ctx);
      const index = Math.max(0, Math.min(2, LEVELS.indexOf(level) + found.reduce((sum, m) => sum + m.step, 0)));
      return { category, rated: level, basis, expected: LEVELS[index]!, reasons: found.map((m) => m.reason) };
    });
  if (categories.length === 0) return { categories, measure: { value: 0, explanation: 'no challenge rated High, Medium or Low yet' } };
  const mean = categories.reduce((sum, x) => sum + LEVELS.indexOf(x.expected) / 2, 0) / categories.length;
  const moved = categories.filter((x) => x.expected !== x.rated).map((x) => `${x.category} ${x.rated} → ${x.expected} (${x.reasons.join('; ')})`);
  const high = categories.filter((x) => x.expected === 'High').map((x) => x.category);
  const words = [`${high.length} of ${categories.length} rated challenges expected High${high.length === 0 ? '' : ` (${high.join(', ')})`}`, ...moved];
  return { categories, measure: { value: -mean, explanation: words.join('; ') } };
}
