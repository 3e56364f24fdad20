import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { createApp } from './app.js';

let store: CaseStore;
const info: { obj: object; msg: string | undefined }[] = [];
const errors: object[] = [];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({
    store,
    now: () => new Date('2025-06-01T00:00:00Z'),
    logger: { info: (obj, msg) => info.push({ obj, msg }), error: (obj) => errors.push(obj) },
  });
});
afterAll(() => store.close());

describe('the request log', () => {
  it('writes one info line per request with method, path (no query), status and milliseconds', async () => {
    info.length = 0;
    await app.request('/api/health');
    await app.request('/api/workspaces/default/tables/9?firms=nope');
    await app.request('/api/workspaces/default/firms', { method: 'DELETE' });
    await app.request('/api/health', { headers: { host: 'evil.example' } });
    expect(info.map((line) => line.msg)).toEqual(['request', 'request', 'request', 'request']);
    expect(info.map(({ obj }) => ({ ...obj, ms: undefined }))).toEqual([
      { method: 'GET', path: '/api/health', status: 200, ms: undefined },
      { method: 'GET', path: '/api/workspaces/default/tables/9', status: 404, ms: undefined },
      { method: 'DELETE', path: '/api/workspaces/default/firms', status: 405, ms: undefined },
      { method: 'GET', path: '/api/health', status: 403, ms: undefined },
    ]);
    for (const { obj } of info) expect((obj as { ms: number }).ms).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
