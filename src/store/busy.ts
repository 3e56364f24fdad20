/**
 * Retrying work that lost a race for a lock to another process or transaction: SQLite's write lock
 * held by another process (SQLITE_BUSY*), and PostgreSQL's deadlock and serialization failures.
 * The work must be a whole transaction (it is rolled back before it is run again). Waits grow
 * with jitter so two writers do not keep colliding; past the deadline the caller gets BusyError
 * (HTTP 503 with Retry-After), never a raw driver error.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BusyError } from '../shared/errors.js';

/** True for errors that mean "someone else holds the lock; the same work may succeed if tried again". */
export function isLockContention(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED' || code === '40P01' || code === '40001';
}

export interface RetryOptions {
  /** Give up after this long in all (milliseconds). */
  deadlineMs: number;
  /** The first wait; each next one doubles, up to maxWaitMs. */
  firstWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { deadlineMs: 15_000, firstWaitMs: 10, maxWaitMs: 400 };

/** Runs work, and runs it again while it fails for lock contention; `clock` and `wait` are injectable for tests. */
export async function retryWhileLocked<T>(
  work: () => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
  clock: () => number = Date.now,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<T> {
  const started = clock();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isLockContention(err)) throw err;
      const waited = clock() - started;
      if (waited >= options.deadlineMs) {
        throw new BusyError(
          `the database stayed locked by another writer for ${Math.round(waited / 1000)} s (another Foothold process, or a long import); nothing was written — try again`,
        );
      }
      const nominal = Math.min(options.maxWaitMs, options.firstWaitMs * 2 ** attempt) * (0.5 + Math.random());
      await wait(Math.min(nominal, Math.max(1, options.deadlineMs - waited)));
    }
  }
}
