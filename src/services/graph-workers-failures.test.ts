// What the main thread does with its workers, told apart from what the workers compute: here the
// worker threads are stand-ins (an EventEmitter per worker, driven by each test), so that a worker can
// fail, or stop before it says it is done, on cue; and the machine's parallelism is chosen per test.
// The real workers are in graph-workers.test.ts.
import type * as os from 'node:os';
import { availableParallelism } from 'node:os';
import type * as workerThreads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCsr } from '../core/graph/csr.js';
import { defaultWorkerCount, rawBetweennessParallel } from './graph-workers.js';

const { FakeWorker } = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  /** A worker thread that runs nothing: the test says when it posts, fails or exits. */
  class FakeWorker extends EventEmitter {
    static started: FakeWorker[] = [];
    readonly job: { out: Float64Array; progress: Int32Array; sources: unknown };
    terminated = false;
    constructor(_script: unknown, options: { workerData: FakeWorker['job'] }) {
      super();
      this.job = options.workerData;
      FakeWorker.started.push(this);
    }
    terminate(): Promise<number> {
      this.terminated = true;
      return Promise.resolve(1);
    }
    /** Posts its message and then exits, as a worker that finished its job does. */
    finish(): void {
      this.emit('message', 'done');
      this.emit('exit', 0);
    }
  }
  return { FakeWorker };
});

vi.mock('node:worker_threads', async (importOriginal) => ({
  ...(await importOriginal<typeof workerThreads>()),
  isMainThread: true,
  Worker: FakeWorker,
}));

vi.mock('node:os', async (importOriginal) => {
  const real = await importOriginal<typeof os>();
  return { ...real, availableParallelism: vi.fn(real.availableParallelism) };
});

afterEach(() => {
  FakeWorker.started = [];
  vi.mocked(availableParallelism).mockReset();
  vi.useRealTimers();
});

const graph = buildCsr({ nodeCount: 4, from: Uint32Array.of(0, 1, 2), to: Uint32Array.of(1, 2, 3) }, { shared: true });

/** How a promise stands once everything already under way has run: settled, or still pending. */
function outcome<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown } | 'pending'> {
  const pending = new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')));
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    pending,
  ]);
}

describe('defaultWorkerCount', () => {
  it('uses every core of a machine with one or two, and two at most', () => {
    const counts = [1, 2, 8].map((cores) => {
      vi.mocked(availableParallelism).mockReturnValue(cores);
      return defaultWorkerCount();
    });
    expect(counts).toEqual([1, 2, 2]);
  });
});

describe('rawBetweennessParallel with its workers', () => {
  it('resolves once every worker has posted and exited, with their sums added up', async () => {
    const result = rawBetweennessParallel(graph, undefined, 2);
    const [first, second] = FakeWorker.started;
    expect(FakeWorker.started).toHaveLength(2);
    first!.job.out.set([1, 2, 0, 0]);
    second!.job.out.set([0, 0.5, 3, 0]);
    first!.finish();
    second!.finish();
    expect(await outcome(result)).toEqual({ value: Float64Array.of(1, 2.5, 3, 0) });
  });

  it('starts no more workers than there are sources, and none for no source', async () => {
    const one = rawBetweennessParallel(graph, Uint32Array.of(2), 2);
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0]!.finish();
    await one;
    FakeWorker.started = [];
    const onProgress = vi.fn();
    expect(Array.from(await rawBetweennessParallel(graph, new Uint32Array(0), 2, onProgress))).toEqual([0, 0, 0, 0]);
    expect(FakeWorker.started).toHaveLength(0);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('rejects with the name of a worker that fails and its error as the cause, and stops them all', async () => {
    const result = rawBetweennessParallel(graph, undefined, 3);
    const boom = new Error('out of memory');
    FakeWorker.started[0]!.finish();
    FakeWorker.started[1]!.emit('error', boom);
    FakeWorker.started[1]!.emit('exit', 1);
    const settled = await outcome(result);
    expect(settled).toEqual({ error: expect.any(Error) });
    const { error } = settled as { error: Error };
    expect(error.message).toBe('Betweenness worker 2 of 3 failed: out of memory');
    expect(error.cause).toBe(boom);
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, true, true]);
  });

  it('rejects when a worker exits without posting that it is done', async () => {
    const result = rawBetweennessParallel(graph, undefined, 2);
    FakeWorker.started[1]!.finish();
    FakeWorker.started[0]!.emit('exit', 3);
    expect(await outcome(result)).toEqual({
      error: new Error('Betweenness worker 1 of 2 failed: it stopped (exit code 3) before finishing'),
    });
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('reports the shared counter of sources done while the workers run, then every source', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const reports: [number, number][] = [];
    const result = rawBetweennessParallel(graph, Uint32Array.of(0, 1, 3), 2, (done, total) => reports.push([done, total]));
    const [first, second] = FakeWorker.started;
    Atomics.add(first!.job.progress, 0, 1);
    vi.advanceTimersToNextTimer();
    Atomics.add(second!.job.progress, 0, 1);
    vi.advanceTimersToNextTimer();
    first!.finish();
    second!.finish();
    await result;
    expect(reports).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // The interval is gone: nothing more comes.
    vi.advanceTimersToNextTimer();
    expect(reports).toHaveLength(3);
  });
});
