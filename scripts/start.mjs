// `npm start`: build if the sources are newer than dist/ (the CLI and the web app), load the sample cases that are not in
// the store yet (a fresh data folder gets all three), then serve and print the URL. SIGINT or
// SIGTERM stops the server; "Foothold stopped." says it has.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'dist/cli/main.js');

// Until the server runs, a stop has nothing to close; the build or import under way finishes first
// (they run synchronously), then the script leaves.
let server;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (server === undefined) {
      console.log('Foothold stopped.');
      process.exit(0);
    }
    server.kill(signal);
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(args, options = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

const webIndex = join(root, 'dist/web/index.html');
if (!existsSync(bin) || !existsSync(webIndex) || newestMtime(join(root, 'src')) > Math.min(statSync(bin).mtimeMs, statSync(webIndex).mtimeMs)) {
  console.log('Building Foothold …');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const casesDir = join(root, 'examples/cases');
const samples = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: join(casesDir, f), firmId: JSON.parse(readFileSync(join(casesDir, f), 'utf8')).firm.id }));
const present = new Set(JSON.parse(run(['firms', '--json'])).map((f) => f.id));
const missing = samples.filter((s) => !present.has(s.firmId));
if (missing.length > 0) {
  console.log(`Loading sample cases: ${missing.map((s) => s.firmId).join(', ')}`);
  run(['import', ...missing.map((s) => s.file)], { stdio: ['ignore', 'inherit', 'inherit'] });
}

server = spawn(process.execPath, [bin, 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
server.on('exit', (code, signal) => {
  // `foothold serve` says "Foothold stopped." itself; a server ended by a signal before it could
  // (stopped while still starting) is reported here.
  if (code === null) {
    console.log(stopping ? 'Foothold stopped.' : `Foothold ended by ${signal}.`);
    process.exit(stopping ? 0 : 1);
  }
  process.exit(code);
});
