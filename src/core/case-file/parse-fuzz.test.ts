/**
 * The case-file reader that `foothold import` and `foothold validate` run on a file's bytes
 * (parseCaseText), fuzzed as issue 13 asks: random bytes and text, and the sample cases and test
 * fixtures damaged byte by byte and record by record. Whatever comes in, it answers with a case or
 * with problems as data, each with a JSON pointer; never an exception, never a hang.
 *
 * Inputs (IMPORTER_FUZZ_RUNS = 10,000 by default): 2,000 random + 3,000 byte changes + 4,000
 * structural changes of the small fixtures + 1,000 changes of the examples = 10,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FootholdError } from '../../shared/errors.js';
import { richCase } from '../../test-support/cases.js';
import { FUZZ_TEST_TIMEOUT_MS, expectProblemsAsData, mutatedFile, mutatedJson, readOrRefuse, splitRuns } from '../../test-support/fuzz.js';
import { SAMPLE_IDS, sampleCaseText } from '../../test-support/samples.js';
import { parseCaseText } from './parse.js';
import { sampleCaseInput } from './test-case.js';

const [RANDOM, BYTES, STRUCTURE, EXAMPLES] = splitRuns(2_000, 3_000, 4_000, 1_000);

/** Small valid cases: the one every layer's tests use, the rich fixture, and the first as format 1 (the upgrade path). */
const SMALL = [sampleCaseInput(), richCase(), { ...sampleCaseInput(), format: 'foothold.case/1' }].map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const EXAMPLE_TEXTS = SAMPLE_IDS.map(sampleCaseText);

/** What JSON and case files are made of, for insertions: syntax, escapes, keys that must be refused, ids and references. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  '\\u0000',
  '\\ud800',
  '"__proto__":{},',
  '"constructor":1,',
  '"id":"acme",',
  '"format":"foothold.case/1",',
  '"format":"foothold.case/9",',
  'null',
  '1e999',
  '-0',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  '\uFEFF',
  '// comment\n',
  'Улаанбаатар',
  '🚀',
];

/** The answer every input gets: a case, or problems whose pointers are JSON pointers. */
function expectAnswer(bytes: Uint8Array): void {
  const answer = readOrRefuse(() => parseCaseText(bytes));
  // parseCaseText promises problems as data: not even a typed error is thrown.
  expect(answer).not.toBeInstanceOf(FootholdError);
  if (answer instanceof FootholdError) return;
  expectProblemsAsData(answer);
  if (!answer.ok) {
    for (const problem of answer.problems) expect(problem.pointer === '' || problem.pointer.startsWith('/')).toBe(true);
    return;
  }
  // A case that was read reads again as written out: defaults filled in break no rule.
  const again = parseCaseText(JSON.stringify(answer.caseFile));
  expect(again.ok ? [] : again.problems).toEqual([]);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseCaseText under fuzzing (issue 13)', () => {
  it('reads every sample as it is: the damage below starts from valid files', () => {
    const samples = [...SMALL.map((value) => JSON.stringify(value)), ...EXAMPLE_TEXTS];
    expect(samples.map((text) => parseCaseText(utf8(text)).ok)).toEqual(samples.map(() => true));
  });

  it(
    'answers random bytes, text and JSON with problems',
    () => {
      const input = fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 200 }).map(utf8),
        fc.jsonValue({ maxDepth: 4 }).map((v) => utf8(JSON.stringify(v))),
        fc
          .dictionary(fc.constantFrom('format', 'firm', 'actors', 'ties', '__proto__'), fc.jsonValue({ maxDepth: 2 }))
          .map((v) => utf8(JSON.stringify({ format: 'foothold.case/2', ...v }))),
      );
      fc.assert(fc.property(input, expectAnswer), { numRuns: RANDOM });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers the small fixtures with bytes changed',
    () => {
      const files = SMALL.map((value, i) => utf8(i % 2 === 0 ? JSON.stringify(value, null, 2) : JSON.stringify(value)));
      fc.assert(fc.property(mutatedFile(files, { tokens: TOKENS }), expectAnswer), { numRuns: BYTES });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers the small fixtures with records changed, removed, renamed, copied and doubled',
    () => {
      fc.assert(
        fc.property(
          mutatedJson(SMALL, { maxChanges: 6 }).map((v) => utf8(JSON.stringify(v))),
          expectAnswer,
        ),
        { numRuns: STRUCTURE },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'answers the example cases with bytes or records changed',
    () => {
      const examples = EXAMPLE_TEXTS.map((text) => JSON.parse(text) as unknown);
      const input = fc.oneof(
        mutatedFile(EXAMPLE_TEXTS, { tokens: TOKENS }),
        mutatedJson(examples).map((v) => utf8(JSON.stringify(v))),
      );
      fc.assert(fc.property(input, expectAnswer), { numRuns: EXAMPLES });
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
