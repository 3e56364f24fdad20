// The market and reference routes in-process: a ranking with candidates and weights, the refusals
// (bad code, bad weights, unknown firm), blocs on a day and the institutions directory filtered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const ranking = '/api/workspaces/default/firms/company-b/market-ranking';

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2026-12-01T10:00:00Z'), logger: silentLogger });
  const res = await app.request('/api/workspaces/default/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: sampleCaseText('company-b'),
  });
  expect(res.status).toBe(201);
});
afterAll(async () => store.close());

interface Ranking {
  home: string;
  day: string;
  weights: Record<string, number>;
  markets: { country: string; rank: number; score: number; parts: { part: string; contribution: number }[] }[];
  sources: Record<string, string>;
}

describe('GET …/market-ranking', () => {
  it('ranks the candidates given, with the parts adding up to each score and the sources', async () => {
    const res = await app.request(`${ranking}?candidates=CN&candidates=KG&candidates=KZ`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Ranking;
    expect(body.home).toBe('MN');
    expect(body.day).toBe('2026-12-01');
    expect(body.markets.map((m) => m.country).indexOf('CN')).toBe(2);
    for (const m of body.markets) expect(m.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(m.score, 12);
    expect(Object.keys(body.sources).sort()).toEqual(['blocs', 'countries', 'incomeGroups', 'speakers']);
  });

  it('takes weights as part=number pairs, the others at their default', async () => {
    const body = (await (await app.request(`${ranking}?candidates=KZ&weights=${encodeURIComponent('reach=0,bloc=4')}`)).json()) as Ranking;
    expect(body.weights).toMatchObject({ reach: 0, bloc: 4, language: 1 });
  });

  it('refuses a candidate that is no country code, weights it cannot read, and a firm it does not have', async () => {
    const badCode = await app.request(`${ranking}?candidates=KZ&candidates=kz`);
    expect(badCode.status).toBe(422);
    expect(JSON.stringify(await badCode.json())).toContain('/query/candidates/1');
    const badWeights = await app.request(`${ranking}?weights=${encodeURIComponent('size=3')}`);
    expect(badWeights.status).toBe(400);
    expect(((await badWeights.json()) as { error: { message: string } }).error.message).toContain('unknown ranking part "size"');
    expect((await app.request('/api/workspaces/default/firms/nobody/market-ranking')).status).toBe(404);
  });
});

describe('GET /api/reference/blocs', () => {
  it('lists the blocs a country belongs to on a day, the members of that day', async () => {
    const res = await app.request('/api/reference/blocs?country=GB&on=2020-06-01');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { on: string; blocs: { code: string; members: { country: string }[] }[] };
    expect(body.on).toBe('2020-06-01');
    const codes = body.blocs.map((b) => b.code);
    expect(codes).toContain('EEA');
    expect(codes).not.toContain('EU');
    const today = (await (await app.request('/api/reference/blocs')).json()) as { on: string; blocs: { code: string; members: { country: string }[] }[] };
    expect(today.on).toBe('2026-12-01');
    expect(
      today.blocs
        .find((b) => b.code === 'EAEU')
        ?.members.map((m) => m.country)
        .sort(),
    ).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU']);
  });

  it('refuses a day that is not in the calendar', async () => {
    expect((await app.request('/api/reference/blocs?on=2026-02-30')).status).toBe(422);
  });
});

describe('GET /api/reference/institutions', () => {
  it('filters by country, challenge and kind, each entry with its source and date', async () => {
    const res = await app.request('/api/reference/institutions?country=KR&helps=knowledge_experience');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      recordedOn: string;
      institutions: { id: string; country: string; helps: string[]; source: { url: string }; asOf: string }[];
    };
    expect(body.institutions.map((i) => i.id)).toContain('kotra');
    for (const i of body.institutions) {
      expect(i.country).toBe('KR');
      expect(i.helps).toContain('knowledge_experience');
      expect(i.source.url).toMatch(/^https:\/\//);
      expect(i.asOf <= body.recordedOn).toBe(true);
    }
    const regulators = (await (await app.request('/api/reference/institutions?kind=regulator')).json()) as { institutions: { kind: string }[] };
    expect(regulators.institutions.length).toBeGreaterThan(3);
    expect(regulators.institutions.every((i) => i.kind === 'regulator')).toBe(true);
  });

  it('refuses an unknown challenge category', async () => {
    expect((await app.request('/api/reference/institutions?helps=weather')).status).toBe(422);
  });
});
