// The load benchmark's section of BENCHMARKS.md: written between its own two markers, so that the
// rest of the file (written by `npm run bench`) stays as it is; appended when the markers are absent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const SECTION_START = '<!-- bench:load start (written by `npm run bench:load`; edits between these markers are overwritten) -->';
export const SECTION_END = '<!-- bench:load end -->';

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
  return `${SECTION_START}
## Load: ${f.connections} logged-in users on two app processes and one PostgreSQL (bench/load.ts)

Written by \`npm run bench:load\` on ${f.date}; ${f.machine}; ${f.postgres} on the same machine.
${f.durationS} s of autocannon on loopback. Everything (autocannon, ${f.route}, both \`foothold serve --auth\`
processes and PostgreSQL) shares this machine's cores; in the 3 s before the run, with all of these idle, other
work kept ${(f.loadBefore * 100).toFixed(0)} % of the processors busy. Times in milliseconds, measured by autocannon
from sending a request to the last byte of its answer.

Setup: a fresh schema with the three sample cases (\`examples/cases/*.json\`, imported through the
services) and a firm \`load-writes\` holding one actor per user; ${f.connections} accounts made with
\`addUser\` (argon2id, as \`foothold user add\`), each logged in with \`POST /api/session\` before the run.
Each connection is one user: its session cookie on every request, \`X-CSRF-Token\` on writes, as the web
app sends them. Before the run, each process answered every read of the cycle ${f.warmUpRounds} times, one
after another, so that the run meets warm code and cached analyses, as on a server that has been up
a while (the first analysis of a firm is in "Analysis of an unchanged firm" above). Then each
connection repeats this cycle, without pause, user N starting at step N mod 10 (A and B are two of the
sample firms, different per user):

${f.mix.map((m, i) => `${i + 1}. ${m}`).join('\n')}

— eight reads and two writes. Every tie id is new, and each user PUTs only its own actor with the
version it has just read, so no write may be refused: any 409 is an error.

| target | result | |
| --- | --- | --- |
| reads p99 ≤ 100 ms | ${ms(f.reads.p99)} ms | ${verdict(f.reads.p99 <= 100)} |
| 0 errors (answers other than 200/201, timeouts, connection errors) | ${n(errors)} (${n(f.errors.unexpectedStatus)} statuses, ${n(f.errors.timeouts)} timeouts, ${n(f.errors.connection)} connection errors) | ${verdict(errors === 0)} |
| 0 lost writes (acknowledged, then not in the database) | ${n(f.lostWrites)} | ${verdict(f.lostWrites === 0)} |

${n(f.requests)} answers in ${f.durationS} s: ${n(Math.round(f.requests / f.durationS))} per second. The clients never pause, so
${f.connections} requests are always in flight and each waits, on average, ${f.connections} divided by the rate
the machine answers at: latency here says how many answers per second the machine has, which the
last line under "Processor time" works out. \`--connections N\` runs the same mix with fewer users.

| requests | answered | p50 | p99 | max | unexpected answers |
| --- | --- | --- | --- | --- | --- |
${row(f.reads)}
${row(f.writes)}
${f.perKind.map(row).join('\n')}

Writes counted back in the database after the run:

${f.writeCheck.map((line) => `- ${line}`).join('\n')}

Processor time during the run:

${f.cpu.map((line) => `- ${line}`).join('\n')}
${f.failures.length === 0 ? '' : `\nFirst unexpected answer of each kind:\n\n${f.failures.map((line) => `- ${line}`).join('\n')}\n`}${SECTION_END}
`;
}

/** Replaces the section between the markers, or appends it; the rest of the file is kept byte for byte. */
export function writeLoadSection(file: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(SECTION_START);
  const end = text.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start ? text.slice(0, start) + section.trimEnd() + text.slice(end + SECTION_END.length) : `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  writeFileSync(file, next);
}
