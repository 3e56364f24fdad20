// A wrong method on a route that exists is 405 with an Allow header; a path no route has is 404;
// a body that is not JSON is 415 only where a route takes the method. All in the JSON error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { dumpTables } from '../test-support/stores.js';
import { createApp } from './app.js';
import { silentLogger } from './deps.js';
import { allowedMethods } from './methods.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const ws = '/api/workspaces/default';
type ErrorBody = { error: { code: string; message: string } };

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger });
  const res = await app.request(`${ws}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleCaseInput()) });
  expect(res.status).toBe(201);
});
afterAll(() => store.close());

describe('a method the route does not take', () => {
  it.each([
    ['DELETE', `${ws}/firms`, 'GET, HEAD, POST'],
    ['PUT', `${ws}/report?firms=acme`, 'GET, HEAD'],
    ['POST', `${ws}/firms/acme/analysis`, 'GET, HEAD'],
    ['PATCH', `${ws}/firms/acme/ties/tie-agency`, 'GET, HEAD, PUT, DELETE'],
    ['DELETE', `${ws}/cases`, 'POST'],
    ['PUT', '/api/health', 'GET, HEAD'],
    ['OPTIONS', '/api/openapi.json', 'GET, HEAD'],
  ])('%s %s is 405, allowing %s, and changes nothing', async (method, path, allow) => {
    const before = await dumpTables(store);
    const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, ...(method === 'DELETE' ? {} : { body: '{}' }) });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    const { error } = (await res.json()) as ErrorBody;
    expect(error).toEqual({ code: 'method_not_allowed', message: `${method} is not allowed on ${path.split('?')[0]}; it takes ${allow}` });
    expect(await dumpTables(store)).toEqual(before);
  });

  it('is 405 rather than 415 when the body is not JSON either: the method is what is wrong', async () => {
    const res = await app.request(`${ws}/report?firms=acme`, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(res.status).toBe(405);
  });

  it('is still 403 for a foreign Origin: the guards come first', async () => {
    const res = await app.request(`${ws}/firms`, { method: 'DELETE', headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });
});

describe('a path no route has', () => {
  it.each(['GET', 'POST', 'DELETE'])('is 404 for %s, body or not', async (method) => {
    const res = await app.request('/api/nothing', { method, headers: { 'content-type': 'text/plain' }, ...(method === 'POST' ? { body: 'x' } : {}) });
    expect(res.status).toBe(404);
    expect(res.headers.get('allow')).toBeNull();
    expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
  });

  it('is 404 one segment past a route, and with a trailing slash', async () => {
    expect((await app.request(`${ws}/firms/acme/ties/tie-agency/more`, { method: 'DELETE' })).status).toBe(404);
    expect((await app.request(`${ws}/firms/`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('a body that is not JSON', () => {
  it('is 415 on a route that takes the method', async () => {
    const res = await app.request(`${ws}/firms/acme/actors`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error.code).toBe('unsupported_media_type');
  });
});

describe('allowedMethods', () => {
  it('lists the methods of a path in a fixed order, HEAD beside GET, and nothing for an unknown path', () => {
    expect(allowedMethods(app, `${ws}/firms/acme`)).toEqual(['GET', 'HEAD', 'PUT', 'DELETE']);
    expect(allowedMethods(app, '/')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(app, '/api/nothing')).toEqual([]);
  });
});
