/** The product's vocabulary over HTTP: every value a case file takes, with its label and meaning in plain words. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { buildVocabulary, vocabularySchema } from '../../core/analysis/vocabulary-document.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../common.js';
import { endpoint } from '../route.js';

/** The vocabulary changes only with a new release; a few minutes' caching spares repeated fetches while forms load. */
export const VOCABULARY_CACHE_CONTROL = 'public, max-age=300';

export function registerVocabularyRoutes(app: OpenAPIHono, _deps: AppDeps): void {
  const vocabulary = buildVocabulary();
  endpoint(
    app,
    {
      method: 'get',
      path: '/api/vocabulary',
      tags: ['vocabulary'],
      summary: 'Read the vocabulary in plain words: challenge categories, network types, levels, statuses',
      description:
        'Challenge categories (with definition, examples and the question to ask when the level is not known), challenge and utilization levels, network types (with the paper’s informal/formal/virtual mapping and suggested tie subtypes), tie statuses and origins, market statuses, entry modes, pathways, benefits (paper Figure 1) and the tie’s strength and trust scales. Each value is spelled as the case file spells it.',
      responses: {
        200: {
          description: 'The vocabulary',
          headers: z.object({ 'Cache-Control': z.string().describe(`${VOCABULARY_CACHE_CONTROL}: the vocabulary changes only with a new release`) }),
          content: { 'application/json': { schema: vocabularySchema } },
        },
        403: errorResponses[403],
      },
    },
    (c) => c.json(vocabulary, 200, { 'Cache-Control': VOCABULARY_CACHE_CONTROL }),
  );
}
