import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphml } from '../../core/graph/graphml-read.js';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCase, sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const firm = '/api/workspaces/default/firms/company-b';

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  const res = await app.request('/api/workspaces/default/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: sampleCaseText('company-b'),
  });
  expect(res.status).toBe(201);
});
afterAll(async () => store.close());

describe('GET …/firms/{firmId}/network', () => {
  it('sends the network as GraphML by default, with every key person and actor', async () => {
    const res = await app.request(`${firm}/network`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="foothold-network-company-b.graphml"');
    const read = readGraphml(await res.text());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const c = sampleCase('company-b');
    expect(read.graph.ids).toEqual(['company-b', ...c.keyPeople.map((p) => p.id), ...c.actors.map((a) => a.id)]);
  });

  it('sends GEXF and each of Gephi’s CSV tables', async () => {
    const gexf = await app.request(`${firm}/network?format=gexf`);
    expect(gexf.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(await gexf.text()).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const nodes = await app.request(`${firm}/network?format=nodes.csv`);
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="foothold-network-company-b-nodes.csv"');
    expect((await nodes.text()).split('\n')[1]).toBe('company-b,Company B,firm,,,,MN,pharmaceuticals,');
    const edges = await app.request(`${firm}/network?format=edges.csv`);
    expect((await edges.text()).startsWith('Source,Target,Type,Id,Label,Weight,')).toBe(true);
  });

  it('answers 404 for a firm that is not there and 400 for a format it does not know', async () => {
    expect((await app.request('/api/workspaces/default/firms/nope/network')).status).toBe(404);
    const bad = await app.request(`${firm}/network?format=pajek`);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('format');
  });
});

describe('GET …/firms/{firmId}/nurture', () => {
  it('lists the ties due for contact as of the server’s day, and sends them as iCalendar', async () => {
    const small = readFileSync(new URL('../../core/graph/fixtures/small-firm.case.json', import.meta.url), 'utf8');
    expect((await app.request('/api/workspaces/default/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body: small })).status).toBe(
      201,
    );
    const res = await app.request('/api/workspaces/default/firms/acme/nurture');
    expect(res.status).toBe(200);
    // The server's day is 2025-06-01: t3 (strength 2, last contact 2024-12-01) falls due on 2025-12-01.
    expect(((await res.json()) as { tieId: string; reason: string }[]).map((i) => [i.tieId, i.reason])).toEqual([['t1', 'no-contact-recorded']]);
    const within = (await (await app.request('/api/workspaces/default/firms/acme/nurture?within=200')).json()) as { tieId: string; dueOn?: string }[];
    expect(within.map((i) => [i.tieId, i.dueOn])).toEqual([
      ['t3', '2025-12-01'],
      ['t1', undefined],
    ]);
    const ics = await app.request('/api/workspaces/default/firms/acme/nurture?within=200&format=ics');
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('content-disposition')).toBe('attachment; filename="foothold-nurture-acme.ics"');
    expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20251201');
    expect((await app.request('/api/workspaces/default/firms/acme/nurture?within=-1')).status).toBe(422);
  });
});

describe('GET …/firms/{firmId}/brokers', () => {
  it('names who bridges Company B to the Kyrgyz Republic, as the case tells it (a former manager’s friend, the representative)', async () => {
    const res = await app.request(`${firm}/brokers?market=KG`);
    expect(res.status).toBe(200);
    const b = (await res.json()) as {
      markets: { market: string; reached: { id: string; path: string[] }[]; bridges: { id: string }[] }[];
      brokers: { id: string }[];
    };
    expect(b.markets.map((m) => m.market)).toEqual(['KG']);
    expect(b.markets[0]?.reached.find((r) => r.id === 'actor-kg-friend')?.path).toEqual(['company-b', 'actor-former-manager', 'actor-kg-friend']);
    expect(b.markets[0]?.bridges.map((x) => x.id)).toContain('actor-former-manager');
    expect(b.brokers[0]?.id).toBe('actor-kg-representative');
  });

  it('refuses a market that is not a country code', async () => {
    expect((await app.request(`${firm}/brokers?market=KGZ`)).status).toBe(422);
  });
});

describe('GET …/firms/{firmId}/paths', () => {
  interface Paths {
    target: string;
    targetCount: number;
    truncated: boolean;
    paths: {
      score: number;
      target: { id: string };
      hops: { from: string; to: string; tieId: string | null; networkType: string | null; strength: number | null; weight: number }[];
    }[];
  }

  it('ranks the warm paths into a market, strongest first, each hop with its tie', async () => {
    const res = await app.request(`${firm}/paths?market=KG`);
    expect(res.status).toBe(200);
    const r = (await res.json()) as Paths;
    expect(r).toMatchObject({ target: 'actors in KG', truncated: false });
    expect(r.paths.map((p) => p.target.id)).toEqual(['actor-kg-representative', 'actor-kg-friend']);
    expect(r.paths[1]!.hops.map((h) => [h.from, h.to, h.networkType])).toEqual([
      ['company-b', 'actor-former-manager', 'social'],
      ['actor-former-manager', 'actor-kg-friend', 'social'],
    ]);
    const scores = r.paths.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The score is the product of the hops' weights.
    const friend = r.paths[1]!;
    expect(friend.score).toBeCloseTo(
      friend.hops.reduce((p, h) => p * h.weight, 1),
      6,
    );
  });

  it('reaches one actor, keeps to maxHops and top', async () => {
    const one = (await (await app.request(`${firm}/paths?to=actor-kg-friend&maxHops=2&top=1`)).json()) as Paths;
    expect(one.paths).toHaveLength(1);
    expect(one.paths[0]!.hops).toHaveLength(2);
    const short = (await (await app.request(`${firm}/paths?to=actor-kg-friend&maxHops=1`)).json()) as Paths;
    expect(short.paths).toEqual([]);
  });

  it('refuses a request without exactly one target, or with limits out of range, and an unknown actor', async () => {
    expect((await app.request(`${firm}/paths`)).status).toBe(400);
    expect((await app.request(`${firm}/paths?market=KG&to=actor-kg-friend`)).status).toBe(400);
    expect((await app.request(`${firm}/paths?market=KG&maxHops=9`)).status).toBe(422);
    expect((await app.request(`${firm}/paths?orgKind=wizard`)).status).toBe(422);
    const missing = await app.request(`${firm}/paths?to=nobody`);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).toContain('nobody');
  });
});
