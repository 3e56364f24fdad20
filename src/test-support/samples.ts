/** The sample cases of examples/cases/, parsed as the application parses them, for tests in any layer. */
import { readFileSync } from 'node:fs';
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

export function sampleCase(id: string): CaseFile {
  return parseCaseOrThrow(sampleCaseText(id));
}
