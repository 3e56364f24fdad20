// Users who pause between requests, as people at a browser do: the paced run of `npm run bench:load`
// (docs/decisions/0019-load-benchmark-clients.md). Each user has one keep-alive connection (its own
// agent), goes through the same cycle of requests as in the run without pause (mix.ts), and after
// each answer waits a think time drawn from an exponential distribution with the given mean, so
// requests arrive at random moments rather than in step. autocannon's own rate limit cannot do this:
// it lets every connection send its quota at the start of the same second, all at once.
import { EventEmitter } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Client, Request } from 'autocannon';
import type { LoadRecorder } from './mix.js';

export interface PacedRun {
  targets: readonly string[];
  users: number;
  durationS: number;
  /** Mean pause after each answer, in ms. */
  thinkMs: number;
  recorder: LoadRecorder;
  /** A request not answered within this many ms counts as a timeout (autocannon's default is 10 s). */
  timeoutMs?: number;
  /** Seed of the think times and start offsets, so that two runs send the same schedule. */
  seed?: number;
}

export interface PacedResult {
  /** Answers received (any status). */
  answered: number;
  timeouts: number;
  /** Connection errors (refused, reset), timeouts not included. */
  errors: number;
}

/** mulberry32: a small seeded generator, enough to draw think times reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: string;
  bytes: number;
}

function send(base: URL, agent: Agent, req: Request, timeoutMs: number): Promise<Answer | 'timeout'> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const headers = { ...req.headers, ...(body === undefined ? {} : { 'content-length': String(body.length) }) };
    const outgoing = httpRequest({ host: base.hostname, port: base.port, path: req.path, method: req.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const all = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: all.toString('utf8'), bytes: all.length });
      });
      res.on('error', reject);
    });
    outgoing.setTimeout(timeoutMs, () => {
      outgoing.destroy();
      resolve('timeout');
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Runs `users` users for `durationS` seconds, each starting at a random moment within its first
 * mean think time; then waits for the answers still on their way, which count like the others.
 */
export async function runPacedUsers(run: PacedRun): Promise<PacedResult> {
  const draw = random(run.seed ?? 20261202);
  const timeoutMs = run.timeoutMs ?? 10_000;
  const result: PacedResult = { answered: 0, timeouts: 0, errors: 0 };
  const deadline = performance.now() + run.durationS * 1000;
  const think = () => Math.min(-run.thinkMs * Math.log(1 - draw()), 10 * run.thinkMs);

  const user = async (index: number, startAfter: number): Promise<void> => {
    let cycle: Request[] = [];
    // What the recorder knows of a user: the connection autocannon would have given it.
    const client = Object.assign(new EventEmitter(), { setRequests: (requests: Request[]) => (cycle = requests) }) as unknown as Client;
    run.recorder.setupClient(client);
    const base = new URL(run.targets[index % run.targets.length]!);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await sleep(startAfter);
    try {
      for (let step = 0; performance.now() < deadline; step = (step + 1) % cycle.length) {
        const planned = cycle[step]!;
        const req = planned.setupRequest?.({ ...planned }, {}) ?? planned;
        const started = performance.now();
        let answer: Answer | 'timeout';
        try {
          answer = await send(base, agent, req, timeoutMs);
        } catch {
          result.errors++;
          await sleep(think());
          continue;
        }
        if (answer === 'timeout') {
          result.timeouts++;
        } else {
          result.answered++;
          planned.onResponse?.(answer.status, answer.body, {}, {});
          run.recorder.onResponse(client, answer.status, answer.bytes, performance.now() - started);
        }
        await sleep(think());
      }
    } finally {
      agent.destroy();
    }
  };

  await Promise.all(Array.from({ length: run.users }, (_, i) => user(i, draw() * run.thinkMs)));
  return result;
}
