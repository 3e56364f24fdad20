// `foothold serve` with login required, through the built binary: turned on by --auth or by
// FOOTHOLD_AUTH=required, on a data folder whose one account was made with `foothold user add`. The
// API answers 401 until the account logs in; a login's cookie then reads its workspace, and a
// password reset from the command line ends that session. A bad FOOTHOLD_AUTH stops the start.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, freshDataDir, root } from './run-cli.js';

interface Started {
  /** Set once the server said where it runs. */
  url?: string;
  /** Set when the process ended before that. */
  code?: number | null;
  output(): { stdout: string; stderr: string };
  /** Resolves once `pattern` appears on standard error (rejects if the process ends first). */
  stderrMatches(pattern: RegExp): Promise<void>;
  stop(): Promise<void>;
}

function envFor(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FOOTHOLD_DATA: dataDir, LOG_LEVEL: 'warn', ...extra };
  delete env['DATABASE_URL'];
  if (extra['FOOTHOLD_AUTH'] === undefined) delete env['FOOTHOLD_AUTH'];
  return env;
}

/** Runs `foothold serve --port 0 …` and resolves when it runs (with its URL) or when it ends (with its exit code). */
function startServe(dataDir: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd: root,
    env: envFor(dataDir, extraEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let ended = false;
  const exited = new Promise<void>((done) => child.once('exit', () => ((ended = true), done())));
  const started: Started = {
    output: () => ({ stdout, stderr }),
    stderrMatches: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(stderr)) resolve();
          else if (ended) reject(new Error(`the server ended without printing ${pattern}:\n${stderr}`));
          else setTimeout(check, 20);
        };
        check();
      }),
    stop: async () => {
      if (!ended) child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve) => {
    const onData = () => {
      const match = /running at (http:\/\/\S+?)\/? \(/.exec(stdout);
      if (match?.[1] !== undefined && started.url === undefined) {
        started.url = match[1];
        resolve(started);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), onData()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      started.code = code;
      resolve(started);
    });
  });
}

function userCli(dataDir: string, args: string[], input: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'user', ...args], { cwd: root, encoding: 'utf8', env: envFor(dataDir, {}), input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EMAIL = 'ann@example.org';
const PASSWORD = `pw-${randomBytes(9).toString('base64url')}`;
const servers: Started[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe.each([
  ['foothold serve --auth', ['--auth'], {}],
  ['FOOTHOLD_AUTH=required foothold serve', [], { FOOTHOLD_AUTH: 'required' }],
])('%s', (_name, args: string[], env: Record<string, string>) => {
  let dataDir: string;
  let server: Started;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    dataDir = freshDataDir();
    const added = userCli(dataDir, ['add', EMAIL, '--workspace', 'agency', '--role', 'owner', '--password-stdin'], `${PASSWORD}\n`);
    expect(added.code, added.stderr).toBe(0);
    server = await startServe(dataDir, args, env);
    servers.push(server);
    expect(server.url, server.output().stderr).toBeDefined();
    url = server.url ?? '';
  });

  it('says that it requires a login', () => {
    expect(server.output().stdout).toMatch(/running at http:\/\/\S+ \(store: sqlite, login required\)/);
  });

  it('answers 401 to a caller who has not logged in', async () => {
    const res = await fetch(`${url}/api/workspaces`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const res = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: `${PASSWORD}-wrong` }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('logs in with the password given to foothold user add, and sets an httpOnly cookie', async () => {
    const res = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const [setCookie, ...more] = res.headers.getSetCookie();
    expect(more).toEqual([]);
    expect(setCookie).toMatch(/^foothold_session=[^;]+;.*HttpOnly/i);
    cookie = (setCookie ?? '').split(';')[0] ?? '';
    const session = (await res.json()) as { auth: string; user: { email: string }; workspaces: { id: string; role: string }[] };
    expect(session).toMatchObject({ auth: 'required', user: { email: EMAIL }, workspaces: [{ id: 'agency', role: 'owner' }] });
  });

  it('lists the workspace of the account to a request with the cookie', async () => {
    const res = await fetch(`${url}/api/workspaces`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }[]).map((w) => w.id)).toEqual(['agency']);
  });

  it('ends the session when the password is reset from the command line', async () => {
    const reset = userCli(dataDir, ['reset', EMAIL, '--password-stdin'], `${PASSWORD}-new\n`);
    expect(reset.code, reset.stderr).toBe(0);
    expect((await fetch(`${url}/api/workspaces`, { headers: { cookie } })).status).toBe(401);
  });

  it('gives no hint about a first account, as there is one', async () => {
    await server.stop();
    // "stopped" is printed by the stop handler, set up only after the check for accounts had run.
    expect(server.output().stdout).toContain('Foothold stopped.');
    expect(server.output().stderr).not.toMatch(/foothold user add/);
    expect(server.output().stdout + server.output().stderr).not.toContain(PASSWORD);
  });
});

describe('foothold serve, refusals and hints', () => {
  it('stops with exit code 1 when FOOTHOLD_AUTH is neither "required" nor "off"', async () => {
    const started = await startServe(freshDataDir(), [], { FOOTHOLD_AUTH: 'bogus' });
    servers.push(started);
    expect(started.url).toBeUndefined();
    expect(started.code).toBe(1);
    expect(started.output().stderr).toBe('error: FOOTHOLD_AUTH must be "required" or "off", got "bogus"\n');
  });

  it('with login required and no account, tells on standard error how to add the first', async () => {
    const started = await startServe(freshDataDir(), ['--auth']);
    servers.push(started);
    expect(started.url, started.output().stderr).toBeDefined();
    await started.stderrMatches(/No account exists yet: add the first with +foothold user add EMAIL --workspace W --role owner --password-stdin/);
    expect((await fetch(`${started.url ?? ''}/api/workspaces`)).status).toBe(401);
  });
});
