import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.js';

const later = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedQueue', () => {
  it('runs the work of one key one at a time in arrival order, and of different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (key: string, name: string) =>
      queue.run(key, async () => {
        running++;
        most = Math.max(most, running);
        log.push(`${name} start`);
        await later();
        await later();
        log.push(`${name} end`);
        running--;
        return name;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1'), job('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    const ofA = log.filter((l) => l.startsWith('a'));
    expect(ofA).toEqual(['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    // b ran while a's work was under way.
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    expect(most).toBe(2);
    expect(queue.busyKeys).toBe(0);
  });

  it('passes a failure to its own caller only: the next work of the key still runs', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('k', async () => {
      throw new Error('no');
    });
    const next = queue.run('k', async () => 'ran');
    await expect(failing).rejects.toThrow('no');
    await expect(next).resolves.toBe('ran');
    await later();
    expect(queue.busyKeys).toBe(0);
  });
});
