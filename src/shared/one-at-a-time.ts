/**
 * Runs async work one piece at a time, in the order it was asked for: for work that is heavy in
 * memory and would wait for the same lock anyway (a case import holds the store's write lock).
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
