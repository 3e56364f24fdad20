/** Answers of the market routes: a firm's market ranking with every part explained. */
import { z } from 'zod';
import { BUILTIN_CHALLENGE_CATEGORIES } from '../../shared/challenge-categories.js';
import { RANKING_PARTS } from '../../core/markets/rank-markets.js';
import { MARKET_STATUSES } from '../../core/model/index.js';

const level = z.enum(['High', 'Medium', 'Low']);
const rankingWeightsSchema = z
  .object(Object.fromEntries(RANKING_PARTS.map((p) => [p, z.number()])) as Record<(typeof RANKING_PARTS)[number], z.ZodNumber>)
  .strict();

export const rankedMarketSchema = z
  .object({
    country: z.string().describe('ISO 3166-1 alpha-2 code'),
    name: z.string(),
    rank: z.number().int(),
    score: z.number().describe("Weighted mean of the parts' values, −1…1; the parts' contributions add up to it"),
    statuses: z.array(z.object({ status: z.enum(MARKET_STATUSES), via: z.string() }).strict()).describe("The firm's market records that speak of the country"),
    parts: z.array(
      z
        .object({
          part: z.enum(RANKING_PARTS),
          value: z.number().describe('0…1; experience and challenges go below 0'),
          weight: z.number(),
          contribution: z.number().describe('weight × value ÷ the sum of the weights'),
          explanation: z.string(),
        })
        .strict(),
    ),
    reach: z
      .object({
        actors: z.object({ person: z.number().int(), organization: z.number().int(), platform: z.number().int() }).strict(),
        ties: z.object({ social: z.number().int(), business: z.number().int(), institutional: z.number().int(), digital: z.number().int() }).strict(),
        bestPath: z
          .object({ score: z.number(), names: z.array(z.string()) })
          .strict()
          .nullable(),
      })
      .strict(),
    expectedChallenges: z.array(
      z
        .object({
          category: z.string().describe(`A built-in category (${BUILTIN_CHALLENGE_CATEGORIES.join(', ')}) or the case's own`),
          rated: level,
          basis: z.enum(['market', 'firm']).describe('market: the firm rated this country; firm: its firm-wide rating'),
          expected: level,
          reasons: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'RankedMarket' });

export const marketRankingSchema = z
  .object({
    home: z.string(),
    day: z.string().describe('YYYY-MM-DD: bloc membership and tie recency are as of this day'),
    weights: rankingWeightsSchema,
    markets: z.array(rankedMarketSchema),
    skipped: z.array(z.object({ country: z.string(), reason: z.string() }).strict()),
    sources: z.object({ countries: z.string(), speakers: z.string(), incomeGroups: z.string(), blocs: z.string() }).strict(),
  })
  .strict()
  .meta({ id: 'MarketRanking' });
