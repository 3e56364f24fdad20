#!/usr/bin/env node
// Mutation testing for what a change touched: mutates only the source files under src/core,
// src/services and src/store that differ from BASE (committed since, staged, unstaged or new), so a
// change can be checked in minutes rather than the hours a full run takes. The run is incremental:
// the results for every other file stay in the report.
//
//   npm run mutation:changed -- [--list] [BASE] [-- STRYKER OPTIONS]
//
// BASE is any git revision (default HEAD: the changes not committed yet); CI passes the branch the
// change will merge into, e.g. origin/main. --list prints the files and runs nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SCOPE = ['src/core', 'src/services', 'src/store'];

/** Source files to mutate: TypeScript under SCOPE, not tests, not snapshots, still present. */
export function mutable(paths: readonly string[]): string[] {
  return [...new Set(paths)]
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('/__snapshots__/') && !p.startsWith('src/test-support/'))
    .filter((p) => existsSync(p))
    .sort();
}

function git(args: readonly string[]): string[] {
  return execFileSync('git', args, { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');
}

function main(argv: readonly string[]): number {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const passOn = dash < 0 ? [] : argv.slice(dash + 1);
  const list = own.includes('--list');
  const base = own.find((a) => a !== '--list') ?? 'HEAD';

  const files = mutable([...git(['diff', '--name-only', base, '--', ...SCOPE]), ...git(['ls-files', '--others', '--exclude-standard', '--', ...SCOPE])]);
  if (list) {
    for (const file of files) console.log(file);
    return 0;
  }
  if (files.length === 0) {
    console.log(`no source file under ${SCOPE.join(', ')} differs from ${base}: nothing to mutate`);
    return 0;
  }
  console.log(`mutating ${files.length} file(s) changed since ${base}:\n  ${files.join('\n  ')}`);
  return spawnSync('npx', ['stryker', 'run', '--mutate', files.join(','), ...passOn], { stdio: 'inherit' }).status ?? 1;
}

if (process.argv[1] !== undefined && process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
