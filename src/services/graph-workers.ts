/**
 * Betweenness on every core: worker threads each run core's betweennessFromSources on a share of
 * the sources, reading the graph in place from SharedArrayBuffers (nothing is copied), and write
 * their raw sums into shared arrays that this thread adds up and normalizes. The result is the one
 * core's betweenness() gives, up to the order of floating-point additions.
 *
 * This file is also the workers' entry point: a worker loads it with a job in workerData.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  betweennessFromSources,
  finishBetweenness,
  planBetweenness,
  type BetweennessOptions,
  type BetweennessResult,
  type BetweennessSources,
} from '../core/graph/betweenness.js';
import { shareCsr } from '../core/graph/csr.js';
import type { CsrGraph } from '../core/graph/types.js';
import { InputError } from '../shared/errors.js';

export const JOB_KIND = 'foothold:betweenness-sources';

/** What a worker gets: typed arrays on SharedArrayBuffers arrive as views of the same memory. */
export interface BetweennessJob {
  readonly kind: typeof JOB_KIND;
  readonly graph: CsrGraph;
  readonly sources: BetweennessSources;
  /** Shared: the worker adds its raw dependencies here. */
  readonly out: Float64Array;
  /** Shared, one counter for all workers: sources done so far. */
  readonly progress: Int32Array;
}

/** Sources a worker runs between two updates of the shared progress counter. */
const PROGRESS_CHUNK = 32;
/** How often the main thread reads the counter to report progress. */
const PROGRESS_INTERVAL_MS = 250;

export interface ParallelBetweennessOptions extends BetweennessOptions {
  /** How many worker threads; default min(2, the machine's available parallelism). */
  readonly workers?: number;
  /** Called now and then while the workers run, with the sources done and the sources in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The number of workers used unless asked otherwise: two at most, as the machine this is sized for has two cores. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Computes betweenness like core's betweenness(g, options), with the sources split between worker
 * threads. A graph not built with `shared: true` is copied into shared memory once first.
 *
 * @throws InputError for options core refuses; rejects with "Betweenness worker i of n failed: …"
 *   when a worker fails, after stopping all of them.
 */
export async function betweennessParallel(g: CsrGraph, options: ParallelBetweennessOptions = {}): Promise<BetweennessResult> {
  const plan = planBetweenness(g.nodeCount, options);
  const raw = await rawBetweennessParallel(g, plan.pivots, options.workers, options.onProgress);
  return finishBetweenness(raw, plan);
}

/**
 * The raw dependency sums of the given sources (every node when undefined), computed by worker
 * threads and added up: the parallel counterpart of core's betweennessFromSources.
 */
export async function rawBetweennessParallel(
  g: CsrGraph,
  sources: Uint32Array | undefined,
  workers = defaultWorkerCount(),
  onProgress?: (done: number, total: number) => void,
): Promise<Float64Array> {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new InputError(`The number of betweenness workers must be a whole number of at least 1, got ${workers}`, '/workers');
  }
  const n = g.nodeCount;
  const sourceCount = sources === undefined ? n : sources.length;
  const total = new Float64Array(n);
  const count = Math.min(workers, sourceCount);
  if (count === 0) return total;
  const graph = shareCsr(g);
  const progress = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  // Interleaved rather than in blocks, so that no worker gets all the sources of one big component.
  const jobs: BetweennessJob[] = Array.from({ length: count }, (_, i) => ({
    kind: JOB_KIND,
    graph,
    sources: sources === undefined ? { start: i, end: n, step: count } : sources.filter((_, j) => j % count === i),
    out: new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT)),
    progress,
  }));
  const running = jobs.map((job) => startWorker(job));
  const report = onProgress === undefined ? undefined : setInterval(() => onProgress(Atomics.load(progress, 0), sourceCount), PROGRESS_INTERVAL_MS);
  try {
    await Promise.all(running.map((worker, i) => finished(worker, `Betweenness worker ${i + 1} of ${count}`)));
    onProgress?.(sourceCount, sourceCount);
  } finally {
    clearInterval(report);
    // After success they are exiting anyway; after a failure the others must not run on for nothing.
    await Promise.all(running.map((worker) => worker.terminate()));
  }
  for (const job of jobs) for (let v = 0; v < n; v++) total[v]! += job.out[v]!;
  return total;
}

function startWorker(job: BetweennessJob): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: job });
  // Running from the TypeScript sources (tests, tsx): the worker must compile this file too. On Node 20,
  // `--import tsx` in the worker's execArgv does not do it (tsx registers its loader on the main
  // thread only there), so the worker registers tsx's loader itself, then loads this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(boot, { eval: true, workerData: job });
}

function finished(worker: Worker, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', (error: Error) => reject(new Error(`${name} failed: ${error.message}`, { cause: error })));
    // After the message the promise is settled, and this rejection changes nothing.
    worker.once('exit', (code) => reject(new Error(`${name} failed: it stopped (exit code ${code}) before finishing`)));
  });
}

/** Whether a thread's workerData is a betweenness job (and not something else that loaded this file). */
export function isJob(data: unknown): data is BetweennessJob {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === JOB_KIND;
}

/**
 * A worker's work: the raw dependency sums of its sources added into `out`, the shared counter
 * moved after each chunk of sources so that it moves while a long run goes on. Exported so that
 * tests run it on their own thread, where its lines can be checked.
 */
export function runJob({ graph, sources, out, progress }: BetweennessJob): void {
  const list = sources instanceof Uint32Array ? sources : everyStep(sources);
  for (let i = 0; i < list.length; i += PROGRESS_CHUNK) {
    const chunk = list.subarray(i, i + PROGRESS_CHUNK);
    betweennessFromSources(graph, chunk, out);
    Atomics.add(progress, 0, chunk.length);
  }
}

// The worker's side: run the job, say so, and let the thread end.
if (!isMainThread && isJob(workerData) && parentPort !== null) {
  runJob(workerData);
  parentPort.postMessage('done');
}

function everyStep({ start, end, step = 1 }: { start: number; end: number; step?: number }): Uint32Array {
  const list = new Uint32Array(Math.max(0, Math.ceil((end - start) / step)));
  for (let i = 0; i < list.length; i++) list[i] = start + i * step;
  return list;
}
