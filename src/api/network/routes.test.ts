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
