// `npm run dev`: the API from the sources (restarted on change) on port 3000, and Vite's dev server
// for the web app, which reloads the page on change and sends /api to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const apiPort = process.env.FOOTHOLD_API_PORT ?? '3000';
const children = [
  spawn('npx', ['tsx', 'watch', 'src/cli/main.ts', 'serve', '--port', apiPort], { cwd: root, stdio: 'inherit' }),
  spawn('npx', ['vite'], { cwd: root, stdio: 'inherit', env: { ...process.env, FOOTHOLD_API: `http://127.0.0.1:${apiPort}` } }),
];
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));
for (const child of children)
  child.on('exit', (code) => {
    children.forEach((c) => c.kill('SIGTERM'));
    process.exitCode = code ?? 0;
  });
