// `npm run bench:load`: two `foothold serve --auth` processes on one PostgreSQL behind a small
// Node reverse proxy, and autocannon with 200 logged-in users for 60 s (issue 13). Prints the
// figures and writes the "Load" section of BENCHMARKS.md. Like `npm run bench`, it asserts nothing.
//
//   BENCH_DATABASE_URL=postgres://user@127.0.0.1:5432/db npm run bench:load [-- --duration 10]
//
// The users pause between requests as people at a browser do, a think time of --think ms on
// average (1000; docs/decisions/0019-load-benchmark-clients.md); --think 0 runs them without pause
// through autocannon, which measures the machine's capacity. Each run writes a section of its own.
// Options: --duration S (60), --connections N (200 users), --think MS (1000), --direct (no proxy:
// the users are spread over the two ports), --print-only (leave BENCHMARKS.md alone), --keep-logs
// (keep the servers' request logs for a look afterwards), --cpu-prof (the app processes write V8
// CPU profiles beside the logs, for Chrome DevTools or `npx tsx bench/load/profile-summary.ts`).
// Needs the built app (`npm run build`). It works in a schema of its own, which it drops at the end,
// and stops every process it started — also on an error or Ctrl-C.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { withSearchPath } from '../src/store/open.js';
import { machineCpuSeconds, processCpuSeconds } from './load/cpu.js';
import { LoadRecorder, MIX_IN_WORDS, quantile, READ_KINDS, warmUp, WRITE_KINDS, type Kind, type Session } from './load/mix.js';
import { Cleanup, startChild, stopChild, type Child } from './load/processes.js';
import { runPacedUsers } from './load/paced-users.js';
import { loadSection, writeLoadSection, type LatencyRow, type LoadMode } from './load/report.js';
import { backendPids, dropSchema, ownActorId, postgresVersion, prepareDatabase, readStored, userEmail } from './load/setup.js';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    think: { type: 'string', default: '1000' },
    direct: { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const duration = Number(flags.duration);
const connections = Number(flags.connections);
const thinkMs = Number(flags.think);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 2 || !(thinkMs >= 0))
  throw new Error('--duration must be a positive number of seconds, --connections a whole number ≥ 2, --think a number of ms ≥ 0');
const mode: LoadMode = thinkMs > 0 ? 'paced' : 'no-pause';
const databaseUrl = process.env['BENCH_DATABASE_URL'] || process.env['DATABASE_URL'];
if (!databaseUrl)
  throw new Error('set BENCH_DATABASE_URL to a PostgreSQL database the benchmark may create a schema in, e.g. postgres://user@127.0.0.1:5432/db');
const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('the app is not built: run npm run build first');

const WARM_UP_ROUNDS = 20;
const schema = `load_${Date.now()}`;
const logDir = mkdtempSync(join(tmpdir(), 'foothold-load-'));
const cleanup = new Cleanup();
cleanup.onSignals();
cleanup.add('remove the logs', () =>
  flags['keep-logs'] || flags['cpu-prof'] ? console.log(`server logs (and profiles) kept in ${logDir}`) : rmSync(logDir, { recursive: true, force: true }),
);
cleanup.add('drop the schema', () => dropSchema(databaseUrl, schema));

