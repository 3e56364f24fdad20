// The load benchmark's reverse proxy (bench/load.ts runs it as a process of its own): node:http,
// round-robin over the app processes, keep-alive connections to them, and the headers a real proxy
// adds (X-Forwarded-For with the client's address appended, X-Forwarded-Proto), which the apps
// believe because they run with --trust-proxy. Hop-by-hop headers are not passed on (RFC 9110 §7.6.1).
// Usage: node --import tsx bench/load/proxy.ts <listen port, 0 for any> <app port> [<app port> …]
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const [listen, ...upstreams] = process.argv.slice(2).map(Number);
if (listen === undefined || upstreams.length === 0 || [listen, ...upstreams].some((p) => !Number.isInteger(p))) {
  process.stderr.write('usage: proxy.ts <listen port> <app port> [<app port> …]\n');
  process.exit(2);
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
function passedOn(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase()),
  );
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !named.has(name)));
}

// Node's server closes a keep-alive connection idle for 5 s. An agent without a timeout of its own
// keeps idle sockets for ever (it heeds the server's Keep-Alive hint only to shorten a timeout it
// has), and one reused just as the server closes it fails with ECONNRESET: give idle sockets 4 s.
const agent = new http.Agent({ keepAlive: true, timeout: 4_000 });
let next = 0;
const counts = upstreams.map(() => 0);

/** Sends the request to one app; a GET or HEAD that met a closing keep-alive socket is sent once more, as nginx would. */
function forward(req: http.IncomingMessage, res: http.ServerResponse, index: number, retried: boolean): void {
  counts[index]!++;
  const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter((v) => v !== undefined && v !== '').join(', ');
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: upstreams[index],
      method: req.method,
      path: req.url,
      headers: { ...passedOn(req.headers), 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http' },
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, passedOn(answer.headers));
      answer.pipe(res);
    },
  );
  upstream.on('error', (err: NodeJS.ErrnoException) => {
    if (!retried && upstream.reusedSocket && err.code === 'ECONNRESET' && (req.method === 'GET' || req.method === 'HEAD')) {
      forward(req, res, (index + 1) % upstreams.length, true);
      return;
    }
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'bad_gateway', message: err.message } }));
  });
  if (req.method === 'GET' || req.method === 'HEAD') upstream.end();
  else req.pipe(upstream);
}

const server = http.createServer((req, res) => forward(req, res, next++ % upstreams.length, false));
server.keepAliveTimeout = 65_000;
server.listen(listen, '127.0.0.1', () => {
  process.stdout.write(`proxy listening on ${(server.address() as AddressInfo).port}\n`);
});
// The parent reads how the requests were spread before it stops the proxy.
process.on('SIGTERM', () => {
  process.stdout.write(`proxy spread ${JSON.stringify(counts)}\n`);
  server.close();
  server.closeAllConnections();
  agent.destroy();
});
