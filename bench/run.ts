// `npm run bench`: prints figures and writes BENCHMARKS.md. Benchmarks are not tests: nothing here
// asserts a time. Sections: whole-case import/export; single-record writes on a small and a huge
// firm (the same run, so the two can be compared); the analysis cache; memory under large bodies.
// PostgreSQL is measured too when BENCH_DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/api/app.js';
import { silentLogger } from '../src/api/deps.js';
import { caseFileSchema, checkReferences, type CaseFile, type CaseFileInput } from '../src/core/case-file/index.js';
import { NETWORK_TYPES } from '../src/core/model/index.js';
import { exportCase, importCases } from '../src/services/case-service.js';
import { openStore, type StoreConfig } from '../src/store/open.js';
import type { CaseStore } from '../src/store/types.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/services/report-service.js';
import { dashboardUsableMs, firstLoad } from './web-app.js';
import { benchWebMap } from './web-map.js';
import { connectionsCsv } from './connections-csv.js';
import { graphBenchRows, type GraphBench } from './graph-rows.js';
import { loadSectionsIn } from './load/report.js';

function generatedCase(actors: number, tiesPerActor: number): CaseFileInput {
  const c: CaseFileInput = { format: 'foothold.case/2', firm: { id: 'bench-firm', name: 'Bench firm', countryOfOrigin: 'FI' }, actors: [], ties: [] };
  for (let i = 0; i < actors; i++)
    c.actors!.push({ id: `a${i}`, name: `Actor ${i}`, kind: i % 3 === 0 ? 'person' : 'organization', countries: [i % 2 ? 'DE' : 'MN'] });
  let t = 0;
  for (let i = 0; i < actors; i++) {
    c.ties!.push({ id: `t${t++}`, from: 'bench-firm', to: `a${i}`, networkType: NETWORK_TYPES[i % 4]!, strength: (i % 5) + 1 });
    for (let k = 1; k < tiesPerActor; k++) {
      const to = (i * 7 + k * 13) % actors;
      if (to !== i) c.ties!.push({ id: `t${t++}`, from: `a${i}`, to: `a${to}`, networkType: 'business' });
    }
  }
  return c;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const ms = (x: number) => x.toFixed(x < 10 ? 1 : 0);

const dir = mkdtempSync(join(tmpdir(), 'foothold-bench-'));
const targets: { name: string; config: () => StoreConfig }[] = [
  { name: 'sqlite', config: () => ({ kind: 'sqlite', file: join(dir, `${Date.now()}.sqlite`) }) },
];
const benchUrl = process.env['BENCH_DATABASE_URL'];
if (benchUrl) targets.push({ name: 'postgres', config: () => ({ kind: 'postgres', connectionString: benchUrl, schema: `bench_${Date.now()}` }) });

async function withStore<T>(config: StoreConfig, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
    if (config.kind === 'postgres' && config.schema !== undefined) {
      const admin = new pg.Pool({ connectionString: config.connectionString });
      await admin.query(`drop schema ${config.schema} cascade`);
      await admin.end();
    }
  }
}

// ── 1. Whole cases ─────────────────────────────────────────────────────────────────────────────
const importRows: string[] = [];
for (const target of targets) {
  for (const size of [
    { actors: 1_000, tiesPerActor: 5 },
    { actors: 20_000, tiesPerActor: 5 },
  ]) {
    const input = generatedCase(size.actors, size.tiesPerActor);
    const [parsed, parseMs] = await time(() => caseFileSchema.parse(input));
    const [, refMs] = await time(() => checkReferences(parsed));
    await withStore(target.config(), async (store) => {
      const [, importMs] = await time(() => importCases(store, 'bench', [{ origin: 'bench', caseFile: parsed }], { replace: false }));
      const [, exportMs] = await time(() => exportCase(store, 'bench', 'bench-firm'));
      const line = `| ${target.name} | ${size.actors.toLocaleString('en')} | ${parsed.ties.length.toLocaleString('en')} | ${ms(parseMs)} | ${ms(refMs)} | ${ms(importMs)} | ${ms(exportMs)} |`;
      console.log(line);
      importRows.push(line);
    });
  }
}

