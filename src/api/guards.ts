/**
 * Refuses requests a browser could be tricked into sending to a Foothold on this machine, before
 * any route runs (see docs/decisions/0006-untrusted-input.md):
 * - DNS rebinding: the Host must be an IP address or an allowed name (loopback names by default);
 * - cross-site requests: a present Origin must be this server's own origin;
 * - "simple" cross-site forms and fetches: a body sent with POST, PUT or PATCH to a route that takes
 *   that method must be application/json, which no page can send to another origin without a CORS
 *   preflight. A method or path no route takes reaches no handler, so it is left to the 404 and 405.
 * Sessions and CSRF tokens come with accounts (the multi-user server); these guards stay under them.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { ForbiddenError, UnsupportedMediaTypeError } from '../shared/errors.js';
import { hostNameOf, isAllowedHost } from './hosts.js';
import { hasRoute } from './methods.js';

export { DEFAULT_ALLOWED_HOSTS, hostNameOf, isAllowedHost } from './hosts.js';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Routes that take a file as the raw body instead of JSON (a contact export), by their Hono path,
 * with the media types they accept. None of these is CORS-safelisted (text/plain and the form
 * encodings are), so a page on another origin cannot send one without a preflight, which this
 * server does not answer: they are as safe from cross-site requests as JSON.
 */
export const FILE_BODY_ROUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['/api/workspaces/:workspace/firms/:firmId/contacts/import', ['text/csv', 'text/vcard', 'text/x-vcard', 'application/octet-stream']],
  ['/api/graph-metrics', ['application/graphml+xml', 'application/xml', 'text/xml', 'application/octet-stream']],
  [
    '/api/workspaces/:workspace/firms/:firmId/sources/:sourceId/transcript',
    [
      'text/markdown',
      'text/vtt',
      'application/x-subrip',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/octet-stream',
    ],
  ],
  ['/api/workspaces/:workspace/firms/:firmId/qdpx', ['application/zip', 'application/x-qdpx', 'application/octet-stream']],
]);

/** The media types a file-taking route accepts, or undefined when the route takes JSON. */
function fileBodyTypes(c: Context): readonly string[] | undefined {
  for (const route of matchedRoutes(c)) {
    const types = route.method === c.req.method ? FILE_BODY_ROUTES.get(route.path) : undefined;
    if (types !== undefined) return types;
  }
  return undefined;
}

function requestHost(url: string, header: string | undefined): string {
  return header ?? new URL(url).host;
}

export function requestGuards(allowedHosts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = requestHost(c.req.url, c.req.header('host'));
    if (!isAllowedHost(host, allowedHosts)) {
      throw new ForbiddenError(
        `this server does not answer to the host "${hostNameOf(host)}" (a guard against DNS rebinding); it answers to IP addresses and ${allowedHosts.join(', ')}. To reach it by that name, the server must be started with the name among its allowed hosts (FOOTHOLD_ALLOWED_HOSTS=${hostNameOf(host) || 'NAME'})`,
      );
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const own = new URL(c.req.url);
      let theirs: URL | undefined;
      try {
        theirs = new URL(origin);
      } catch {
        theirs = undefined;
      }
      if (theirs === undefined || theirs.host !== own.host || (theirs.protocol !== 'http:' && theirs.protocol !== 'https:')) {
        throw new ForbiddenError(`cross-site request refused: it comes from ${JSON.stringify(origin)}, not from this server (${own.protocol}//${own.host})`);
      }
    }
    if (METHODS_WITH_BODY.has(c.req.method) && hasRoute(c)) {
      const type = c.req.header('content-type');
      const fileTypes = fileBodyTypes(c);
      if (fileTypes !== undefined) {
        const given = type?.split(';')[0]?.trim().toLowerCase();
        if (given === undefined || !fileTypes.includes(given)) {
          throw new UnsupportedMediaTypeError(
            `send the file itself as the body, with the header Content-Type set to ${fileTypes.slice(0, -1).join(', ')} or ${fileTypes.at(-1) ?? ''}${type === undefined ? ' (none was given)' : `, not ${JSON.stringify(type)}`}`,
          );
        }
      } else if (!isJsonMediaType(type)) {
        throw new UnsupportedMediaTypeError(
          `send the body as JSON with the header "Content-Type: application/json"${type === undefined ? ' (none was given)' : `, not ${JSON.stringify(type)}`}`,
        );
      }
    }
    await next();
  };
}

/** application/json, optionally with charset=utf-8 and nothing else. */
export function isJsonMediaType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || p.replace(/\s+/g, '') === 'charset=utf-8' || p.replace(/\s+/g, '') === 'charset="utf-8"');
}
