/**
 * A progress bar on the terminal for long work (cli-progress), drawn on standard error and only when
 * it is a terminal: piped or redirected output, and tests, see nothing of it.
 */
import type { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** A bar labelled with what is being done; a no-op when standard error is not a terminal. */
export async function progressBar(label: string): Promise<Progress> {
  if (process.stderr.isTTY !== true) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (bar === undefined) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, stream: process.stderr, hideCursor: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
