/**
 * The web app: its built files from dist/web (`npm run build`), and index.html for every other
 * GET outside /api, so that each view has a URL of its own that can be bookmarked and shared.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { InputError } from '../../shared/errors.js';

/** Scripts, styles and workers come from this server only; styles may be inline (charts and the map set them). */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A built asset's name: hashed by Vite, one path segment, no dots at the start (no traversal). */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.([a-z0-9]+)$/;

async function readOrUndefined(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Foothold</title></head><body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto">
<h1>Foothold</h1><p>The web app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The API answers meanwhile; it is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

export function registerWebRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    const match = ASSET_NAME.exec(name);
    const type = match?.[1] === undefined ? undefined : TYPES[match[1]];
    const body = type === undefined ? undefined : await readOrUndefined(join(deps.webRoot, 'assets', name));
    if (body === undefined || type === undefined) return c.json({ error: { code: 'not_found', message: `no asset ${name}` } }, 404);
    // Vite puts a content hash in every asset's name: a new build has new names, so they may be kept for a year.
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
  });

  const page = async (c: Context) => {
    try {
      decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      throw new InputError('the path is not valid percent-encoded UTF-8');
    }
    const index = await readOrUndefined(join(deps.webRoot, 'index.html'));
    return c.body(index === undefined ? NOT_BUILT : new Uint8Array(index), 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': APP_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
  };
  app.get('/', page);
  // Any other path outside /api is a view of the app; the app shows its own "not found" for a path it does not know.
  app.get('/:view{(?!api/|api$|assets/).+}', page);
}