// ── 2. Single-record writes and the analysis cache, small firm vs huge firm, through the API ──────
const writeRows: string[] = [];
const healthRows: string[] = [];
const cacheRows: string[] = [];
const ROUNDS = 40;
for (const target of targets) {
  const perFirm: Record<number, number[]> = {};
  for (const ties of [100, 100_000]) {
    const caseFile: CaseFile = caseFileSchema.parse(generatedCase(ties / 5, 5));
    await withStore(target.config(), async (store) => {
      await importCases(store, 'default', [{ origin: 'bench', caseFile }], { replace: false });
      const app = createApp({ store, now: () => new Date(), logger: silentLogger });
      const send = (method: string, path: string, body?: unknown) =>
        app.request(`/api/workspaces/default/firms/bench-firm${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const post: number[] = [];
      const put: number[] = [];
      const del: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const tie = { id: `bench-tie-${i}`, from: 'bench-firm', to: 'a1', networkType: 'social', evidence: [] };
        const [created, postMs] = await time(() => send('POST', '/ties', tie));
        if (created.status !== 201) throw new Error(`POST tie: ${created.status} ${await created.text()}`);
        const [updated, putMs] = await time(() => send('PUT', `/ties/${tie.id}`, { version: 1, record: { ...tie, strength: 4 } }));
        if (updated.status !== 200) throw new Error(`PUT tie: ${updated.status}`);
        const [deleted, delMs] = await time(() => send('DELETE', `/ties/${tie.id}`));
        if (deleted.status !== 204) throw new Error(`DELETE tie: ${deleted.status}`);
        post.push(postMs);
        put.push(putMs);
        del.push(delMs);
      }
      perFirm[ties] = [median(post), median(put), median(del)];
      const line = `| ${target.name} | ${ties.toLocaleString('en')} | ${ms(median(post))} (${ms(p95(post))}) | ${ms(median(put))} (${ms(p95(put))}) | ${ms(median(del))} (${ms(p95(del))}) |`;
      console.log(line);
      writeRows.push(line);

      // Ten tie POSTs at once, and a health check sent among them: how long does it wait?
      const burst = Array.from({ length: 10 }, (_, i) => send('POST', '/ties', { id: `burst-${i}`, from: 'bench-firm', to: 'a2', networkType: 'business' }));
      const [health, healthMs] = await time(() => app.request('/api/health'));
      const [, burstMs] = await time(() => Promise.all(burst));
      if (health.status !== 200) throw new Error('health failed');
      healthRows.push(`| ${target.name} | ${ties.toLocaleString('en')} | ${ms(burstMs)} | ${ms(healthMs)} |`);

      const analysis = () => app.request('/api/workspaces/default/firms/bench-firm/analysis');
      const [, coldMs] = await time(analysis);
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push((await time(analysis))[1]);
      cacheRows.push(`| ${target.name} | ${ties.toLocaleString('en')} | ${ms(coldMs)} | ${ms(median(warm))} |`);
    });
  }
  const [small, huge] = [perFirm[100]!, perFirm[100_000]!];
  writeRows.push(
    `| ${target.name} | ratio 100,000 / 100 | ${(huge[0]! / small[0]!).toFixed(2)}× | ${(huge[1]! / small[1]!).toFixed(2)}× | ${(huge[2]! / small[2]!).toFixed(2)}× |`,
  );
}

// ── 3. Memory of a server under large bodies ──────────────────────────────────────────────────────
interface Served {
  url: string;
  pid: number;
  stop(): void;
}
/** `foothold serve` on a free port: from the sources, or the built binary (which alone serves the built web app). */
function serve(dataDir: string, built = false): Promise<Served> {
  const entry = built ? ['dist/cli/main.js'] : ['--import', 'tsx', 'src/cli/main.ts'];
  const child = spawn(process.execPath, [...entry, 'serve', '--port', '0'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, FOOTHOLD_DATA: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /running at (http:\/\/\S+?)\/? \(/.exec(chunk.toString());
      if (match?.[1] !== undefined) resolve({ url: match[1], pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}
const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

const memoryRows: string[] = [];
for (const [label, bytes, chunked] of [
  ['16 × 100 MB, Content-Length given', 100 * 1024 * 1024, false],
  ['16 × 100 MB, streamed without Content-Length', 100 * 1024 * 1024, true],
  ['16 × 45 MB (under the limit; a JSON file of an unknown format)', 45 * 1024 * 1024, false],
] as const) {
  const server = await serve(mkdtempSync(join(dir, 'serve-')));
  const idle = peakRssMb(server.pid);
  // A JSON document of the right size that parses and is then refused for its format (422).
  const note = 'x'.repeat(1024 * 1024 - 8);
  const body = Buffer.from(`{"format":"other","notes":[${Array.from({ length: Math.floor(bytes / (1024 * 1024)) }, () => `"${note}"`).join(',')}]}`);
  const statuses = await Promise.all(
    Array.from({ length: 16 }, async () => {
      const payload = chunked
        ? new ReadableStream<Uint8Array>({
            start(controller) {
              for (let i = 0; i < body.length; i += 1024 * 1024) controller.enqueue(body.subarray(i, i + 1024 * 1024));
              controller.close();
            },
          })
        : body;
      try {
        const res = await fetch(`${server.url}/api/workspaces/default/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
          ...(chunked ? { duplex: 'half' } : {}),
        } as RequestInit);
        return String(res.status);
      } catch {
        // The server may answer 413 and close before the whole body is sent.
        return 'closed early';
      }
    }),
  );
  const peak = peakRssMb(server.pid);
  server.stop();
  const counts = Object.entries(statuses.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
    .map(([s, n]) => `${n}× ${s}`)
    .join(', ');
  const line = `| ${label} | ${counts} | ${idle.toFixed(0)} | ${peak.toFixed(0)} |`;
  console.log(line);
  memoryRows.push(line);
}
rmSync(dir, { recursive: true, force: true });

