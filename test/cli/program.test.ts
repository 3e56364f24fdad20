// `foothold --help` and `--version` as a user runs them. They must answer at once, so the commands
// load their implementations only when they run: checked here by the modules a run loads, not by a
// time (how fast a machine is is not for a test to judge; `npm run bench` measures it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { topLevelHelp } from '../../src/cli/help-text.js';
import { bin, cli, root } from './run-cli.js';

const silent = { out: () => {}, err: () => {}, exitCode: () => {} };
const commands = buildProgram(silent).commands.map((c) => c.name());
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The modules of ours and the packages a run of the binary loads, as paths below the repository. */
function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'foothold-modules-'));
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');
  return resolved;
}`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, ...args], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).not.toMatch(/internal error/);
  const base = `file://${root.replace(/\/$/, '')}/`;
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(base))
    .map((url) => url.slice(base.length - 1));
}

describe('foothold --help', () => {
  it('lists every command with its description', () => {
    expect(commands).toEqual(expect.arrayContaining(['validate', 'import', 'export', 'firms', 'show', 'analyze', 'table', 'compare', 'report', 'serve']));
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of commands) expect(r.stdout, name).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each([['--help'], ['-h']])('for %s, prints the text the build wrote ahead of time, which is what commander gives', async (flag) => {
    const r = cli([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(await topLevelHelp());
    expect(r.stdout).toMatch(/^Usage: foothold \[options\] \[command\]\n/);
    expect(r.stdout).toContain('Examples:\n  $ foothold validate');
  });

  it('loads neither commander nor a command to print it', () => {
    expect(modulesLoadedBy(['--help']).filter((path) => path.startsWith('/node_modules/') || path.startsWith('/dist/cli/commands/'))).toEqual([]);
  });

  it.each(commands)('answers for %s too', (name) => {
    const r = cli([name, '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: foothold ${name} `);
  });
});

describe('foothold --version', () => {
  it.each([['--version'], ['-V']])('prints the version of the package for %s', (flag) => {
    const r = cli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${packageVersion}\n`);
  });

  it('is the version commander reports too, when asked among other options', () => {
    expect(buildProgram(silent).version()).toBe(packageVersion);
  });

  it('leaves a usage error to commander', () => {
    const r = cli(['--version', 'extra']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${packageVersion}\n`);
    expect(cli(['--no-such-option']).code).toBe(2);
  });
});

describe('starting the CLI', () => {
  // What no command needs until it runs: the domain schemas, the services, the store and its
  // drivers, the HTTP server, the logger; but for the constants the options and help show, kept in
  // modules that import nothing heavy.
  // (What they import is checked all the same: it is in the list of modules loaded.)
  const light = new Set(['/dist/services/report-formats.js', '/dist/core/report/table-numbers.js', '/dist/core/case-file/upgrade.js']);
  const heavy = [
    /^\/dist\/(core|services|store)\//,
    /^\/dist\/api\/(?!hosts\.js)/,
    /^\/node_modules\/(zod|kysely|better-sqlite3|pg|pino|playwright-core|hono|@hono|jsonc-parser)\//,
  ];

  it.each([['--help'], ['--version'], ['analyze', '--help'], ['serve', '--help'], ['nonsense']])('loads none of the implementations for %s', (...args) => {
    const loaded = modulesLoadedBy(args);
    expect(loaded).toContain('/dist/cli/main.js');
    expect(loaded.filter((path) => !light.has(path) && heavy.some((pattern) => pattern.test(path)))).toEqual([]);
  });

  it('loads them once a command runs', () => {
    const loaded = modulesLoadedBy(['validate', join(root, 'examples/cases/company-a.json')]);
    expect(loaded.some((path) => path.startsWith('/dist/core/case-file/'))).toBe(true);
  });
});
