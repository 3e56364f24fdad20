import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asThesisCells, expectedThesisCells } from '../../../test/case-table-cells.js';
import { TABLE_10, TABLE_9 } from '../../../test/thesis-tables.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { minimalCase } from '../../test-support/cases.js';
import { crossCaseComparisonSchema } from './compare-schema.js';
import { firmAnalysisSchema } from './firm-analysis-schema.js';
import { THESIS_TABLE_SCHEMAS } from './schema.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const root = new URL('../../../', import.meta.url);

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  for (const id of ['company-a', 'company-b', 'sl-it-sme']) {
    const res = await app.request('/api/workspaces/study/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: readFileSync(new URL(`examples/cases/${id}.json`, root), 'utf8'),
    });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => store.close());

describe('analysis routes', () => {
  it('serves thesis Tables 9 and 10 as JSON', async () => {
    expect(await (await app.request('/api/workspaces/study/tables/9?firms=company-a,company-b')).json()).toEqual(TABLE_9);
    expect(await (await app.request('/api/workspaces/study/tables/10?firms=company-a,company-b')).json()).toEqual(TABLE_10);
  });

  it('takes the firms as repeated parameters, as a comma list, or both, in the order given', async () => {
    for (const query of ['firms=company-a&firms=company-b', 'firms=company-a,company-b', 'firms=company-a&firms=,company-b']) {
      expect(await (await app.request(`/api/workspaces/study/tables/9?${query}`)).json(), query).toEqual(TABLE_9);
    }
    const cmp = (await (await app.request('/api/workspaces/study/compare?firms=company-b&firms=company-a')).json()) as { firms: { firmId: string }[] };
    expect(cmp.firms.map((f) => f.firmId)).toEqual(['company-b', 'company-a']);
  });

  it('describes the firm list as a repeatable query parameter in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; in: string; style?: string; explode?: boolean; schema: unknown }[] } }>;
    };
    for (const path of ['/api/workspaces/{workspace}/tables/{n}', '/api/workspaces/{workspace}/compare', '/api/workspaces/{workspace}/report']) {
      const firms = doc.paths[path]?.get.parameters.find((p) => p.name === 'firms');
      expect(firms, path).toMatchObject({ in: 'query', required: true, style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    }
  });

  it('serves a table as Markdown and CSV', async () => {
    const md = await app.request('/api/workspaces/study/tables/9?firms=company-a,company-b&format=md');
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(await md.text()).toContain('| A lack of knowledge and experience | Low | High |');
    const csv = await app.request('/api/workspaces/study/tables/9?firms=company-b&format=csv');
    expect(await csv.text()).toContain('Market specific challenges,Unknown');
  });

  it('analyzes a firm and compares two', async () => {
    const a = (await (await app.request('/api/workspaces/study/firms/company-b/analysis')).json()) as { blindSpots: { challenge: string }[] };
    expect(a.blindSpots.map((b) => b.challenge)).toEqual(['market_specific']);
    const cmp = (await (await app.request('/api/workspaces/study/compare?firms=company-a,company-b')).json()) as {
      challenges: { key: string; differs: boolean }[];
    };
    expect(cmp.challenges.find((r) => r.key === 'regulatory_institutional')?.differs).toBe(false);
    expect(cmp.challenges.find((r) => r.key === 'knowledge_experience')?.differs).toBe(true);
  });

  it('serves a comparison in the shape its OpenAPI component names, a value a firm lacks as null', async () => {
    const posted = await app.request('/api/workspaces/study/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(minimalCase('bare-firm', 'Darkhan Felt Works')),
    });
    expect(posted.status).toBe(201);
    const res = await app.request('/api/workspaces/study/compare?firms=company-a,bare-firm');
    expect(res.status).toBe(200);
    const parsed = crossCaseComparisonSchema.safeParse(await res.json());
    expect(parsed.error).toBeUndefined();
    const cmp = parsed.data!;
    expect(cmp.firms).toEqual([
      { firmId: 'company-a', name: expect.any(String) },
      { firmId: 'bare-firm', name: 'Darkhan Felt Works' },
    ]);
    // The bare firm rated nothing: its Table 9 cells are null, company-a's are levels, and every row differs.
    const knowledge = cmp.challenges.find((r) => r.key === 'knowledge_experience');
    expect(knowledge?.values).toEqual(['Low', null]);
    expect(knowledge?.differs).toBe(true);
    expect(cmp.utilization.every((r) => r.values[1] === null)).toBe(true);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(JSON.stringify(doc.paths['/api/workspaces/{workspace}/compare']?.get.responses['200'])).toContain('#/components/schemas/CrossCaseComparison');
  });

  it.each(['company-a', 'company-b', 'sl-it-sme'])('serves the analysis of %s in the shape its OpenAPI component names, with nothing more', async (id) => {
    const res = await app.request(`/api/workspaces/study/firms/${id}/analysis`);
    expect(res.status).toBe(200);
    const parsed = firmAnalysisSchema.safeParse(await res.json());
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.profile.rows).toHaveLength(9);
  });

  it('serves how many kinds of source back each rating, utilization cell and benefit cell', async () => {
    const parsed = firmAnalysisSchema.parse(await (await app.request('/api/workspaces/study/firms/company-a/analysis')).json());
    // examples/cases/company-a.json: the regulatory rating quotes the thesis (a document) and the interview IA1;
    // the knowledge rating only the thesis; the benefit records behind market access × business quote both.
    const rating = (category: string) => parsed.challenges.find((r) => r.category === category)?.triangulation;
    expect(rating('regulatory_institutional')).toEqual({ count: 2, kinds: ['interview', 'document'] });
    expect(rating('knowledge_experience')).toEqual({ count: 1, kinds: ['document'] });
    expect(parsed.utilization['regulatory_institutional']?.business?.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
    expect(parsed.benefits.market_access.business.triangulation).toEqual({ count: 2, kinds: ['interview', 'document'] });
  });

  it('serves the parts the sample firms leave empty (competence, follower growth) in that shape too', async () => {
    const body = JSON.stringify({
      format: 'foothold.case/2',
      firm: { id: 'assessed', name: 'Assessed Oy', countryOfOrigin: 'FI' },
      keyPeople: [{ id: 'kp-ceo', role: 'CEO' }],
      competenceAssessments: [
        { id: 'ca-1', date: '2025-05', respondent: 'kp-ceo', answers: { 'coord-1': 4, 'rel-1': 3 } },
        { id: 'ca-2', answers: {} },
      ],
      digitalPresence: [
        { id: 'dp-1', platform: 'LinkedIn', date: '2024', followers: 100, posts: 5 },
        { id: 'dp-2', platform: 'LinkedIn', date: '2025-05', followers: 150 },
        { id: 'dp-3', platform: 'Website', followers: null },
      ],
    });
    const posted = await app.request('/api/workspaces/extra/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(posted.status).toBe(201);
    const parsed = firmAnalysisSchema.safeParse(await (await app.request('/api/workspaces/extra/firms/assessed/analysis')).json());
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.competence.map((s) => [s.assessmentId, s.overall])).toEqual([
      ['ca-1', 3.5],
      ['ca-2', undefined],
    ]);
    expect(parsed.data?.digitalPresence.map((p) => p.growth)).toEqual([{ from: '2024', to: '2025-05', followers: 50, percent: 50 }, undefined]);
  });

  it('names the analysis and its main parts as OpenAPI components', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/api/workspaces/{workspace}/firms/{firmId}/analysis']?.get.responses['200']?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/FirmAnalysis',
    });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'FirmAnalysis',
        'FirmProfile',
        'NetworkTypes',
        'ChallengeRow',
        'TriangulationCount',
        'UtilizationMatrix',
        'SuggestedUtilizationMatrix',
        'UtilizationAgreement',
        'BenefitMatrix',
        'PlatformPresence',
        'Gap',
        'BlindSpot',
        'Recommendation',
        'ActionPlan',
        'CompetenceSummary',
      ]),
    );
  });

  it('answers a missing firm list, a bad table number and an unknown firm with clear errors', async () => {
    const none = await app.request('/api/workspaces/study/compare');
    expect(none.status).toBe(422);
    expect(((await none.json()) as { error: { message: string } }).error.message).toBe(
      '/query/firms: name at least one firm, e.g. ?firms=company-a&firms=company-b',
    );
    expect((await app.request('/api/workspaces/study/tables/11?firms=company-a')).status).toBe(422);
    const missing = await app.request('/api/workspaces/study/tables/9?firms=company-a,nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe('firm "nope" was not found');
  });
});

