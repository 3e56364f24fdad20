import { describe, expect, it } from 'vitest';
import { BusyError } from '../shared/errors.js';
import { isLockContention, retryWhileLocked } from './busy.js';
import { isUniqueViolation } from './db-errors.js';

const withCode = (code: unknown) => Object.assign(new Error('driver error'), { code });

describe('isLockContention and isUniqueViolation', () => {
  it.each([
    ['SQLITE_BUSY', true, false],
    ['SQLITE_BUSY_SNAPSHOT', true, false],
    ['SQLITE_BUSY_RECOVERY', true, false],
    ['SQLITE_LOCKED', true, false],
    ['40P01', true, false],
    ['40001', true, false],
    ['23505', false, true],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', false, true],
    ['SQLITE_CONSTRAINT_UNIQUE', false, true],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', false, false],
    ['XSQLITE_BUSY', false, false],
    ['23503', false, false],
  ])('%s: contention %s, unique violation %s', (code, contention, unique) => {
    expect(isLockContention(withCode(code))).toBe(contention);
    expect(isUniqueViolation(withCode(code))).toBe(unique);
  });

  it.each([null, undefined, 'SQLITE_BUSY', 23505, withCode(5), withCode(undefined), {}])('is false for %j', (value) => {
    expect(isLockContention(value)).toBe(false);
    expect(isUniqueViolation(value)).toBe(false);
  });

  it('reads the code of a plain object too', () => {
    expect(isLockContention({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
  });
});

describe('retryWhileLocked', () => {
  /** A clock that moves only when asked. */
  const fakeClock = () => {
    let t = 1000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };
  const fast = { deadlineMs: 1000, firstWaitMs: 1, maxWaitMs: 2 };

  it('runs the work again while it loses the race for a lock, then returns its value', async () => {
    let attempts = 0;
    const value = await retryWhileLocked(async () => {
      attempts++;
      if (attempts < 4) throw withCode('SQLITE_BUSY');
      return 'done';
    }, fast);
    expect(value).toBe('done');
    expect(attempts).toBe(4);
  });

  it('passes any other error through at once', async () => {
    let attempts = 0;
    const boom = withCode('23505');
    await expect(
      retryWhileLocked(async () => {
        attempts++;
        throw boom;
      }, fast),
    ).rejects.toBe(boom);
    expect(attempts).toBe(1);
  });

  it('gives up with BusyError once the deadline has passed, saying how long it waited', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const attempt = retryWhileLocked(
      async () => {
        attempts++;
        clock.advance(4000);
        throw withCode('SQLITE_BUSY');
      },
      { deadlineMs: 10_000, firstWaitMs: 1, maxWaitMs: 1 },
      clock.now,
    );
    await expect(attempt).rejects.toBeInstanceOf(BusyError);
    await expect(attempt).rejects.toThrow('the database stayed locked by another writer for 12 s');
    expect(attempts).toBe(3);
  });

  it('waits longer after each lost race, up to the longest wait, and never past the deadline', async () => {
    const waits: number[] = [];
    const clock = fakeClock();
    let attempts = 0;
    await retryWhileLocked(
      async () => {
        if (++attempts < 7) throw withCode('40P01');
        return 'ok';
      },
      { deadlineMs: 60_000, firstWaitMs: 20, maxWaitMs: 80 },
      clock.now,
      async (ms) => waits.push(ms),
    );
    // Nominal waits 20, 40, 80, 80, 80, 80 ms, each with a jitter of 0.5 to 1.5 times.
    const nominal = [20, 40, 80, 80, 80, 80];
    expect(waits).toHaveLength(6);
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(nominal[i]! * 0.5);
      expect(ms).toBeLessThanOrEqual(nominal[i]! * 1.5);
    });

    // 995 ms gone of a 1,000 ms deadline: the next wait is cut to what is left.
    const capped: number[] = [];
    const late = fakeClock();
    await expect(
      retryWhileLocked(
        async () => {
          late.advance(995);
          throw withCode('SQLITE_BUSY');
        },
        { deadlineMs: 1000, firstWaitMs: 5000, maxWaitMs: 5000 },
        late.now,
        async (ms) => capped.push(ms),
      ),
    ).rejects.toBeInstanceOf(BusyError);
    expect(capped).toEqual([5]);
  });

  it('keeps each wait within half to one and a half times its nominal length', async () => {
    const waits: number[] = [];
    let attempts = 0;
    await retryWhileLocked(
      async () => {
        if (++attempts <= 200) throw withCode('SQLITE_BUSY');
        return 'ok';
      },
      { deadlineMs: 60_000, firstWaitMs: 80, maxWaitMs: 80 },
      fakeClock().now,
      async (ms) => waits.push(ms),
    );
    expect(waits).toHaveLength(200);
    for (const ms of waits) {
      expect(ms).toBeGreaterThanOrEqual(40);
      expect(ms).toBeLessThanOrEqual(120);
    }
  });
});
