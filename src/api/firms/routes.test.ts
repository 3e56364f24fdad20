// The firm list as cards and the firm overview, in-process: the responses fit their named schemas
// exactly (strict: no field the schema lacks), and the OpenAPI document names both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CaseFileInput } from '../../core/case-file/index.js';
import { showFirm } from '../../services/case-service.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { firmCardSchema, firmOverviewSchema } from './schema.js';

const now = new Date('2025-06-01T00:00:00Z');
let store: CaseStore;
let app: ReturnType<typeof createApp>;

const post = (workspace: string, body: string) =>
  app.request(`/api/workspaces/${workspace}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const caseText = (input: CaseFileInput) => JSON.stringify(input);

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => now, logger: silentLogger });
  for (const id of ['company-a', 'company-b', 'sl-it-sme']) expect((await post('study', sampleCaseText(id))).status).toBe(201);
  const cases: CaseFileInput[] = [
    { format: 'foothold.case/2', firm: { id: 'bare', name: 'Bare Ltd', countryOfOrigin: 'NZ' } },
    {
      format: 'foothold.case/2',
      firm: {
        id: 'per-market',
        name: 'Per Market Oy',
        countryOfOrigin: 'FI',
        employees: { value: 260, qualifier: 'about' },
        pathway: { value: 'born_again_global' },
      },
      markets: [
        { id: 'm-br', country: 'BR', status: 'target' },
        { id: 'm-mercosur', region: 'Mercosur', status: 'exploring' },
      ],
      challengeRatings: [
        { id: 'r-reg', category: 'regulatory_institutional', level: 'Medium' },
        { id: 'r-cul-br', category: 'cultural_communication', level: 'High', market: 'm-br' },
      ],
    },
    {
      format: 'foothold.case/2',
      firm: { id: 'unknown-only', name: 'Unknown Only', countryOfOrigin: 'LK' },
      challengeRatings: [{ id: 'r-fin', category: 'financial_resource', level: 'Unknown' }],
    },
  ];
  for (const c of cases) expect((await post('w', caseText(c))).status).toBe(201);
});
afterAll(() => store.close());

const cardsOf = async (workspace: string) => {
  const res = await app.request(`/api/workspaces/${workspace}/firms`);
  expect(res.status).toBe(200);
  // Strict schemas: a field the response has and the schema lacks fails here.
  return z.array(firmCardSchema).parse(await res.json());
};

describe('GET /api/workspaces/{workspace}/firms', () => {
  it('lists the sample firms as cards: origin, size, pathway, markets, worst challenge and counts', async () => {
    const cards = await cardsOf('study');
    expect(cards.map((c) => [c.id, c.name, c.countryOfOrigin, c.version])).toEqual([
      ['company-a', 'Company A', 'FI', 1],
      ['company-b', 'Company B', 'MN', 1],
      ['sl-it-sme', 'Sri Lankan IT SME (focal company)', 'LK', 1],
    ]);
    expect(cards.map((c) => [c.countryName, c.sizeClass, c.pathway, c.worstChallenge?.category, c.worstChallenge?.level, c.counts])).toEqual([
      ['Finland', 'micro', 'born_global', 'regulatory_institutional', 'High', { actors: 39, ties: 43 }],
      ['Mongolia', 'medium', 'traditional', 'regulatory_institutional', 'High', { actors: 16, ties: 16 }],
      ['Sri Lanka', 'small', 'born_global', undefined, undefined, { actors: 19, ties: 19 }],
    ]);
    expect(cards[0]?.worstChallenge?.label).toBe('Regulatory and institutional challenges');
    expect(cards[0]?.markets).toEqual([
      { id: 'market-us', place: 'United States of America', country: 'US', status: 'target' },
      { id: 'market-eu', place: 'EU', region: 'EU', status: 'serving' },
      { id: 'market-jp', place: 'Japan', country: 'JP', status: 'target' },
    ]);
    expect(cards.every((c) => !Number.isNaN(Date.parse(c.updatedAt)))).toBe(true);
  });

  it('gives an empty firm no markets and no worst challenge, names a per-market worst rating, and skips Unknown', async () => {
    const [bare, perMarket, unknownOnly] = await cardsOf('w');
    expect(bare).toMatchObject({ id: 'bare', countryName: 'New Zealand', markets: [], counts: { actors: 0, ties: 0 } });
    expect(bare).not.toHaveProperty('worstChallenge');
    expect(bare).not.toHaveProperty('sizeClass');
    expect(perMarket).toMatchObject({ id: 'per-market', sizeClass: 'large', pathway: 'born_again_global' });
    expect(perMarket?.markets.map((m) => m.place)).toEqual(['Brazil', 'Mercosur']);
    expect(perMarket?.worstChallenge).toEqual({
      category: 'cultural_communication',
      label: 'Cultural and communication differences',
      level: 'High',
      market: 'm-br',
      marketPlace: 'Brazil',
    });
    expect(unknownOnly?.id).toBe('unknown-only');
    expect(unknownOnly).not.toHaveProperty('worstChallenge');
  });

  it('answers a workspace that does not exist with an empty list, as before', async () => {
    expect(await cardsOf('nowhere')).toEqual([]);
  });
});

describe('GET /api/workspaces/{workspace}/firms/{firmId}/overview', () => {
  it('serves what `foothold show` prints, fitting the FirmOverview schema exactly', async () => {
    for (const [workspace, firmId] of [
      ['study', 'company-b'],
      ['study', 'company-a'],
      ['w', 'bare'],
    ] as const) {
      const res = await app.request(`/api/workspaces/${workspace}/firms/${firmId}/overview`);
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      expect(body).toEqual(JSON.parse(JSON.stringify(await showFirm(store, workspace, firmId, now))));
      expect(firmOverviewSchema.parse(body)).toEqual(body);
    }
    const b = firmOverviewSchema.parse(await (await app.request('/api/workspaces/study/firms/company-b/overview')).json());
    expect(b.derived).toMatchObject({
      economyClass: { value: 'emerging', basis: 'reference' },
      sizeClass: 'medium',
      pathway: { stated: { value: 'traditional' } },
    });
    expect(b.markets).toContainEqual(
      expect.objectContaining({ country: 'CN', status: 'serving', servedBy: 'actor-food-subsidiary', servedByName: expect.any(String) }),
    );
  });

  it('answers a firm that does not exist with 404', async () => {
    expect((await app.request('/api/workspaces/study/firms/nope/overview')).status).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('names the firm card and the firm overview and uses them for the two routes', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
      paths: Record<string, { get: { responses: Record<string, { content: { 'application/json': { schema: unknown } } }> } }>;
    };
    const schemas = doc.components.schemas;
    for (const id of ['FirmCard', 'FirmCardMarket', 'WorstChallenge', 'FirmOverview', 'FirmOverviewMarket', 'RecordCounts'])
      expect(schemas, id).toHaveProperty(id);
    expect(Object.keys(schemas['FirmCard']?.properties ?? {})).toEqual([
      'id',
      'name',
      'countryOfOrigin',
      'version',
      'updatedAt',
      'countryName',
      'sizeClass',
      'pathway',
      'markets',
      'worstChallenge',
      'counts',
    ]);
    expect(schemas['FirmOverview']?.required).toEqual(['firm', 'derived', 'markets', 'counts']);
    const ok = (path: string) => doc.paths[path]?.get.responses['200']?.content['application/json'].schema;
    expect(ok('/api/workspaces/{workspace}/firms')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/FirmCard' } });
    expect(ok('/api/workspaces/{workspace}/firms/{firmId}/overview')).toEqual({ $ref: '#/components/schemas/FirmOverview' });
  });
});
