// Requests a hostile page, a careless script or a broken export would send: each is refused with a
// 4xx that says why, and the store is exactly as it was afterwards (compared table by table).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { DEFAULT_INPUT_LIMITS } from '../shared/limits.js';
import { dumpTables } from '../test-support/stores.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { createApp } from './app.js';
import { silentLogger, type ApiDeps } from './deps.js';

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const ws = '/api/workspaces/default';

function makeApp(extra: Partial<ApiDeps> = {}) {
  return createApp({ store, now: () => new Date('2025-06-01T00:00:00Z'), logger: silentLogger, ...extra });
}

beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = makeApp();
  const res = await app.request(`${ws}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleCaseInput()) });
  expect(res.status).toBe(201);
});
afterEach(() => store.close());

type ErrorBody = { error: { code: string; message: string; problems?: { pointer: string; message: string }[] } };
const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

/** Sends a request and checks that the store did not change, returning the response. */
async function refused(path: string, init: RequestInit, status: number): Promise<ErrorBody['error']> {
  const before = await dumpTables(store);
  const res = await app.request(path, init);
  expect(res.status, `${init.method ?? 'GET'} ${path}`).toBe(status);
  expect(await dumpTables(store)).toEqual(before);
  return errorOf(res);
}

const jsonPost = (body: string | Uint8Array, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('cross-site writes', () => {
  const overwrite = JSON.stringify({ ...sampleCaseInput(), firm: { ...sampleCaseInput().firm, name: 'Overwritten' } });

  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'text/json',
    'application/json; charset=iso-8859-1',
    undefined,
  ])('refuses a body sent as %s with 415, leaving the firm as it was', async (type) => {
    const error = await refused(
      `${ws}/cases?replace=true`,
      { method: 'POST', headers: type === undefined ? {} : { 'content-type': type }, body: overwrite },
      415,
    );
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('Content-Type: application/json');
    expect(((await (await app.request(`${ws}/firms/acme`)).json()) as { record: { name: string } }).record.name).toBe('Acme Oy');
  });

  it('refuses PUT and record POSTs that are not JSON too', async () => {
    await refused(`${ws}/firms/acme`, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '{"version":1,"record":{}}' }, 415);
    await refused(`${ws}/firms/acme/actors`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"id":"x","name":"X","kind":"person"}' }, 415);
  });

  it('accepts application/json with a UTF-8 charset', async () => {
    const res = await app.request(
      `${ws}/firms/acme/actors`,
      jsonPost('{"id":"x","name":"X","kind":"person"}', { 'content-type': 'application/json; charset=UTF-8' }),
    );
    expect(res.status).toBe(201);
  });

  it('refuses a request from another origin, and one whose origin is hidden ("null")', async () => {
    for (const origin of ['http://evil.example', 'null', 'http://localhost:9999', 'ftp://localhost']) {
      const error = await refused(`${ws}/cases?replace=true`, jsonPost(overwrite, { origin }), 403);
      expect(error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('cross-site request refused') });
    }
    expect((await app.request(`${ws}/firms`, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
  });

  it('accepts requests from its own origin', async () => {
    const res = await app.request(
      `http://localhost:4300${ws}/firms/acme/actors`,
      jsonPost('{"id":"y","name":"Y","kind":"person"}', { origin: 'http://localhost:4300' }),
    );
    expect(res.status).toBe(201);
  });

  it('refuses a foreign Host (DNS rebinding) but answers loopback names, IP addresses and configured names', async () => {
    const error = await refused(`http://evil.example${ws}/firms`, { headers: { host: 'evil.example' } }, 403);
    expect(error.message).toContain('does not answer to the host "evil.example"');
    await refused(`http://evil.example${ws}/cases?replace=true`, jsonPost(overwrite, { host: 'evil.example' }), 403);
    for (const host of ['localhost:4300', '127.0.0.1:4300', '[::1]:4300', '192.168.1.20', 'LOCALHOST']) {
      expect((await app.request(`${ws}/firms`, { headers: { host } })).status, host).toBe(200);
    }
    const named = makeApp({ allowedHosts: ['localhost', 'foothold.example.org'] });
    expect((await named.request(`${ws}/firms`, { headers: { host: 'foothold.example.org:8080' } })).status).toBe(200);
    expect((await named.request(`${ws}/firms`, { headers: { host: 'evil.example' } })).status).toBe(403);
  });
});

