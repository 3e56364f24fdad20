/**
 * Market ranking: orders candidate countries for a firm by explained parts — how close each is to
 * home and to the markets the firm is in (language, border, region, bloc, income), how far the
 * firm's own network reaches there, what the firm has already tried there, and which challenges it
 * should expect. Every part is a value with its sentence; the score is their weighted mean.
 */
import type { CaseFile } from '../case-file/index.js';
import { introductionPathsToEach } from '../graph/introduction-paths.js';
import { marketActorIds } from '../graph/market-actors.js';
import { type MarketStatus, type NetworkType, type SectorFamily } from '../model/index.js';
import { InputError } from '../../shared/errors.js';
import { blocByRegion, membersOn } from './blocs.js';
import { blocInCommon, commonLanguage, contiguity, incomeSimilarity, sameRegion, type CountryProfile, type Measure } from './country-affinity.js';
import { expectedChallenges, type ExpectedChallenge } from './expected-challenges.js';
import type { Bloc } from './reference.js';

export const RANKING_PARTS = ['language', 'contiguity', 'region', 'bloc', 'income', 'reach', 'experience', 'challenges'] as const;
export type RankingPart = (typeof RANKING_PARTS)[number];
export type RankingWeights = Record<RankingPart, number>;

/**
 * The weights when the user sets none. The firm's own reach weighs most (the product's premise, and
 * the seeds': Company B got into Kyrgyzstan through a friend); a bloc or regulatory zone in common
 * and the challenges the firm should expect come next; the classic distance measures after them.
 */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  language: 1,
  contiguity: 1,
  region: 0.5,
  bloc: 1.5,
  income: 0.5,
  reach: 2,
  experience: 1,
  challenges: 1.5,
};

export interface RankingPartScore extends Measure {
  part: RankingPart;
  weight: number;
  /** weight × value ÷ the sum of the weights: the parts add up to the score. */
  contribution: number;
}

export interface MarketReach {
  actors: { person: number; organization: number; platform: number };
  /** Ties of the firm's network that end at an actor there, by network type. */
  ties: Record<NetworkType, number>;
  /** The warmest introduction path into the country, names from the firm's side to the target. */
  bestPath: { score: number; names: string[] } | null;
}

export interface RankedMarket {
  country: string;
  name: string;
  rank: number;
  /** Weighted mean of the parts' values: −1…1, higher is better. */
  score: number;
  /** The firm's own market records for the country, and those of a bloc it belongs to. */
  statuses: { status: MarketStatus; via: string }[];
  parts: RankingPartScore[];
  reach: MarketReach;
  expectedChallenges: ExpectedChallenge[];
}

export interface MarketRankingInput {
  caseFile: CaseFile;
  countries: ReadonlyMap<string, CountryProfile>;
  blocs: readonly Bloc[];
  /** The day the ranking is for, YYYY-MM-DD: bloc membership and tie recency. */
  day: string;
  sectorFamily: SectorFamily | undefined;
  languageName: (code: string) => string;
  /** Countries to rank; default every country in `countries` but the home country. */
  candidates?: readonly string[];
  weights?: Partial<RankingWeights>;
}

export interface MarketRanking {
  home: string;
  weights: RankingWeights;
  markets: RankedMarket[];
  /** Candidates left out, with the reason (the home country, a code without reference data). */
  skipped: { country: string; reason: string }[];
}

/** Value of a market record for the ranking: what the firm has done there, good or bad. */
const STATUS_VALUE: Record<MarketStatus, number> = { serving: 1, past: 0.5, target: 0.3, exploring: 0.15, exited: -0.25, failed: -0.5 };

interface StatusEntry {
  status: MarketStatus;
  via: string;
  /** own: the firm's record of the country; group: a group company serves it; bloc: the firm's record of a bloc it belongs to. */
  kind: 'own' | 'group' | 'bloc';
}

