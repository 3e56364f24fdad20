import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVocabulary, vocabularySchema } from '../../core/analysis/vocabulary-document.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { silentLogger, withDefaults } from '../deps.js';
import { registerVocabularyRoutes, VOCABULARY_CACHE_CONTROL } from './routes.js';

let store: CaseStore;
let app: OpenAPIHono;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = new OpenAPIHono();
  registerVocabularyRoutes(app, withDefaults({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger }));
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'test', version: '0' } });
});
afterAll(async () => store.close());

interface OpenApiDoc {
  paths: Record<string, { get?: { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }> } }>;
  components: { schemas: Record<string, { type?: string; required?: string[]; properties?: Record<string, unknown> }> };
}

describe('GET /api/vocabulary', () => {
  it('serves the vocabulary document, cacheable for a few minutes', async () => {
    const res = await app.request('/api/vocabulary');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('cache-control')).toBe(VOCABULARY_CACHE_CONTROL);
    expect(VOCABULARY_CACHE_CONTROL).toMatch(/^public, max-age=(\d{3})$/);
    const body: unknown = await res.json();
    expect(vocabularySchema.parse(body)).toEqual(buildVocabulary());
  });

  it('answers in the words a form needs, spelled as the case file spells the values', async () => {
    const body = vocabularySchema.parse(await (await app.request('/api/vocabulary')).json());
    expect(body.challengeCategories.find((c) => c.id === 'country_of_origin')?.label).toBe('Country-of-origin effect');
    expect(body.utilizationLevels.map((l) => l.value)).toEqual(['Not used', 'Low', 'Moderate', 'High']);
    expect(body.networkTypes.find((t) => t.value === 'digital')).toMatchObject({ label: 'Digital network', paperNetwork: 'virtual' });
    expect(body.tieOrigins.find((o) => o.value === 'cold_approach')?.label).toBe('Cold approach');
    expect(body.tieScales.trust).toMatchObject({ min: 1, max: 5 });
  });

  it('names the document and its parts as components of the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    const schemas = doc.components.schemas;
    expect(schemas.Vocabulary?.required).toEqual([
      'challengeCategories',
      'challengeLevels',
      'utilizationLevels',
      'networkTypes',
      'tieStatuses',
      'tieOrigins',
      'marketStatuses',
      'entryModes',
      'pathways',
      'benefits',
      'tieScales',
      'competence',
    ]);
    for (const id of [
      'CompetenceQuestionnaire',
      'ChallengeCategoryTerm',
      'NetworkTypeTerm',
      'TieSubtypeSuggestion',
      'TieScale',
      'ChallengeLevelTerm',
      'EntryModeTerm',
      'BenefitTerm',
    ]) {
      expect(schemas[id], id).toBeDefined();
    }
    expect(schemas.TieStatusTerm?.properties?.value).toMatchObject({ enum: ['active', 'dormant', 'ended', 'unknown'] });
    const ok = doc.paths['/api/vocabulary']?.get?.responses['200'];
    expect(ok?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Vocabulary' });
    expect(ok?.headers).toHaveProperty('Cache-Control');
  });
});
