// The guards on the real server (node's HTTP parser in front of the app), with requests written byte
// for byte: a page's cross-site text/plain POST, a rebinding Host, odd paths, a huge declared body.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../src/core/case-file/test-case.js';
import { freshDataDir } from './cli/run-cli.js';
import { serve, type Served } from './e2e/serve.js';

let server: Served;
let port: number;

/** Sends raw HTTP/1.1 and resolves with the status line and the body. */
function raw(text: string): Promise<{ status: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (chunk) => (out += chunk.toString()));
    socket.on('close', () => resolve({ status: out.split('\r\n')[0] ?? '', body: out.slice(out.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
    socket.write(text);
  });
}
const get = (path: string, host = 'localhost') => raw(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
  server = await serve(freshDataDir());
  port = Number(new URL(server.url).port);
  const res = await fetch(`${server.url}/api/workspaces/default/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sampleCaseInput()),
  });
  expect(res.status).toBe(201);
});
afterAll(() => server.stop());

describe('a running server', () => {
  it('refuses the cross-site form post a web page could send, and keeps the firm', async () => {
    const body = JSON.stringify({ ...sampleCaseInput(), firm: { ...sampleCaseInput().firm, name: 'Overwritten' } });
    const res = await raw(
      `POST /api/workspaces/default/cases?replace=true HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://evil.example\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(res.status).toMatch(/^HTTP\/1\.1 (403|415) /);
    const firm = (await (await fetch(`${server.url}/api/workspaces/default/firms/acme`)).json()) as { record: { name: string } };
    expect(firm.record.name).toBe('Acme Oy');
  });

  it('refuses a rebinding host name, answers loopback and IP hosts', async () => {
    expect((await get('/api/health', 'evil.example')).status).toBe('HTTP/1.1 403 Forbidden');
    expect((await get('/api/health', `evil.example:${port}`)).status).toBe('HTTP/1.1 403 Forbidden');
    expect((await get('/api/health', 'evil example')).status).toBe('HTTP/1.1 400 Bad Request');
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`])
      expect((await get('/api/health', host)).status, host).toBe('HTTP/1.1 200 OK');
  });

  it('answers malformed paths and queries with 4xx and a JSON error, never 500', async () => {
    for (const path of [
      '/api/workspaces/default/firms/a%00b',
      '/api/workspaces/%ff/firms',
      '/api/workspaces/default/tables/9?firms=acme&format=%ff%fe',
      '/%ff%fe',
    ]) {
      const res = await get(path);
      expect(res.status, path).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(JSON.parse(res.body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$/g, '')), path).toHaveProperty('error.code');
    }
  });

  it('refuses a body declared larger than the limit before reading it', async () => {
    const res = await raw(
      'POST /api/workspaces/default/cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{}',
    );
    expect(res.status).toBe('HTTP/1.1 413 Payload Too Large');
  });
});