/** The market records that speak of each country: by country code, or by a region that names a bloc. */
function statusesByCountry(c: CaseFile, blocs: readonly Bloc[], day: string): Map<string, StatusEntry[]> {
  const byCountry = new Map<string, StatusEntry[]>();
  const add = (code: string, entry: StatusEntry) => byCountry.set(code, [...(byCountry.get(code) ?? []), entry]);
  for (const m of c.markets) {
    const group = m.servedBy !== undefined;
    if (m.country !== undefined) {
      add(m.country, {
        status: m.status,
        via: group ? `served by a group company (${m.id})` : `the firm's own record (${m.id})`,
        kind: group ? 'group' : 'own',
      });
      continue;
    }
    const bloc = m.region === undefined ? undefined : blocByRegion(blocs, m.region);
    if (bloc === undefined) continue;
    for (const code of membersOn(bloc, day)) add(code, { status: m.status, via: `the firm's record of ${bloc.code} (${m.id})`, kind: 'bloc' });
  }
  return byCountry;
}

/** The firm's own record decides; a group company's or a bloc's record counts for half when there is none. */
function experience(entries: readonly StatusEntry[]): Measure {
  if (entries.length === 0) return { value: 0, explanation: 'no market record yet' };
  const own = entries.filter((e) => e.kind === 'own');
  const deciding = own.length > 0 ? own : entries;
  const value = Math.max(...deciding.map((e) => STATUS_VALUE[e.status] * (e.kind === 'own' ? 1 : 0.5)));
  return { value, explanation: entries.map((e) => `${e.status}, ${e.via}`).join('; ') };
}

/**
 * Countries the firm itself is in now or was in: its own records, and the members of a bloc it serves.
 * A group company's market is not the firm's: it sells other products under other approvals.
 */
function presentCountries(byStatus: ReadonlyMap<string, StatusEntry[]>, countries: ReadonlyMap<string, CountryProfile>): Map<string, CountryProfile> {
  const present = new Map<string, CountryProfile>();
  for (const [code, entries] of byStatus) {
    const profile = countries.get(code);
    if (profile !== undefined && entries.some((e) => e.kind !== 'group' && (e.status === 'serving' || e.status === 'past'))) present.set(code, profile);
  }
  return present;
}

function reachInto(c: CaseFile, code: string, path: { score: number; names: string[] } | null): MarketReach {
  const ids = new Set(marketActorIds(c, code));
  const actors = { person: 0, organization: 0, platform: 0 };
  for (const a of c.actors) if (ids.has(a.id)) actors[a.kind] += 1;
  const ties: Record<NetworkType, number> = { social: 0, business: 0, institutional: 0, digital: 0 };
  for (const t of c.ties) if (t.status !== 'ended' && ids.has(t.to)) ties[t.networkType] += 1;
  return { actors, ties, bestPath: path };
}

function reachMeasure(reach: MarketReach, name: string): Measure {
  const total = reach.actors.person + reach.actors.organization + reach.actors.platform;
  if (total === 0) return { value: 0, explanation: `no actor of the firm's network is in ${name}` };
  const counted = `${total} ${total === 1 ? 'actor' : 'actors'} there`;
  if (reach.bestPath === null) return { value: 0, explanation: `${counted}, but no path from the firm reaches them` };
  return { value: reach.bestPath.score, explanation: `${counted}; warmest path ${reach.bestPath.names.join(' → ')} (${reach.bestPath.score.toFixed(2)})` };
}

/** Checks weights given by a user: finite and not negative, at least one above zero. */
export function rankingWeights(given: Partial<RankingWeights> = {}): RankingWeights {
  const weights = { ...DEFAULT_RANKING_WEIGHTS, ...given };
  for (const part of RANKING_PARTS) {
    const w = weights[part];
    if (!Number.isFinite(w) || w < 0) throw new InputError(`the weight of "${part}" must be a number of at least 0, got ${w}`, `/weights/${part}`);
  }
  if (RANKING_PARTS.every((p) => weights[p] === 0)) throw new InputError('at least one weight must be above 0', '/weights');
  return weights;
}

/**
 * Ranks candidate markets for a firm, best first (ties by country code).
 *
 * @throws InputError for a negative or non-numeric weight, all weights 0, or a firm whose home
 *   country the reference data does not know.
 */
