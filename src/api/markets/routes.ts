/** Market ranking of a firm over HTTP, with the same parts and sources as `foothold markets`. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DEFAULT_RANKING_WEIGHTS, parseRankingWeights, RANKING_PARTS } from '../../core/markets/rank-markets.js';
import { countryCodeSchema } from '../../core/model/index.js';
import { firmMarketRanking } from '../../services/market-service.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, firmParams, param } from '../common.js';
import { endpoint } from '../route.js';
import { marketRankingSchema } from './schema.js';

const defaults = RANKING_PARTS.map((p) => `${p}=${DEFAULT_RANKING_WEIGHTS[p]}`).join(',');

// Not …/markets/ranking: that path is the record route of a market with the id "ranking".
export function registerMarketRoutes(app: OpenAPIHono, deps: AppDeps): void {
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/firms/{firmId}/market-ranking',
      tags: ['markets'],
      summary: 'Show candidate markets for the firm ranked best first, every score with its parts',
      description:
        "Parts: language (chance two people share a language, CLDR), contiguity, region, bloc (deepest bloc or regulatory zone in common with home or a market the firm is in), income (World Bank groups apart), reach (warmest introduction path there), experience (the firm's market records there) and challenges (its ratings moved by what the country is like). The score is the weighted mean of the parts.",
      request: {
        params: firmParams,
        query: z.object({
          candidates: z.array(countryCodeSchema).optional().describe('Rank only these countries (repeat the parameter); default every country'),
          weights: z
            .string()
            .max(400)
            .optional()
            .describe(`Weights as part=number pairs separated by commas; parts not named keep their default (${defaults})`),
        }),
      },
      responses: {
        200: { description: 'Markets best first', content: { 'application/json': { schema: marketRankingSchema } } },
        ...errorResponses,
      },
    },
    async (c) => {
      const candidates = c.req.queries('candidates');
      const weightsText = c.req.query('weights');
      const { firmName: _name, ...ranking } = await firmMarketRanking(deps.store, param(c, 'workspace'), param(c, 'firmId'), {
        asOf: deps.now(),
        ...(candidates === undefined ? {} : { candidates }),
        ...(weightsText === undefined ? {} : { weights: parseRankingWeights(weightsText) }),
      });
      return c.json(ranking, 200);
    },
  );
}
