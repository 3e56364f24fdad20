/** Runs `foothold serve` on a free port against a data folder and returns its URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { bin, root } from '../cli/run-cli.js';

export interface Served {
  url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** 'required' starts the multi-user server (`serve --auth`): every /api route but /api/health and /api/session needs a login. */
  auth?: 'off' | 'required';
}

export function serve(dataDir: string, options: ServeOptions = {}): Promise<Served> {
  const env: NodeJS.ProcessEnv = { ...process.env, FOOTHOLD_DATA: dataDir, LOG_LEVEL: 'warn' };
  delete env['DATABASE_URL'];
  const args = [bin, 'serve', '--port', '0', ...(options.auth === 'required' ? ['--auth'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? \(/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
