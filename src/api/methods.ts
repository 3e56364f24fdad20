/**
 * Which methods a path takes, asked of the app's own router, so that a wrong method on a route that
 * exists gets 405 with an `Allow` header, and a path no route has stays 404.
 */
import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Router } from 'hono/router';
import type { RouterRoute } from 'hono/types';

/** What allowedMethods needs of an app: its routes and the router that matches them. */
export interface RoutedApp<Handler> {
  routes: RouterRoute[];
  router: Router<[Handler, RouterRoute]>;
}

/** Middleware is registered under the method ALL; it never makes a path a route. */
const MIDDLEWARE = 'ALL';

/** True when a route (not only middleware) answers this request's method and path. */
export function hasRoute(c: Context): boolean {
  return matchedRoutes(c).some((route) => route.method !== MIDDLEWARE);
}

/** The methods some route takes at this path, in a fixed order; HEAD wherever GET is (Hono answers HEAD with GET). Empty when no route has the path. */
export function allowedMethods<Handler>(app: RoutedApp<Handler>, path: string): string[] {
  const registered = new Set(app.routes.map((route) => route.method).filter((method) => method !== MIDDLEWARE));
  const allowed = new Set<string>();
  for (const method of registered) {
    const [matches] = app.router.match(method, path);
    if (matches.some(([[, route]]) => route.method !== MIDDLEWARE)) allowed.add(method);
  }
  if (allowed.has('GET')) allowed.add('HEAD');
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => allowed.has(method));
}
