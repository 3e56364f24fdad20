/**
 * One at a time per key, in arrival order: a process's writers of one firm wait their turn here,
 * holding nothing, instead of each holding a database connection while it waits for the firm's
 * row lock. Across processes the row lock still decides; this only keeps a busy firm from taking
 * every connection of the pool (and with them the reads of every other firm).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs fn after every earlier fn of the same key has settled; its result or error is the caller's. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work running or waiting (for tests and diagnostics). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
