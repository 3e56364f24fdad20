// The evidence routes in-process: a transcript uploaded into a source, a segment coded in it, the
// codebook, the matrix, two coders' agreement, a .qdpx out and into another firm, the pseudonymized
// copy; and the refusals (a CORS-safelisted body type, a second text, a bad coders list).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { sampleCaseText } from '../../test-support/samples.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const FIRM = '/api/workspaces/default/firms/company-a';
const TEXT = 'IA: Сайн 👋 we met the regulator.\n\nIA: A distributor in Sweden helped us.';

const json = (body: unknown, method = 'POST') => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2026-12-01T10:00:00Z'), logger: silentLogger });
  for (const id of ['company-a', 'sl-it-sme']) {
    const res = await app.request('/api/workspaces/default/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sampleCaseText(id),
    });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => store.close());

describe('transcripts and coding over HTTP', () => {
  it('stores an uploaded transcript, refuses a second one and a CORS-safelisted body type', async () => {
    await app.request(`${FIRM}/sources`, json({ id: 'src-ia-2026', kind: 'interview', title: 'Follow-up interview', participantId: 'IA' }));
    const upload = (type: string) =>
      app.request(`${FIRM}/sources/src-ia-2026/transcript?name=ia.md`, { method: 'POST', headers: { 'content-type': type }, body: TEXT });
    const res = await upload('application/octet-stream');
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: 'transcript-src-ia-2026',
      source: 'src-ia-2026',
      format: 'markdown',
      length: [...TEXT].length,
      turns: 2,
      speakers: ['IA'],
    });
    expect((await upload('application/octet-stream')).status).toBe(422);
    expect((await upload('text/plain')).status).toBe(415);
  });

  it('codes a span of it by two coders and compares them', async () => {
    // "IA: A distributor in Sweden helped us." starts after the first turn and the blank line.
    const quote = 'IA: A distributor in Sweden helped us.';
    const start = [...TEXT].length - [...quote].length;
    const span = { transcript: 'transcript-src-ia-2026', start, end: [...TEXT].length };
    const post = (id: string, codes: string[], coder: string) =>
      app.request(`${FIRM}/segments`, json({ id, source: 'src-ia-2026', quote, span, codes, coder }));
    expect((await post('seg-ia-mb', ['network:business'], 'MB')).status).toBe(201);
    expect((await post('seg-ia-jk', ['network:business', 'benefit:market_access'], 'JK')).status).toBe(201);
    const res = await app.request(`${FIRM}/agreement?source=src-ia-2026`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { coders: string[]; perCode: { code: string; kappa: number | null }[]; disagreements: { unit: number; code: string }[] };
    expect(body.coders).toEqual(['JK', 'MB']);
    // Two turns; business by both on turn 2 only → po 1, pe 1/4 + 1/4 = 1/2, κ 1. Market access by JK alone → κ 0.
    expect(body.perCode).toMatchObject([
      { code: 'benefit:market_access', kappa: 0 },
      { code: 'network:business', kappa: 1 },
    ]);
    expect(body.disagreements).toEqual([{ unit: 1, start, end: span.end, code: 'benefit:market_access', appliedBy: 'A' }]);
    expect((await app.request(`${FIRM}/agreement?source=src-ia-2026&coders=MB`)).status).toBe(422);
  });

  it('suggests codes for a passage with the words found, and for a stored segment from the records citing it', async () => {
    const passage = await app.request(`${FIRM}/code-suggestions?transcript=transcript-src-ia-2026&start=0&end=32`);
    expect(passage.status).toBe(200);
    const body = (await passage.json()) as { suggestions: { code: string; because: string }[] };
    // "IA: Сайн 👋 we met the regulator." — "regulator" is a keyword of institutional networks and of the
    // regulatory challenge: one word each, so codebook order decides.
    expect(body.suggestions.map((s) => s.code)).toEqual(['network:institutional', 'challenge:regulatory_institutional']);
    expect(body.suggestions[1]?.because).toContain('“regulat…”');
    // A sample segment that backs a rating: its citations are already its codes, so only keywords remain.
    const cited = (await (await app.request(`${FIRM}/code-suggestions?segment=seg-ia-jk`)).json()) as { suggestions: { code: string }[] };
    expect(cited.suggestions.map((s) => s.code)).not.toContain('network:business');
    expect((await app.request(`${FIRM}/code-suggestions?transcript=transcript-src-ia-2026`)).status).toBe(422);
    expect((await app.request(`${FIRM}/code-suggestions?segment=nothing`)).status).toBe(404);
  });

  it('lists the codebook and tabulates the matrix with the new quote in it', async () => {
    const codebook = (await (await app.request(`${FIRM}/codebook`)).json()) as { id: string; uses: number; origin: string }[];
    expect(codebook.find((e) => e.id === 'key_people')).toMatchObject({ origin: 'own' });
    const matrix = (await (await app.request('/api/workspaces/default/framework-matrix?firms=company-a,sl-it-sme')).json()) as {
      firms: { id: string }[];
      cells: { firm: string; code: string; segments: string[] }[];
    };
    expect(matrix.firms.map((f) => f.id)).toEqual(['company-a', 'sl-it-sme']);
    expect(matrix.cells.find((c) => c.firm === 'company-a' && c.code === 'network:business')?.segments).toContain('seg-ia-mb');
  });

  it('sends a .qdpx that another firm imports with its transcript and segments', async () => {
    const res = await app.request('/api/workspaces/default/qdpx?firms=company-a');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="company-a.qdpx"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const imported = await app.request('/api/workspaces/default/firms/sl-it-sme/qdpx?kind=interview&name=a.qdpx', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: bytes,
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ sources: 1, segments: 2, skipped: [] });
    const qdc = await app.request('/api/workspaces/default/qdc?firms=company-a');
    expect(await qdc.text()).toContain('urn:QDA-XML:codebook:1.0');
  });

  it('answers a pseudonymized copy without storing it', async () => {
    const res = await app.request(`${FIRM}/anonymized?firmName=Firm%20F&replace=Sweden%3Da%20Nordic%20country`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { caseFile: { firm: { name: string } }; pseudonyms: { original: string }[] };
    expect(body.caseFile.firm.name).toBe('Firm F');
    expect(JSON.stringify(body.caseFile)).not.toContain('Sweden');
    expect((await app.request(`${FIRM}/anonymized?replace=nonsense`)).status).toBe(422);
  });
});