// ── 4. CLI start-up: the built binary, as `npx foothold` runs it ─────────────────────────────────────
const root = new URL('..', import.meta.url).pathname;
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('npm run build failed');
const startupRows: string[] = [];
const runsOf = (args: string[]) =>
  Array.from({ length: 15 }, () => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
for (const [label, args] of [
  ['node itself (`node -e 0`), for comparison', ['-e', '0']],
  ['`foothold --version`', ['dist/cli/main.js', '--version']],
  ['`foothold --help`', ['dist/cli/main.js', '--help']],
  ['`foothold analyze --help`', ['dist/cli/main.js', 'analyze', '--help']],
] as const) {
  const times = runsOf([...args]);
  const line = `| ${label} | ${ms(median(times))} | ${ms(Math.min(...times))} |`;
  console.log(line);
  startupRows.push(line);
}

// ── 5. The web app in Chromium: first-load size, the sample dashboards, the map of a large network ────
const webRoot = join(root, 'dist/web');
const load = firstLoad(webRoot);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const webRows: string[] = [
  `| JavaScript on first load, gzipped (${load.files.filter((f) => f.endsWith('.js')).length} files; limit 400 KB) | ${kb(load.scriptGzipBytes)} KB |`,
  `| CSS on first load, gzipped | ${kb(load.styleGzipBytes)} KB |`,
  ...load.allChunks
    .filter((c) => !load.files.includes(c.file))
    .map((c) => `| loaded later: \`${c.file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')}\`, gzipped | ${kb(c.gzipBytes)} KB |`),
];
const webData = mkdtempSync(join(tmpdir(), 'foothold-bench-web-'));
const imported = spawnSync(
  process.execPath,
  ['dist/cli/main.js', 'import', 'examples/cases/company-a.json', 'examples/cases/company-b.json', 'examples/cases/sl-it-sme.json'],
  {
    cwd: root,
    env: { ...process.env, FOOTHOLD_DATA: webData, DATABASE_URL: '' },
    encoding: 'utf8',
  },
);
if (imported.status !== 0) throw new Error(`import of the samples failed: ${imported.stderr}`);
const webServer = await serve(webData, true);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const firm of ['company-a', 'company-b', 'sl-it-sme']) {
    const dashboard = await dashboardUsableMs(webServer.url, browser, firm, 7);
    webRows.push(
      `| ${firm}'s dashboard usable (action plan and heatmap painted), from navigation, page clock: median (slowest) of 7 cold loads; limit 1,000 ms | ${ms(median(dashboard.inPage))} (${ms(Math.max(...dashboard.inPage))}) ms |`,
      `| the same seen from outside (page.goto until Playwright finds both): median (slowest) | ${ms(median(dashboard.wall))} (${ms(Math.max(...dashboard.wall))}) ms |`,
    );
  }
  const map = await benchWebMap(webServer.url, browser);
  webRows.push(
    `| network map, ${map.actors.toLocaleString('en')} actors / ${map.ties.toLocaleString('en')} ties in ${map.countries} countries: first render after navigation; limit 2,000 ms | ${ms(map.firstRenderMs)} ms |`,
    `| the same map: longest frame while the layout worker arranged it (${ms(map.arrangingMs)} ms) | ${ms(map.longestFrameWhileArrangingMs)} ms |`,
    `| the same map: longest frame while panned and zoomed (${map.frames} frames; p95 ${ms(map.p95FrameMs)} ms); limit 100 ms | ${ms(map.longestFrameMs)} ms |`,
  );
} finally {
  await browser.close();
  webServer.stop();
  rmSync(webData, { recursive: true, force: true });
}
for (const row of webRows) console.log(row);

