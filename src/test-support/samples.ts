/** The sample cases of examples/cases/, parsed as the application parses them, for tests in any layer. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { parseCaseText, type CaseFile } from '../core/case-file/index.js';
import { formatProblem } from '../shared/errors.js';

export const SAMPLE_IDS = ['company-a', 'company-b', 'sl-it-sme'] as const;
export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

export function sampleCaseText(id: string): string {
  return readFileSync(new URL(`examples/cases/${id}.json`, new URL('../../', import.meta.url)), 'utf8');
}

/** Parses case-file text, failing loudly (with every problem) when it is not valid. */
export function parseCaseOrThrow(text: string): CaseFile {
  const result = parseCaseText(text);
  if (!result.ok) throw new Error(`not a valid case file:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.caseFile;
}

const parsedSamples = new Map<string, CaseFile>();

/**
 * A sample case, parsed once per test file and handed out as a fresh copy each time, so a test may
 * change its copy. Parsing it anew for every test would only test the parser again (its own tests and
 * test/examples.test.ts do that) and would make every test of every layer cover the whole parser,
 * which in a mutation run means running them all for each mutant of it.
 */
export function sampleCase(id: string): CaseFile {
  let parsed = parsedSamples.get(id);
  if (parsed === undefined) {
    parsed = parseCaseOrThrow(sampleCaseText(id));
    parsedSamples.set(id, parsed);
  }
  return structuredClone(parsed);
}

/**
 * A small hand-made case for one test: the firm "f" (F Oy, Finland, overridable) and the collections
 * given, parsed as the application parses a file, so defaults are filled in and references checked.
 */
export function smallCase(collections: Record<string, unknown> = {}, firm: Record<string, unknown> = {}): CaseFile {
  return parseCaseOrThrow(JSON.stringify({ format: 'foothold.case/2', firm: { id: 'f', name: 'F Oy', countryOfOrigin: 'FI', ...firm }, ...collections }));
}

/**
 * Where the two seed studies are: FOOTHOLD_SEEDS when set (mutation runs work in a copy of the
 * repository elsewhere and set it), else ../shared/seeds beside the repository, as in CI.
 */
export function seedsDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env['FOOTHOLD_SEEDS'];
  return configured === undefined || configured === '' ? join(REPO_ROOT, '..', 'shared', 'seeds') : configured;
}

/**
 * The text of a seed study. Without the seeds where they were asked for (FOOTHOLD_SEEDS), tests
 * that read them fail with this message; without them and unasked, they skip first (skipWithoutSeed).
 */
export function seedText(file: string, dir: string = seedsDir()): string {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(
      `seed study not found: ${path}. The sample cases and the knowledge base are checked against the two seed ` +
        `studies; put them in ${dir} or set FOOTHOLD_SEEDS to the folder that holds them.`,
    );
  }
  return readFileSync(path, 'utf8');
}

/**
 * Why a check against a seed study cannot run here, or undefined when it can. The seed studies are
 * not part of the repository, so without them such checks skip and say why. A FOOTHOLD_SEEDS that
 * names a folder without them is a mistake, not a reason to skip: seedText then fails, naming it.
 */
export function seedAbsence(file: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const configured = env['FOOTHOLD_SEEDS'];
  if (configured !== undefined && configured !== '') return undefined;
  const dir = seedsDir(env);
  if (existsSync(join(dir, file))) return undefined;
  return `seed study ${file} not found in ${dir}; set FOOTHOLD_SEEDS to the folder that holds the seed studies to run this check`;
}

let toldWhy = false;

/**
 * Skips the running test when a seed study it needs is absent, saying why: in the test's result
 * (verbose reporter) and, once per test file, on stderr, which the default reporter prints.
 */
export function skipWithoutSeed(ctx: Pick<TestContext, 'skip'>, file: string): void {
  const why = seedAbsence(file);
  if (why === undefined) return;
  if (!toldWhy) {
    toldWhy = true;
    console.warn(`skipped: ${why}`);
  }
  ctx.skip(why);
}
