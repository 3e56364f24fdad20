/**
 * What the Markets view shows, worked out from the API's MarketRanking: the parts in words, the rows
 * to list, each market's reach and expected challenges as sentences, and the institutions' kinds.
 */
import { NETWORK_NAMES } from '../../../core/report/palette';
import type { ExpectedChallenge, Institution, RankedMarket, RankingPart } from './api';

export const PART_LABELS: Record<RankingPart, string> = {
  language: 'Language',
  contiguity: 'Border',
  region: 'Region',
  bloc: 'Bloc',
  income: 'Income',
  reach: 'Reach',
  experience: 'Experience',
  challenges: 'Challenges',
};

/** What each part measures, for the weights' hints. */
export const PART_MEANINGS: Record<RankingPart, string> = {
  language: 'chance two people share a language',
  contiguity: 'a land border with home or a market the firm is in',
  region: 'same region or subregion as home',
  bloc: 'a trade bloc or regulatory zone in common',
  income: 'how close the income groups are',
  reach: 'the warmest introduction path there',
  experience: 'what the firm has already done there',
  challenges: 'the challenges to expect there',
};

/** Rows listed before "Show all". */
export const FIRST_ROWS = 25;

/** "0.262", "−0.045": a score. */
export const scoreText = (score: number): string => score.toFixed(3).replace('-', '−');

/** "+0.125", "−0.111", "0.000": a part's contribution to the score. */
export function contributionText(x: number): string {
  const text = Math.abs(x).toFixed(3);
  return text === '0.000' ? text : `${x < 0 ? '−' : '+'}${text}`;
}

/** "0.75 × 1.5": a part's value times its weight (the contribution is that divided by the sum of the weights). */
export const valueTimesWeight = (value: number, weight: number): string => `${value.toFixed(2).replace('-', '−')} × ${weight}`;

/** The statuses of the firm's records there, each once: "serving, target". */
export const statusesOf = (market: RankedMarket): string[] => [...new Set(market.statuses.map((s) => s.status))];

/** The rows to list: the first 25 (or all), and the chosen market wherever it ranks, so that it is never hidden. */
export function visibleMarkets(markets: readonly RankedMarket[], showAll: boolean, chosen: string | null): RankedMarket[] {
  return showAll ? [...markets] : markets.filter((m, i) => i < FIRST_ROWS || m.country === chosen);
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function counted(counts: Readonly<Record<string, number>>, names: Readonly<Record<string, string>>): string {
  const listed = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${(names[kind] ?? kind).toLowerCase()}`);
  return listed.join(', ');
}

const ACTOR_NAMES: Record<keyof RankedMarket['reach']['actors'], string> = { person: 'person', organization: 'organization', platform: 'platform' };
const ACTOR_PLURALS: Record<keyof RankedMarket['reach']['actors'], string> = { person: 'people', organization: 'organizations', platform: 'platforms' };

/** The firm's reach there in three sentences: actors by kind, ties by network type, the warmest path. */
export function reachLines(reach: RankedMarket['reach']): { actors: string; ties: string; path: string } {
  const actors = Object.entries(reach.actors)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => count(n, ACTOR_NAMES[kind as keyof typeof ACTOR_NAMES], ACTOR_PLURALS[kind as keyof typeof ACTOR_PLURALS]));
  const ties = counted(reach.ties, NETWORK_NAMES);
  const total = Object.values(reach.ties).reduce((sum, n) => sum + n, 0);
  return {
    actors: actors.length === 0 ? 'No actor there is recorded yet.' : `Actors there: ${actors.join(', ')}.`,
    ties: total === 0 ? 'No tie of the firm’s network ends there.' : `${count(total, 'tie ends', 'ties end')} there: ${ties}.`,
    path:
      reach.bestPath === null
        ? 'No introduction path leads there yet.'
        : `Warmest path (${reach.bestPath.score.toFixed(2)}): ${reach.bestPath.names.join(' → ')}.`,
  };
}

/** "World map of 3 ranked markets … Top 5: 1. Kazakhstan (0.262), …": the map's accessible name. */
export function mapSummary(markets: readonly RankedMarket[]): string {
  const top = markets.slice(0, 5).map((m) => `${m.rank}. ${m.name} (${scoreText(m.score)})`);
  const what = `World map of ${markets.length === 1 ? '1 ranked market' : `${markets.length.toLocaleString('en')} ranked markets`}, darker for a higher score.`;
  return top.length === 0 ? `${what} No market is ranked.` : `${what} Top ${top.length}: ${top.join(', ')}.`;
}

/** The built-in challenge categories by name; markets-view.test.ts keeps them equal to core's CHALLENGE_LABELS. */
export const CHALLENGE_NAMES: Record<string, string> = {
  regulatory_institutional: 'Regulatory and institutional challenges',
  financial_resource: 'Financial and resource constraints',
  knowledge_experience: 'A lack of knowledge and experience',
  market_specific: 'Market specific challenges',
  cultural_communication: 'Cultural and communication differences',
  technological_digital: 'Technological and digital challenges',
  country_of_origin: 'Country-of-origin effect',
};

/** A case's own category id in words: "after_sales_service" → "after sales service". */
export const challengeName = (category: string): string => CHALLENGE_NAMES[category] ?? category.replace(/[_-]+/g, ' ');

/** "High → Medium", or "High" when the country does not move the rating. */
export const levelChange = (c: ExpectedChallenge): string => (c.rated === c.expected ? c.expected : `${c.rated} → ${c.expected}`);

/** Where the rating comes from, in words. */
export const basisText = (c: ExpectedChallenge): string => (c.basis === 'market' ? 'rated for this market' : 'firm-wide rating');

/** The kinds of institution in words; markets-view.test.ts keeps the keys equal to core's INSTITUTION_KINDS. */
export const KIND_LABELS: Record<Institution['kind'], string> = {
  trade_promotion: 'Trade-promotion body',
  chamber: 'Chamber of commerce',
  enterprise_network: 'Enterprise support network',
  export_credit_agency: 'Export credit agency',
  development_finance: 'Development finance body',
  regulator: 'Regulator',
  ministry: 'Ministry',
  government_agency: 'Government agency',
  investment_promotion: 'Investment promotion agency',
  standards_body: 'Standards body',
  event: 'Event',
  association: 'Industry association',
};

/** Whom a body helps, in words: its own country's firms going abroad, firms from abroad coming in, or both. */
export function audienceText(audience: Institution['audience'], countryName: string): string {
  if (audience === 'exporters') return `helps firms from ${countryName} abroad`;
  if (audience === 'entrants') return `helps firms from abroad enter ${countryName}`;
  return `helps firms from ${countryName} abroad and firms from abroad entering it`;
}
