// Property-based tests of the HTTP API: thousands of generated requests — odd paths, queries,
// headers and bodies, from mangled case files to raw bytes — must each get an answer (no hang),
// never a 500, always a JSON error body for a 4xx, and leave the store exactly as it was whenever
// they are refused. FUZZ_RUNS sets how many inputs each property gets (default 2000).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCaseInput } from '../core/case-file/test-case.js';
import { dumpTables } from '../test-support/stores.js';
import { openStore } from '../store/open.js';
import type { CaseStore } from '../store/types.js';
import { createApp } from './app.js';
import { silentLogger } from './deps.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const HANG_MS = 10_000;

let store: CaseStore;
let app: ReturnType<typeof createApp>;
const errors: { method: string; path: string; status: number }[] = [];
/** How many answers of each status the generated requests got: the generator must reach past the guards. */
const seen = new Map<number, number>();

/** Puts the test case back when a generated request deleted it, so later requests have a firm to work on. */
async function ensureTestCase(): Promise<void> {
  if (await store.firmExists('default', 'acme')) return;
  const res = await app.request('/api/workspaces/default/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sampleCaseInput()),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' });
  app = createApp({
    store,
    now: () => new Date('2025-06-01T00:00:00Z'),
    // A 500 is logged before it is answered: record it, so the test can name the request.
    logger: { ...silentLogger, error: () => errors.push({ method: 'unknown', path: 'unknown', status: 500 }) },
  });
  await ensureTestCase();
});
afterAll(() => store.close());

const COLLECTIONS = ['actors', 'ties', 'markets', 'challenge-ratings', 'utilization', 'benefits', 'sources', 'segments', 'facts', 'key-people'];
const IDS = ['acme', 'act-agency', 'tie-agency', 'tie-friend', 'mkt-mn', 'seg-1', 'src-int', 'cr-reg', 'ut-reg-inst', 'ben-1', 'kp-ceo', 'nobody'];

const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...IDS, 'default', 'other-ws') },
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom('%00', '%zz', '%E0%A4%A', '..', '.', '%2F', 'a%00b', 'UPPER', '<script>', 'x'.repeat(5000), '__proto__', 'constructor'),
);
const workspace = fc.oneof({ weight: 5, arbitrary: fc.constant('default') }, segment);
const firm = fc.oneof({ weight: 5, arbitrary: fc.constant('acme') }, segment);
const path = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(firm, fc.constantFrom(...COLLECTIONS)).map(([f, c]) => `/api/workspaces/default/firms/${f}/${c}`) },
  { weight: 4, arbitrary: fc.tuple(firm, fc.constantFrom(...COLLECTIONS), segment).map(([f, c, id]) => `/api/workspaces/default/firms/${f}/${c}/${id}`) },
  fc.tuple(workspace, firm).map(([w, f]) => `/api/workspaces/${w}/firms/${f}`),
  fc.tuple(segment, segment, fc.constantFrom(...COLLECTIONS)).map(([w, f, c]) => `/api/workspaces/${w}/firms/${f}/${c}`),
  fc.tuple(segment, segment, fc.constantFrom(...COLLECTIONS), segment).map(([w, f, c, id]) => `/api/workspaces/${w}/firms/${f}/${c}/${id}`),
  fc.tuple(segment, fc.constantFrom('case', 'overview', 'analysis')).map(([f, tail]) => `/api/workspaces/default/firms/${f}/${tail}`),
  fc
    .tuple(workspace, fc.constantFrom('cases', 'firms', 'compare', 'report', 'tables/7', 'tables/9', 'tables/10', 'tables/x'))
    .map(([w, tail]) => `/api/workspaces/${w}/${tail}`),
  fc.constantFrom('/', '/api/health', '/api/openapi.json', '/api/workspaces', '/api/nothing'),
);
const queryValue = fc.oneof(
  fc.constantFrom('true', 'false', '1', '0', '-1', '1.5', 'md', 'csv', 'json', 'html', 'pdf', 'xml', 'acme', 'acme,nobody', ','),
  segment,
);
const query = fc
  .array(fc.tuple(fc.constantFrom('firms', 'format', 'replace', 'version', 'download', 'all', 'x'), queryValue), { maxLength: 3 })
  .map((pairs) => (pairs.length === 0 ? '' : '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')));

/** A valid case file with one subtree swapped for an arbitrary JSON value. */
const mangledCase = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom('acme', 'fresh')).map(([value, pick, firmId]) => {
  const c = JSON.parse(JSON.stringify(sampleCaseInput(firmId))) as Record<string, unknown>;
  const keys = Object.keys(c);
  const key = keys[pick % keys.length]!;
  const target = c[key];
  if (Array.isArray(target) && target.length > 0 && typeof target[0] === 'object') {
    const record = target[pick % target.length] as Record<string, unknown>;
    const fields = Object.keys(record);
    record[fields[pick % fields.length]!] = value;
  } else c[key] = value;
  return JSON.stringify(c);
});
/** A record of the test case, possibly with one field swapped for an arbitrary value, possibly renamed. */
const RECORDS = Object.values(sampleCaseInput() as unknown as Record<string, unknown>).flatMap((v) =>
  Array.isArray(v) ? (v as unknown[]).filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [],
);
const mangledRecord = fc
  .tuple(fc.constantFrom(...RECORDS), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 })), fc.boolean())
  .map(([record, pick, value, rename]) => {
    const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const fields = Object.keys(copy);
    if (value !== null) copy[fields[pick % fields.length]!] = value;
    if (rename) copy['id'] = `new-${pick % 50}`;
    return copy;
  });
