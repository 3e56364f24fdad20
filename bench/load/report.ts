// The load benchmark's section of BENCHMARKS.md: written between its own two markers, so that the
// rest of the file (written by `npm run bench`) stays as it is; appended when the markers are absent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The two runs, each with a section of its own: users who pause between requests (the default), and clients that never pause. */
export type LoadMode = 'paced' | 'no-pause';

/** The markers of a run's section; the run without pause keeps the markers it was first written with. */
export function sectionMarkers(mode: LoadMode): { start: string; end: string } {
  const tag = mode === 'paced' ? 'bench:load:paced' : 'bench:load';
  return { start: `<!-- ${tag} start (written by \`npm run bench:load\`; edits between these markers are overwritten) -->`, end: `<!-- ${tag} end -->` };
}

/** Every load section in a BENCHMARKS.md text, markers included, in file order: what `npm run bench` keeps when it rewrites the file. */
export function loadSectionsIn(text: string): string[] {
  const sections: string[] = [];
  for (const mode of ['paced', 'no-pause'] as const) {
    const { start, end } = sectionMarkers(mode);
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from >= 0 && to > from) sections.push(text.slice(from, to + end.length));
  }
  return sections.sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

export interface LatencyRow {
  label: string;
  count: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers other than the expected one, as "409 × 3". */
  unexpected: string;
}

export interface LoadFigures {
  mode: LoadMode;
  /** Mean think time of the paced run, in ms. */
  thinkMs: number;
  date: string;
  machine: string;
  postgres: string;
  /** How busy the machine's processors were (0–1) in the 3 s before the run, with the benchmark's own processes idle. */
  loadBefore: number;
  /** How many times each process answered each read of the cycle before the run. */
  warmUpRounds: number;
  durationS: number;
  connections: number;
  /** How the clients reached the two processes. */
  route: string;
  requests: number;
  reads: LatencyRow;
  writes: LatencyRow;
  perKind: LatencyRow[];
  errors: { unexpectedStatus: number; timeouts: number; connection: number };
  lostWrites: number;
  /** Lines saying how the writes were counted back. */
  writeCheck: string[];
  cpu: string[];
  mix: string[];
  /** Bodies of unexpected answers, one per kind and status. */
  failures: string[];
}

const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(x < 10 ? 1 : 0));
const n = (x: number) => x.toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

export function loadSection(f: LoadFigures): string {
  const errors = f.errors.unexpectedStatus + f.errors.timeouts + f.errors.connection;
  const row = (r: LatencyRow) => `| ${r.label} | ${n(r.count)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.unexpected || '–'} |`;
  const { start, end } = sectionMarkers(f.mode);
  const paced = f.mode === 'paced';
  const perSecond = f.requests / f.durationS;
  return `${start}
## Load${paced ? '' : ' without pause'}: ${f.connections} logged-in users on two app processes and one PostgreSQL (bench/load.ts)

Written by \`npm run bench:load\` on ${f.date}; ${f.machine}; ${f.postgres} on the same machine.
${f.durationS} s on loopback (${paced ? 'bench/load/paced-users.ts: one node:http keep-alive connection per user' : 'autocannon'}). Everything (the load generator, ${f.route}, both \`foothold serve --auth\`
processes and PostgreSQL) shares this machine's cores; in the 3 s before the run, with all of these idle, other
work kept ${(f.loadBefore * 100).toFixed(0)} % of the processors busy. Times in milliseconds, measured by the load
generator from sending a request to the last byte of its answer.

Setup: a fresh schema with the three sample cases (\`examples/cases/*.json\`, imported through the
services) and a firm \`load-writes\` holding one actor per user; ${f.connections} accounts made with
\`addUser\` (argon2id, as \`foothold user add\`), each logged in with \`POST /api/session\` before the run.
Each connection is one user: its session cookie on every request, \`X-CSRF-Token\` on writes, as the web
app sends them. Before the run, each process answered every read of the cycle ${f.warmUpRounds} times, one
after another, so that the run meets warm code and cached analyses, as on a server that has been up
a while (the first analysis of a firm is in "Analysis of an unchanged firm" above). Then each
user repeats this cycle, ${
    paced
      ? `pausing after every answer for a think time drawn from an exponential distribution with a mean of ${n(f.thinkMs)} ms (at most ten times that; docs/decisions/0019-load-benchmark-clients.md), starting at a random moment within the first mean think time,`
      : 'without pause,'
  } user N starting at step N mod 10 (A and B are two of the sample firms, different per user):

${f.mix.map((m, i) => `${i + 1}. ${m}`).join('\n')}

— eight reads and two writes. Every tie id is new, and each user PUTs only its own actor with the
version it has just read, so no write may be refused: any 409 is an error.

| target | result | |
| --- | --- | --- |
| reads p99 ≤ 100 ms | ${ms(f.reads.p99)} ms | ${verdict(f.reads.p99 <= 100)} |
| 0 errors (answers other than 200/201, timeouts, connection errors) | ${n(errors)} (${n(f.errors.unexpectedStatus)} statuses, ${n(f.errors.timeouts)} timeouts, ${n(f.errors.connection)} connection errors) | ${verdict(errors === 0)} |
| 0 lost writes (acknowledged, then not in the database) | ${n(f.lostWrites)} | ${verdict(f.lostWrites === 0)} |

${
  paced
    ? `${n(f.requests)} answers in ${f.durationS} s: ${n(Math.round(perSecond))} per second, about ${(perSecond / f.connections).toFixed(2)} per user per second. \`--think MS\` sets another mean think time; \`--think 0\` runs the same users without pause (autocannon), which measures how many answers per second the machine has rather than how long a user waits.`
    : `${n(f.requests)} answers in ${f.durationS} s: ${n(Math.round(perSecond))} per second. The clients never pause, so
${f.connections} requests are always in flight and each waits, on average, ${f.connections} divided by the rate
the machine answers at: latency here says how many answers per second the machine has, which the
last line under "Processor time" works out. \`--connections N\` runs the same mix with fewer users.`
}

| requests | answered | p50 | p99 | max | unexpected answers |
| --- | --- | --- | --- | --- | --- |
${row(f.reads)}
${row(f.writes)}
${f.perKind.map(row).join('\n')}

Writes counted back in the database after the run:

${f.writeCheck.map((line) => `- ${line}`).join('\n')}

Processor time during the run:

${f.cpu.map((line) => `- ${line}`).join('\n')}
${f.failures.length === 0 ? '' : `\nFirst unexpected answer of each kind:\n\n${f.failures.map((line) => `- ${line}`).join('\n')}\n`}${end}
`;
}

/** Replaces the mode's section between its markers, or appends it; the rest of the file is kept byte for byte. */
export function writeLoadSection(file: string, mode: LoadMode, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const markers = sectionMarkers(mode);
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end, start);
  const next =
    start >= 0 && end > start ? text.slice(0, start) + section.trimEnd() + text.slice(end + markers.end.length) : `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  writeFileSync(file, next);
}
