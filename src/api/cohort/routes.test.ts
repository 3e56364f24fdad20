// The cohort routes in-process: five made-up firms of five sectors and countries and one firm not
// yet rated, imported over HTTP; responses parsed with the schemas the OpenAPI document names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createApiToken } from '../../services/account-service.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { SECTOR_FIRMS, sectorFirmCase } from '../../test-support/sector-firms.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { cohortSchema, takenSnapshotSchema } from './schema.js';

const NOW = new Date('2025-06-01T09:00:00Z');
const BASE = '/api/workspaces/agency';
let store: CaseStore;
let app: ReturnType<typeof createApp>;

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => NOW, logger: silentLogger });
  const files = [...Object.keys(SECTOR_FIRMS).map((f) => JSON.stringify(sectorFirmCase(f as keyof typeof SECTOR_FIRMS))), sampleCaseText('sl-it-sme')];
  for (const file of files) expect((await post(`${BASE}/cases`, file)).status).toBe(201);
});
afterAll(() => store.close());

describe('GET /api/workspaces/{workspace}/cohort', () => {
  it('answers the cohort in the shape its OpenAPI component names, with nothing more', async () => {
    const res = await app.request(`${BASE}/cohort`);
    expect(res.status).toBe(200);
    const parsed = cohortSchema.safeParse(await res.json());
    expect(parsed.error).toBeUndefined();
    const cohort = parsed.data!;
    expect(cohort.asOf).toBe('2025-06-01');
    expect(cohort.counts).toEqual({ firms: 6, rated: 5, notYetRated: 1 });
    expect(cohort.firms.find((f) => f.firmId === 'sl-it-sme')).toMatchObject({ status: 'not_yet_rated', notRatedReason: 'only_unknown' });
    // Every sector firm rates the regulatory challenge High and uses no network type against it.
    expect(cohort.unmetChallenges.find((u) => u.category === 'regulatory_institutional')?.firms).toHaveLength(5);
    expect(cohort.sharedGaps.length).toBeGreaterThan(0);
    expect(cohort.institutions.length).toBeGreaterThan(0);
  });

  it('answers a workspace that does not exist with an empty cohort', async () => {
    const res = await app.request('/api/workspaces/nobody-here/cohort');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { counts: unknown }).counts).toEqual({ firms: 0, rated: 0, notYetRated: 0 });
  });

  it('names the schemas and words the summaries as the API does everywhere', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { summary: string }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths[`/api/workspaces/{workspace}/cohort`]?.['get']?.summary).toMatch(/^Show the cohort of a workspace: /);
    expect(doc.paths[`/api/workspaces/{workspace}/cohort/snapshots`]?.['post']?.summary).toBe("Add a dated snapshot of the cohort's figures");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Cohort', 'CohortFirm', 'UnmetChallenge', 'SharedGap', 'NeededInstitution', 'CohortTrend']),
    );
  });
});

describe('POST /api/workspaces/{workspace}/cohort/snapshots', () => {
  it('adds today’s snapshot (201), replaces it when taken again the same day (200), and the cohort shows it', async () => {
    const first = await post(`${BASE}/cohort/snapshots`, '{}');
    expect(first.status).toBe(201);
    const taken = takenSnapshotSchema.parse(await first.json());
    expect(taken).toMatchObject({ replaced: false, snapshot: { date: '2025-06-01', figures: { firms: 6, rated: 5, notYetRated: 1 } } });
    expect(taken.cohort.trend.dates).toEqual(['2025-06-01']);

    const again = await post(`${BASE}/cohort/snapshots`, '{}');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { replaced: boolean }).replaced).toBe(true);

    const cohort = cohortSchema.parse(await (await app.request(`${BASE}/cohort`)).json());
    expect(cohort.trend.dates).toEqual(['2025-06-01']);
    expect(cohort.trend.firms).toEqual([{ date: '2025-06-01', value: 6, change: null }]);
    // Today's snapshot is no earlier one to count a change from.
    expect(cohort.trend.comparedWith).toBeNull();
  });

  it('refuses a body that is not an empty object, and a workspace that does not exist', async () => {
    const extra = await post(`${BASE}/cohort/snapshots`, '{"date":"2020-01-01"}');
    expect(extra.status).toBe(422);
    const missing = await post('/api/workspaces/nobody-here/cohort/snapshots', '{}');
    expect(missing.status).toBe(404);
    expect(await store.cohortSnapshots.list('nobody-here')).toEqual([]);
    const noType = await app.request(`${BASE}/cohort/snapshots`, { method: 'POST', body: '{}' });
    expect(noType.status).toBe(415);
  });
});

describe('the cohort with login required', () => {
  it('lets a viewer read the cohort and refuses it a snapshot', async () => {
    const secured = await openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      const securedApp = createApp({ store: secured, now: () => NOW, logger: silentLogger, auth: 'required' });
      const { user } = await addUser(
        secured,
        { email: 'viewer@agency.example', password: 'correct horse battery staple', workspace: 'agency', role: 'viewer' },
        NOW,
      );
      const { token } = await createApiToken(secured, user.id, { name: 'dashboard', scope: 'write' }, NOW);
      const headers = { authorization: `Bearer ${token}` };
      expect((await securedApp.request(`${BASE}/cohort`, { headers })).status).toBe(200);
      const refused = await securedApp.request(`${BASE}/cohort/snapshots`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(403);
      expect(await secured.cohortSnapshots.list('agency')).toEqual([]);
    } finally {
      await secured.close();
    }
  });
});