try {
  const password = randomBytes(18).toString('base64url');
  console.log(`schema ${schema}: importing the samples and adding ${connections} accounts…`);
  const { sampleFirms } = await prepareDatabase(databaseUrl, schema, root, connections, password);

  // The apps as an operator runs them: the built binary, DATABASE_URL, --auth, default log level.
  // The application name marks the apps' PostgreSQL backends, whose processor time is counted below.
  const appDatabaseUrl = new URL(withSearchPath(databaseUrl, schema));
  appDatabaseUrl.searchParams.set('application_name', schema);
  const env = { ...process.env, DATABASE_URL: appDatabaseUrl.toString(), FOOTHOLD_AUTH: '', PORT: '' };
  const started: Child[] = [];
  for (const i of [0, 1]) {
    const profile = flags['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`] : [];
    const app = await startChild(process.execPath, [...profile, 'dist/cli/main.js', 'serve', '--auth', '--trust-proxy', '--port', '0'], {
      cwd: root,
      env,
      logFile: join(logDir, `app-${i}.log`),
      listening: /running at http:\/\/[^/]+:(\d+)\//,
    });
    cleanup.add(`stop app ${i}`, () => stopChild(app.process));
    started.push(app);
  }
  const appUrls = started.map((app) => `http://127.0.0.1:${app.port}`);
  let proxy: Child | undefined;
  if (!flags.direct) {
    proxy = await startChild(process.execPath, ['--import', 'tsx', 'bench/load/proxy.ts', '0', ...started.map((a) => String(a.port))], {
      cwd: root,
      env: process.env,
      logFile: join(logDir, 'proxy.log'),
      listening: /proxy listening on (\d+)/,
    });
    const running = proxy;
    cleanup.add('stop the proxy', () => stopChild(running.process));
  }
  const targets = proxy === undefined ? appUrls : [`http://127.0.0.1:${proxy.port}`];

  // Each user logs in on another process than the one it is sent to first: sessions live in the database.
  console.log(`logging ${connections} users in…`);
  const sessions: Session[] = [];
  for (let start = 0; start < connections; start += 8) {
    const batch = Array.from({ length: Math.min(8, connections - start) }, (_, k) => start + k);
    sessions.push(...(await Promise.all(batch.map((i) => logIn(targets[(i + 1) % targets.length]!, userEmail(i), password)))));
  }

  console.log('warming up…');
  await warmUp(appUrls, sessions[0]!, sampleFirms, WARM_UP_ROUNDS);
  const recorder = new LoadRecorder(sessions, sampleFirms);
  // Other work on the machine takes processor time from the run: measure how busy it is while ours idles.
  const idle = machineCpuSeconds();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const idleAfter = machineCpuSeconds();
  const busyBefore = (idleAfter.busy - idle.busy) / (idleAfter.total - idle.total);
  if (busyBefore > 0.1) console.warn(`warning: other work keeps ${(busyBefore * 100).toFixed(0)} % of the processors busy; it will slow this run`);
  const pids = [...started.map((a, i) => [`app process ${i + 1}`, a.process.pid!] as const), ...(proxy ? [['the proxy', proxy.process.pid!] as const] : [])];
  const backendsBefore = new Map((await backendPids(databaseUrl, schema)).map((pid) => [pid, processCpuSeconds(pid)]));
  const cpuBefore = { machine: machineCpuSeconds(), own: process.cpuUsage(), children: pids.map(([, pid]) => processCpuSeconds(pid)) };
  let result: { answered: number; timeouts: number; errors: number };
  if (mode === 'paced') {
    console.log(`running ${connections} users with a mean think time of ${thinkMs} ms for ${duration} s against ${targets.join(' and ')}…`);
    result = await runPacedUsers({ targets, users: connections, durationS: duration, thinkMs, recorder });
  } else {
    console.log(`running autocannon: ${connections} connections without pause for ${duration} s against ${targets.join(' and ')}…`);
    const cannon = await new Promise<Result>((resolve, reject) => {
      const instance = autocannon(
        { url: targets, connections, duration, requests: [{ method: 'GET', path: '/api/health' }], setupClient: recorder.setupClient },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      instance.on('response', recorder.onResponse);
    });
    result = { answered: cannon.requests.total, timeouts: cannon.timeouts, errors: cannon.errors - cannon.timeouts };
  }
  const machine = machineCpuSeconds();
  const ownSeconds = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpuBefore.own));
  const childSeconds = pids.map(([, pid], i) => processCpuSeconds(pid) - cpuBefore.children[i]!);
  // Backends opened during the run started from nothing; those that closed before this line are not counted.
  const backends = (await backendPids(databaseUrl, schema)).map((pid) => processCpuSeconds(pid) - (backendsBefore.get(pid) ?? 0));
  const backendSeconds = backends.reduce((a, b) => a + b, 0);
  const answered = result.answered;
  const used = (label: string, seconds: number) =>
    `${label}: ${seconds.toFixed(1)} core-seconds, ${((seconds * 1000) / answered).toFixed(2)} ms per answer (counting all answers of the run)`;
  // What the machine could answer at most, from what one request cost in all, and what that means for clients that never pause.
  const perRequest = (childSeconds.reduce((a, b) => a + b, 0) + backendSeconds + ownSeconds) / answered;
  const ceiling = cpus().length / perRequest;
  const cpu = [
    `the whole machine (other work included): ${(machine.busy - cpuBefore.machine.busy).toFixed(0)} of ${(machine.total - cpuBefore.machine.total).toFixed(0)} core-seconds busy`,
    ...pids.map(([label], i) => used(label, childSeconds[i]!)),
    used(`PostgreSQL, the ${backends.length} backends serving the apps`, backendSeconds),
    used(`${mode === 'paced' ? 'the users' : 'autocannon'} (the benchmark process)`, ownSeconds),
    mode === 'paced'
      ? `together ${(perRequest * 1000).toFixed(2)} ms of processor time per request: ${cpus().length} cores answer at most about ${Math.round(ceiling).toLocaleString('en')} requests per second; this run asked for ${Math.round(answered / duration).toLocaleString('en')} per second, ${((answered / duration / ceiling) * 100).toFixed(0)} % of that`
      : `together ${(perRequest * 1000).toFixed(2)} ms of processor time per request: ${cpus().length} cores answer at most about ${Math.round(ceiling).toLocaleString('en')} requests per second, so ${connections} clients that never pause wait at least ${((connections / ceiling) * 1000).toFixed(0)} ms per request on average (Little's law: requests in flight = rate × time)`,
  ];

  // Stop the proxy, then the servers: nothing may still be writing when the rows are counted.
  let spread = '';
  if (proxy !== undefined) {
    await stopChild(proxy.process);
    spread = /proxy spread (\[[\d,]+\])/.exec(proxy.output())?.[1] ?? '';
  }
  for (const app of started) await stopChild(app.process);
  const stored = await readStored(databaseUrl, schema);

  // Writes: every acknowledged tie must be stored; every own actor's version must count all its acknowledged PUTs.
  const lostTies = [...recorder.createdTies].filter((id) => !stored.tieIds.has(id));
  const unacknowledgedTies = [...stored.tieIds].filter((id) => !recorder.createdTies.has(id) && recorder.sentTies.has(id));
  const strangeTies = [...stored.tieIds].filter((id) => !recorder.sentTies.has(id));
  let lostPuts = 0;
  let unacknowledgedPuts = 0;
  let wrongLast = 0;
  let acknowledgedPuts = 0;
  for (let i = 0; i < connections; i++) {
    const id = ownActorId(i);
    const acknowledged = recorder.replaced.get(id);
    const row = stored.ownActors.get(id);
    acknowledgedPuts += acknowledged?.acknowledged ?? 0;
    const landed = (row?.version ?? 0) - 1;
    if (landed < (acknowledged?.acknowledged ?? 0)) lostPuts += (acknowledged?.acknowledged ?? 0) - landed;
    else unacknowledgedPuts += landed - (acknowledged?.acknowledged ?? 0);
    // With nothing landed unacknowledged, the stored actor is the last acknowledged one, whole.
    if (acknowledged !== undefined && landed === acknowledged.acknowledged && row?.name !== acknowledged.lastName) wrongLast++;
  }
  const writeCheck = [
    `ties: ${recorder.createdTies.size.toLocaleString('en')} acknowledged (201), ${stored.tieIds.size.toLocaleString('en')} in the table; acknowledged but missing: ${lostTies.length}; stored without an acknowledgement (still in flight when the run stopped, or timed out): ${unacknowledgedTies.length}; stored but never sent: ${strangeTies.length}`,
    `own actors: ${acknowledgedPuts.toLocaleString('en')} PUTs acknowledged (200); their versions in the table count ${lostPuts} fewer and ${unacknowledgedPuts} more (in flight at the stop); actors whose stored name is not the last acknowledged one: ${wrongLast}`,
    `audit log: ${stored.auditItems.ties.toLocaleString('en')} tie items and ${stored.auditItems.actors.toLocaleString('en')} actor items for the write firm (one per stored write: ${stored.auditItems.ties === stored.tieIds.size && stored.auditItems.actors === acknowledgedPuts + unacknowledgedPuts ? 'yes' : 'no'})`,
    ...(spread === '' ? [] : [`the proxy sent ${spread} requests to the two processes`]),
  ];

  const expected = (kind: Kind) => (kind === 'add tie' ? 201 : 200);
  const rowOf = (label: string, kinds: readonly Kind[]): LatencyRow => {
    const all = kinds.flatMap((k) => recorder.latencies.get(k) ?? []);
    const unexpected = kinds.flatMap((k) =>
      [...(recorder.statuses.get(k) ?? new Map<number, number>())]
        .filter(([status]) => status !== expected(k))
        .map(([status, count]) => `${status} × ${count}`),
    );
    return { label, count: all.length, p50: quantile(all, 0.5), p99: quantile(all, 0.99), max: quantile(all, 1), unexpected: unexpected.join(', ') };
  };
  const unexpectedStatus = [...READ_KINDS, ...WRITE_KINDS].reduce(
    (sum, k) => sum + [...(recorder.statuses.get(k) ?? new Map<number, number>())].filter(([s]) => s !== expected(k)).reduce((a, [, c]) => a + c, 0),
    0,
  );
  const figures = {
    mode,
    thinkMs,
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    postgres: await postgresVersion(databaseUrl),
    loadBefore: busyBefore,
    warmUpRounds: WARM_UP_ROUNDS,
    durationS: duration,
    connections,
    route:
      proxy === undefined ? 'no proxy (autocannon spreads the connections over both ports)' : 'the reverse proxy (bench/load/proxy.ts, node:http, round-robin)',
    requests: result.answered,
    reads: rowOf('all reads', READ_KINDS),
    writes: rowOf('all writes', WRITE_KINDS),
    perKind: [...READ_KINDS, ...WRITE_KINDS].map((k) => rowOf(`– ${k}`, [k])),
    errors: { unexpectedStatus, timeouts: result.timeouts, connection: result.errors },
    lostWrites: lostTies.length + lostPuts + wrongLast,
    writeCheck,
    cpu,
    mix: MIX_IN_WORDS,
    failures: [...recorder.samples].map(([what, body]) => `${what}: \`${body.replace(/`/g, "'").replace(/\s+/g, ' ')}\``),
  };
  const section = loadSection(figures);
  console.log(section);
  for (const [i, app] of started.entries()) {
    const errorsLogged = readFileSync(join(logDir, `app-${i}.log`), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"level":50')).length;
    if (errorsLogged > 0) console.log(`app process ${i + 1} (port ${app.port}) logged ${errorsLogged} errors`);
  }
  if (!flags['print-only']) {
    writeLoadSection(join(root, 'BENCHMARKS.md'), mode, section);
    console.log(`wrote the ${mode} load section of BENCHMARKS.md`);
  }
} finally {
  await cleanup.run();
}

/** POST /api/session, as the web app logs in: the cookie to send back and the CSRF token for writes. */
async function logIn(base: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`logging ${email} in answered ${res.status}: ${await res.text()}`);
  const cookie = /^[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (cookie === undefined) throw new Error(`logging ${email} in set no cookie`);
  return { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}
