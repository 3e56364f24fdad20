/** The progress of a contact import as lines of a streamed answer: few enough to read, often enough to watch. */
import type { ContactImportStage } from '../../services/contact-import.js';

export interface ImportProgress {
  stage: ContactImportStage;
  done: number;
  total: number;
}

/** Least time between two reports of the same stage, in milliseconds. */
export const PROGRESS_EVERY_MS = 100;

/**
 * Passes on the service's progress calls (one per 2,000 rows matched, one per batch written) at most
 * every PROGRESS_EVERY_MS and every 1 % of a stage: the start and the end of each stage always, so
 * a small import still shows each stage once, and a 30,000-row one sends a few dozen lines, not
 * hundreds.
 */
export function throttledProgress(
  report: (progress: ImportProgress) => void,
  clock: () => number,
): (stage: ContactImportStage, done: number, total: number) => void {
  let last: (ImportProgress & { at: number }) | undefined;
  return (stage, done, total) => {
    const at = clock();
    const due =
      last === undefined ||
      last.stage !== stage ||
      (done >= total && done !== last.done) ||
      (at - last.at >= PROGRESS_EVERY_MS && (done - last.done) * 100 >= total);
    if (!due) return;
    last = { stage, done, total, at };
    report({ stage, done, total });
  };
}
