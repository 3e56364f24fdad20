// `npm start` as a user or a process manager runs it: it serves until sent SIGTERM or SIGINT, then
// closes the server, says so, and exits 0. The test build (test/global-build.ts) is newer than the
// sources, so the script does not build again unless a source changed meanwhile.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshDataDir, root } from './cli/run-cli.js';

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  afterMs: number;
}

/** Runs scripts/start.mjs on a free port with its own data folder; resolves with its URL and a way to stop it. */
function start(): Promise<{ url: string; output: () => string; stop: (signal: NodeJS.Signals) => Promise<Stopped> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FOOTHOLD_DATA: freshDataDir(), LOG_LEVEL: 'warn' };
  delete env['DATABASE_URL'];
  delete env['PORT'];
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start printed no URL in 120 s:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? \(/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.on('data', (more: Buffer) => (output += more.toString()));
      resolve({
        url: match[1],
        output: () => output,
        stop: async (signal) => {
          const sent = Date.now();
          child.kill(signal);
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          const { code, signal: endedBy } = await exited;
          clearTimeout(kill);
          // Let the last lines of the pipes arrive.
          await new Promise((done) => setImmediate(done));
          return { code, signal: endedBy, output, afterMs: Date.now() - sent };
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code }) => reject(new Error(`npm start exited with ${code} before serving:\n${output}`)));
  });
}

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops its server on %s, says so, and exits 0', async (signal) => {
    const running = await start();
    expect(running.output()).toContain('Loading sample cases');
    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);

    const stopped = await running.stop(signal);
    expect(stopped, stopped.output).toMatchObject({ code: 0, signal: null });
    expect(stopped.afterMs).toBeLessThan(10_000);
    expect(stopped.output).toMatch(/Foothold stopped\.\n$/);
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  });
});
