import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.js';
import type { CaseStore } from '../../store/types.js';
import { createApp } from '../app.js';
import { silentLogger } from '../deps.js';
import { APP_CSP } from './routes.js';

let store: CaseStore;
let built: string;

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  built = mkdtempSync(join(tmpdir(), 'foothold-web-'));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>Foothold</title><div id="root"></div>');
  writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(built, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(built, 'secret.txt'), 'not an asset');
});

afterAll(async () => {
  await store.close();
});

const app = (webRoot: string) => createApp({ store, now: () => new Date(0), logger: silentLogger, webRoot });

describe('the web app', () => {
  it('serves index.html at / and at every view path, with a strict content security policy', async () => {
    for (const path of ['/', '/w/default', '/w/default/firms/acme/network', '/nowhere']) {
      const res = await app(built).request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
  });

  it('serves built assets with their type and a long cache, and nothing outside assets/', async () => {
    const js = await app(built).request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1)');
    expect((await app(built).request('/assets/index-abc123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    for (const path of ['/assets/missing.js', '/assets/..%2Fsecret.txt', '/assets/.hidden.js', '/assets/secret', '/assets/x.exe']) {
      const res = await app(built).request(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    // "/assets/../secret.txt" is "/secret.txt" once the URL is read: a view path, which gets the app, never the file.
    expect(await (await app(built).request('/assets/../secret.txt')).text()).not.toContain('not an asset');
  });

  it('leaves /api to the API: an unknown API path is a JSON 404, not the app', async () => {
    for (const path of ['/api', '/api/nothing', '/api/workspaces/default/nothing']) {
      const res = await app(built).request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
  });

  it('answers a view path that is not valid percent-encoded UTF-8 with a JSON 400', async () => {
    const res = await app(built).request('/w/%ff%fe');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_input');
  });

  it('says how to build the app when it is not built', async () => {
    const res = await app(join(built, 'missing')).request('/w/default');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build');
  });

  it('refuses writes to view paths with 405', async () => {
    const res = await app(built).request('/w/default', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });
});
