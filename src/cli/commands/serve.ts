/** `foothold serve`: the HTTP API and the plain home page on one port. */
import type { Command } from 'commander';
import { destination, pino } from 'pino';
import { startServer } from '../../api/server.js';
import { InputError } from '../../shared/errors.js';
import { openStore, storeConfigFromEnv } from '../../store/open.js';
import type { CliIo } from '../io.js';
import { DEFAULT_DATA_DIR } from '../store.js';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the API and the web page; stop with Ctrl-C')
    .option('-p, --port <n>', 'port to listen on (env PORT)', process.env['PORT'] ?? '4300')
    .option('--host <address>', 'address to listen on; 0.0.0.0 to reach it from other machines', '127.0.0.1')
    .addHelpText(
      'after',
      '\nExamples:\n  $ foothold serve\n  $ PORT=8080 foothold serve\n  $ DATABASE_URL=postgres://user@db/foothold foothold serve --host 0.0.0.0',
    )
    .action(async (opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be a whole number from 0 to 65535, got "${opts.port}"`);
      const logger = pino({ level: process.env['LOG_LEVEL'] ?? 'info' }, destination(2));
      const store = await openStore(storeConfigFromEnv(process.env, DEFAULT_DATA_DIR));
      let server;
      try {
        server = await startServer({ store, now: () => new Date(), logger }, { port, hostname: opts.host });
      } catch (err) {
        await store.close();
        const code = (err as NodeJS.ErrnoException).code;
        throw new InputError(
          code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : `cannot listen on ${opts.host}:${port}: ${(err as Error).message}`,
        );
      }
      io.out(`Foothold is running at ${server.url} (store: ${store.kind}). Stop with Ctrl-C.`);
      const running = server;
      const stop = () => {
        void running
          .close()
          .then(() => store.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
