import { describe, expect, it } from 'vitest';
import { PROGRESS_EVERY_MS, throttledProgress, type ImportProgress } from './import-progress.js';

function recorder() {
  let now = 0;
  const seen: ImportProgress[] = [];
  const progress = throttledProgress(
    (p) => seen.push(p),
    () => now,
  );
  return { seen, progress, wait: (ms: number) => (now += ms) };
}

describe('throttledProgress', () => {
  it('passes on the start and the end of each stage, however fast they come', () => {
    const { seen, progress } = recorder();
    progress('reading', 0, 1);
    progress('reading', 1, 1);
    progress('matching', 0, 30_000);
    progress('matching', 2_000, 30_000);
    progress('matching', 30_000, 30_000);
    progress('writing', 0, 5);
    progress('writing', 5, 5);
    expect(seen).toEqual([
      { stage: 'reading', done: 0, total: 1 },
      { stage: 'reading', done: 1, total: 1 },
      { stage: 'matching', done: 0, total: 30_000 },
      { stage: 'matching', done: 30_000, total: 30_000 },
      { stage: 'writing', done: 0, total: 5 },
      { stage: 'writing', done: 5, total: 5 },
    ]);
  });

  it('passes on a step once both 100 ms and 1 % of the stage have gone by since the last', () => {
    const { seen, progress, wait } = recorder();
    progress('writing', 0, 10_000);
    wait(PROGRESS_EVERY_MS - 1);
    progress('writing', 5_000, 10_000); // half done, but too soon
    wait(1);
    progress('writing', 5_050, 10_000); // 100 ms since the last one passed on, and 50 % more
    wait(500);
    progress('writing', 5_099, 10_000); // long enough, but under 1 % more
    progress('writing', 5_150, 10_000); // 1 % more than the last one passed on
    progress('writing', 10_000, 10_000);
    progress('writing', 10_000, 10_000); // the end once only
    expect(seen.map((p) => p.done)).toEqual([0, 5_050, 5_150, 10_000]);
  });

  it('passes on a new stage at once, and the same stage again after another', () => {
    const { seen, progress } = recorder();
    progress('matching', 0, 10);
    progress('writing', 0, 10);
    progress('matching', 3, 10);
    expect(seen.map((p) => `${p.stage} ${p.done}`)).toEqual(['matching 0', 'writing 0', 'matching 3']);
  });
});
