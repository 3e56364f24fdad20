/** Starts the HTTP server on a port and resolves with its URL once it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { ApiDeps } from './deps.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(deps: ApiDeps, options: { port: number; hostname?: string }): Promise<RunningServer> {
  const app = createApp(deps);
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    server = serve({ fetch: app.fetch, port: options.port, hostname }, (info) => {
      const s = server;
      resolve({
        url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}/`,
        close: () => new Promise<void>((done) => (s === undefined ? done() : s.close(() => done()))),
      });
    });
    server.once('error', reject);
  });
}
