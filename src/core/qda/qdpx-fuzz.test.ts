/**
 * Property tests of the .qdpx reader on input from outside: whatever the bytes, it answers with a
 * reading whose references hold, or refuses with ValidationError or TooLargeError; never another
 * exception, never a hang (each input within HANG_BOUND_MS, test-support/fuzz.ts).
 *
 * Inputs (IMPORTER_FUZZ_RUNS = 10,000 by default, issue 13): 2,000 random bytes + 2,000 random zips
 * + 3,000 damaged archives + 3,000 archives with a damaged project.qde = 10,000.
 */
import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FootholdError, TooLargeError, ValidationError } from '../../shared/errors.js';
import { FUZZ_TEST_TIMEOUT_MS, mutatedFile, readOrRefuse, splitRuns } from '../../test-support/fuzz.js';
import { sampleQdaProject } from '../../test-support/refi-schema.js';
import { codePointLength } from '../evidence/code-points.js';
import type { QdaCode, QdaReading } from './qda-project.js';
import { readQdpx, writeQdpx } from './qdpx.js';
import { readZip } from './qdpx-zip.js';

const [RANDOM_BYTES, RANDOM_ZIPS, DAMAGED_ARCHIVES, DAMAGED_QDE] = splitRuns(2_000, 2_000, 3_000, 3_000);
/** Small limits, so that a case that inflates far cannot make the run slow. */
const LIMITS = { maxEntryBytes: 256 * 1024, maxTotalBytes: 1024 * 1024, maxEntries: 200 };

/** Reads the archive; returns the reading, or undefined when it was refused with one of the two typed errors. */
function readOrRefused(bytes: Uint8Array): QdaReading | undefined {
  const answer = readOrRefuse(() => readQdpx(bytes, 'fuzz.qdpx', LIMITS));
  if (!(answer instanceof FootholdError)) return answer;
  if (answer instanceof ValidationError) expect(answer.problems.every((p) => p.file === 'fuzz.qdpx')).toBe(true);
  else expect(answer).toBeInstanceOf(TooLargeError);
  return undefined;
}

/** What any reading promises: selections inside their texts, codings of codes the codebook has. */
function expectConsistent(reading: QdaReading | undefined): void {
  if (reading === undefined) return;
  const codes = new Set<string>();
  const collect = (list: readonly QdaCode[]) => list.forEach((code) => (codes.add(code.guid), collect(code.children)));
  collect(reading.project.codes);
  for (const source of reading.project.sources) {
    const length = codePointLength(source.text);
    for (const selection of source.selections) {
      expect(0 <= selection.start && selection.start <= selection.end && selection.end <= length).toBe(true);
      for (const coding of selection.codings) expect(codes.has(coding.codeGuid)).toBe(true);
    }
  }
}

const valid = writeQdpx(sampleQdaProject(), { now: '2025-03-18T09:30:00Z' });
const validEntries = Object.fromEntries(readZip(valid, 'valid.qdpx'));
const validQde = new TextDecoder().decode(validEntries['project.qde']);

const entryName = fc.oneof(
  fc.constantFrom(
    'project.qde',
    'PROJECT.QDE',
    'sources/',
    'Sources/b2000000-0000-4000-8000-000000000001.txt',
    '../evil.txt',
    '/etc/passwd',
    'a\\b',
    'x/../y',
    'a\0b',
  ),
  fc.string({ maxLength: 20 }),
);
const entryData = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.constant(strToU8(validQde)), fc.string({ maxLength: 200 }).map(strToU8));

describe('readQdpx on hostile input', () => {
  it(
    'random bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, asZip) => {
          // Half the time behind a local-file-header signature, so that the zip reader gets past its first check.
          const input = asZip ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          expectConsistent(readOrRefused(input));
        }),
        { numRuns: RANDOM_BYTES },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'random zips of random entries',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(entryName, entryData, fc.constantFrom(0, 6)), { maxLength: 8 }), (entries) => {
          const files: Zippable = Object.fromEntries(entries.map(([name, data, level]): [string, [Uint8Array, { level: 0 | 6 }]] => [name, [data, { level }]]));
          let zip: Uint8Array;
          try {
            zip = zipSync(files);
          } catch {
            return; // a name fflate itself cannot write is no test of the reader
          }
          expectConsistent(readOrRefused(zip));
        }),
        { numRuns: RANDOM_ZIPS },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'random changes to the bytes of a valid archive: flips, cuts, splices, insertions, repeats',
    () => {
      // The zip's own signatures, so that a splice or an insertion makes headers the reader must see through.
      const signatures = ['PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006', 'project.qde', 'sources/'];
      fc.assert(
        fc.property(mutatedFile([valid], { tokens: signatures, maxChanges: 12 }), (bytes) => expectConsistent(readOrRefused(bytes))),
        { numRuns: DAMAGED_ARCHIVES },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'random changes to the text of a valid project.qde',
    () => {
      const pieces = [
        '<',
        '>',
        '/',
        '"',
        '&',
        '&amp;',
        '&#0;',
        '<!DOCTYPE x>',
        '<![CDATA[',
        ']]>',
        'startPosition="',
        'endPosition="-1"',
        '99999999',
        'guid="',
        '{',
        '}',
        'x',
        '\u0000',
        '🚀',
        '<Coding>',
        '</PlainTextSelection>',
        '<NoteRef targetGUID="d4000000-0000-4000-8000-000000000001"/>',
      ];
      fc.assert(
        // Stored, not deflated: the archive is not what is tested here, and deflating it took most of the time.
        fc.property(mutatedFile([validQde], { tokens: pieces, maxChanges: 6 }), (qde) =>
          expectConsistent(readOrRefused(zipSync({ ...validEntries, 'project.qde': qde }, { level: 0 }))),
        ),
        { numRuns: DAMAGED_QDE },
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