describe('what a body may hold', () => {
  it('refuses __proto__ in a case file instead of importing the firm it hides', async () => {
    const smuggled = JSON.stringify({ format: 'foothold.case/1' }).replace(
      '}',
      `,"__proto__":${JSON.stringify({ firm: { ...sampleCaseInput('ghost').firm } })}}`,
    );
    const error = await refused(`${ws}/cases`, jsonPost(smuggled), 422);
    expect(error.problems).toEqual([{ pointer: '/__proto__', message: 'the key "__proto__" is not allowed (it could change how objects behave); remove it' }]);
    expect((await app.request(`${ws}/firms/ghost`)).status).toBe(404);
  });

  it('refuses __proto__ inside a record instead of storing fields that are not in it', async () => {
    const error = await refused(
      `${ws}/firms/acme/ties`,
      jsonPost('{"id":"t9","from":"acme","to":"act-agency","networkType":"social","__proto__":{"strength":5}}'),
      422,
    );
    expect(error.problems?.[0]?.pointer).toBe('/__proto__');
    const nested = await refused(
      `${ws}/firms/acme/ties`,
      jsonPost('{"id":"t9","from":"acme","to":"act-agency","networkType":"social","origin":{"constructor":{}}}'),
      422,
    );
    expect(nested.problems?.[0]?.pointer).toBe('/origin/constructor');
  });

  it('answers deep nesting with 400, not a crash', async () => {
    const error = await refused(`${ws}/cases`, jsonPost(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), 400);
    expect(error.message).toMatch(/^request body: nested deeper than 64 levels at line 1, column \d+/);
    await refused(`${ws}/firms/acme/ties`, jsonPost(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 400);
  });

  it('refuses NUL in text with a pointer to it', async () => {
    const input = sampleCaseInput('nul-firm');
    input.firm.name = 'Mül\u0000ler';
    const error = await refused(`${ws}/cases`, jsonPost(JSON.stringify(input)), 422);
    expect(error.problems).toEqual([{ pointer: '/firm/name', message: 'this text contains the NUL character (U+0000), which cannot be stored; remove it' }]);
  });

  it('refuses bytes that are not UTF-8 and names the byte', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"id":"mueller","name":"M'), Buffer.from([0xfc]), Buffer.from('ller","kind":"person"}')]);
    const error = await refused(`${ws}/firms/acme/actors`, jsonPost(latin1), 400);
    expect(error.message).toBe(
      'request body: not valid UTF-8 at byte 25 (line 1, column 26): 0xFC cannot appear there; save the file as UTF-8 (it may be Latin-1 or Windows-1252)',
    );
  });

  it('takes a body with a UTF-8 byte-order mark, as the CLI does', async () => {
    const res = await app.request(
      `${ws}/firms/acme/actors`,
      jsonPost(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"bom","name":"B","kind":"person"}')])),
    );
    expect(res.status).toBe(201);
  });

  it('refuses impossible dates', async () => {
    const error = await refused(
      `${ws}/firms/acme/ties`,
      jsonPost('{"id":"t9","from":"acme","to":"act-agency","networkType":"social","since":"2024-02-31"}'),
      422,
    );
    expect(error.problems).toEqual([{ pointer: '/since', message: expect.stringContaining('no such day in the calendar') }]);
    expect(
      (await app.request(`${ws}/firms/acme/ties`, jsonPost('{"id":"t9","from":"acme","to":"act-agency","networkType":"social","since":"2024-02-29"}'))).status,
    ).toBe(201);
  });

  it('refuses bodies over the limit with 413, from Content-Length or while reading', async () => {
    const small = makeApp({
      limits: { caseFile: { ...DEFAULT_INPUT_LIMITS.caseFile, maxBytes: 2000 }, record: { ...DEFAULT_INPUT_LIMITS.record, maxBytes: 100 } },
    });
    app = small;
    const big = JSON.stringify(sampleCaseInput('big'));
    const declared = await refused(`${ws}/cases`, jsonPost(big, { 'content-length': String(Buffer.byteLength(big)) }), 413);
    expect(declared).toMatchObject({ code: 'too_large', message: expect.stringContaining('at most 2 kB is accepted here') });
    // No Content-Length: the limit is enforced while the body streams in.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 50; i++) controller.enqueue(Buffer.from(' '.repeat(100)));
        controller.close();
      },
    });
    await refused(`${ws}/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit, 413);
    await refused(`${ws}/firms/acme/actors`, jsonPost(JSON.stringify({ id: 'long', name: 'x'.repeat(200), kind: 'person' })), 413);
  });
});

describe('what a URL may hold', () => {
  it.each([
    [`/api/workspaces/%3Cscript%3E/firms`, '/path/workspace'],
    [`/api/workspaces/has%20space/firms`, '/path/workspace'],
    [`/api/workspaces/${'w'.repeat(5000)}/firms`, '/path/workspace'],
    [`${ws}/firms/ac%00me`, '/path/firmId'],
    [`${ws}/firms/acme/ties/t%00`, '/path/id'],
    [`${ws}/firms/%E0%A4%A/case`, '/path/firmId'],
    [`${ws}/tables/9?firms=acme%00`, '/query/firms'],
    [`${ws}/tables/9?firms=acme&format=xml`, '/query/format'],
    [`${ws}/tables/11?firms=acme`, '/path/n'],
    [`${ws}/report?firms=acme&format=docx`, '/query/format'],
    [`${ws}/firms/acme/case?download=maybe`, '/query/download'],
  ])('GET %s answers 422 pointing at %s', async (path, pointer) => {
    const error = await refused(path, {}, 422);
    expect(error.problems?.[0]?.pointer).toBe(pointer);
  });

  it.each([
    ['POST', `/api/workspaces/%3Cscript%3E/cases`, '/path/workspace'],
    ['POST', `${ws}/cases?replace=yes`, '/query/replace'],
    ['DELETE', `${ws}/firms/acme/ties/tie-linkedin?version=%00`, '/query/version'],
    ['DELETE', `${ws}/firms/acme/ties/tie-linkedin?version=1.5`, '/query/version'],
    ['DELETE', `${ws}/firms/acme/ties/tie-linkedin?version=0`, '/query/version'],
  ])('%s %s answers 422 pointing at %s and writes nothing', async (method, path, pointer) => {
    const error = await refused(
      path,
      { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify(sampleCaseInput('w2')) : null },
      422,
    );
    expect(error.problems?.[0]?.pointer).toBe(pointer);
  });
});

describe('CSV downloads', () => {
  it('writes cells that start like a formula as text, and the CSV stays parseable', async () => {
    const input = sampleCaseInput('formula');
    input.firm.name = '=HYPERLINK("http://evil.example","click")';
    input.challengeRatings = [{ id: 'cr-1', category: 'regulatory_institutional', level: 'High' }];
    expect((await app.request(`${ws}/cases`, jsonPost(JSON.stringify(input)))).status).toBe(201);
    const csv = await (await app.request(`${ws}/tables/7?firms=formula&format=csv`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
