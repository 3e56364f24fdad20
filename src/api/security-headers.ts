/**
 * Security headers on every response, refusals and errors included: no framing, no sniffing, no
 * referrer to other sites, and, for everything that is not the web app's page (which sets its own
 * CSP, web/routes.ts), a CSP that lets nothing load or run. HSTS only over HTTPS.
 */
import type { Context, MiddlewareHandler } from 'hono';

/** The request came over HTTPS: its own URL, or (behind a trusted proxy) what the proxy says in X-Forwarded-Proto. */
export function isHttpsRequest(c: Context, trustProxy: boolean): boolean {
  return new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto') === 'https');
}

/** For API answers and downloads: nothing in them is ever meant to run or load anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

const ALWAYS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function securityHeaders(options: { trustProxy?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(ALWAYS)) if (!headers.has(name)) headers.set(name, value);
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', API_CSP);
    if (isHttpsRequest(c, options.trustProxy === true)) headers.set('strict-transport-security', 'max-age=31536000');
  };
}