export function rankMarkets(input: MarketRankingInput): MarketRanking {
  const { caseFile: c, countries, blocs, day } = input;
  const weights = rankingWeights(input.weights);
  const home = countries.get(c.firm.countryOfOrigin);
  if (home === undefined) throw new InputError(`no reference data for the firm's country of origin "${c.firm.countryOfOrigin}"`, '/firm/countryOfOrigin');
  const skipped: { country: string; reason: string }[] = [];
  const codes: string[] = [];
  for (const code of input.candidates ?? [...countries.keys()].sort()) {
    if (code === home.code) skipped.push({ country: code, reason: 'the firm’s home country' });
    else if (!countries.has(code)) skipped.push({ country: code, reason: 'no reference data for this code' });
    else if (!codes.includes(code)) codes.push(code);
  }
  const byStatus = statusesByCountry(c, blocs, day);
  const present = presentCountries(byStatus, countries);
  const withActors = codes.filter((code) => marketActorIds(c, code).length > 0);
  const found = introductionPathsToEach(
    c,
    new Date(`${day}T12:00:00Z`),
    withActors.map((market) => ({ market })),
    { top: 1 },
  );
  const bestPaths = new Map(
    withActors.map((code, i) => {
      const p = found[i]?.paths[0];
      return [code, p === undefined ? null : { score: p.score, names: [p.hops[0]?.fromName ?? '', ...p.hops.map((h) => h.toName)] }];
    }),
  );
  const total = RANKING_PARTS.reduce((sum, p) => sum + weights[p], 0);

  const ranked = codes.map((code) => {
    const country = countries.get(code)!;
    const reach = reachInto(c, code, bestPaths.get(code) ?? null);
    const bloc = blocInCommon(home, country, present, blocs, input.sectorFamily, day);
    const language = commonLanguage(home, country, input.languageName);
    const entries = byStatus.get(code) ?? [];
    const expected = expectedChallenges(c, {
      home,
      candidate: country,
      language: language.value,
      bloc,
      reach,
      entries: entries.filter((e) => e.kind !== 'group').map((e) => e.status),
    });
    const measures: Record<RankingPart, Measure> = {
      language,
      contiguity: contiguity(home, country, present),
      region: sameRegion(home, country),
      bloc,
      income: incomeSimilarity(home, country),
      reach: reachMeasure(reach, country.name),
      experience: experience(entries),
      challenges: expected.measure,
    };
    const parts = RANKING_PARTS.map((part): RankingPartScore => {
      const { value, explanation } = measures[part];
      return { part, value, explanation, weight: weights[part], contribution: (weights[part] * value) / total };
    });
    const score = parts.reduce((sum, p) => sum + p.contribution, 0);
    return {
      country: code,
      name: country.name,
      rank: 0,
      score,
      statuses: entries.map(({ status, via }) => ({ status, via })),
      parts,
      reach,
      expectedChallenges: expected.categories,
    };
  });
  ranked.sort((a, b) => b.score - a.score || a.country.localeCompare(b.country));
  ranked.forEach((m, i) => (m.rank = i + 1));
  return { home: home.code, weights, markets: ranked, skipped };
}

/**
 * Reads weights written as `part=number` pairs separated by commas ("reach=3,bloc=0"), as the
 * command line and the query string give them. Parts not named keep their default.
 *
 * @throws InputError naming the pair that is not a known part with a number of at least 0.
 */
export function parseRankingWeights(text: string): Partial<RankingWeights> {
  const weights: Partial<RankingWeights> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [name = '', value = '', ...rest] = pair.split('=').map((x) => x.trim());
    if (!(RANKING_PARTS as readonly string[]).includes(name)) {
      throw new InputError(`unknown ranking part "${name}" in "${pair}"; expected one of ${RANKING_PARTS.join(', ')}`, '/weights');
    }
    const n = Number(value);
    if (rest.length > 0 || value === '' || !Number.isFinite(n) || n < 0) {
      throw new InputError(`expected ${name}=NUMBER with a number of at least 0, got "${pair}"`, '/weights');
    }
    weights[name as RankingPart] = n;
  }
  return weights;
}