// ── 6. The graph engine on a million actors, in a process of its own (its memory is its alone) ─────
const graphRun = spawnSync(process.execPath, ['--import', 'tsx', 'bench/graph.ts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 22 });
if (graphRun.status !== 0) throw new Error(`the graph benchmark failed: ${graphRun.stderr}`);
const graphRows = graphBenchRows(JSON.parse(graphRun.stdout) as GraphBench);
for (const row of graphRows) console.log(row);

// ── 7. A 30,000-row LinkedIn export imported into a firm, by the CLI and over HTTP ──────────────────
const contactRows: string[] = [];
{
  const contactDir = mkdtempSync(join(tmpdir(), 'foothold-bench-contacts-'));
  const csvFile = join(contactDir, 'Connections.csv');
  const csv = connectionsCsv(30_000, 5_000);
  writeFileSync(csvFile, csv);
  const freshStore = () => {
    const data = mkdtempSync(join(contactDir, 'data-'));
    const r = spawnSync(process.execPath, ['dist/cli/main.js', 'import', 'examples/cases/company-a.json'], {
      cwd: root,
      env: { ...process.env, FOOTHOLD_DATA: data, DATABASE_URL: '' },
    });
    if (r.status !== 0) throw new Error(`import of company-a failed: ${r.stderr.toString()}`);
    return data;
  };
  const cliImport = (data: string) => {
    // The sections before wrote gigabytes; their writes still going out to disk would slow this
    // run's commit, which waits for its own. Each timed run starts with the disk quiet.
    spawnSync('sync');
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['dist/cli/main.js', 'contacts', 'import', csvFile, '--firm', 'company-a', '--json'], {
      cwd: root,
      env: { ...process.env, FOOTHOLD_DATA: data, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`contacts import failed: ${r.stderr}`);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, result: JSON.parse(r.stdout) as { created: number; unchanged: number } };
  };
  const first: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < 5; run++) {
    const data = freshStore();
    const a = cliImport(data);
    if (a.result.created !== 30_000) throw new Error(`expected 30,000 contacts created, got ${a.result.created}`);
    first.push(a.ms);
    const b = cliImport(data);
    if (b.result.unchanged !== 30_000) throw new Error(`expected 30,000 unchanged, got ${b.result.unchanged}`);
    again.push(b.ms);
  }
  contactRows.push(
    `| \`foothold contacts import\` of 30,000 rows (5,000 companies, ${(csv.length / 2 ** 20).toFixed(1)} MB) into company-a on SQLite, the whole process: median (slowest) of 5; limit 3,000 ms | ${ms(median(first))} (${ms(Math.max(...first))}) ms |`,
    `| the same file again: nothing to write | ${ms(median(again))} (${ms(Math.max(...again))}) ms |`,
  );
  const server = await serve(freshStore(), true);
  try {
    const httpTimes: number[] = [];
    for (const dryRun of [true, false]) {
      const start = process.hrtime.bigint();
      const res = await fetch(`${server.url}/api/workspaces/default/firms/company-a/contacts/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', origin: server.url },
        body: csv,
      });
      if (res.status !== 200) throw new Error(`POST contacts/import answered ${res.status}: ${await res.text()}`);
      await res.json();
      httpTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    contactRows.push(
      `| the same over HTTP to a running server: the preview (dry run) the browser shows first | ${ms(httpTimes[0]!)} ms |`,
      `| … then the import itself | ${ms(httpTimes[1]!)} ms |`,
    );
  } finally {
    server.stop();
    rmSync(contactDir, { recursive: true, force: true });
  }
}
for (const row of contactRows) console.log(row);

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
// The load runs write their own sections (`npm run bench:load`); they are kept as they are.
const benchmarksFile = new URL('../BENCHMARKS.md', import.meta.url);
const loadSections = existsSync(benchmarksFile) ? loadSectionsIn(readFileSync(benchmarksFile, 'utf8')) : [];
writeFileSync(
  benchmarksFile,
  `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${machine}. Times in milliseconds.
PostgreSQL rows appear when \`BENCH_DATABASE_URL\` is set.

## Whole cases (one run each)

| store | actors | ties | schema parse | reference check | import (one transaction) | export |
| --- | --- | --- | --- | --- | --- | --- |
${importRows.join('\n')}

## Single-record writes through the API: median (p95) of ${ROUNDS} rounds

A firm with 100 ties and one with 100,000, measured in the same run. Each write checks only the
ids the record names and the records that name it (the reference index), never the whole case.

| store | ties in the firm | POST tie | PUT tie | DELETE tie |
| --- | --- | --- | --- | --- |
${writeRows.join('\n')}

## Ten tie POSTs at once, with a health check sent among them

| store | ties in the firm | all ten answered after | health answered after |
| --- | --- | --- | --- |
${healthRows.join('\n')}

## Analysis of an unchanged firm: first request, then the median of five more (cached per case revision)

| store | ties in the firm | first | again |
| --- | --- | --- | --- |
${cacheRows.join('\n')}

## Peak memory of one server process under sixteen large bodies at once (SQLite; limit 50 MB)

| bodies | answers | resident MB before | peak resident MB |
| --- | --- | --- | --- |
${memoryRows.join('\n')}

## The web app in headless Chromium

Sizes are of the production build (\`dist/web\`); the map and the charts are chunks of their own,
loaded with the first view that shows them. Times run from navigation start, on this machine's
software-rendered WebGL (no GPU). A dashboard counts as usable in the first painted frame that
shows its action plan and a heatmap cell: the page's own clock marks that frame; the figure seen
from outside adds Playwright's start of navigation and its polling for the two elements.

| figure | value |
| --- | --- |
${webRows.join('\n')}

## The graph engine: a seeded Barabási–Albert network (bench/graph.ts)

The network has 1,000,000 actors, each new one tied to 5 earlier ones by preferential attachment.
The egos are 1,000 actors drawn at random; the subgraph is the oldest 10,000 actors with the ties
among them. networkx runs the same queries in the same run where python3 has it; as its full runs
would take hours, its betweenness is timed from 200 pivots and scaled to all 10,000 sources, its
constraint on the first 50 egos and its effective size on the first 2, each scaled to 1,000
(networkx's effective size of an undirected graph copies the whole network for every ego). For
warm paths every tie gets a seeded weight in [0.05, 1); the target is a "market" of 1,000 actors
drawn at random. networkx has no hop-limited k-best simple paths: its nearest query is Yen's
algorithm to a sink joined to the market, which reruns Dijkstra over the whole network per path, so
its first path is timed alone for the ratio and up to ten paths within a minute are counted.

| figure | Foothold | networkx | ratio |
| --- | --- | --- | --- |
${graphRows.join('\n')}

## Contact import: a seeded LinkedIn export (bench/connections-csv.ts)

| figure | value |
| --- | --- |
${contactRows.join('\n')}

## CLI start-up: fifteen runs of the built binary, each a new process

Commands load their implementations only when they run, so help and version need neither the
schemas nor the store; the top-level help is written at build time, so it needs not even commander.

| run | median | fastest |
| --- | --- | --- |
${startupRows.join('\n')}
${loadSections.map((section) => `\n${section}\n`).join('')}`,
);
console.log('wrote BENCHMARKS.md');