const body = fc.oneof(
  { weight: 4, arbitrary: mangledRecord.map((r) => JSON.stringify(r)) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), mangledRecord).map(([version, record]) => JSON.stringify({ version, record })) },
  mangledCase,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ version: fc.oneof(fc.integer(), fc.string()), record: fc.jsonValue({ maxDepth: 3 }) }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"id":"x","name":"X","kind":"person"}',
    '{"id":"t-new","from":"acme","to":"act-agency","networkType":"social","__proto__":{"strength":5}}',
    `${'['.repeat(20_000)}`,
    '{"a":"\\u0000"}',
    '',
  ),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
);
// Mostly what a real client sends, so most requests get past the guards and reach the routes.
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', undefined),
);
const origin = fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, fc.constantFrom('http://localhost', 'http://evil.example', 'null'));
const host = fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, fc.constantFrom('localhost', '127.0.0.1:4300', 'evil.example', '[::1]'));

const anyRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'PUT', 'PUT', 'DELETE', 'PATCH'),
  path,
  query,
  body,
  contentType,
  origin,
  host,
});

/** Writes a client of the API would make: a record of the right collection, sometimes changed, at its own address. */
const CASE = sampleCaseInput() as unknown as Record<string, Record<string, unknown>[] | undefined>;
const SLUGS: Record<string, string> = { keyPeople: 'key-people', challengeRatings: 'challenge-ratings', digitalPresence: 'digital-presence' };
const writable = Object.keys(CASE).filter((k) => Array.isArray(CASE[k]) && (CASE[k]?.length ?? 0) > 0 && k !== 'notes');
const recordWrite = fc
  .tuple(
    fc.constantFrom(...writable),
    fc.nat(),
    fc.option(fc.jsonValue({ maxDepth: 2 }), { freq: 2 }),
    fc.constantFrom('POST', 'PUT', 'DELETE'),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([collection, pick, value, method, version]) => {
    const records = CASE[collection]!;
    const record = JSON.parse(JSON.stringify(records[pick % records.length])) as Record<string, unknown>;
    const fields = Object.keys(record).filter((f) => f !== 'id');
    if (value !== null && fields.length > 0) record[fields[pick % fields.length]!] = value;
    const base = `/api/workspaces/default/firms/acme/${SLUGS[collection] ?? collection}`;
    if (method === 'POST') record['id'] = `new-${pick % 40}`;
    return {
      method,
      path: method === 'POST' ? base : `${base}/${String(record['id'])}`,
      query: method === 'DELETE' && pick % 2 === 0 ? `?version=${version}` : '',
      body: JSON.stringify(method === 'PUT' ? { version, record } : record),
      contentType: 'application/json' as string | undefined,
      origin: undefined as string | undefined,
      host: undefined as string | undefined,
    };
  });
const request = fc.oneof({ weight: 2, arbitrary: anyRequest }, { weight: 1, arbitrary: recordWrite });

async function answer(r: typeof request extends fc.Arbitrary<infer T> ? T : never): Promise<Response> {
  const headers: Record<string, string> = {};
  if (r.contentType !== undefined) headers['content-type'] = r.contentType;
  if (r.origin !== undefined) headers['origin'] = r.origin;
  if (r.host !== undefined) headers['host'] = r.host;
  const init: RequestInit = { method: r.method, headers, ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { body: r.body }) };
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${HANG_MS} ms`)), HANG_MS)));
  try {
    return await Promise.race([app.request(r.path + r.query, init), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the API under generated requests', () => {
  it('answers every request without a 500, with a JSON error for every refusal, and changes nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        await ensureTestCase();
        const before = r.method === 'GET' ? undefined : await dumpTables(store);
        const res = await answer(r);
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(res.status, `${r.method} ${r.path}${r.query}`).toBeLessThan(500);
        if (res.status >= 400) {
          const payload = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
          expect(typeof payload.error?.code).toBe('string');
          expect(typeof payload.error?.message).toBe('string');
          if (before !== undefined) expect(await dumpTables(store)).toEqual(before);
        } else await res.arrayBuffer();
      }),
      { numRuns: RUNS },
    );
    expect(errors).toEqual([]);
    // Every kind of answer occurs, so the requests reached the routes and the services, not only the guards.
    if (RUNS >= 1000) for (const status of [200, 201, 400, 403, 404, 409, 415, 422]) expect(seen.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
  });

  it('imports a mangled case file only when it is valid, and then exports what it imported', async () => {
    await fc.assert(
      fc.asyncProperty(mangledCase, async (text) => {
        const before = await dumpTables(store);
        const res = await app.request('/api/workspaces/fuzz/cases?replace=true', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: text,
        });
        expect([201, 400, 409, 422]).toContain(res.status);
        if (res.status !== 201) {
          expect(await dumpTables(store)).toEqual(before);
          return;
        }
        const firmId = ((await res.json()) as { imported: { firmId: string }[] }).imported[0]!.firmId;
        const exported = (await (await app.request(`/api/workspaces/fuzz/firms/${firmId}/case`)).json()) as Record<string, unknown>;
        const again = await app.request('/api/workspaces/fuzz/cases?replace=true', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(exported),
        });
        expect(again.status).toBe(201);
      }),
      { numRuns: Math.max(1, Math.floor(RUNS / 4)) },
    );
  });
});
