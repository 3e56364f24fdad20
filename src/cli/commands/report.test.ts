// `foothold report` in-process: the format from the flag or the file's extension, and the JSON
// document on standard output or in a file. The built binary's runs are in test/e2e/report.e2e.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportDocumentSchema } from '../../core/report/schema.js';
import { REPO_ROOT } from '../../test-support/samples.js';
import { buildProgram } from '../program.js';
import { reportFormat } from './report.js';
// The command loads these when it runs; loaded here, their top level runs before any test, as in every
// other test file, so a mutation run counts the mutants there as static rather than as covered by this
// file's tests alone (QUALITY.md, "How it is set up").
import '../../services/report-service.js';
import '../../services/user-files.js';
import '../../store/open.js';

let dir: string;
let out: string[];

/** Runs the CLI with these arguments in this process; commander's own exits (help) are not errors. */
async function run(args: string[]): Promise<void> {
  const io = { out: (line: string) => out.push(line), err: () => {}, exitCode: () => {} };
  try {
    await buildProgram(io).parseAsync(args, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError) || err.exitCode !== 0) throw err;
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'foothold-report-cli-'));
  out = [];
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('FOOTHOLD_DATA', join(dir, 'data'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('reportFormat', () => {
  it('takes the format asked for, else the output file’s extension, else Markdown', () => {
    expect(reportFormat('json', 'report.md')).toBe('json');
    expect(reportFormat(undefined, 'out/Report.JSON')).toBe('json');
    expect(reportFormat(undefined, 'report.htm')).toBe('html');
    expect(reportFormat(undefined, 'report.txt')).toBe('md');
    expect(reportFormat(undefined, undefined)).toBe('md');
  });
});

describe('foothold report --format json', () => {
  it('lists json among the formats in its help', async () => {
    await run(['report', '--help']);
    // Commander wraps the help at 80 columns; read it as one line.
    const help = out.join('\n').replace(/\s+/g, ' ');
    expect(help).toContain('md (Markdown), html (one self-contained file), pdf (printed by Chromium) or json (the report document as data)');
    expect(help).toContain('(choices: "md", "html", "pdf", "json")');
    expect(help).toContain('$ foothold report company-a company-b --format json -o cross-case.json');
  });

  it('prints the report document to standard output, or writes it to the file named', async () => {
    await run(['import', join(REPO_ROOT, 'examples/cases/company-b.json')]);
    out = [];
    await run(['report', 'company-b', '--format', 'json']);
    const printed = reportDocumentSchema.parse(JSON.parse(out.join('\n')));
    expect(printed).toMatchObject({ kind: 'firm', title: 'Company B', firms: [{ firmId: 'company-b', name: 'Company B' }] });
    out = [];
    const file = join(dir, 'company-b.json');
    await run(['report', 'company-b', '-o', file]);
    expect(out).toEqual([`wrote ${file}`]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(printed);
  });
});
