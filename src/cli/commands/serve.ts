/** `foothold serve`: the web app and the HTTP API on one port. */
import type { Command } from 'commander';
import { DEFAULT_ALLOWED_HOSTS, hostNameOf } from '../../api/hosts.js';
import { InputError } from '../../shared/errors.js';
import { inputLimitsFromEnv } from '../../shared/limits.js';
import type { CliIo } from '../io.js';
import { DEFAULT_DATA_DIR } from '../store.js';

/** How long a stop waits for open requests to finish before the process exits anyway. */
const STOP_WAIT_MS = 5_000;

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the web app and the API; stop with Ctrl-C')
    .option('-p, --port <n>', 'port to listen on (env PORT)', process.env['PORT'] ?? '4300')
    .option('--host <address>', 'address to listen on; 0.0.0.0 to reach it from other machines', '127.0.0.1')
    .option(
      '--allowed-host <name...>',
      'a host name browsers may use to reach this server, besides IP addresses and localhost (env FOOTHOLD_ALLOWED_HOSTS, comma-separated)',
    )
    .option('--auth', 'require a login for the API (env FOOTHOLD_AUTH=required); accounts are made with `foothold user add`')
    .option('--trust-proxy', 'behind a reverse proxy: client addresses from X-Forwarded-For, HTTPS from X-Forwarded-Proto (env FOOTHOLD_TRUST_PROXY=1)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ foothold serve\n  $ PORT=8080 foothold serve\n  $ DATABASE_URL=postgres://user@db/foothold foothold serve --host 0.0.0.0 --allowed-host foothold.example.org' +
        '\n\nWrites must be JSON (Content-Type: application/json); requests whose Host is not an IP address or an allowed name, or whose Origin is another site, get 403.' +
        '\nCase files up to 50 MB are accepted (FOOTHOLD_MAX_CASE_MB), other request bodies up to 1 MB.',
    )
    .action(async (opts: { port: string; host: string; allowedHost?: string[]; auth?: boolean; trustProxy?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
      const allowedHosts = allowedHostsFrom(opts.host, opts.allowedHost, process.env['FOOTHOLD_ALLOWED_HOSTS']);
      const limits = inputLimitsFromEnv(process.env);
      const auth = authModeFrom(opts.auth === true, process.env['FOOTHOLD_AUTH']);
      const trustProxy = opts.trustProxy === true || process.env['FOOTHOLD_TRUST_PROXY'] === '1';
      // Loaded when the server starts, so that `foothold --help` does not wait for them.
      const [{ destination, pino }, { startServer }, { openStore, storeConfigFromEnv }] = await Promise.all([
        import('pino'),
        import('../../api/server.js'),
        import('../../store/open.js'),
      ]);
      // Request lines carry method, path, status and time only; these paths are a second guard, for an
      // error object that brings a database's detail (a key value) or a secret along.
      const logger = pino(
        {
          level: process.env['LOG_LEVEL'] ?? 'info',
          redact: {
            paths: ['err.detail', 'err.parameters', 'err.query', '*.password', '*.token', '*.csrfToken', '*.cookie', '*.authorization'],
            censor: '[redacted]',
          },
        },
        destination(2),
      );
      const store = await openStore(storeConfigFromEnv(process.env, DEFAULT_DATA_DIR));
      let server;
      try {
        server = await startServer({ store, now: () => new Date(), logger, limits, allowedHosts, auth, trustProxy }, { port, hostname: opts.host });
      } catch (err) {
        await store.close();
        const code = (err as NodeJS.ErrnoException).code;
        throw new InputError(
          code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : `cannot listen on ${opts.host}:${port}: ${(err as Error).message}`,
        );
      }
      io.out(`Foothold is running at ${server.url} (store: ${store.kind}${auth === 'required' ? ', login required' : ''}). Stop with Ctrl-C.`);
      if (auth === 'required' && (await store.accounts.listUsers()).length === 0) {
        io.err('No account exists yet: add the first with  foothold user add EMAIL --workspace W --role owner --password-stdin');
      }
      const running = server;
      let stopping = false;
      const finish = (code: number, message: string) => {
        if (code === 0) io.out(message);
        else io.err(message);
        process.exit(code);
      };
      // Ctrl-C reaches every process of the terminal's group, and `npm start` passes it on too, so the
      // same signal can arrive more than once: the first stops the server, the others change nothing.
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        // A client holding a request open must not keep the process alive for ever.
        setTimeout(() => finish(1, `Foothold stopped on ${signal} without waiting for open requests.`), STOP_WAIT_MS).unref();
        running
          .close()
          .then(() => store.close())
          .then(
            () => finish(0, 'Foothold stopped.'),
            (err: unknown) => finish(1, `Foothold stopped; closing the store failed: ${err instanceof Error ? err.message : String(err)}`),
          );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}

/** localhost, the names given on the command line and in the environment, and --host when it is a name. */
export function allowedHostsFrom(listenHost: string, given: readonly string[] | undefined, env: string | undefined): string[] {
  const names = [...DEFAULT_ALLOWED_HOSTS, ...(given ?? []), ...(env ?? '').split(','), listenHost]
    .map((name) => hostNameOf(name))
    .filter((name) => name !== '' && name !== '0.0.0.0' && name !== '::');
  for (const name of names) {
    if (!/^[a-z0-9.-]+$|^[0-9a-f:.]+$/.test(name)) throw new InputError(`--allowed-host: "${name}" is not a host name (letters, digits, "." and "-")`);
  }
  return [...new Set(names)];
}

/** --auth, or FOOTHOLD_AUTH=required; any other value of FOOTHOLD_AUTH but "off" or empty is refused rather than guessed. */
export function authModeFrom(flag: boolean, env: string | undefined): 'off' | 'required' {
  if (flag) return 'required';
  if (env === undefined || env === '' || env === 'off') return 'off';
  if (env === 'required') return 'required';
  throw new InputError(`FOOTHOLD_AUTH must be "required" or "off", got ${JSON.stringify(env)}`);
}