describe('thesis Tables 2–6', () => {
  it.each([2, 3, 4, 5, 6] as const)('serves Table %i as JSON equal to the thesis', async (n) => {
    const res = await app.request(`/api/workspaces/study/tables/${n}?firms=company-a,company-b`);
    expect(res.status).toBe(200);
    expect(asThesisCells(n, await res.json())).toEqual(expectedThesisCells(n));
  });

  it('serves them as Markdown with a line for a firm with nothing recorded, and as CSV', async () => {
    const md = await app.request('/api/workspaces/study/tables/4?firms=company-b,sl-it-sme&format=md');
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await md.text();
    expect(text).toMatch(/^\| Firm \| Activities \| Country \| Role \|/);
    expect(text).toContain('| Company B | exporting their product to the Kyrgyz Republic | Kyrgyzstan | — |');
    expect(text.endsWith('\n\nSri Lankan IT SME (focal company): no activities recorded.\n')).toBe(true);
    const csv = await (await app.request('/api/workspaces/study/tables/6?firms=company-b&format=csv')).text();
    expect(csv.split('\n')[0]).toBe('Position,Degree,Experience,International networking');
    expect(csv).toContain('Head of the Marketing Department,Bachelor’s Degree in chemical science and business administration,');
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10] as const)('serves Table %i in the shape its OpenAPI component names, with nothing more', async (n) => {
    const body = await (await app.request(`/api/workspaces/study/tables/${n}?firms=company-a,company-b,sl-it-sme&all=true`)).json();
    const parsed = THESIS_TABLE_SCHEMAS[n].safeParse(body);
    expect(parsed.error).toBeUndefined();
    expect(Object.keys(body as object).length).toBeGreaterThan(0);
  });

  it('answers a table number the thesis does not have with the valid ones', async () => {
    for (const n of ['1', '11']) {
      const res = await app.request(`/api/workspaces/study/tables/${n}?firms=company-a`);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(`/path/n: expected one of 2|3|4|5|6|7|8|9|10, got "${n}"`);
    }
  });

  it('describes the table numbers in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { summary: string; description: string; parameters: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    const route = doc.paths['/api/workspaces/{workspace}/tables/{n}']?.get;
    expect(route?.parameters.find((p) => p.name === 'n')?.schema.enum).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(route?.summary).toBe("Tabulate one or more firms in one of the thesis's Tables 2–10");
    expect(route?.description).toContain('2 interviews, 3 secondary sources, 4 activities (value chain), 5 and 6 key people');
    const withSchemas = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(withSchemas.paths['/api/workspaces/{workspace}/tables/{n}']?.get.responses['200']?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/ThesisTable',
    });
    expect(Object.keys(withSchemas.components.schemas)).toEqual(
      expect.arrayContaining([
        'InterviewsTable',
        'SecondarySourcesTable',
        'ActivitiesTable',
        'KeyPeopleTable',
        'TextRowsTable',
        'ChallengesTable',
        'UtilizationTable',
      ]),
    );
  });
});
